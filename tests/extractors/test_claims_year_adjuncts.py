"""A year between a subject and its cue ("who in 2010 said") is the cue's adjunct."""

from __future__ import annotations

import pytest

from provenance.extractors.claims.subjects import find_subject


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "McConnell in 2010 said the goal was to make Obama a one-term president.",
            "said",
            "McConnell",
        ),
        (
            "It was McConnell, the majority leader, who in 2010 said the goal was clear.",
            "said",
            "who",
        ),
        (
            "An arbitration panel in 2001 found the United States in breach.",
            "found",
            "An arbitration panel",
        ),
    ],
)
def test_a_year_is_no_part_of_the_subject(text: str, cue: str, source: str) -> None:
    """The phrase before "in 2010" is the subject; the year is when it was said."""
    found = find_subject(text, 0, text.index(cue))
    assert found is not None
    assert text[found[0] : found[1]] == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # neighbours: a number that is no year stays in the phrase, as does a day before it
        ("The class of 2010 said it would return.", "said", "The class of 2010"),
        ("Sanders on Tuesday said the plan was dead.", "said", "Sanders"),
    ],
)
def test_other_numbers_and_days(text: str, cue: str, source: str) -> None:
    """Neighbours: "of 2010" is part of the noun phrase; "on Tuesday" was an adjunct before."""
    found = find_subject(text, 0, text.index(cue))
    assert found is not None
    assert text[found[0] : found[1]] == source
