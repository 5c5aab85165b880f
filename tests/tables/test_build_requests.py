"""A question or a request asserts nothing: its figures are not the asker's (tables.build)."""

from __future__ import annotations

import pytest

from provenance.enums import Attribution, Format, SourceKind
from provenance.extractors.pipeline import Extraction
from provenance.extractors.records import ClaimSpan, SourceInfo
from provenance.ids import sha256_hex
from provenance.ingest.document import Document
from provenance.lexicon.cues import unasserting_forms
from provenance.tables.build import build_tables, source_id_for
from provenance.tables.validate import validate_tables
from tests.tables.spans import reporting, year_2016


def _owner(body: str, cue: str, *, outer: bool = False, language: str | None = None) -> str:
    """The source id of the figure "2016" in ``body``, whose claim Feinstein makes with ``cue``."""
    doc = Document(
        path="x.txt",
        format=Format.TEXT,
        headline="H",
        body=body,
        sha256=sha256_hex(body),
        agency="Reuters",
        language=language,
    )
    start = body.index(cue) + len(cue) + 1
    claims = [
        ClaimSpan(
            text=body[start:-1],
            start=start,
            end=len(body) - 1,
            attribution=Attribution.INDIRECT,
            source=SourceInfo("Dianne Feinstein", SourceKind.PERSON),
            source_text="Feinstein",
            cue=cue,
        )
    ]
    if outer:
        claims.append(reporting(body, "Feinstein", SourceInfo("Gordon", SourceKind.PERSON)))
    figure = year_2016(body)
    tables = validate_tables(build_tables([Extraction(doc, (figure,), tuple(claims), ())]))
    return str(tables.figures.iloc[0]["source_id"])


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Feinstein asked Gordon about efforts during the 2016 convention.", "asked"),
        ("Feinstein urged him to drop out of the 2016 race.", "urged"),
        ("Feinstein has urged him to drop out of the 2016 race.", "has urged"),
    ],
)
def test_a_question_or_request_gives_its_figures_to_the_narrator(body: str, cue: str) -> None:
    """'asked Gordon about ... 2016': the year is the agency's, not Feinstein's."""
    assert _owner(body, cue) == source_id_for("Reuters")


def test_a_statement_keeps_its_figures() -> None:
    """The neighbour: 'Feinstein said ... 2016' keeps the year as Feinstein's."""
    body = "Feinstein said efforts during the 2016 convention failed."
    assert _owner(body, "said") == source_id_for("Dianne Feinstein")


def test_a_reported_request_gives_its_figures_to_the_reporter() -> None:
    """'Gordon said Feinstein asked about 2016': the claim around the request owns the year."""
    body = "Gordon said Feinstein asked him about efforts during the 2016 convention."
    assert _owner(body, "asked", outer=True) == source_id_for("Gordon")


def test_a_language_without_cues_reads_no_request() -> None:
    """No English word is read in a language the lexicon has no cues for."""
    assert unasserting_forms("de") == frozenset()
    body = "Feinstein asked Gordon about efforts during the 2016 convention."
    assert _owner(body, "asked", language="de") == source_id_for("Dianne Feinstein")


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Feinstein apologized for remarks in a 2016 tape.", "apologized for"),
        ("Feinstein last year brushed off the 2016 indictments.", "last year brushed off"),
        ("Feinstein laid out a 2016 plan.", "laid out"),
    ],
)
def test_a_reaction_of_several_words_gives_its_figures_to_the_narrator(body: str, cue: str) -> None:
    """'apologized for ... a 2016 tape': a multiword reaction cue asserts nothing of 2016."""
    assert _owner(body, cue) == source_id_for("Reuters")


def test_a_multiword_form_must_stand_whole_in_the_cue() -> None:
    """Neighbour: 'said' with 'for' after it is no 'apologized for'; the year stays hers."""
    body = "Feinstein said for years the 2016 plan was flawed."
    assert _owner(body, "said for") == source_id_for("Dianne Feinstein")
