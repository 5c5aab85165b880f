"""The JSON report: summary, findings, outcomes, unreadable inputs, inputs.

Always valid JSON (``NaN``/``NA``/``NaT`` become ``null``, never ``NaN``),
timestamps in ISO 8601, keys in a fixed order so diffs between runs are small.
Control characters are escaped by :mod:`json`; unpaired surrogates (from JSON
input such as ``"\\ud800"``, or undecodable file names) become U+FFFD, so the
text always encodes as UTF-8.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.enums import FailOn
from provenance.findings import FINDING_COLUMNS
from provenance.report._data import Row, records, summarize
from provenance.report._text import scrub
from provenance.tables.io import json_default

if TYPE_CHECKING:
    from provenance.findings import CheckResult

__all__ = ["render_json", "report_dict", "write_json"]


def _finding(row: Row, columns: list[str]) -> Row:
    return {c: row.get(c) for c in columns}


def report_dict(result: CheckResult, *, fail_on: FailOn = FailOn.WARNING) -> dict[str, object]:
    """The JSON report as plain Python data (what :func:`render_json` serializes).

    Findings keep the order of the findings table; their keys follow
    :data:`~provenance.findings.FINDING_COLUMNS`, then any extra column.

    Example:
        >>> report_dict(result)["summary"]["status"]  # doctest: +SKIP
        'fail'
    """
    summary = summarize(result, fail_on)
    extra = [str(c) for c in result.findings.columns if c not in FINDING_COLUMNS]
    columns = [*FINDING_COLUMNS, *extra]
    outcomes = []
    for outcome in result.outcomes:
        item = asdict(outcome)
        item["severity"] = outcome.severity.value
        outcomes.append(item)
    return {
        "summary": {
            "status": summary.status,
            "fail_on": fail_on.value,
            "findings": summary.findings,
            "reaching_fail_on": summary.reaching,
            "by_severity": summary.by_severity,
            "by_kind": summary.by_kind,
            "tables": summary.tables,
            "expectations": summary.expectations,
            "expectations_failed": summary.expectations_failed,
            "unreadable_inputs": summary.unreadable,
        },
        "findings": [_finding(row, columns) for row in records(result.findings)],
        "outcomes": outcomes,
        "errors": [
            {"path": e.path, "reason": e.reason, "hint": e.hint, "message": str(e)}
            for e in result.errors
        ],
        "inputs": list(result.inputs),
    }


def render_json(result: CheckResult, *, fail_on: FailOn = FailOn.WARNING) -> str:
    """Render ``result`` as a JSON document (UTF-8 text, two-space indent, final newline).

    Example:
        >>> import json
        >>> json.loads(render_json(result))["summary"]["fail_on"]  # doctest: +SKIP
        'warning'
    """
    text = json.dumps(
        report_dict(result, fail_on=fail_on),
        indent=2,
        ensure_ascii=False,
        allow_nan=False,
        default=json_default,
    )
    return scrub(text) + "\n"


def write_json(result: CheckResult, path: str | Path, *, fail_on: FailOn = FailOn.WARNING) -> Path:
    """Write :func:`render_json`'s document to ``path`` (UTF-8) and return the path.

    Raises:
        OSError: if the file cannot be written.

    Example:
        >>> write_json(result, "report.json")  # doctest: +SKIP
        PosixPath('report.json')
    """
    target = Path(path)
    target.write_text(render_json(result, fail_on=fail_on), encoding="utf-8")
    return target
