"""Subjects with a reduced passive relative: "the lawsuit filed by a former staffer alleges"."""

from __future__ import annotations

import pytest

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.subjects import find_subject
from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source", "status"),
    [
        # a hedge and a denial: the phrase is the source, the status is the cue's
        (
            "The lawsuit filed by a former staffer alleges that he was improperly fired.",
            "he was improperly fired",
            "The lawsuit filed by a former staffer",
            ClaimStatus.HEDGED,
        ),
        (
            "A statement issued by the ministry denies that troops crossed the border.",
            "that troops crossed the border",
            "A statement issued by the ministry",
            ClaimStatus.DENIED,
        ),
        # a named agent, and a neutral cue
        (
            "A commission appointed by President George W. Bush estimated that the plan "
            "would add 1 percent to growth.",
            "the plan would add 1 percent to growth",
            "A commission appointed by President George W. Bush",
            ClaimStatus.ASSERTED,
        ),
    ],
)
def test_a_noun_with_a_passive_relative_is_the_source(
    text: str, content: str, source: str, status: ClaimStatus
) -> None:
    """A noun, a participle, "by" and an agent before a cue: one noun phrase, the source."""
    claims = [c for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]
    assert [(c.text, c.source_text, c.status) for c in claims] == [(content, source, status)]


@pytest.mark.parametrize(
    ("text", "cue", "not_source"),
    [
        # an auxiliary before the participle: a passive clause, not a noun phrase
        (
            "The case was filed by Smith and claims that he was fired.",
            "claims",
            "The case was filed by Smith and",
        ),
        # a comma before the participle: an aside, not a relative
        (
            "The ad ran on Monday, followed by a clip of McCain saying he will back the nominee.",
            "saying",
            "followed by a clip of McCain",
        ),
        # a phrase that would end in a conjunction
        (
            "A coalition led by Saudi Arabia and backed by the West is implicated.",
            "backed",
            "A coalition led by Saudi Arabia and",
        ),
    ],
)
def test_neighbours_of_passive_relatives(text: str, cue: str, not_source: str) -> None:
    """Neighbours: "was filed by", ", followed by", "led by X and": no phrase taken whole."""
    found = find_subject(text, 0, text.index(cue))
    assert found is None or text[found[0] : found[1]] != not_source
    assert all(source != not_source for _, source in attributed(text))
