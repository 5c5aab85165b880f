"""A content-first report ending in "told" and its addressee: "X, Carter told a panel."."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The plan includes a special force, Carter told a Senate panel on Wednesday.",
            "The plan includes a special force",
        ),
        (
            "The plan includes a special force, Carter told senators at a hearing.",
            "The plan includes a special force",
        ),
        (
            "The plan includes a special force, Carter told a Senate panel Wednesday.",
            "The plan includes a special force",
        ),
    ],
)
def test_a_lower_case_addressee_after_told_leaves_the_content_before(
    text: str, content: str
) -> None:
    """What follows "told" is who was told; the clause before the comma is what."""
    assert [(c, s, q) for c, s, q in attributed_cues(text)] == [(content, "Carter", "told")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Carter told reporters it was over.", "it was over"),
        ("In Iowa, Carter told reporters it was over.", "it was over"),
        ("Carter told a Senate panel that the plan was dead.", "the plan was dead"),
    ],
)
def test_a_clause_after_the_addressee_is_still_the_content(text: str, content: str) -> None:
    """Neighbours: a clause after the addressee (or "that") is what was told."""
    assert content in [c for c, _, _ in attributed_cues(text)], attributed_cues(text)
