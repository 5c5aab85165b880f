"""Hypothesis strategies for valid provenance tables, for your own pipeline tests.

The strategies build tables the way the library does (records -> ids ->
dataframes), so every generated :class:`~provenance.tables.bundle.Tables`
passes :func:`~provenance.tables.validate.validate_tables` by construction::

    from hypothesis import given
    from provenance.testing.strategies import tables

    @given(tables())
    def test_my_pipeline_keeps_every_figure(t):
        assert len(my_pipeline(t.figures)) == len(t.figures)
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus, CreditRole, FigureKind, Format, SourceKind
from provenance.extractors.pipeline import Extraction
from provenance.extractors.records import ClaimSpan, CreditParty, FigureSpan, SourceInfo
from provenance.ids import sha256_hex
from provenance.ingest.document import Document, Picture
from provenance.lexicon import language_key

if TYPE_CHECKING:
    from provenance.tables.bundle import Tables

__all__ = ["documents", "extractions", "source_infos", "tables"]

_WORDS = st.sampled_from(
    ["Kyiv", "said", "troops", "about", "53,000", "bodies", "the", "talks", "June", "22", "AFP"]
)
_AGENCIES = st.sampled_from(["AFP", "Reuters", "AP", None])


@st.composite
def source_infos(draw: st.DrawFn) -> SourceInfo:
    """A source with a name, kind and optional affiliation."""
    name = draw(
        st.sampled_from(
            ["Volodymyr Zelensky", "Russian government", "Kremlin", "officials", "Jane Doe"]
        )
    )
    kind = draw(st.sampled_from(list(SourceKind)))
    affiliation = draw(st.sampled_from([None, "Russia", "Ukraine"]))
    return SourceInfo(name=name, kind=kind, affiliation=affiliation)


@st.composite
def documents(draw: st.DrawFn, *, min_words: int = 3, max_words: int = 60) -> Document:
    """A document with a body of news-like words (or arbitrary text) and 0-2 pictures."""
    words = draw(
        st.lists(_WORDS | st.text(min_size=1, max_size=8), min_size=min_words, max_size=max_words)
    )
    body = " ".join(words)
    pictures = tuple(
        Picture(
            caption=draw(st.none() | st.text(max_size=20)),
            credit_line=draw(st.none() | st.text(max_size=20)),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    published = draw(
        st.none()
        | st.datetimes(
            min_value=datetime(2000, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
        )
    )
    return Document(
        path=draw(st.sampled_from(["a.txt", "b.json", "<string>"])),
        format=draw(st.sampled_from(list(Format))),
        headline=draw(st.text(min_size=1, max_size=30)),
        body=body,
        sha256=sha256_hex(body),
        agency=draw(_AGENCIES),
        published=published,
        language=draw(st.sampled_from(["en", "en-GB", "fr", "fr-FR", "de", None])),
        pictures=pictures,
    )


def _span(draw: st.DrawFn, length: int) -> tuple[int, int]:
    start = draw(st.integers(0, max(0, length - 1)))
    end = draw(st.integers(start + 1, max(start + 1, length)))
    return start, min(end, length)


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    """An extraction whose claims and figures are real spans of the document body."""
    doc = draw(documents())
    n = len(doc.body)
    claims: list[ClaimSpan] = [
        ClaimSpan(text=doc.body, start=0, end=n, attribution=Attribution.NARRATOR)
    ]
    for _ in range(draw(st.integers(0, 4))):
        start, end = _span(draw, n)
        attribution = draw(st.sampled_from([Attribution.DIRECT, Attribution.INDIRECT]))
        claims.append(
            ClaimSpan(
                text=doc.body[start:end],
                start=start,
                end=end,
                attribution=attribution,
                status=draw(st.sampled_from(list(ClaimStatus))),
                source_text="source",
                source=draw(source_infos()),
                cue=draw(st.sampled_from(["said", "claimed", "denied", "has not confirmed"])),
                parent=draw(st.none() | st.integers(0, len(claims) - 1)),
            )
        )
    figures: list[FigureSpan] = []
    cursor = 0
    for _ in range(draw(st.integers(0, 4))):
        if cursor >= n:
            break
        start = draw(st.integers(cursor, n - 1))
        end = draw(st.integers(start + 1, n))
        value = draw(st.none() | st.floats(-1e9, 1e9, allow_nan=False))
        figures.append(
            FigureSpan(
                text=doc.body[start:end],
                start=start,
                end=end,
                kind=draw(st.sampled_from(list(FigureKind))),
                value=value,
                lower=value,
                upper=value,
                approximate=draw(st.booleans()),
                unit=draw(st.none() | st.sampled_from(["soldiers", "bodies", "USD"])),
            )
        )
        cursor = end
    credits = tuple(
        (
            pic,
            tuple(
                CreditParty(
                    name=draw(st.none() | st.sampled_from(["Drew Angerer", "AFP"])),
                    role=draw(st.sampled_from(list(CreditRole))),
                    as_written=draw(st.text(min_size=1, max_size=10)),
                )
                for _ in range(draw(st.integers(1, 3)))
            ),
        )
        for pic in doc.pictures
    )
    return Extraction(
        document=doc,
        figures=tuple(figures),
        claims=tuple(claims),
        credits=credits,
        language=language_key(doc.language),
    )


@st.composite
def tables(draw: st.DrawFn, *, max_articles: int = 4) -> Tables:
    """Valid, validated tables of 0 to ``max_articles`` articles."""
    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    batch = draw(st.lists(extractions(), max_size=max_articles))
    return validate_tables(build_tables(batch))
