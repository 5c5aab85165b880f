"""The claims' word scan read as bytes finds what the trie scan it replaced found.

:func:`~provenance.extractors.claims.cues.scan_words` turns every character but an
ASCII letter into a space and looks the words between the spaces up in a set; the
trie after a non-letter (:class:`WordStarts` with ``[A-Za-z]`` words and a
``(?![A-Za-z])`` tail) is the form it replaced. Both are run on generated texts of
vocabulary words (in several cases), ASCII and non-ASCII letters (some that
``re.IGNORECASE`` folds to ASCII), digits, "_", apostrophes, hyphens and white space.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.cues import scan_words
from provenance.extractors.text.wordscan import WordStarts

#: the vocabulary: words, words in other cases, and entries no ``[A-Za-z]+`` word can be
_VOCABULARY = frozenset(
    {"said", "Said", "SAID", "says", "say", "a", "I", "in", "inform", "'s", "un-said", "in the"}
)
_PIECES = st.one_of(
    st.sampled_from(sorted(_VOCABULARY)),
    st.sampled_from(["sa", "id", "unsaid", "Says", "é", "ß", "İ", "ı", "ſ", "K", "я", "\ud800"]),
    st.sampled_from(["_", "1", "٣", "'", "’", "-", " ", "  ", "\n", "\t", "\r", ".", "?", "\x00"]),
    st.text(max_size=3),
)


def _trie_scan(text: str, vocabulary: frozenset[str]) -> list[tuple[int, str]]:
    """The scan as it was: the trie of the whole-word entries after a non-letter."""
    whole = (w for w in vocabulary if re.fullmatch(r"[A-Za-z]+", w))
    return WordStarts(whole, tail="(?![A-Za-z])", word="A-Za-z").findall(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=20))
@example(["said"])
@example(["é", "said", "_", "said", "1", "Said"])
@example(["said", "said", " ", "said", "'s"])
@example(["\ud800", "in", " ", "in the"])
@example([])
def test_byte_scan_equals_the_trie_scan(pieces: list[str]) -> None:
    """Every start and word the trie scan gives, in the same order, none more."""
    text = "".join(pieces)
    assert scan_words(text, _VOCABULARY) == _trie_scan(text, _VOCABULARY)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.frozensets(st.text(max_size=4), max_size=6))
def test_byte_scan_equals_the_trie_scan_on_any_text_and_vocabulary(
    text: str, vocabulary: frozenset[str]
) -> None:
    """Any text and any vocabulary (empty entries, non-ASCII entries included)."""
    assert scan_words(text, vocabulary) == _trie_scan(text, vocabulary)
