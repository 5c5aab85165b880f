"""The HTML report's figure trail and its findings-by-source and by-agency tables.

A *trail* is one group of figures about the same quantity (see
:func:`provenance.matching.match_figures`): who gave which value, when, in
which article and through which agency. The groups come from the caller (the
ledger stores them), from a ``group_id`` column of the figures table, or are
computed here. Everything is plain Python rows; the template escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from provenance.enums import Severity
from provenance.report._data import Row, as_float, as_text, records

if TYPE_CHECKING:
    import pandas as pd

    from provenance.findings import CheckResult
    from provenance.report.charts import Chart

__all__ = [
    "MAX_GROUPS",
    "Tally",
    "TrailEntry",
    "TrailGroup",
    "build_trail",
    "figure_groups",
    "finding_context",
    "tally",
]

MAX_GROUPS = 20  # trails shown; the rest are counted
MAX_TALLY = 50  # rows of the by-source / by-agency tables
_STATUS_ORDER = {"contradicted": 0, "corroborated": 1, "single_source": 2}
_MATCHER_READS = {
    "figures": {"figure_id", "source_id", "claim_id", "article_id", "value", "lower", "upper"}
    | {"approximate", "kind", "language", "unit"},
    "claims": {"claim_id", "text"},
    "articles": {"article_id", "published"},
}
_NO_SOURCE = "(no source named)"
_NO_AGENCY = "(no agency)"


@dataclass(frozen=True, slots=True)
class TrailEntry:
    """One figure of a trail: the value as written, who gave it, when, where."""

    figure_id: str
    text: str
    low: float | None
    high: float | None
    source: str
    agency: str
    published: datetime | None
    headline: str
    article: int | None  # 1-based position of the article in the report, for its anchor
    status: str

    @property
    def when(self) -> str:
        """The publication time as ``YYYY-MM-DD HH:MM`` (UTC), or ``"undated"``."""
        return self.published.strftime("%Y-%m-%d %H:%M") if self.published else "undated"


@dataclass(slots=True)
class TrailGroup:
    """One group of figures about the same quantity, oldest first."""

    group_id: str
    status: str
    unit: str
    entries: list[TrailEntry] = field(default_factory=list)
    chart: Chart | None = None

    @property
    def sources(self) -> int:
        """How many distinct sources gave a figure in the group."""
        return len({e.source for e in self.entries})


def figure_groups(result: CheckResult, groups: pd.DataFrame | None = None) -> pd.DataFrame:
    """``figure_id``, ``group_id``, ``status`` (and more when known) for each figure.

    ``groups`` wins when given; then the result's own ``figure_groups`` (a ledger
    check fills them from the stored statuses), then a ``group_id`` column on the
    figures table; otherwise :func:`match_figures` runs here.

    Example:
        >>> figure_groups(result)[["figure_id", "group_id", "status"]]  # doctest: +SKIP
    """
    import pandas as pd

    t = result.tables
    if groups is not None:
        return groups
    if result.figure_groups is not None:
        return result.figure_groups
    if "group_id" in t.figures.columns:
        return t.figures
    frames = {"figures": t.figures, "claims": t.claims, "articles": t.articles}
    if any(not _MATCHER_READS[name] <= set(frame.columns) for name, frame in frames.items()):
        # Tables built by hand without the columns the matcher reads: no groups to show.
        return pd.DataFrame(columns=["figure_id", "group_id", "status"])
    from provenance.matching import match_figures

    return match_figures(t.figures, t.claims, t.sources, t.articles)


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=None) if value.tzinfo is None else value


class _Names:
    """Who and which agency, by id, shared by the trail and the tallies."""

    def __init__(self, result: CheckResult) -> None:
        t = result.tables
        self.articles = {
            k: (i, a)
            for i, a in enumerate(records(t.articles), 1)
            if (k := as_text(a, "article_id"))
        }
        self.sources = {
            k: as_text(s, "name") or k for s in records(t.sources) if (k := as_text(s, "source_id"))
        }
        self.claims = _by_id(records(t.claims), "claim_id")
        self.figures = _by_id(records(t.figures), "figure_id")

    def source(self, row: Row | None) -> str:
        if row is None:
            return _NO_SOURCE
        sid = as_text(row, "source_id")
        if sid is not None:
            return self.sources.get(sid, sid)
        return as_text(row, "source_text") or _NO_SOURCE

    def agency(self, row: Row | None, article_id: str | None) -> str:
        own = as_text(row, "agency") if row is not None else None
        if own:
            return own
        article = self.articles.get(article_id or "")
        return (as_text(article[1], "agency") if article else None) or _NO_AGENCY


def _by_id(rows: list[Row], key: str) -> dict[str, Row]:
    return {k: r for r in rows if (k := as_text(r, key)) is not None}


def build_trail(
    result: CheckResult, groups: pd.DataFrame | None = None, *, limit: int = MAX_GROUPS
) -> tuple[list[TrailGroup], int]:
    """The figure groups to show (contradicted first, then bigger first) and how many exist.

    Example:
        >>> shown, total = build_trail(result)  # doctest: +SKIP
    """
    names = _Names(result)
    trails: dict[str, TrailGroup] = {}
    for row in records(figure_groups(result, groups)):
        group_id, figure_id = as_text(row, "group_id"), as_text(row, "figure_id")
        figure = names.figures.get(figure_id or "")
        if group_id is None or figure_id is None or figure is None:
            continue
        article_id = as_text(figure, "article_id")
        position, article = names.articles.get(article_id or "", (None, {}))
        status = as_text(row, "status") or "single_source"
        low = as_float(row, "low") if "low" in row else as_float(figure, "lower")
        high = as_float(row, "high") if "high" in row else as_float(figure, "upper")
        trail = trails.get(group_id)
        if trail is None:
            unit = as_text(row, "unit_key") or as_text(figure, "unit") or "(no unit)"
            trail = trails[group_id] = TrailGroup(group_id=group_id, status=status, unit=unit)
        if _STATUS_ORDER.get(status, 3) < _STATUS_ORDER.get(trail.status, 3):
            trail.status = status
        claim = names.claims.get(as_text(figure, "claim_id") or "")
        trail.entries.append(
            TrailEntry(
                figure_id=figure_id,
                text=as_text(figure, "text") or "",
                low=low if low is not None else as_float(figure, "value"),
                high=high if high is not None else as_float(figure, "value"),
                source=names.source(claim or figure),
                agency=names.agency(figure, article_id),
                published=_datetime(article.get("published")),
                headline=as_text(article, "headline") or "(no headline)",
                article=position,
                status=status,
            )
        )
    ordered = sorted(
        trails.values(),
        key=lambda g: (_STATUS_ORDER.get(g.status, 3), -len(g.entries), g.group_id),
    )
    for trail in ordered[:limit]:
        trail.entries.sort(
            key=lambda e: (e.published is None, e.published or datetime.min, e.figure_id)
        )
    return ordered[:limit], len(ordered)


@dataclass(frozen=True, slots=True)
class Tally:
    """Findings per severity for one source or agency."""

    name: str
    by_severity: dict[str, int]

    @property
    def total(self) -> int:
        """All findings of this source or agency."""
        return sum(self.by_severity.values())


def finding_context(result: CheckResult) -> list[tuple[Row, str, str, int | None]]:
    """Each finding with the source it is about, the agency and its article's position.

    Example:
        >>> [(f["rule"], who) for f, who, _, _ in finding_context(result)]  # doctest: +SKIP
    """
    names = _Names(result)
    rows = []
    for finding in records(result.findings):
        claim = names.claims.get(as_text(finding, "claim_id") or "")
        figure = names.figures.get(as_text(finding, "figure_id") or "")
        article_id = as_text(finding, "article_id")
        position = names.articles.get(article_id or "", (None, {}))[0]
        source = names.source(claim) if claim is not None else names.source(figure)
        rows.append((finding, source, names.agency(figure, article_id), position))
    return rows


def tally(context: list[tuple[Row, str, str, int | None]], by: int) -> tuple[list[Tally], int]:
    """Findings per source (``by=1``) or per agency (``by=2``), most first; and how many names.

    Example:
        >>> [t.name for t in tally(finding_context(result), 2)[0]]  # doctest: +SKIP
        ['AFP', 'Reuters']
    """
    counts: dict[str, dict[str, int]] = {}
    for item in context:
        finding, name = item[0], str(item[by])
        per = counts.setdefault(name, {s.value: 0 for s in Severity})
        severity = as_text(finding, "severity") or "unknown"
        per[severity] = per.get(severity, 0) + 1
    tallies = [Tally(name, per) for name, per in counts.items()]
    tallies.sort(key=lambda t: (-t.total, t.name))
    return tallies[:MAX_TALLY], len(tallies)
