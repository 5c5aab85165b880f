"""Turn engine outcomes into the findings table and per-expectation summaries."""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Any

from provenance.findings import ExpectationOutcome
from provenance.ids import stable_id
from provenance.suites.outcome import RawOutcome

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["build_findings", "findings_frame", "ordered_findings", "render_message"]

_SUBJECT_COLUMNS = ("article_id", "claim_id", "figure_id", "photo_id")


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def render_message(template: str, row: dict[str, Any]) -> str:
    """Fill a message template from a view row; missing or null fields read ``?``.

    Example:
        >>> render_message("{source_name} {cue} {x}", {"source_name": "Moscow", "cue": None})
        'Moscow ? ?'
    """
    values = _Blank({k: v for k, v in row.items() if v is not None and v == v})
    message = string.Formatter().vformat(template, (), values)
    # a message is a sentence: "the ministry denied ..." opens with a capital
    return message[:1].upper() + message[1:] if message[:1].islower() else message


def build_findings(
    outcomes: list[RawOutcome], views: dict[str, pd.DataFrame]
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    """One finding row per failing row of every expectation, plus the summaries.

    Findings are sorted by severity, rule and subject, so the same input gives
    the same table in the same order.
    """
    rows: list[dict[str, Any]] = []
    summaries: list[ExpectationOutcome] = []
    indexed: dict[str, pd.DataFrame] = {}
    for outcome in outcomes:
        suite, spec = outcome.suite, outcome.expectation
        if suite.table not in indexed:
            indexed[suite.table] = (
                views[suite.table]
                .drop_duplicates(suite.id_column)
                .set_index(suite.id_column, drop=False)
            )
        view = indexed[suite.table]
        subjects = list(dict.fromkeys(outcome.unexpected_ids))
        # One lookup per expectation, not one per finding: a million-row view
        # with a hundred thousand failures stays a handful of vectorized takes.
        failing = view.loc[subjects].astype(object)
        failing = failing.where(failing.notna(), None)
        for raw in failing.to_dict("records"):
            record = {str(k): v for k, v in raw.items()}
            related = record.get(spec.related_column) if spec.related_column else None
            subject = record[suite.id_column]
            rows.append(
                {
                    "finding_id": stable_id("fnd", spec.rule, subject, related),
                    "rule": spec.rule,
                    "kind": spec.kind.value,
                    "severity": spec.severity.value,
                    **{c: record.get(c) for c in _SUBJECT_COLUMNS},
                    "related_claim_id": related,
                    "message": render_message(spec.message, record),
                }
            )
        summaries.append(
            ExpectationOutcome(
                suite=suite.name,
                rule=spec.rule,
                expectation_type=spec.type,
                table=suite.table,
                column=spec.column,
                severity=spec.severity,
                success=outcome.success,
                unexpected_count=len(outcome.unexpected_ids),
                element_count=outcome.element_count,
                description=spec.description,
                exception=outcome.exception,
            )
        )
    return findings_frame(rows), tuple(summaries)


def findings_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The findings table from rows, sorted by severity, rule and subject, and validated.

    The same input gives the same table in the same order; a finding id seen
    twice is kept once.
    """
    import pandas as pd

    from provenance.tables.columns import columns

    return ordered_findings(pd.DataFrame(rows, columns=list(columns("findings"))))


def ordered_findings(frame: pd.DataFrame) -> pd.DataFrame:
    """Findings rows (of parts, concatenated) in :func:`findings_frame`'s order, validated.

    Sorted by severity, rule, article and finding id; a finding id seen twice is
    kept once. The findings of parts of the views, concatenated, give the table
    of the whole.
    """
    from provenance.tables.columns import contract_dtypes
    from provenance.tables.validate import validate_frame

    rank = frame["severity"].map({"error": 0, "warning": 1, "info": 2})
    frame = (
        frame.assign(_rank=rank)
        .sort_values(["_rank", "rule", "article_id", "finding_id"], kind="stable")
        .drop(columns="_rank")
        .drop_duplicates("finding_id")
        .reset_index(drop=True)
        # in the contract's dtypes, so that a valid table passes the lean check without
        # pandera's coercion (whose first use registers its backends and imports its
        # strategies: about 0.4G instructions of a cold check); a new frame, so in place
        .astype(contract_dtypes("findings"))  # type: ignore[arg-type]
    )
    return validate_frame("findings", frame, inplace=True)
