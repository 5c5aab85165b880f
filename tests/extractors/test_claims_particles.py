"""Particles that make a cue form another verb ("showed up at the rally" reports nothing)."""

from __future__ import annotations

import pytest

from provenance.lexicon.cues import cue_lexicon
from tests.extractors.claim_pairs import attributed_pairs as _attributed


def test_show_lists_up_as_a_particle() -> None:
    """The lexicon states the phrasal verb: "show up" is to arrive."""
    show = next(v for v in cue_lexicon("en").verbs if v.lemma == "show")
    assert "up" in show.particles


@pytest.mark.parametrize(
    "text",
    [
        "About 120,000 people showed up in 2008 for the contest.",
        "Trump shows up at the rally on Friday.",
        "Around 30 to 70 people would show up to each event.",
    ],
)
def test_phrasal_show_up_is_no_cue(text: str) -> None:
    """ "X showed up at Y": X arrived; no claim of X's."""
    assert _attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "up to" before a number is a quantity in the content, not the particle
        (
            "The poll showed up to 40 percent of voters would switch.",
            "up to 40 percent of voters would switch",
        ),
        ("Polls show upward of 60 percent back the plan.", "upward of 60 percent back the plan"),
        ("The data show that prices rose.", "prices rose"),
    ],
)
def test_show_before_other_words_stays_a_cue(text: str, content: str) -> None:
    """Neighbours: "showed up to 40 percent", "show upward of", "show that" report."""
    assert content in [c for c, _ in _attributed(text)]
