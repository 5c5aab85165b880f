"""An aside between two dashes inside a report's content: the content runs through it."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Trump has repeatedly pledged to ban all Muslims — 1.6 billion members of an "
            "entire religion — from entering the U.S.",
            "to ban all Muslims — 1.6 billion members of an entire religion — from entering "
            "the U.S",
        ),
        (
            "He said the plan — which cost $1bn — would fail.",
            "the plan — which cost $1bn — would fail",
        ),
        (
            "She said the budget -- the largest in a decade -- was balanced.",
            "the budget -- the largest in a decade -- was balanced",
        ),
    ],
)
def test_a_closed_aside_stays_inside_the_content(text: str, content: str) -> None:
    """A second dash closes a short aside and the clause resumes in lower case after it."""
    assert content in [c for c, _, _ in attributed_cues(text)], attributed_cues(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # one dash: what follows is the writer's, not the report's
        ("He said the plan would fail — and it did.", "the plan would fail"),
        # the clause after the second dash opens with a name: a new sentence part
        ("He said the plan would fail — a view — Smith shared.", "the plan would fail"),
        # a quotation inside the dashes is no aside of one clause
        (
            "He said the plan would fail — “a disaster,” he added — and left.",
            "the plan would fail",
        ),
    ],
)
def test_other_dashes_still_end_the_content(text: str, content: str) -> None:
    """Neighbours: a lone dash, or dashes that close no short aside of the clause."""
    assert content in [c for c, _, _ in attributed_cues(text)], attributed_cues(text)
