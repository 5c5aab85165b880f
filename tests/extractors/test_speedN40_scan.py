"""The claims' word scan (``scan_words``) against its definition on mixed texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.cues import scan_words

#: pieces mixing case, Latin-1 letters, characters outside Latin-1 and curly quotes
_PIECES = st.sampled_from(
    [
        "said",
        "SAID",
        "Said",
        "says",
        "in",
        "In",
        "é",
        "Ñ",
        "ß",
        "ſ",
        "İ",
        "€",
        "“",
        "”",
        "’s",
        "'",
        " ",
        "\n",
        "-",
        "_",
        "7",
        "unsaid",
    ]
)
_VOCABULARY = frozenset({"said", "Said", "says", "in", "In", "s", "élan", "un-said"})


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=16))
def test_scan_words_is_every_ascii_word_in_the_vocabulary(pieces: list[str]) -> None:
    """Every maximal run of ASCII letters that is a vocabulary word, with its start, in
    text order; words that are no such run ("élan", "un-said") are never found."""
    text = "".join(pieces)
    every = [(m.start(), m[0]) for m in re.finditer(r"[A-Za-z]+", text)]
    assert scan_words(text, _VOCABULARY) == [(s, w) for s, w in every if w in _VOCABULARY]


def test_scan_words_examples() -> None:
    """A word after a letter outside ASCII or a curly quote starts where its letters do;
    "SAID" keeps its case (not in the vocabulary), "ſaid" leaves "aid"."""
    text = "“Said” éSAID said, ſaid in-In İn"
    assert scan_words(text, _VOCABULARY) == [(1, "Said"), (13, "said"), (24, "in"), (27, "In")]
