"""A plain report nested at the head of another report's content makes no claim of its own.

"The results, the researchers wrote, show that X" and "Officials said the storm had shown
"unusual strength"" hold one attribution each: PolNeAR's annotators almost never mark an
attribution inside another's content, and a plain (asserted) verb there adds no stance.
A nested hedge ("said the minister claimed that") or denial ("said the regulator denied
that") keeps its own claim: the product flags those (stop 44, claims_blind44 science07,
science08).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims


def _reported(text: str) -> list[tuple[str, str | None, ClaimStatus]]:
    """(content, source as written, status) of each attributed claim of ``text``."""
    return [
        (c.text, c.source_text, c.status)
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The results, the researchers wrote, show that the drug works in mice.",
            "the researchers",
        ),
        ('Officials said the storm had shown "unusual strength" near the coast.', "Officials"),
        ("He said the report suggests that prices will rise next year.", "He"),
        ("The data, the economists argued, indicate that wages are rising.", "the economists"),
    ],
)
def test_plain_report_inside_a_content_is_one_claim(text: str, source: str) -> None:
    """The outer report is the only attribution."""
    assert [s for _, s, _ in _reported(text)] == [source]


@pytest.mark.parametrize(
    ("text", "inner", "source", "status"),
    [
        (
            "He said the minister claimed that the vote was rigged.",
            "the vote was rigged",
            "the minister",
            ClaimStatus.HEDGED,
        ),
        (
            "The lawyer said the witness alleged that the payments were bribes.",
            "the payments were bribes",
            "the witness",
            ClaimStatus.HEDGED,
        ),
        (
            "The company said the regulator denied that it had approved the deal.",
            "it had approved the deal",
            "the regulator",
            ClaimStatus.DENIED,
        ),
        (
            "Zelensky denied Russian claims that troops had entered the city.",
            "troops had entered the city",
            "Russian",
            ClaimStatus.ASSERTED,
        ),
    ],
)
def test_nested_hedges_and_denials_keep_their_claim(
    text: str, inner: str, source: str, status: ClaimStatus
) -> None:
    """A stance nested in a report, or a noun cue in a denial's object, is still read."""
    assert (inner, source, status) in _reported(text)


def test_a_report_inside_an_according_to_content_is_still_read() -> None:
    """ "The minister, according to two aides, told colleagues that X": the told report is
    the sentence's own, which the "according to" content only holds."""
    text = "The minister, according to two aides, told colleagues that she would resign."
    assert ("she would resign", "The minister", ClaimStatus.ASSERTED) in _reported(text)


def test_a_report_inside_an_outlets_report_is_still_read() -> None:
    """ "Reuters reported that an aide said that X": the outlet's report flags what it
    carries, so the aide's nested report keeps its claim."""
    text = "Reuters reported that an aide said that the talks had failed."
    assert ("the talks had failed", "an aide", ClaimStatus.ASSERTED) in _reported(text)


def test_a_report_after_a_subordinator_is_still_read() -> None:
    """ "after the president said he believed": not at the head of a content."""
    text = "Markets rallied on Friday after the president said he believed a deal was close."
    assert ("he believed a deal was close", "the president", ClaimStatus.ASSERTED) in (
        _reported(text)
    )


_OUTER = st.sampled_from(["The agency said", "Officials told reporters", "She wrote"])
_INNER_SUBJECT = st.sampled_from(["the study", "the figures", "the survey", "the minister"])
_PLAIN = st.sampled_from(["suggests", "shows", "found", "said"])
_HEDGE = st.sampled_from(["claimed", "alleged"])
_CLAUSE = st.sampled_from(["prices will rise", "the river had flooded", "the plan failed"])


@given(_OUTER, _INNER_SUBJECT, _PLAIN, _CLAUSE)
def test_plain_nested_verb_adds_no_claim(outer: str, subject: str, verb: str, clause: str) -> None:
    """Whatever the plain verb, the sentence holds one attribution."""
    text = f"{outer} {subject} {verb} that {clause}."
    assert len(_reported(text)) == 1


# "Officials told reporters the study claimed that X" takes "the study claimed" for the
# told clause's subject, at the base too: a leftover of its own, outside this family
@given(st.sampled_from(["The agency said", "She wrote"]), _INNER_SUBJECT, _HEDGE, _CLAUSE)
def test_hedged_nested_verb_keeps_its_claim(
    outer: str, subject: str, verb: str, clause: str
) -> None:
    """A hedge verb in the same place keeps its hedged claim of the clause."""
    text = f"{outer} {subject} {verb} that {clause}."
    assert (clause, subject, ClaimStatus.HEDGED) in _reported(text)
