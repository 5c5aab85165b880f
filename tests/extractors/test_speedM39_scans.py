"""Stop 39's cheaper cue scans give what the plain walks gave, on texts mixing upper case,
Latin-1 letters and characters outside Latin-1.

:func:`~provenance.extractors.claims.cues._prefix_starts` reads the auxiliary and adverb
words before a cue a word at a time with ``str.rstrip`` (stop 41; stop 39 read them with
one match in the reversed text), where it walked back a character at a time.
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
    """At every position and floor, the word-at-a-time read finds the words of the walk."""
    text = glue.join(pieces)
    for start in range(len(text) + 1):
        for floor in {0, max(0, start - 4), max(0, start - 9), start}:
            expected = plain_prefix_starts(text, start, floor)
            assert cues._prefix_starts(text, start, floor) == expected


def test_prefix_starts_stop_at_a_letter_outside_ascii() -> None:
    """A word that goes on with a letter outside ASCII is no prefix word ("éhas")."""
    text = "it éhas said"
    assert cues._prefix_starts(text, text.index("said"), 0) == []
    text = "it has never said"
    assert cues._prefix_starts(text, text.index("said"), 0) == [3, 7]
    # the floor cuts the word: what lies at and after it is read ("has" of "éhas")
    text = "éhas said"
    assert cues._prefix_starts(text, text.index("said"), 1) == [1]


def test_prefix_starts_read_no_run_longer_than_the_longest_prefix_word() -> None:
    """A run of letters longer than every prefix word, ending in one, is no prefix word."""
    longest = max(cues._PREFIX_WORDS, key=len)
    for lead in ("", "x", "xx", "é", "5", " ", "'"):
        for floor in (0, 1, 2):
            text = f"{lead}{longest} said"
            start = text.index(" said") + 1
            assert cues._prefix_starts(text, start, floor) == plain_prefix_starts(
                text, start, floor
            )
