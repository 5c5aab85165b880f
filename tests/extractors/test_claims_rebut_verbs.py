"""Verbs of verbal attack and rebuttal: "rebuts", "trashes", "took aim at"."""

from __future__ import annotations

import pytest

from tests.extractors.claim_pairs import attributed_pairs as _attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "China rebuts American criticism on overcapacity.",
            "American criticism on overcapacity",
            "China",
        ),
        (
            "The university rebutted the claim that the articles were wrong.",
            "the claim that the articles were wrong",
            "The university",
        ),
        ("Biden, stumping for Clinton, trashes Trump.", "Trump", "Biden"),
        (
            "The governor took aim at the president's tax plan.",
            "the president's tax plan",
            "The governor",
        ),
    ],
)
def test_rebuttal_and_attack_verbs_take_their_object(text: str, content: str, source: str) -> None:
    """The object of "rebut", "trash" and "take aim at" is what the subject argues against."""
    assert (content, source) in _attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "They left the trash on the street.",  # the noun
        "The hunter took aim and fired.",  # no "at": no object argued against
        "Her rebuttal was short.",  # the noun of "rebut" is no verb form
    ],
)
def test_neighbours_of_rebuttal_verbs_are_no_cues(text: str) -> None:
    """Neighbours: the noun "trash", "took aim" with no "at", the noun "rebuttal"."""
    assert _attributed(text) == []
