"""A catenative of appearance before a cue ("appeared to suggest") keeps the report."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "The senator appeared to suggest that the bill would fail in the House.",
            "the bill would fail in the House",
            "The senator",
            "appeared to suggest",
        ),
        (
            "The mayor seemed to think the new budget was far too generous.",
            "the new budget was far too generous",
            "The mayor",
            "seemed to think",
        ),
        (
            "The campaign has appeared to acknowledge that its message is not landing.",
            "its message is not landing",
            "The campaign",
            "has appeared to acknowledge",
        ),
    ],
)
def test_the_source_still_reports(text: str, content: str, source: str, cue: str) -> None:
    assert (content, source, cue) in attributed_cues(text), attributed_cues(text)


def test_appearance_without_a_cue_reports_nothing() -> None:
    """ "seems to be" before no cue verb is the writer's own impression."""
    text = "The mayor seems to be tired of the long budget debate."
    assert attributed_cues(text) == [], attributed_cues(text)
