"""``find_subject``'s walk (feat/speedO32): the nearer token list extended, not rebuilt,
and the closeness and plural-head tests read only where their answer counts.

The reference is the same function reading the window's whole token list at once (its
nearer list never used); the answers must be equal whatever the nearer list's reach, and
whatever text follows the cue (the nearer list's space is looked for before the cue only).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import subjects
from provenance.extractors.claims.subjects import find_subject

_PIECES = st.sampled_from(
    [
        "Smith",
        "Mr Blair",
        "he",
        "officials",
        "the",
        "The",
        "a",
        "bank",
        "and",
        "of",
        "in",
        "to",
        "from",
        "both",
        "parties",
        "56",
        "percent",
        "voters",
        "polled",
        "quickly",
        "2,000",
        "2015–16",
        "close",
        "familiar",
        "with",
        "talks",
        "More",
        "than",
        "filed",
        "by",
        " ",
        " ",
        " ",
        ",",
        ".",
        "“",
        "(",
        ")",
    ]
)


@contextmanager
def _near_reach(chars: int) -> Iterator[None]:
    """``find_subject`` reading its nearer token list from ``chars`` back (restored after)."""
    reach = subjects._NEAR_REACH
    subjects._NEAR_REACH = chars
    try:
        yield
    finally:
        subjects._NEAR_REACH = reach


def _subject(text: str, floor: int, cue: int, reach: int) -> tuple[int, int] | None:
    with _near_reach(reach):
        return find_subject(text, floor, cue)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(_PIECES, max_size=30),
    st.lists(_PIECES, max_size=30),
    st.integers(0, 40),
    st.sampled_from([0, 3, 8, 20, 60]),
)
@example(["US", " ", "aircraft", " ", "firm", " ", "Boeing"], [" "] + ["x "] * 40, 0, 60)
@example(["officials", " ", "from", " ", "both", " ", "parties"], [], 0, 8)
def test_the_walk_answers_as_on_the_whole_token_list(
    before: list[str], after: list[str], floor: int, reach: int
) -> None:
    """Equal answers with the nearer list of any reach and the window's whole list."""
    head = "".join(before) + " "
    text = head + "said" + "".join(after)
    cue = len(head)
    floor = min(floor, cue)
    assert _subject(text, floor, cue, reach) == _subject(text, floor, cue, 10**9)


def test_a_subject_of_more_than_eight_tokens_needs_a_closeness_phrase() -> None:
    """Nine tokens and more make no subject, unless "close to"/"familiar with" and the
    words after it stand in the phrase (those do not count)."""

    def subject(text: str) -> str | None:
        span = find_subject(text, 0, text.rindex(" said") + 1)
        return None if span is None else text[span[0] : span[1]]

    familiar = "Sources familiar with the thinking of the White House said"
    assert subject(familiar) == "Sources familiar with the thinking of the White House"
    assert subject("A b c d e f g h i j said") is None
    assert subject("The official said") == "The official"


def test_a_loose_phrase_opens_with_a_plural_source_noun_and_a_preposition() -> None:
    """A lower-case word ending the phrase passes when a plural head opens it before a
    preposition ("officials from both parties"), not a bare singular."""
    text = "Yet officials from both parties say"
    span = find_subject(text, 0, text.index(" say") + 1)
    assert span is not None
    assert text[span[0] : span[1]] == "officials from both parties"
