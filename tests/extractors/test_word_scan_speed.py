"""A faster form of the word scan gives the matches of the plain form it replaces.

:class:`WordStarts` looks ahead at its words' first characters before trying them
after a non-word character; ``findall`` gives no match that overlaps one at the
start of the text. Both are compared with ``\\b(?:words)tail`` on generated texts.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.text.wordscan import WordStarts, trie

_WORD_PIECES = st.sampled_from(
    ["said", "Said", "one", "One", "zero", "a one", "x", "y", "é", "_", "1", " ", ".", "-", "\n"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=16), st.integers(0, 40))
@example(["a one"], 0)  # "one" inside the match at the start is no second match
@example(["\n", "Zero", ".", "said"], 1)
def test_word_starts_with_first_letter_lookahead_equals_the_boundary_pattern(
    pieces: list[str], pos: int
) -> None:
    """The first-character lookahead drops no match: search and findall give what
    ``\\b(?:words)tail`` gives, with ``\\w`` and with an ASCII word class."""
    text = "".join(pieces)
    words = ["one", "One", "a one", "said", "zero", "Zero"]
    for word, tail in ((r"\w", r"(?![^\W\d_])"), ("A-Za-z", "(?![A-Za-z])")):
        boundary = r"\b" if word == r"\w" else "(?<![A-Za-z])"
        plain = re.compile(boundary + "(?:" + trie(words) + ")" + tail)
        fast = WordStarts(words, tail=tail, word=word)
        m = plain.search(text, pos)
        assert fast.search(text, pos) == (m.span() if m else None)
        assert fast.findall(text) == [(m.start(), m[0]) for m in plain.finditer(text)]


def test_word_starts_looks_ahead_at_first_characters() -> None:
    scanner = WordStarts(["one", "Said", "a-b"], tail=r"(?![^\W\d_])")
    assert "(?=[Sao])" in scanner.searched.pattern
    assert scanner.findall("one, Said a-b; someone") == [(0, "one"), (5, "Said"), (10, "a-b")]


def test_word_starts_of_no_words_finds_nothing() -> None:
    assert WordStarts([]).findall("one two") == []
    assert WordStarts([]).search("one two") is None
