"""People as the object of a denial noun: a rejection of a person denies no claim.

"a rejection of him and his heritage", "the rejection of voters was total": after a
noun cue no clause can open, so people there are the object whatever follows. A
possessive ("the rejection of voters' demands") or a claim noun keeps the denial, and
so does a denial verb whose people are the subject of a clause.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.constructions import refused_object
from provenance.lexicon.cues import cue_lexicon


def statuses(text: str, cue: str) -> list[ClaimStatus]:
    """The statuses of the claims of ``text`` whose cue holds the word ``cue``."""
    return [c.status for c in find_claims(text) if c.cue is not None and cue in c.cue]


@pytest.mark.parametrize(
    "text",
    [
        "He viewed it as a rejection of him and his heritage, which was not my intention.",
        "The rejection of him was total.",
        "The rejection of voters by the party was a mistake, she said.",
        "The rejection of immigrants and refugees is cruel.",
    ],
)
def test_people_after_a_denial_noun_is_no_denial(text: str) -> None:
    """A denial noun whose object is people gives no denied claim."""
    assert ClaimStatus.DENIED not in statuses(text, "rejection"), find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a claim noun or a possessive after "of": a claim rejected
        ("Officials renewed their rejection of the claims that the vote was rigged.", "rejection"),
        ("His rejection of the reports was swift.", "rejection"),
        # a verb: people and a finite verb after it are a clause ("denied Trump had met")
        ("He denied Trump had met him.", "denied"),
    ],
)
def test_claims_after_a_denial_stay_denied(text: str, cue: str) -> None:
    """A claim after a denial noun or verb stays denied."""
    assert ClaimStatus.DENIED in statuses(text, cue), find_claims(text)


_LEX = cue_lexicon("en")
_PEOPLE = sorted(h for h in _LEX.recipient_heads if " " not in h)


@given(st.sampled_from(_PEOPLE), st.sampled_from([" was", " and his", ",", ".", " by the"]))
def test_people_after_a_noun_cue_are_refused(people: str, tail: str) -> None:
    """After a noun cue, people are refused whatever follows, unless "as" labels them."""
    text = f"the rejection of {people}{tail}"
    assert refused_object(text, len("the rejection of"), _LEX, verb=False)
    labelled = f"the rejection of {people} as liars"
    assert not refused_object(labelled, len("the rejection of"), _LEX, verb=False)
    possessive = f"the rejection of {people}' demands"
    assert not refused_object(possessive, len("the rejection of"), _LEX, verb=False)
