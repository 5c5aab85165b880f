"""Presenting and voicing verbs of the cue lexicon: unveil, outline, chant, encourage."""

from __future__ import annotations

import pytest

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims


def _attributed(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.text, c.source_text, c.cue)
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator unveiled a plan to cut taxes.", "a plan to cut taxes"),
        ("He outlined his agenda for the first 100 days.", "his agenda for the first 100 days"),
        ("The crowd chanted “Lock her up!”", "“Lock her up!”"),
        ("She encouraged voters to register early.", "voters to register early"),
    ],
)
def test_presenting_and_voicing_verbs_are_cues(text: str, content: str) -> None:
    """Unveiling, outlining, chanting and encouraging report what the subject puts forward."""
    assert content in [c for c, _, _ in _attributed(text)], _attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The unveiling of the statue drew crowds.",
        "The outline of the plan was vague.",
        "An encouraged crowd cheered the result.",
    ],
)
def test_presenting_nouns_and_adjectives_are_no_cues(text: str) -> None:
    """Neighbours: the same words as a noun or an adjective with no subject report nothing."""
    assert _attributed(text) == []
