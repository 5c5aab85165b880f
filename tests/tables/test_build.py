"""Building tables from extractions: ids, keys, dedupe, and validity by construction."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus, FigureKind, Format, SourceKind
from provenance.errors import SchemaError
from provenance.extractors.pipeline import Extraction
from provenance.extractors.records import ClaimSpan, FigureSpan, SourceInfo
from provenance.ids import sha256_hex
from provenance.ingest.document import Document
from provenance.tables.build import build_tables, source_id_for
from provenance.tables.validate import validate_tables
from provenance.testing.strategies import extractions
from tests.tables.spans import reporting, year_2016

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _doc(body: str, headline: str = "H", agency: str | None = "AFP") -> Document:
    return Document(
        path="x.txt",
        format=Format.TEXT,
        headline=headline,
        body=body,
        sha256=sha256_hex(body),
        agency=agency,
    )


@_SETTINGS
@given(st.lists(extractions(), max_size=4))
def test_generated_extractions_always_validate(batch: list[Extraction]) -> None:
    """Whatever the extractors return (spans of the body), the tables satisfy their contracts."""
    validate_tables(build_tables(batch))


@_SETTINGS
@given(st.lists(extractions(), min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_ids_do_not_depend_on_input_order(batch: list[Extraction], rnd) -> None:  # type: ignore[no-untyped-def]
    """Shuffling the articles gives the same rows (compared by id)."""
    shuffled = list(batch)
    rnd.shuffle(shuffled)
    a, b = build_tables(batch), build_tables(shuffled)
    for (name, left), (_, right) in zip(a.items(), b.items(), strict=True):
        key = left.columns[0]
        pd.testing.assert_frame_equal(
            left.sort_values(key).reset_index(drop=True),
            right.sort_values(key).reset_index(drop=True),
            check_dtype=False,
            obj=name,
        )


def test_same_source_is_one_id_across_articles() -> None:
    """Zelensky quoted in two articles is one row of sources, with one id."""
    zelensky = SourceInfo(name="Volodymyr Zelensky", kind=SourceKind.PERSON, affiliation="Ukraine")
    batch = []
    for body in ("Zelensky said peace.", "Zelensky said war."):
        claim = ClaimSpan(
            text=body[14:],
            start=14,
            end=len(body),
            attribution=Attribution.INDIRECT,
            source=zelensky,
            source_text="Zelensky",
        )
        batch.append(Extraction(document=_doc(body), figures=(), claims=(claim,), credits=()))
    tables = build_tables(batch)
    assert tables.sources["name"].tolist().count("Volodymyr Zelensky") == 1
    assert set(tables.claims["source_id"]) == {source_id_for("Volodymyr Zelensky")}


def test_identical_articles_are_kept_once() -> None:
    """The same headline and body read twice (say, as text and ninjs) is one article."""
    body = "Troops left."
    ex = Extraction(document=_doc(body), figures=(), claims=(), credits=())
    assert len(build_tables([ex, ex]).articles) == 1


def test_figure_takes_the_innermost_claim() -> None:
    """A figure inside a quote inside a narrator sentence belongs to the quote's source."""
    body = 'He said "40 died" today.'
    narrator = ClaimSpan(text=body, start=0, end=len(body), attribution=Attribution.NARRATOR)
    quote = ClaimSpan(
        text="40 died",
        start=9,
        end=16,
        attribution=Attribution.DIRECT,
        source=SourceInfo("Jane Doe", SourceKind.PERSON),
        source_text="He",
    )
    figure = FigureSpan(
        text="40", start=9, end=11, kind=FigureKind.CARDINAL, value=40.0, lower=40.0, upper=40.0
    )
    tables = validate_tables(
        build_tables([Extraction(_doc(body), (figure,), (narrator, quote), ())])
    )
    row = tables.figures.iloc[0]
    assert row["source_id"] == source_id_for("Jane Doe")


def _denial_case(outer: bool) -> pd.Series:
    """The figure row of "[X said] Moscow denied meddling in the 2016 vote"."""
    body = "Kyiv said Moscow denied meddling in the 2016 vote."
    start = body.index("meddling")
    denial = ClaimSpan(
        text=body[start:-1],
        start=start,
        end=len(body) - 1,
        attribution=Attribution.INDIRECT,
        status=ClaimStatus.DENIED,
        source=SourceInfo("Moscow", SourceKind.GOVERNMENT),
        source_text="Moscow",
        cue="denied",
    )
    claims = [denial]
    if outer:
        claims.append(reporting(body, "Moscow", SourceInfo("Kyiv", SourceKind.GOVERNMENT)))
    figure = year_2016(body)
    tables = validate_tables(build_tables([Extraction(_doc(body), (figure,), tuple(claims), ())]))
    return tables.figures.iloc[0]


