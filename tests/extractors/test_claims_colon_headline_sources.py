"""A headline's "Poll:", "Report:" or outlet before a colon says who says the rest."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Poll: Trump and Clinton hold narrow leads in Pennsylvania\n\nThe race is close.",
            "Trump and Clinton hold narrow leads in Pennsylvania",
            "Poll",
        ),
        (
            "Report: Walker to speak at the convention\n\nMore text follows here.",
            "Walker to speak at the convention",
            "Report",
        ),
        (
            "NY Daily News: Paris attacks highlight threat posed by NRA\n\nText.",
            "Paris attacks highlight threat posed by NRA",
            "NY Daily News",
        ),
    ],
)
def test_a_headline_source_label_before_a_colon_is_the_source(
    text: str, content: str, source: str
) -> None:
    """In the first line, a poll, a report or a news outlet is who says what follows."""
    assert (content, source, ":") in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # past the headline, a "Poll:" paragraph opener still labels the paragraph
        "The race is close.\n\nPoll: Trump leads in Ohio by four points.",
        "Update: The story was corrected on Monday.\n\nText.",
    ],
)
def test_labels_elsewhere_are_no_sources(text: str) -> None:
    """Neighbours: paragraph labels and other headline labels attribute nothing."""
    assert attributed_cues(text) == []
