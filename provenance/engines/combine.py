"""Putting partitioned results back together: tables, outcomes and findings.

Engines extract partitions of the articles on their own; :func:`combine_tables`
joins the parts into the tables one run over all the articles gives, and
:func:`canonical` / :func:`canonical_findings` put tables and findings in one
order, so the results of different engines compare row for row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from provenance.tables.bundle import Tables

if TYPE_CHECKING:
    import pandas as pd

    from provenance.findings import ExpectationOutcome
    from provenance.suites import Engine, SuiteSpec

__all__ = [
    "TABLE_IDS",
    "canonical",
    "canonical_findings",
    "combine_tables",
    "findings_for_views",
    "merge_outcomes",
]

#: The id column of each table: the order of :func:`canonical`.
TABLE_IDS: dict[str, str] = {
    "articles": "article_id",
    "photo_credits": "credit_id",
    "sources": "source_id",
    "claims": "claim_id",
    "figures": "figure_id",
}
_CHILDREN = ("photo_credits", "claims", "figures")


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    import pandas as pd

    if len(frames) == 1:
        return frames[0]
    filled = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(filled, ignore_index=True)


def _winners(articles: pd.DataFrame, parts: list[Tables]) -> dict[str, int]:
    """The part whose copy is kept for each article id seen in several parts.

    The copy with the smallest (path, format, sha256) wins, then the smallest
    content (the article row, then its rows in the other tables), as
    :func:`provenance.extract` chooses among copies it sees together.
    """
    dup = articles[articles.duplicated("article_id", keep=False)]
    keys: list[tuple[Any, ...]] = []
    for row in dup[["article_id", "_part", "path", "format", "sha256"]].itertuples(index=False):
        article_id, part = row[0], int(row[1])
        tables = parts[part]
        content = tuple(
            repr(_rows(getattr(tables, name), article_id)) for name in ("articles", *_CHILDREN)
        )
        keys.append((article_id, str(row[2]), str(row[3]), str(row[4]), content, part))
    keys.sort()
    best: dict[str, int] = {}
    for key in keys:
        best.setdefault(key[0], key[-1])
    return best


def _rows(frame: pd.DataFrame, article_id: str) -> list[tuple[Any, ...]]:
    rows = frame[frame["article_id"] == article_id].astype(object)
    return sorted(rows.itertuples(index=False, name=None), key=repr)


def _source_key(sources: pd.DataFrame) -> pd.DataFrame:
    # build_tables keeps the description with the smallest (kind, affiliation, name).
    return sources.assign(
        _k=sources["kind"].astype(str),
        _a=sources["affiliation"].astype(object).where(sources["affiliation"].notna(), ""),
        _n=sources["name"].astype(str),
    )


def combine_tables(parts: Iterable[Tables]) -> Tables:
    """The tables of all the articles of ``parts``, as one extraction of them all gives.

    Rows are concatenated in the order of the parts; an article found in
    several parts is kept once (the copy :func:`provenance.extract` keeps), with
    its own claims, figures and credits; a source named in several parts is one
    row, described as the table builder describes it (the smallest kind,
    affiliation and name), and only sources a kept claim names stay. Errors
    and warnings are concatenated.

    Example:
        >>> from provenance.engines import extract_batch, read_batch
        >>> batch, _ = read_batch(["examples/"])
        >>> tables = extract_batch(batch)
        >>> len(combine_tables([tables, tables]).articles)
        1
    """
    import pandas as pd

    parts = list(parts)
    if not parts:
        from provenance.tables.build import build_tables

        return build_tables([])
    errors = tuple(e for p in parts for e in p.errors)
    warnings = tuple(w for p in parts for w in p.warnings)
    if len(parts) == 1:
        return replace(parts[0], errors=errors, warnings=warnings)
    frames: dict[str, pd.DataFrame] = {}
    ids = pd.concat([p.articles["article_id"] for p in parts], ignore_index=True)
    if ids.duplicated().any():
        tagged = {
            name: [getattr(p, name).assign(_part=i) for i, p in enumerate(parts)]
            for name in ("articles", *_CHILDREN)
        }
        articles = _concat(tagged["articles"])
        winners = pd.Series(_winners(articles, parts), dtype="float64")
        for name in ("articles", *_CHILDREN):
            frame = _concat(tagged[name])
            winner = frame["article_id"].map(winners)
            kept = frame[winner.isna() | (winner == frame["_part"])]
            frames[name] = kept.drop(columns="_part")
        named = pd.Index(frames["claims"]["source_id"]).union(frames["figures"]["source_id"])
    else:  # no article in two parts (the common case): one concatenation per table
        frames = {
            name: _concat([getattr(p, name) for p in parts]) for name in ("articles", *_CHILDREN)
        }
        named = None
    sources = _source_key(_concat([p.sources.assign(_part=i) for i, p in enumerate(parts)]))
    sources = sources.sort_values(["source_id", "_k", "_a", "_n"], kind="stable")
    sources = sources.drop_duplicates("source_id").sort_values("_part", kind="stable")
    if named is not None:
        sources = sources[sources["source_id"].isin(named)]
    frames["sources"] = sources.drop(columns=["_k", "_a", "_n", "_part"])
    clean = {name: frame.reset_index(drop=True) for name, frame in frames.items()}
    return Tables(**clean, errors=errors, warnings=warnings)


def _path_key(item: Any) -> tuple[str, str]:
    return (str(getattr(item, "path", "")), str(item))


def canonical(tables: Tables) -> Tables:
    """The tables sorted by their id columns, index reset; errors and warnings by path.

    Two engines' results on the same input compare equal in this form, with
    ``pandas.testing.assert_frame_equal``.

    Example:
        >>> import provenance
        >>> tables = canonical(provenance.extract("examples/"))
        >>> tables.figures["figure_id"].is_monotonic_increasing
        True
    """
    ordered = tables.map(
        lambda name, frame: frame.sort_values(TABLE_IDS[name], kind="stable").reset_index(drop=True)
    )
    return replace(
        ordered,
        errors=tuple(sorted(tables.errors, key=_path_key)),
        warnings=tuple(sorted(tables.warnings, key=_path_key)),
    )


def findings_for_views(
    views: dict[str, pd.DataFrame],
    suites: tuple[SuiteSpec, ...] | None = None,
    *,
    engine: Engine = "gx",
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    """The findings and outcomes of the suites over computed views (the bundled suites by default).

    Every expectation is row-wise, so the findings of a partition of the view
    rows are the findings of the whole restricted to it.

    Example:
        >>> import provenance
        >>> from provenance.rules.views import rule_views
        >>> views = rule_views(provenance.extract("examples/"))
        >>> findings, outcomes = findings_for_views(views, engine="pandas")
        >>> "figure.party_only_source" in set(findings["rule"])
        True

    Raises:
        SuiteError: a suite checks a column its view does not have, or the engine is unknown.
    """
    from provenance.suites import load_suites, run_on_views

    return run_on_views(load_suites() if suites is None else suites, views, engine=engine)


def merge_outcomes(
    parts: Iterable[Iterable[ExpectationOutcome]],
) -> tuple[ExpectationOutcome, ...]:
    """One outcome per expectation from the outcomes of partitions: counts summed.

    An expectation succeeds when it succeeds on every partition; the first
    exception is kept. The order is that of first appearance.

    Example:
        >>> from provenance.findings import ExpectationOutcome
        >>> from provenance.enums import Severity
        >>> one = ExpectationOutcome("claims", "claim.hedged", "t", "claims", "hedged",
        ...                          Severity.WARNING, True, 0, 3)
        >>> two = ExpectationOutcome("claims", "claim.hedged", "t", "claims", "hedged",
        ...                          Severity.WARNING, False, 1, 2)
        >>> merged = merge_outcomes([[one], [two]])
        >>> merged[0].success, merged[0].unexpected_count, merged[0].element_count
        (False, 1, 5)
    """
    merged: dict[tuple[str, str, str, str, str], ExpectationOutcome] = {}
    for outcomes in parts:
        for outcome in outcomes:
            o = outcome
            key = (o.suite, o.rule, o.expectation_type, o.table, o.column)
            seen = merged.get(key)
            if seen is None:
                merged[key] = outcome
                continue
            merged[key] = replace(
                seen,
                success=seen.success and outcome.success,
                unexpected_count=seen.unexpected_count + outcome.unexpected_count,
                element_count=seen.element_count + outcome.element_count,
                exception=seen.exception or outcome.exception,
            )
    return tuple(merged.values())


def canonical_findings(findings: pd.DataFrame) -> pd.DataFrame:
    """The findings sorted by rule, subject id and finding id, index reset.

    The subject is the claim, figure, photo or article a finding is about
    (the first of those columns that is set). All engines give equal findings
    in this form.

    Example:
        >>> import provenance
        >>> findings = provenance.check("examples/", engine="pandas").findings
        >>> canonical_findings(findings)["rule"].is_monotonic_increasing
        True
    """
    subject = findings["claim_id"].astype(object)
    for column in ("figure_id", "photo_id", "article_id"):
        subject = subject.where(subject.notna(), findings[column].astype(object))
    ordered = findings.assign(_subject=subject.fillna("").astype(str))
    ordered = ordered.sort_values(["rule", "_subject", "finding_id"], kind="stable")
    return ordered.drop(columns="_subject").reset_index(drop=True)