def test_a_denial_does_not_own_the_figures_it_denies() -> None:
    """A figure in what a source denies is not that source's: alone, it is the narrator's."""
    assert _denial_case(outer=False)["source_id"] == source_id_for("AFP")


def test_a_denial_reported_by_a_source_gives_its_figures_to_that_source() -> None:
    """The neighbour: "Kyiv said Moscow denied ... 2016" gives the figure to Kyiv, not Moscow."""
    assert _denial_case(outer=True)["source_id"] == source_id_for("Kyiv")


def test_uncovered_figure_gets_a_narrator_claim() -> None:
    """A figure no claim covers still gets a claim: the agency's, as narrator."""
    body = "Toll 40"
    figure = FigureSpan(
        text="40", start=5, end=7, kind=FigureKind.CARDINAL, value=40.0, lower=40.0, upper=40.0
    )
    tables = validate_tables(build_tables([Extraction(_doc(body), (figure,), (), ())]))
    claim = tables.claims.set_index("claim_id").loc[tables.figures.iloc[0]["claim_id"]]
    assert claim["attribution"] == "narrator"
    assert tables.figures.iloc[0]["source_id"] == source_id_for("AFP")


def test_unknown_agency_narrates_as_unknown() -> None:
    """Without an agency the narrator is an explicit 'Unknown agency', never a guess."""
    body = "Toll 40"
    narrator = ClaimSpan(text=body, start=0, end=len(body), attribution=Attribution.NARRATOR)
    tables = build_tables([Extraction(_doc(body, agency=None), (), (narrator,), ())])
    assert tables.sources["name"].tolist() == ["Unknown agency"]
    assert tables.sources["kind"].tolist() == ["unknown"]


def test_figures_language_is_the_extractions_and_round_trips(tmp_path: Path) -> None:
    """figures.language comes from the extraction and survives CSV and JSON round trips."""
    from provenance.tables.io import read_tables, write_tables

    body = "Toll 40"
    figure = FigureSpan(
        text="40", start=5, end=7, kind=FigureKind.CARDINAL, value=40.0, lower=40.0, upper=40.0
    )
    batch = [
        Extraction(_doc(body, headline=key), (figure,), (), (), language=key)
        for key in ("en", "fr", "und")
    ]
    tables = validate_tables(build_tables(batch))
    assert sorted(tables.figures["language"]) == ["en", "fr", "und"]
    for fmt in ("csv", "json"):
        write_tables(tables, tmp_path / fmt, fmt)
        again = read_tables(tmp_path / fmt, fmt)
        pd.testing.assert_series_equal(again.figures["language"], tables.figures["language"])


def test_a_language_that_is_not_a_key_is_refused() -> None:
    """The figures contract takes lexicon keys, not free text."""
    figure = FigureSpan(text="40", start=5, end=7, kind=FigureKind.CARDINAL)
    bad = Extraction(_doc("Toll 40"), (figure,), (), (), language="French (France)")
    with pytest.raises(SchemaError, match="language"):
        validate_tables(build_tables([bad]))


def test_articles_of_one_agency_narrate_as_one_source_whatever_else_names_it() -> None:
    """Narrator claims of several articles of one agency share its source row; a claim whose
    source record has the agency's name and another kind keeps the choice of ``_info_key``,
    whichever article comes first."""
    narrator = ClaimSpan("Rain fell.", 0, 10, Attribution.NARRATOR)
    named = ClaimSpan(
        "Rain fell.", 0, 10, Attribution.INDIRECT, source=SourceInfo("AFP", SourceKind.MEDIA)
    )
    first = Extraction(_doc("Rain fell.", headline="A"), (), (narrator,), ())
    second = Extraction(_doc("Rain fell.", headline="B"), (), (narrator, named), ())
    for batch in ([first, second], [second, first]):
        tables = validate_tables(build_tables(batch))
        assert tables.sources[["name", "kind"]].values.tolist() == [["AFP", "agency"]]
        assert set(tables.claims["source_id"]) == {source_id_for("AFP")}


@_SETTINGS
@given(st.lists(extractions(), max_size=4))
def test_typed_frames_are_the_validated_untyped_ones(batch: list[Extraction]) -> None:
    """Frames built in their contract dtypes are those validation makes of the untyped
    ones: the same cells, dtypes and column labels (names, order and the labels' dtype)."""
    typed = validate_tables(build_tables(batch, typed=True), inplace=True)
    plain = validate_tables(build_tables(batch))
    for name, frame in typed.items():
        pd.testing.assert_frame_equal(frame, getattr(plain, name), check_exact=True)
        assert frame.columns.dtype == getattr(plain, name).columns.dtype


def test_each_typed_frame_has_its_own_column_labels() -> None:
    """Naming one table's column index (``df.columns.name = ...``) leaves the next call's alone."""
    first = build_tables([], typed=True)
    first.claims.columns.name = "renamed"
    assert build_tables([], typed=True).claims.columns.name is None
