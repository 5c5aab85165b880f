"""A pro-form standing for a report ("said as much") is the content, not the adjunct after it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.extractors.attributed import attributed, attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The party chairwoman said as much in an interview on Tuesday morning.",
            "as much",
            "The party chairwoman",
        ),
        ("The senator said the same in a statement on Friday.", "the same", "The senator"),
        ("The governor has said as much before.", "as much", "The governor"),
        ("Her lawyer said as much.", "as much", "Her lawyer"),
        ("The data suggest otherwise, the analysts said.", "otherwise", "The data"),
    ],
)
def test_a_proform_is_the_whole_content(text: str, content: str, source: str) -> None:
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "of", "for", "about" say whom the pro-form is said of: part of the content
        ("Nearly half of the voters said the same of the governor.", "the same of the governor"),
        ("The mayor said the same thing about the stadium.", "the same thing about the stadium"),
        # a pro-form word opening a longer clause is no pro-form
        ("The mayor said otherwise the bridge would close.", "otherwise the bridge would close"),
    ],
)
def test_a_proform_word_going_on_keeps_its_clause(text: str, content: str) -> None:
    contents = [c for c, _, _ in attributed_cues(text)]
    assert content in contents, contents


@given(
    st.sampled_from(["in an interview", "on Monday", "at a rally", "during the debate", "earlier"])
)
def test_any_tail_adjunct_after_as_much_stays_out(adjunct: str) -> None:
    text = f"The campaign manager said as much {adjunct}."
    contents = [c for c, _, _ in attributed_cues(text)]
    assert contents == ["as much"], contents
