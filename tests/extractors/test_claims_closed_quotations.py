"""A quotation opening a content and closed by its own punctuation ends the content."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('She repeatedly says, "Do not do it," until the line goes dead.', '"Do not do it,"'),
        ("The mayor said “we will rebuild,” and the crowd cheered.", "“we will rebuild,”"),
        (
            "The senator told reporters “We’ll see,” when asked about a run.",
            "“We’ll see,”",
        ),
    ],
)
def test_the_words_after_a_closed_quotation_are_the_writers(text: str, content: str) -> None:
    contents = [c for c, _ in attributed(text)]
    assert content in contents, contents


def test_a_quotation_without_closing_punctuation_runs_on() -> None:
    """ "“cut jobs to the bone” to lift the share price": the quoted words go on unquoted."""
    text = "She said they had “cut jobs to the bone” to lift the share price."
    contents = [c for c, _ in attributed(text)]
    assert "they had “cut jobs to the bone” to lift the share price" in contents, contents
