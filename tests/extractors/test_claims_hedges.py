"""Hedge cues: the constructions that make a hedge verb or noun report a claim, or not.

Each case states a fact of English news usage: the forms that hedge ("his claim in
November that ...", "is continuing to insist", "suddenly insist") and their neighbours
that must not ("never claimed to be", "claiming 41 percent of the vote", "the
allegations that were made").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.cues import cue_info, cue_status


def hedges(text: str) -> list[tuple[str, str]]:
    """(cue, content) of every hedged claim of ``text``."""
    return [(c.cue or "", c.text) for c in find_claims(text) if c.status is ClaimStatus.HEDGED]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Donald Trump's assertion Monday that more airstrikes are needed was rebuked.",
            "assertion",
            "more airstrikes are needed",
        ),
        (
            "Trump never cited a source for his claim in November that Obama wants more refugees.",
            "claim",
            "Obama wants more refugees",
        ),
        (
            "She came under fire over her assertion during the debate that the plan works.",
            "assertion",
            "the plan works",
        ),
        (
            "Clinton's claim that 90 percent of her e-mails were in the system is disputed.",
            "claim",
            "90 percent of her e-mails",
        ),
        (
            "Hillary Clinton is continuing to insist she will release the transcripts.",
            "insist",
            "she will release the transcripts",
        ),
        (
            "Romney, who sought his endorsement, suddenly insist that he is no Republican.",
            "insist",
            "he is no Republican",
        ),
        (
            "Racial minorities wait longer to vote, the lawsuit alleges.",
            "alleges",
            "Racial minorities wait longer to vote",
        ),
    ],
)
def test_hedge_forms_are_read(text: str, cue: str, content: str) -> None:
    """Nominal hedges with an adjunct before "that", a digit after it, and verb forms."""
    found = hedges(text)
    assert any(cue in c and content in t for c, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "I never claimed to be a journalist.",
        "Her proposals did not purport to cover every loophole.",
        "The combined company ended up claiming residency in Ireland.",
        "The army claims more territory from the rebels every week.",
        "He denied the allegations that were made by his rivals.",
        "There are allegations in the lawsuit that was filed in May.",
        "The storm claimed the lives of 12 people.",
        "She filed an insurance claim and the claims office was closed.",
    ],
)
def test_neighbours_are_no_hedge(text: str) -> None:
    """A negated hedge claims nothing; a thing won or a relative clause is no content."""
    assert hedges(text) == []


@given(st.sampled_from(["not ", "never ", "did not ", "has never "]), st.text(max_size=30))
def test_a_negated_hedge_verb_is_never_a_hedge(aux: str, after: str) -> None:
    """Whatever follows, "never claimed" / "did not claim" reports no claim made."""
    for form in ("claimed", "claim", "alleged", "asserted", "insisted", "purport"):
        assert cue_status(cue_info(form), aux, after) is ClaimStatus.ASSERTED


@pytest.mark.parametrize(
    ("text", "status", "content"),
    [
        ("According to unconfirmed reports, the minister has resigned.", "unconfirmed", "resigned"),
        ("The minister has resigned, according to unverified reports.", "unconfirmed", "resigned"),
        ("He is alleged to have stolen the funds.", "hedged", "stolen the funds"),
        ("It was alleged that he stole the funds.", "hedged", "he stole the funds"),
        ("The video is claimed to show the attack.", "hedged", "show the attack"),
        ("A purported letter from the rebels demanded a ransom.", "asserted", "letter"),
    ],
)
def test_hearsay_forms(text: str, status: str, content: str) -> None:
    """Impersonal hedges, attributive "purported" opening a sentence, unconfirmed sources."""
    found = [(c.status.value, c.text) for c in find_claims(text) if c.cue]
    assert any(s == status and content in t for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The minister has resigned, according to the reports.",
        "According to the ministry, the minister has resigned.",
    ],
)
def test_according_to_a_plain_source_stays_asserted(text: str) -> None:
    """Only an unconfirming adjective makes "according to" unconfirmed."""
    assert [c.status for c in find_claims(text) if c.cue] == [ClaimStatus.ASSERTED]
