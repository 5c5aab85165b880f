"""A fronted document phrase credits its sentence to the document; neighbours do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.claims.documents import document_claims
from tests.extractors.claim_pairs import attributed_pairs


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.",
            "she led Mr. Sanders 56 percent to 32 percent",
            "an early-October CBS News poll",
        ),
        (
            "In the latest survey released Monday, 71 percent approved of Obama.",
            "71 percent approved of Obama",
            "the latest survey released Monday",
        ),
        (
            "In a letter to donors, the campaign is out of money and needs help.",
            "the campaign is out of money and needs help",
            "a letter to donors",
        ),
    ],
)
def test_fronted_document_holds_the_rest_of_its_sentence(
    text: str, content: str, source: str
) -> None:
    """ "In a poll, X": X is credited to the poll."""
    assert (content, source) in attributed_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the morning, prices rose sharply across the region.",  # no document head
        "In Washington, lawmakers left for the holiday recess.",
        "Trump has a decisive lead in the polls ahead of the vote.",  # trailing: left out
        "In a poll.",  # no clause after the document
    ],
)
def test_document_neighbours_give_no_claim(text: str) -> None:
    """Neighbours: a time or place, a trailing poll, or no clause attribute nothing."""
    assert attributed_pairs(text) == []


def test_a_cue_of_the_sentence_keeps_its_own_claim() -> None:
    """ "In a statement, the ministry said X": the verb cue's claim, not a second one."""
    found = attributed_pairs("In a statement, the ministry said the talks had failed.")
    assert found == [("the talks had failed", "the ministry")]


@given(st.text(alphabet="In a poll,Xyz. ", max_size=60))
def test_document_claims_slice_inside_their_unit(text: str) -> None:
    """Whatever the text, a claim lies in the text, after its source."""
    for d in document_claims(text, [(0, len(text))], []):
        assert 0 <= d.start < d.end <= len(text)
        assert d.source_end is not None
        assert d.source_end <= d.start


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Bush lent his campaign money last month, court records show.",
            "Bush lent his campaign money last month",
            "court records",
        ),
        (
            "Federal Election Commission records show Pate gave only to Rubio.",
            "Pate gave only to Rubio",
            "Federal Election Commission records",
        ),
    ],
)
def test_records_and_documents_can_be_sources(text: str, content: str, source: str) -> None:
    """Source heads include records and documents: "court records show X"."""
    assert (content, source) in attributed_pairs(text)


@pytest.mark.parametrize(
    "text",
    ["The documents were shredded before the hearing.", "Court records are sealed in the case."],
)
def test_records_without_a_cue_give_no_claim(text: str) -> None:
    """Neighbours: a record noun alone attributes nothing."""
    assert attributed_pairs(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The plan would fail, rivals said.", "The plan would fail", "rivals"),
        ("The economy is weak, executives said.", "The economy is weak", "executives"),
        ("Trump is winning, the establishment fears.", "Trump is winning", "the establishment"),
    ],
)
def test_people_nouns_head_sources(text: str, content: str, source: str) -> None:
    """ "..., rivals said": people nouns of the lexicon end a source after the clause."""
    assert (content, source) in attributed_pairs(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In his speech earlier Wednesday, Trump proclaimed a goal of peace.", "Trump"),
        (
            "In a statement issued Tuesday, presidential nominee Hillary Clinton was more "
            "circumspect than her fellow Democrats.",
            "presidential nominee Hillary Clinton",
        ),
        # ("made it clear" is a cue of its own now: a clause with no cue)
        ("In an interview with a radio host, Ham was clearly uneasy about the plan.", "Ham"),
    ],
)
def test_a_spoken_document_credits_the_subject_of_its_clause(text: str, source: str) -> None:
    """ "In a speech, Trump proclaimed X": the speaker, not the speech, is the source."""
    from provenance.extractors.claims import find_claims

    claims = [c for c in find_claims(text) if c.cue == "In"]
    assert len(claims) == 1
    assert claims[0].source_text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a poll's clause is its topic, not its author
        ("In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent.", "a CBS News poll"),
        # no verb right after the phrase: an inserted place, the document stays the source
        (
            "In a speech in Fort Pierce, Florida Friday, Clinton spent an hour on her plans.",
            "a speech in Fort Pierce",
        ),
    ],
)
def test_a_poll_or_an_inserted_segment_keeps_the_document(text: str, source: str) -> None:
    from provenance.extractors.claims import find_claims

    claims = [c for c in find_claims(text) if c.cue == "In"]
    assert len(claims) == 1
    assert claims[0].source_text == source
