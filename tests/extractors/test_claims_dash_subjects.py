"""Subjects after an en dash written without spaces, as an em dash ("controls–the Daily News")."""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.subjects import find_subject
from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source", "status"),
    [
        # an aside between unspaced en dashes, then the subject
        (
            "Although the attacks happened in a country with total bans on whole categories "
            "of firearms–thus showing the impotency of such controls–the Daily News claims "
            "the NRA's refusal is a form of jihad.",
            "the NRA's refusal is a form of jihad",
            "the Daily News",
            ClaimStatus.HEDGED,
        ),
        # a spaced en dash, like an em dash, opens the clause
        (
            "Both men issued a statement – Ryan saying he was very encouraged.",
            "he was very encouraged",
            "Ryan",
            ClaimStatus.ASSERTED,
        ),
    ],
)
def test_an_en_dash_opens_the_subject(
    text: str, content: str, source: str, status: ClaimStatus
) -> None:
    """The walk stops at an en dash as at an em dash and keeps the phrase after it."""
    found = [(c.text, c.source_text, c.status) for c in find_claims(text)]
    assert (content, source, status) in found, found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # an en dash between digits is a range inside the phrase, with or without a hyphen
        (
            "The 2015–16 survey found that most voters were undecided.",
            "found",
            "The 2015–16 survey",
        ),
        (
            "The 2015-16 survey found that most voters were undecided.",
            "found",
            "The 2015-16 survey",
        ),
    ],
)
def test_a_range_keeps_its_dash(text: str, cue: str, source: str) -> None:
    """Neighbour: "2015–16" is one token, so the whole phrase is the source."""
    found = find_subject(text, 0, text.index(cue))
    assert found is not None
    assert text[found[0] : found[1]] == source
    assert ("most voters were undecided", source) in attributed(text)
