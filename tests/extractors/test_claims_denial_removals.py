"""A removal cue ("dismissed") whose object is a person in a post, and its noun "dismissal".

"The board dismissed the chief executive", "Trump's dismissal of Comey", "the coach was
dismissed by the club": the source removes someone from a post and contradicts no claim.
A person labelled with "as" ("dismissed him as a liar", "as an ineffective leader"), a
possessive ("Comey's account") or a claim noun keeps the dismissal a denial; "the
dismissal of the reports as baseless" is one too."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.constructions import removal_forms, removed_person
from provenance.lexicon.cues import cue_lexicon


def statuses(text: str, cue: str) -> list[ClaimStatus]:
    """The statuses of the claims of ``text`` whose cue holds the word ``cue``."""
    return [c.status for c in find_claims(text) if c.cue is not None and cue in c.cue]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor dismissed Harlan in March.",
        "The board dismissed the chief executive.",
        "The club dismissed its head coach on Sunday after a run of defeats.",
        "The governor dismissed Ms. Okafor as the agency's director last week.",
        "The club dismissed Pereira as coach, a spokesman said.",
        "The network dismissed two commentators.",
        "Trump dismissed the head of the agency in May.",
    ],
)
def test_a_person_removed_from_a_post_is_no_denial(text: str) -> None:
    """A removal verb whose object is a person in a post gives no denied claim."""
    assert ClaimStatus.DENIED not in statuses(text, "dismiss"), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coach was dismissed by the club on Sunday.",
        "Harlan was dismissed by the mayor in March.",
        "The chief executive, dismissed by the board, left the building.",
    ],
)
def test_a_person_removed_in_a_passive_is_no_denial(text: str) -> None:
    """A person in a post as the subject of a passive removal gives no denied claim."""
    assert ClaimStatus.DENIED not in statuses(text, "dismiss"), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator's dismissal of Harlan stunned the capital.",
        "The dismissal of the chief executive was announced on Monday.",
        "Critics questioned the dismissal of Agency Director Ruth Calder last spring.",
    ],
)
def test_the_noun_of_a_removal_is_no_denial(text: str) -> None:
    """The noun "dismissal" of a person in a post gives no denied claim."""
    assert ClaimStatus.DENIED not in statuses(text, "dismissal"), find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # labelled with "as": the person's standing is dismissed, a denial
        ("The senator dismissed Harlan as a crank.", "dismissed"),
        ("The mayor dismissed Governor Ellen Voss as an ineffective leader.", "dismissed"),
        # a possessive, a claim, a report: the thing dismissed is a claim
        ("The governor dismissed Harlan's account on Monday.", "dismissed"),
        ("The ministry dismissed Western claims of a buildup.", "dismissed"),
        ("The ministry dismissed Russia and China's claims of a buildup.", "dismissed"),
        ("The minister dismissed the charges against the director.", "dismissed"),
        ("The mayor dismissed the report as partisan noise.", "dismissed"),
        # the noun: a claim dismissed, labelled with "as"
        ("Aides noted the council's swift dismissal of the audit as a smear.", "dismissal"),
        ("His dismissal of the allegations angered critics.", "dismissal"),
        # a claim as the subject of a passive
        ("The allegations were dismissed by the ministry.", "dismissed"),
        ("Those claims, dismissed by the ministry, spread quickly.", "dismissed"),
    ],
)
def test_a_dismissed_claim_stays_denied(text: str, cue: str) -> None:
    """A claim, a possessive or a person labelled after "dismissed" stays denied."""
    assert ClaimStatus.DENIED in statuses(text, cue), find_claims(text)


def test_only_removal_lemmas_have_removal_forms() -> None:
    """The removal forms are the verb and noun forms of the lexicon's removal lemmas."""
    forms = removal_forms("en")
    assert {"dismiss", "dismissed", "dismissal", "dismissals"} <= forms
    assert not forms & {"denied", "rejected", "denial", "rejection"}


_LEX = cue_lexicon("en")
_POSTS = sorted(p for p in _LEX.removal_posts if " " not in p)
_NAMES = ["Harlan", "Ms. Okafor", "Ruth Calder", "Gen. Tom Ardell"]


@given(
    st.sampled_from([*_NAMES, *(f"the {p}" for p in _POSTS)]),
    st.sampled_from([".", ",", " on Friday", " in May", " as its director", " after a vote"]),
)
def test_a_removed_person_whatever_the_end(person: str, tail: str) -> None:
    """A name or a post, then a clause stop, a follower or a post held, is removed;
    the same person labelled with "as a" or followed by a possessive is not."""
    text = f"dismissed {person}{tail}"
    assert removed_person(text, len("dismissed"), _LEX)
    assert not removed_person(f"dismissed {person} as a fraud", len("dismissed"), _LEX)
    assert not removed_person(f"dismissed {person}'s account", len("dismissed"), _LEX)
