"""The HTML report's view model: findings grouped by article, claims with figures marked.

Everything that comes from the data is escaped here or by the template
(autoescape is on); the only markup built in Python is the ``<mark>`` around a
figure, placed *after* escaping the text on either side of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from provenance.report._data import Row, as_int, as_text, records, severity_rank

if TYPE_CHECKING:
    from markupsafe import Markup

    from provenance.findings import CheckResult

__all__ = ["ArticleView", "FindingView", "Passage", "PhotoView", "build_articles"]

_CONTEXT = 160  # characters of body shown around a figure that belongs to no claim


@dataclass(frozen=True, slots=True)
class Passage:
    """A claim (or a stretch of body) as shown in a finding, figure marked.

    Attributes:
        html: the escaped text with the figure inside ``<mark>``.
        source: who says it (source name, source as written, or the agency).
        detail: status, attribution and cue, e.g. ``"hedged · indirect · said"``.
        claim_id: the claim shown, if any.
    """

    html: Markup
    source: str | None
    detail: str
    claim_id: str | None


@dataclass(frozen=True, slots=True)
class FindingView:
    """One row of the findings table."""

    finding_id: str
    rule: str
    kind: str
    severity: str
    message: str
    passage: Passage | None
    related: Passage | None
    photo: str | None


@dataclass(slots=True)
class PhotoView:
    """One photo of an article and the parties its credit names."""

    photo_id: str
    credit_line: str | None
    caption: str | None
    parties: list[Row] = field(default_factory=list)

    @property
    def unnamed(self) -> int:
        """How many parties are unnamed suppliers ("various sources")."""
        return sum(1 for p in self.parties if as_text(p, "name") is None)


@dataclass(slots=True)
class ArticleView:
    """One article: its metadata, findings, photo credits and sources."""

    article_id: str | None
    headline: str
    meta: list[tuple[str, str]]
    findings: list[FindingView] = field(default_factory=list)
    photos: list[PhotoView] = field(default_factory=list)
    sources: list[Row] = field(default_factory=list)


def _index(rows: list[Row], key: str) -> dict[str, Row]:
    return {k: row for row in rows if (k := as_text(row, key)) is not None}


def _mark(text: str, offset: int, spans: list[tuple[int, int]]) -> Markup:
    """Escape ``text`` (which starts at ``offset`` in the body) and mark ``spans`` in it."""
    from markupsafe import Markup, escape

    parts: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        lo, hi = start - offset, end - offset
        if lo < cursor or hi > len(text) or lo >= hi:
            continue  # offsets outside this text, or overlapping a previous mark
        parts += [escape(text[cursor:lo]), Markup("<mark>"), escape(text[lo:hi])]
        parts.append(Markup("</mark>"))
        cursor = hi
    parts.append(escape(text[cursor:]))
    return Markup("").join(parts)


def _span(row: Row, body: str | None) -> tuple[int, int] | None:
    """``(start, end)`` of a row when its offsets slice the body to its text."""
    start, end, text = as_int(row, "start"), as_int(row, "end"), as_text(row, "text")
    if start is None or end is None or body is None or not 0 <= start < end <= len(body):
        return None
    if text is not None and body[start:end] != text:
        return None
    return start, end


def _sentence(body: str, start: int, end: int) -> tuple[int, int, bool, bool]:
    """The sentence around ``body[start:end]``: ``(lo, hi, cut_before, cut_after)``.

    At most about ``_CONTEXT`` characters are kept on each side; the flags say
    whether the sentence was cut there (and so needs an ellipsis).
    """
    stop, newline = body.rfind(". ", 0, start), body.rfind("\n", 0, start)
    lo = max(stop + 2 if stop >= 0 else 0, newline + 1)
    cut_before = start - lo > _CONTEXT
    if cut_before:
        lo = body.find(" ", start - _CONTEXT, start) + 1 or start - _CONTEXT
    stops = [i for i in (body.find(". ", end), body.find("\n", end)) if i >= 0]
    hi = min(stops) + 1 if stops else len(body)
    cut_after = hi - end > _CONTEXT
    if cut_after:
        space = body.rfind(" ", end, end + _CONTEXT)
        hi = space if space > end else end + _CONTEXT
    return lo, min(hi, len(body)), cut_before, cut_after


def _figure_span(figure: Row | None, body: str | None) -> list[tuple[int, int]]:
    if figure is None:
        return []
    span = _span(figure, body)
    return [span] if span else []


class _Lookup:
    """The tables of a result indexed by id, for building passages."""

    def __init__(self, result: CheckResult) -> None:
        tables = result.tables
        self.articles = records(tables.articles)
        self.bodies = {
            k: as_text(a, "body") for a in self.articles if (k := as_text(a, "article_id"))
        }
        self.claims = _index(records(tables.claims), "claim_id")
        self.figures = _index(records(tables.figures), "figure_id")
        self.sources = _index(records(tables.sources), "source_id")
        self.credits = records(tables.photo_credits)
        self.photos: dict[str, str] = {}
        for credit in self.credits:
            photo = as_text(credit, "photo_id")
            line = as_text(credit, "credit_line") or as_text(credit, "as_written")
            if photo is not None and line is not None:
                self.photos.setdefault(photo, line)

    def source_name(self, row: Row) -> str | None:
        source = self.sources.get(as_text(row, "source_id") or "")
        if source is not None and (name := as_text(source, "name")):
            return name
        return as_text(row, "source_text") or as_text(row, "agency")

    def claim_passage(self, claim: Row, figure: Row | None) -> Passage:
        body = self.bodies.get(as_text(claim, "article_id") or "")
        text = as_text(claim, "text") or ""
        span = _span(claim, body)
        offset = span[0] if span else 0
        marks = [
            (lo, hi)
            for lo, hi in (_figure_span(figure, body) if span else [])
            if span and span[0] <= lo and hi <= span[1]
        ]
        if figure is not None and not marks and (needle := as_text(figure, "text")):
            found = text.find(needle)  # offsets unusable: fall back to the first occurrence
            if found >= 0:
                offset, marks = 0, [(found, found + len(needle))]
        detail = " · ".join(
            t for k in ("status", "attribution", "cue", "channel") if (t := as_text(claim, k))
        )
        return Passage(
            html=_mark(text, offset, marks),
            source=self.source_name(claim) or "narrator",
            detail=detail,
            claim_id=as_text(claim, "claim_id"),
        )

    def figure_passage(self, figure: Row) -> Passage:
        from markupsafe import Markup

        body = self.bodies.get(as_text(figure, "article_id") or "")
        span = _span(figure, body)
        text = as_text(figure, "text") or ""
        if span is None or body is None:
            html = _mark(text, 0, [(0, len(text))])
        else:
            lo, hi, cut_before, cut_after = _sentence(body, *span)
            html = _mark(body[lo:hi].rstrip(), lo, [span])
            if cut_before:
                html = Markup("…") + html
            if cut_after:
                html = html + Markup("…")
        detail = " · ".join(t for k in ("kind", "normalized", "unit") if (t := as_text(figure, k)))
        return Passage(html=html, source=self.source_name(figure), detail=detail, claim_id=None)

    def passage(self, claim_id: str | None, figure_id: str | None) -> Passage | None:
        figure = self.figures.get(figure_id or "")
        claim = self.claims.get(claim_id or "")
        if claim is None and figure is not None:
            claim = self.claims.get(as_text(figure, "claim_id") or "")
        if claim is not None:
            return self.claim_passage(claim, figure)
        if figure is not None:
            return self.figure_passage(figure)
        return None


def _finding(row: Row, lookup: _Lookup) -> FindingView:
    photo = as_text(row, "photo_id")
    return FindingView(
        finding_id=as_text(row, "finding_id") or "",
        rule=as_text(row, "rule") or "",
        kind=as_text(row, "kind") or "",
        severity=as_text(row, "severity") or "",
        message=as_text(row, "message") or "",
        passage=lookup.passage(as_text(row, "claim_id"), as_text(row, "figure_id")),
        related=lookup.passage(as_text(row, "related_claim_id"), None),
        photo=None if photo is None else lookup.photos.get(photo, photo),
    )


def _meta(article: Row) -> list[tuple[str, str]]:
    labels = {
        "agency": "Agency",
        "published": "Published",
        "byline": "Byline",
        "dateline": "Dateline",
        "language": "Language",
        "format": "Format",
        "uri": "URI",
        "path": "File",
    }
    meta = []
    for key, label in labels.items():
        value = article.get(key)
        if isinstance(value, datetime):
            text: str | None = value.strftime("%Y-%m-%d %H:%M %Z").strip()
        else:
            text = as_text(article, key)
        if text:
            meta.append((label, text))
    return meta


def build_articles(result: CheckResult) -> list[ArticleView]:
    """One view per article, in table order, then one for findings tied to no article.

    Findings inside an article are ordered by severity (most serious first), then
    rule and finding id, so the same result always renders the same way.

    Example:
        >>> [a.headline for a in build_articles(result)]  # doctest: +SKIP
        ['Putin tells Trump Russia is ready for next round of Ukraine talks']
    """
    lookup = _Lookup(result)
    views: dict[str | None, ArticleView] = {}
    for article in lookup.articles:
        article_id = as_text(article, "article_id")
        views[article_id] = ArticleView(
            article_id=article_id,
            headline=as_text(article, "headline") or "(no headline)",
            meta=_meta(article),
        )
    findings = sorted(
        records(result.findings),
        key=lambda r: (
            severity_rank(as_text(r, "severity")),
            as_text(r, "rule") or "",
            as_text(r, "finding_id") or "",
        ),
    )
    for row in findings:
        article_id = as_text(row, "article_id")
        if article_id not in views:
            views[article_id] = ArticleView(
                article_id=article_id,
                headline="Findings not tied to a known article",
                meta=[("Article id", article_id)] if article_id else [],
            )
        views[article_id].findings.append(_finding(row, lookup))
    photos: dict[tuple[str | None, str], PhotoView] = {}
    for credit in lookup.credits:
        article_id = as_text(credit, "article_id")
        view = views.get(article_id)
        if view is None:
            continue
        photo_id = as_text(credit, "photo_id") or "(photo)"
        photo = photos.get((article_id, photo_id))
        if photo is None:
            photo = photos[article_id, photo_id] = PhotoView(
                photo_id=photo_id,
                credit_line=as_text(credit, "credit_line"),
                caption=as_text(credit, "caption"),
            )
            view.photos.append(photo)
        photo.parties.append(credit)
    cited: dict[str | None, dict[str, int]] = {}
    for claim in lookup.claims.values():
        source_id = as_text(claim, "source_id")
        if source_id is not None:
            per_article = cited.setdefault(as_text(claim, "article_id"), {})
            per_article[source_id] = per_article.get(source_id, 0) + 1
    for article_id, counts in cited.items():
        view = views.get(article_id)
        if view is None:
            continue
        for source_id, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            source = lookup.sources.get(source_id, {"source_id": source_id})
            view.sources.append({**source, "claims": n})
    return list(views.values())
