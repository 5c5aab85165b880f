"""A speaker's wording: "As X put it, ...", "..., as X put it." (cue lexicon: put it)."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "As an American diplomat put it, the makeover was extreme.",
            "the makeover was extreme",
            "an American diplomat",
        ),
        (
            "The makeover was extreme, as an American diplomat put it.",
            "The makeover was extreme",
            "an American diplomat",
        ),
        (
            "As John Cornyn, the No. 2 in the GOP leadership, put it: “This person will not "
            "be confirmed.”",
            "“This person will not be confirmed.”",
            "John Cornyn",
        ),
    ],
)
def test_as_a_speaker_put_it_credits_the_wording(text: str, content: str, source: str) -> None:
    """The speaker of "as X put it" holds the clause or quotation the phrase frames."""
    found = [(c, s) for c, s, _ in attributed_cues(text)]
    assert (content, source) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "He put it on the table.",
        "She put it away before dinner.",
        "He put it that way because he was angry.",
        "They put it to a vote on Monday.",
        "To put it mildly, the plan failed.",
        "He picked up the ball and put it down.",
    ],
)
def test_putting_a_thing_somewhere_reports_nothing(text: str) -> None:
    """Neighbours: "put it" with a place or a particle, or with no speaker, is no report."""
    assert not [cue for _, _, cue in attributed_cues(text) if cue and "put" in cue]
