"""A comment clause after the content credits it: "X, as Cruz said on Monday."."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The race is a dead heat right now, as Cruz said on Monday.",
            "The race is a dead heat right now",
            "Cruz",
        ),
        (
            "Roger Ailes also met with Mr. Trump that day, as The New York Times reported "
            "on Tuesday.",
            "Roger Ailes also met with Mr. Trump that day",
            "The New York Times",
        ),
        (
            "His defeat won't necessarily derail his campaign, as some have speculated.",
            "His defeat won't necessarily derail his campaign",
            "some",
        ),
        (
            "They met in the city - her father also grew up in the city, as she said.",
            "her father also grew up in the city",
            "she",
        ),
    ],
)
def test_a_comment_clause_credits_the_clause_before_it(
    text: str, content: str, source: str
) -> None:
    """ ", as SOURCE said" with nothing after the cue but an adjunct credits what precedes."""
    assert (content, source) in [(c, s) for c, s, _ in attributed_cues(text)], attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks stalled, as the day went on.",
        "The talks stalled, as expected.",
        # a clause after the cue is its own content, not a comment on the one before
        "The plan failed, as the report showed that costs had doubled.",
    ],
)
def test_other_as_clauses_credit_nothing_before_them(text: str) -> None:
    """Neighbours: "as" with no source and cue, or a cue with a clause of its own."""
    before = text.split(", as")[0]
    assert before not in [c for c, _, _ in attributed_cues(text)], attributed_cues(text)
