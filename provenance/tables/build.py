"""Turn extractions into the five tables: ids, foreign keys and dtypes.

Ids derive from content (:func:`provenance.ids.stable_id`), so the same input
gives the same ids on every run and machine, and a source is one id across
articles. Rows are gathered as column lists and turned into dataframes once.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from provenance.enums import NARRATOR as _NARRATOR
from provenance.enums import Attribution, ClaimStatus, SourceKind
from provenance.errors import ReadWarning
from provenance.extractors.records import ClaimSpan, SourceInfo
from provenance.ids import id_digits, normalize_name, stable_id
from provenance.lexicon.cues import unasserting_forms
from provenance.tables.asides import Asides
from provenance.tables.bundle import Tables
from provenance.tables.columns import columns, contract_dtypes, schema_for

if TYPE_CHECKING:
    import pandas as pd

    from provenance.extractors.pipeline import Extraction

__all__ = ["article_id_for", "build_tables", "published_for", "source_id_for"]

UNKNOWN_AGENCY = SourceInfo(name="Unknown agency", kind=SourceKind.UNKNOWN)

# what the ``published`` column (datetime64[ns, UTC]) can hold: pandas.Timestamp.min/max
_EARLIEST = datetime(1677, 9, 21, 0, 12, 43, 145225, tzinfo=UTC)
_LATEST = datetime(2262, 4, 11, 23, 47, 16, 854775, tzinfo=UTC)


def published_for(value: datetime | None) -> datetime | None:
    """``value`` if the ``published`` column can hold it, else ``None``.

    The column is ``datetime64[ns, UTC]``: about 1677-09-21 to 2262-04-11. A
    naive datetime is read as UTC.

    Example:
        >>> published_for(datetime(1, 1, 1, tzinfo=UTC)) is None
        True
        >>> published_for(datetime(2025, 8, 1, tzinfo=UTC)).year
        2025
    """
    if value is None:
        return None
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    try:
        inside = _EARLIEST <= aware <= _LATEST
    except OverflowError:  # an offset that pushes year 1 or 9999 out of range
        inside = False
    return value if inside else None


def article_id_for(headline: str, body: str) -> str:
    """The article id: derived from the headline and body, not the file or format."""
    return stable_id("art", headline, body)


def source_id_for(name: str) -> str:
    """The source id: derived from the normalized canonical name.

    Example:
        >>> source_id_for("Volodymyr Zelensky") == source_id_for("VOLODYMYR  zelensky")
        True
    """
    return stable_id("src", normalize_name(name))


# The order in which build_tables writes each table's row tuples.
_ARTICLES = (
    "article_id",
    "headline",
    "body",
    "agency",
    "published",
    "language",
    "format",
    "sha256",
    "byline",
    "dateline",
    "located",
    "uri",
    "path",
)
_CLAIMS = (
    "claim_id",
    "article_id",
    "source_id",
    "source_text",
    "text",
    "start",
    "end",
    "cue",
    "attribution",
    "status",
    "channel",
    "parent_claim_id",
)
_FIGURES = (
    "figure_id",
    "article_id",
    "claim_id",
    "source_id",
    "agency",
    "text",
    "value",
    "lower",
    "upper",
    "approximate",
    "kind",
    "unit",
    "normalized",
    "qualifier",
    "start",
    "end",
    "language",
)
_CREDITS = (
    "credit_id",
    "photo_id",
    "article_id",
    "name",
    "role",
    "as_written",
    "credit_line",
    "caption",
)
_SOURCES = ("source_id", "name", "kind", "affiliation")


class _Rows:
    """Rows of one table as tuples in the order of ``names``, turned into a frame once.

    A tuple per row (one append) is cheaper than a list per column (an append
    per cell); the frame is put in the table's canonical column order at the end.
    """

    def __init__(self, table: str, names: tuple[str, ...]) -> None:
        if sorted(names) != sorted(columns(table)):
            raise AssertionError(f"the builder of {table} writes {names}, not {columns(table)}")
        self.table = table
        self.names = names
        self.rows: list[tuple[Any, ...]] = []

    def frame(self, *, typed: bool = False) -> pd.DataFrame:
        """The rows as a frame; ``typed`` builds columns in their contract dtypes."""
        import pandas as pd

        if not typed:
            frame = pd.DataFrame(self.rows, columns=list(self.names))
            return frame[list(columns(self.table))]
        dtypes = _typed_dtypes(self.table)
        nullable = _nullable(self.table)
        cells = list(zip(*self.rows, strict=True)) if self.rows else [()] * len(self.names)
        data: dict[str, Any] = {}
        for name, values in zip(self.names, cells, strict=True):
            data[name] = _column(list(values), dtypes.get(name), gaps=name in nullable)
        # The arrays made here are the frame's own (copy=False), keyed by position: pandas
        # then labels the columns with a RangeIndex instead of building a string index of
        # the names twice (the given order and the dict's keys) and looking each name up
        # in it; the names go on at the end, as the index ``columns=`` would have made.
        order = columns(self.table)
        frame = pd.DataFrame(dict(enumerate(data[name] for name in order)), copy=False)
        frame.columns = pd.Index(list(order))
        return frame


#: The cell types a Float64, an Int64 and a boolean column are built from directly, without
#: pandas' inference over the list (any other type goes through ``pd.array``).
_FLOATS = frozenset({float, type(None)})
_INTS = frozenset({int})
_BOOLS = frozenset({bool})


def _column(values: list[Any], dtype: object, *, gaps: bool = False) -> Any:
    """``values`` as an array of ``dtype``, or the plain list when it cannot hold one.

    ``gaps`` says the column may hold ``None`` (a nullable column): a string column is
    then built from its strings alone (:func:`_strings`). A value of the wrong type (a
    bug) is left for validation to report, as it would be without ``typed``.
    """
    import numpy as np
    import pandas as pd

    if dtype is None:
        return values
    if isinstance(dtype, pd.DatetimeTZDtype):
        return _no_dates(values, dtype)
    try:
        if isinstance(dtype, pd.StringDtype) and dtype.storage == "python":
            # The same strings from an object array: pandas would copy the list into
            # one element by element, asking numpy to discover each value's shape,
            # then copy that array again (the array made here is the column's own).
            cells = np.fromiter(values, dtype=object, count=len(values))
            return _strings(cells, dtype) if gaps else pd.array(cells, dtype=dtype, copy=False)
        if isinstance(dtype, pd.Float64Dtype) and _FLOATS.issuperset(map(type, values)):
            # floats and None only: numpy reads None as NaN, and pandas masks NaN
            floats = np.array(values, dtype=np.float64)
            return pd.arrays.FloatingArray(floats, np.isnan(floats))
        if isinstance(dtype, pd.Int64Dtype) and _INTS.issuperset(map(type, values)):
            # ints only (no bool, no None): the values and no mask, as pd.array makes them
            with contextlib.suppress(OverflowError):  # past int64: pd.array below says so
                ints = np.fromiter(values, dtype=np.int64, count=len(values))
                return pd.arrays.IntegerArray(ints, np.zeros(len(values), bool))
        if isinstance(dtype, pd.BooleanDtype) and _BOOLS.issuperset(map(type, values)):
            return pd.arrays.BooleanArray(np.array(values, dtype=bool), np.zeros(len(values), bool))
        return pd.array(values, dtype=dtype)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return values


def _no_dates(values: list[Any], dtype: Any) -> Any:
    """A date column with no date in it (articles read from text files carry none) as the
    array of missing times validation would coerce it to; any other is left to validation.

    Exact: validation coerces every missing cell to ``NaT`` in the contract's dtype, and a
    column of only ``None`` is nothing else; dates go to validation, which also reads a
    naive one as UTC.

    Example:
        >>> import pandas as pd
        >>> _no_dates([None, None], pd.DatetimeTZDtype("ns", "UTC")).isna().tolist()
        [True, True]
    """
    import numpy as np
    import pandas as pd

    if any(value is not None for value in values):
        return values
    return pd.array(np.full(len(values), np.datetime64("NaT", dtype.unit)), dtype=dtype)


def _strings(cells: Any, dtype: Any) -> Any:
    """``pd.array(cells, dtype=dtype)`` for an object array of a string dtype: the same
    array, its ``None`` cells filled by ``take`` rather than converted by pandas.

    pandas converts a missing cell one at a time (a null test, a store through the
    generic item assignment), several times what it spends on a string; most cells of
    the nullable columns are missing (a narrator claim has no cue, most figures no
    qualifier). Here pandas reads the other cells alone, and ``take`` puts the dtype's
    missing value (what pandas stores for ``None``) at the missing positions in one pass.
    Only ``None`` is taken out: any other cell (a NaN, a number: a bug) goes to pandas.

    Example:
        >>> import numpy as np, pandas as pd
        >>> dtype = pd.StringDtype("python", na_value=np.nan)
        >>> cells = np.array(["a", None, "b"], dtype=object)
        >>> _strings(cells, dtype).tolist() == pd.array(cells, dtype=dtype).tolist()
        True
    """
    import numpy as np
    import pandas as pd

    missing = np.equal(cells, None)  # type: ignore[call-overload]  # (stubs: no None)
    if not missing.any():
        return pd.array(cells, dtype=dtype, copy=False)
    present = ~missing
    strings = pd.array(cells[present], dtype=dtype, copy=False)
    # each cell's position among the strings, -1 (the missing value) for a missing one
    return strings.take(np.where(missing, -1, np.cumsum(present) - 1), allow_fill=True)


@functools.cache
def _nullable(table: str) -> frozenset[str]:
    """The columns of a table whose contract lets them hold missing values."""
    schema = schema_for(table)
    return frozenset(name for name, column in schema.columns.items() if column.nullable)


@functools.cache
def _typed_dtypes(table: str) -> dict[str, object]:
    """The contract dtypes a typed frame builds directly: strings and nullable numbers,
    and a datetime column holding no date (:func:`_no_dates`).

    Dates are left to validation, which also reads a naive datetime as UTC.
    """
    import pandas as pd

    direct = (pd.StringDtype, pd.Int64Dtype, pd.Float64Dtype, pd.BooleanDtype, pd.DatetimeTZDtype)
    return {
        name: dtype for name, dtype in contract_dtypes(table).items() if isinstance(dtype, direct)
    }


def _claim_source(claim: ClaimSpan, narrator: SourceInfo) -> SourceInfo:
    if claim.attribution is _NARRATOR:
        return narrator
    if claim.source is not None:
        return claim.source
    return SourceInfo(name=claim.source_text or "Unknown source", kind=SourceKind.UNKNOWN)


#: Statuses whose source does not assert the content, so owns none of its figures.
_DISOWNED = frozenset({ClaimStatus.DENIED})


def _asks(claim: ClaimSpan, forms: frozenset[str]) -> bool:
    """Whether the claim's cue asks, requests or reacts to a thing: one of ``forms``.

    One word of the cue ("asked", "urged him to") or a form of several words in it
    ("has brushed off").

    Example:
        >>> c = ClaimSpan("x", 0, 1, Attribution.INDIRECT, cue="last year apologized for")
        >>> _asks(c, frozenset({"apologized for"})), _asks(c, frozenset({"asked"}))
        (True, False)
    """
    if not forms or claim.cue is None:
        return False
    words = claim.cue.lower().split()
    if not forms.isdisjoint(words):
        return True
    if _leads(forms).isdisjoint(words):  # no form of several words can start in the cue
        return False
    cue = f" {' '.join(words)} "
    return any(phrase in cue for phrase in _phrases(forms))


@functools.cache
def _phrases(forms: frozenset[str]) -> tuple[str, ...]:
    """The forms of several words, padded with spaces to be found whole in a cue."""
    return tuple(f" {f} " for f in forms if " " in f)


@functools.cache
def _leads(forms: frozenset[str]) -> frozenset[str]:
    """The first words of the forms of several words (up to their first space).

    A padded form is found in a cue (its words joined by single spaces) only where
    its first word is one of the cue's words: a cue none of whose words is one of
    these holds none of :func:`_phrases`.
    """
    return frozenset(f.split(" ", 1)[0] for f in forms if " " in f)


def _innermost(claims: list[tuple[int, int, str, str]], start: int, end: int) -> tuple[str, str]:
    """The (claim_id, source_id) of the shortest claim containing ``[start, end)``.

    Falls back to the claim overlapping the figure most when none contains it.
    """
    best: tuple[str, str] | None = None
    shortest = -1
    for c_start, c_end, claim_id, source_id in claims:
        if c_start <= start and end <= c_end and (best is None or c_end - c_start < shortest):
            best = (claim_id, source_id)
            shortest = c_end - c_start
    if best is not None:
        return best
    overlap: tuple[int, str, str] | None = None
    for c_start, c_end, claim_id, source_id in claims:
        shared = min(end, c_end) - max(start, c_start)
        if shared > 0 and (overlap is None or shared > overlap[0]):
            overlap = (shared, claim_id, source_id)
    if overlap is None:
        raise LookupError(start)
    return overlap[1], overlap[2]


class _Owners:
    """The asserting claims of an article, ``(start, end, claim_id, source_id)`` each, in
    list order, with their starts sorted: :meth:`owner` is :func:`_innermost` of the list.

    Example:
        >>> owners = _Owners([(0, 20, "c0", "s0"), (5, 12, "c1", "s1")])
        >>> owners.owner(6, 9), owners.owner(14, 16)
        (('c1', 's1'), ('c0', 's0'))
    """

    __slots__ = ("order", "spans", "starts")

    def __init__(self, spans: list[tuple[int, int, str, str]]) -> None:
        self.spans = spans
        starts = [s[0] for s in spans]
        #: list positions by start (a stable sort: equal starts keep their list order)
        self.order = sorted(range(len(spans)), key=starts.__getitem__)
        self.starts = [starts[k] for k in self.order]

    def add(self, span: tuple[int, int, str, str]) -> None:
        """Append a claim to the list."""
        at = bisect.bisect_right(self.starts, span[0])
        self.starts.insert(at, span[0])
        self.order.insert(at, len(self.spans))
        self.spans.append(span)

    def owner(self, start: int, end: int) -> tuple[str, str]:
        """:func:`_innermost` of the list, reading only the claims that may contain the span.

        A claim containing ``[start, end)`` starts at or before ``start``: those are read
        from the nearest start back. One starting at ``c_start`` is at least ``end -
        c_start`` long, so once that passes the shortest found, no claim further back is
        shorter or as short. Of equally short ones the first in list order wins, as there.
        """
        spans = self.spans
        order = self.order
        i = bisect.bisect_right(self.starts, start)
        best = -1
        shortest = 0
        while i:
            i -= 1
            k = order[i]
            c_start, c_end, _, _ = spans[k]
            if best >= 0 and end - c_start > shortest:
                break
            if end <= c_end and (
                best < 0 or c_end - c_start < shortest or (c_end - c_start == shortest and k < best)
            ):
                best = k
                shortest = c_end - c_start
        if best < 0:  # none contains it: the claim overlapping it most, or LookupError
            return _innermost(spans, start, end)
        return spans[best][2], spans[best][3]


def _unique(extractions: Iterable[Extraction]) -> dict[str, Extraction]:
    """One extraction per article id, in first-seen order.

    When the same article arrives twice (same headline and body, say as text
    and as ninjs), the copy kept is chosen by path, item and format, not by
    arrival order, so the tables do not depend on the order of the inputs.
    """
    chosen: dict[str, Extraction] = {}
    for ex in extractions:
        doc = ex.document
        article_id = article_id_for(doc.headline, doc.body)
        kept = chosen.get(article_id)
        if kept is None or _before(ex, kept):
            chosen[article_id] = ex
    return chosen


def _key(ex: Extraction) -> tuple[str, int, str, str, str]:
    # Path, item and format decide; the full repr breaks any remaining tie.
    doc = ex.document
    return (doc.path, doc.item_index, doc.format.value, doc.sha256, repr(ex))


def _before(ex: Extraction, kept: Extraction) -> bool:
    """``_key(ex) < _key(kept)``, without the full repr unless the rest ties."""
    a, b = ex.document, kept.document
    head = (a.path, a.item_index, a.format.value, a.sha256)
    other = (b.path, b.item_index, b.format.value, b.sha256)
    if head != other:
        return head < other
    return repr(ex) < repr(kept)


def _span(article_id: str, claim: ClaimSpan, source_id: str) -> tuple[int, int, str, str]:
    """``(start, end, claim_id, source_id)`` of a claim; the id derives from its content."""
    start, end, attribution = claim.start, claim.end, claim.attribution
    if type(start) is int and type(end) is int and type(attribution) is Attribution:
        # stable_id("clm", ...) written out for the types every built-in claim has:
        # the same joined text, without the per-part type tests (ids are made per row)
        joined = f"{article_id}\x1f{start}\x1f{end}\x1f{attribution._value_}\x1f{source_id}"
        claim_id = "clm_" + id_digits(joined)
    else:
        claim_id = stable_id("clm", article_id, start, end, attribution, source_id)
    return (start, end, claim_id, source_id)


def _figure_id(article_id: str, start: int, end: int) -> str:
    """``stable_id("fig", article_id, start, end)``, written out for integer offsets."""
    if type(start) is int and type(end) is int:
        joined = f"{article_id}\x1f{start}\x1f{end}"
        return "fig_" + id_digits(joined)
    return stable_id("fig", article_id, start, end)


def _info_key(info: SourceInfo) -> tuple[str, str, str]:
    return (info.kind.value, info.affiliation or "", info.name)


def build_tables(extractions: Iterable[Extraction], *, typed: bool = False) -> Tables:
    """Assemble the five tables from per-document extractions.

    With ``typed``, string and number columns are built in the dtypes of the
    table contracts (``string[python]``, ``Int64``, ``Float64``, ``boolean``),
    as validation coerces them: for tables about to be validated this saves
    converting every string twice, and the validated tables are the same.

    Identical articles (same headline and body) are kept once (see
    :func:`_unique`). A figure that no claim covers gets a narrator claim of
    its own, so every figure has a claim. A publication date the ``published``
    column cannot hold becomes null for that article alone, with a warning on
    ``Tables.warnings``.

    Example:
        >>> from provenance.ingest import read_text
        >>> from provenance.extractors.pipeline import extract_document
        >>> doc = read_text("Title\\n\\nTroops said 40 died.\\n\\nAFP")[0]
        >>> tables = build_tables([extract_document(doc)])
        >>> len(tables.articles)
        1
    """
    articles = _Rows("articles", _ARTICLES)
    claims_out = _Rows("claims", _CLAIMS)
    figures = _Rows("figures", _FIGURES)
    credits = _Rows("photo_credits", _CREDITS)
    sources: dict[str, SourceInfo] = {}
    source_ids: dict[str, str] = {}
    narrators: dict[str, SourceInfo] = {}
    warnings: list[ReadWarning] = []

    def source_row(info: SourceInfo) -> str:
        source_id = source_ids.get(info.name)
        if source_id is None:
            source_id = source_ids[info.name] = source_id_for(info.name)
        known = sources.get(source_id)
        # Two descriptions of one source (a plug-in disagreeing with the alias
        # table): keep the same one whatever the order of the articles. (Most
        # claims carry the very record already kept: ``is`` spares the comparison.)
        if known is None or (
            known is not info and known != info and _info_key(info) < _info_key(known)
        ):
            sources[source_id] = info
        return source_id

    for article_id, ex in _unique(extractions).items():
        doc = ex.document
        published = published_for(doc.published)
        if published is None and doc.published is not None:
            warnings.append(
                ReadWarning(
                    doc.path,
                    f"publication date {doc.published.isoformat()} is outside 1677-2262; "
                    "the article is kept with no date",
                )
            )
        articles.rows.append(
            (
                article_id,
                doc.headline,
                doc.body,
                doc.agency,
                published,
                doc.language,
                doc.format._value_,
                doc.sha256,
                doc.byline,
                doc.dateline,
                doc.located,
                doc.uri,
                doc.path,
            )
        )
        # one record per agency for the whole call: each narrator claim's source is then
        # the very record kept (``source_row`` spares the comparison of equal records)
        narrator = UNKNOWN_AGENCY
        if doc.agency:
            known_narrator = narrators.get(doc.agency)
            if known_narrator is None:  # the record is built once per agency, not per article
                known_narrator = SourceInfo(name=doc.agency, kind=SourceKind.AGENCY)
                narrators[doc.agency] = known_narrator
            narrator = known_narrator
        claims = list(ex.claims)
        spans = [_span(article_id, c, source_row(_claim_source(c, narrator))) for c in claims]
        # A denial's content is what its source says is untrue: the figures in it
        # ("denied interfering in the 2016 election") are not the denier's.
        # A question or a request ("asked Gordon about efforts during the 2016 convention")
        # asserts nothing either: its figures go to the claim around it, else the narrator.
        asking = unasserting_forms(doc.language)
        asserting = [
            s
            for s, c in zip(spans, claims, strict=True)
            if c.status not in _DISOWNED and not _asks(c, asking)
        ]
        owners: list[tuple[str, str]] = []
        found = _Owners(asserting)
        # "complained that Trump was tardy in enforcing the law, which required the list by
        # Oct. 1": a relative after a comma glosses for the reader; its figures are the
        # narrator's. Where a body's asides may open is found on its first figure (a
        # ``find`` per relative word); a figure of a source's claim is then tested only in
        # a body with such places, and matched only between its claim's start and the
        # figure (Asides.glosses).
        asides: Asides | None = None
        openers: list[int] = []
        narrator_id = ""
        starts: dict[str, int] = {}
        first = len(asserting)  # the claims before the narrator's are added
        for fig in ex.figures:
            try:
                owner = found.owner(fig.start, fig.end)
                if asides is None:
                    asides = Asides(doc.body, doc.language)
                    openers = asides.openers
                # an aside holding the figure opens before it: none when the first opens after
                if openers and openers[0] < fig.start:
                    if not narrator_id:  # the narrator's id, without adding it as a source
                        narrator_id = source_ids.get(narrator.name) or source_id_for(narrator.name)
                        starts = {c_id: s for s, _, c_id, _ in asserting[:first]}
                    if owner[1] != narrator_id and asides.glosses(
                        starts.get(owner[0], fig.start), fig.start, fig.end
                    ):
                        raise LookupError(fig.start)
                owners.append(owner)
            except LookupError:
                claims.append(
                    ClaimSpan(fig.text, fig.start, fig.end, attribution=Attribution.NARRATOR)
                )
                spans.append(_span(article_id, claims[-1], source_row(narrator)))
                found.add(spans[-1])
                owners.append(spans[-1][2:])
        emitted: set[str] = set()
        for claim, (_, _, claim_id, source_id) in zip(claims, spans, strict=True):
            if claim_id in emitted:
                continue
            emitted.add(claim_id)
            claims_out.rows.append(
                (
                    claim_id,
                    article_id,
                    source_id,
                    claim.source_text,
                    claim.text,
                    claim.start,
                    claim.end,
                    claim.cue,
                    claim.attribution._value_,  # not .value: a descriptor call per row
                    claim.status._value_,
                    claim.channel,
                    spans[claim.parent][2] if claim.parent is not None else None,
                )
            )
        for fig, (claim_id, source_id) in zip(ex.figures, owners, strict=True):
            figures.rows.append(
                (
                    _figure_id(article_id, fig.start, fig.end),
                    article_id,
                    claim_id,
                    source_id,
                    doc.agency,
                    fig.text,
                    fig.value,
                    fig.lower,
                    fig.upper,
                    fig.approximate,
                    fig.kind._value_,
                    fig.unit,
                    fig.normalized,
                    fig.qualifier,
                    fig.start,
                    fig.end,
                    ex.language,
                )
            )
        for index, (picture, parties) in enumerate(ex.credits):
            photo_id = stable_id("pho", article_id, index, picture.credit_line, picture.caption)
            for position, party in enumerate(parties):
                credits.rows.append(
                    (
                        stable_id("crd", photo_id, position, party.role, party.as_written),
                        photo_id,
                        article_id,
                        party.name,
                        party.role._value_,
                        party.as_written,
                        picture.credit_line,
                        picture.caption,
                    )
                )
    source_rows = _Rows("sources", _SOURCES)
    source_rows.rows = [
        (source_id, info.name, info.kind._value_, info.affiliation)
        for source_id, info in sources.items()
    ]
    frames = {
        "articles": articles.frame(typed=typed),
        "photo_credits": credits.frame(typed=typed),
        "sources": source_rows.frame(typed=typed),
        "claims": claims_out.frame(typed=typed),
        "figures": figures.frame(typed=typed),
    }
    return Tables(
        articles=frames["articles"],
        photo_credits=frames["photo_credits"],
        sources=frames["sources"],
        claims=frames["claims"],
        figures=frames["figures"],
        warnings=tuple(warnings),
    )
