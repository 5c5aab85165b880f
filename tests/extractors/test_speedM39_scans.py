"""Stop 39's cheaper cue scans give what the plain walks gave, on texts mixing upper case,
Latin-1 letters and characters outside Latin-1.

:func:`~provenance.extractors.claims.cues._prefix_starts` reads the auxiliary and adverb
words before a cue with one match in the reversed text, where it walked back a character
at a time.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import cues
from tests.extractors.test_speed_shortcuts import plain_prefix_starts

#: words, prefix words in several cases, and characters that end or go on with a word
_PIECES = st.lists(
    st.sampled_from(
        [
            "has",
            "Has",
            "HAS",
            "not",
            "never",
            "also",
            "cannot",
            "can't",
            "can’t",
            "n't",
            "Just",
            "just",
            "would",
            "said",
            "confirmed",
            "denied",
            "é",
            "ÿ",
            "É",
            "ж",
            "ſ",
            "²",
            "’",
            "'",
            "x",
            "5",
            "_",
            " ",
            "  ",
            "\t",
            "\n",
            "\r",
            "\u00a0",
            ",",
            "“",
        ]
    ),
    max_size=16,
)


@settings(max_examples=1500, deadline=None)
@given(_PIECES, st.sampled_from(["", " ", "é", "ж", "\n"]))
@example(["has", " ", "not", " ", "confirmed"], "")
@example(["ж", "has", " ", "said"], "")
@example(["éhas", " ", "never", "\t", "said"], "")
@example(["can’t", "\n", "said"], "")
@example(["HAS", " ", "said"], "")
def test_prefix_starts_equal_the_walk_back(pieces: list[str], glue: str) -> None:
    """At every position and floor, the reversed-text match finds the words of the walk."""
    text = glue.join(pieces)
    backwards = text[::-1]
    for start in range(len(text) + 1):
        for floor in {0, max(0, start - 4), max(0, start - 9), start}:
            expected = plain_prefix_starts(text, start, floor)
            assert cues._prefix_starts(text, start, floor) == expected
            assert cues._prefix_starts(text, start, floor, backwards) == expected


def test_prefix_starts_stop_at_a_letter_outside_ascii() -> None:
    """A word that goes on with a letter outside ASCII is no prefix word ("éhas")."""
    text = "it éhas said"
    assert cues._prefix_starts(text, text.index("said"), 0) == []
    text = "it has never said"
    assert cues._prefix_starts(text, text.index("said"), 0) == [3, 7]
    # the floor cuts the word: what lies at and after it is read ("has" of "éhas")
    text = "éhas said"
    assert cues._prefix_starts(text, text.index("said"), 1) == [1]
