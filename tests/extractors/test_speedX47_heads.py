"""The heads of "In his words" read from the shared word scan: the same places as the
substring searches over the text they replace (speedX47)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.attribute import (
    _head_positions,
    _head_words,
    head_words,
    scanned_head_positions,
)
from provenance.extractors.claims.cues import scan_words
from provenance.extractors.claims.extract import _vocabulary

#: the head words, their neighbours that must not count (inside a longer word, after a
#: letter outside ASCII, before a digit, in capitals) and what may stand between words
_PIECES = [
    *_head_words(),
    *(w.capitalize() for w in _head_words()),
    *(w.upper() for w in _head_words()),
    "swords",
    "review",
    "viewpoint",
    "opinions",
    "é",
    "ß",
    "2",
    "_",
    "’",
    "'",
    "''",
    "“",
    " ",
    ", ",
    ".",
    "\n",
    "In his ",
    "said",
    "the",
]


def _scanned(text: str) -> list[int]:
    return scanned_head_positions(text, scan_words(text, _vocabulary()))


def test_the_scan_holds_every_head_word() -> None:
    assert head_words() <= _vocabulary()
    assert head_words() == frozenset(_head_words())


def test_whole_words_only() -> None:
    text = "In his words, the view was swordsmanship; words2 éwords _words view’s Words."
    found = [text[s : s + 5] for s in _scanned(text)]
    assert found == ["words", "view ", "words", "view’"]
    assert _scanned(text) == _head_positions(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_same_places_as_the_substring_searches(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _scanned(text) == _head_positions(text)
