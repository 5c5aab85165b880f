"""The sentence splitter's fast paths give exactly what the plain code gave.

``split_sentences`` finds its boundary candidates with ``str.find`` instead of a regex
scan of every character, and tells a full stop that ends no abbreviation by lookbehinds
(the ``stop`` branch) instead of reading the word before it in Python. Each is compared
with the plain form on generated texts: abbreviations, initials, acronyms, apostrophes,
quotes, ellipses, brackets, paragraph breaks and letters outside ASCII.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.text import quotes
from provenance.extractors.text import sentences as sn
from provenance.extractors.text.wordscan import opened_matches

#: the boundary pattern before the ``stop`` branch (one branch for every terminal)
_PLAIN_BOUNDARY = re.compile(
    r"[.!?…\n)\]]"
    r"(?:(?<=[.!?…])(?<![.!?…].)[.!?…]*+[\"”’')\]]*+(?P<ws>\s++)"
    r"(?=[\"“‘'(\[]*+[A-Z0-9]|\[[a-z][A-Za-z0-9:_.-]{1,29}\]\s)"
    r"|(?<=\n)(?P<para>[ \t]*\n\s*)"
    r"|(?<=[)\]])(?P<nl>[ \t]*\n\s*)(?=[\"“A-Z]))"
)


def _plain_split(text: str) -> tuple[tuple[int, int], ...]:
    """``split_sentences`` as it was: ``finditer`` over the text, the word read at each stop."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _PLAIN_BOUNDARY.finditer(text):
        kind = m.lastgroup or "ws"
        if kind == "para":
            end, nxt = m.start(), m.end()
        elif kind == "nl":
            end, nxt = m.span(kind)
        else:
            end = m.start("ws")
            nxt = m.end()
            if text[m.start()] == ".":
                ws = m.group("ws")
                paragraph = "\n\n" in ws or "\n \n" in ws
                if not paragraph and sn._is_abbreviation(text, m.start() + 1, nxt):
                    continue
        sn._append(text, spans, start, end)
        start = nxt
    sn._append(text, spans, start, len(text))
    return tuple(spans)


_PIECES = st.sampled_from(
    [
        "He said",
        "the talks",
        "kept",  # a word ending as a title ends ("Sept")
        "interest",
        "Mr",
        "mr",
        "Sen",
        "Sept",
        "approx",
        "U.S",
        "e.g",
        "J",
        "O'Neil",
        "Mary’s",
        "2019",
        "5",
        "abcdefghij",
        "WORD",
        ".",
        ".",
        ".",
        "...",
        "!",
        "?",
        "…",
        " ",
        " ",
        "\n",
        "\n\n",
        "\n \n",
        ")",
        "]",
        "(",
        "”",
        "“",
        '"',
        "'",
        "The",
        "It",
        "é",
        "ſ",
        "ı",
        "K",
        "[nL2N1N827P]",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=24))
@example(["the talks", ".", " ", "The"])
@example(["kept", ".", " ", "The"])
@example(["Sept", ".", " ", "5"])
@example(["O'Neil", ".", " ", "The"])
@example(["U.S", ".", "abcdefghij", ".", " ", "It"])
@example(["(", ".", " ", "The"])
@example([".", " ", "The"])
def test_split_sentences_equals_the_plain_form(pieces: list[str]) -> None:
    """Candidates found by ``str.find`` and the ``stop`` branch split as the scan and the
    word read at every stop did."""
    text = "".join(pieces)
    assert sn.split_sentences(text) == _plain_split(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=24))
def test_boundaries_equal_finditer(pieces: list[str]) -> None:
    """Trying the pattern at each character found by ``str.find`` finds what ``finditer`` finds."""
    text = "".join(pieces)
    got = [(m.span(), m.lastgroup) for m in opened_matches(sn._BOUNDARY, text, sn._OPENERS)]
    assert got == [(m.span(), m.lastgroup) for m in sn._BOUNDARY.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=24))
@example(["interest", ".", " ", "The"])
@example(["Mary’s", ".", " ", "The"])
def test_a_plain_stop_ends_no_abbreviation(pieces: list[str]) -> None:
    """Wherever the ``stop`` branch matches, reading the word before the stop finds no
    abbreviation: the lookbehinds are a gate, never a rule of their own."""
    text = "".join(pieces)
    for m in sn._BOUNDARY.finditer(text):
        if m.lastgroup == "stop":
            assert not sn._is_abbreviation(text, m.start() + 1, m.end())


def test_the_stop_branch_takes_plain_words_and_leaves_titles() -> None:
    """Long lower-case words and stops after digits take the ``stop`` branch; titles,
    words ending as a title ends, capitals and acronyms are read as before."""

    def kind(text: str) -> str | None:
        m = sn._BOUNDARY.search(text)
        return None if m is None else m.lastgroup

    assert kind("We met the minister. The") == "stop"
    assert kind("It rose in 2019. The") == "stop"
    assert kind("We met Sen. Graham") == "ws"  # a title: the word is read
    assert kind("He has kept. The") == "ws"  # ends as "Sept" ends: read, and no title
    assert kind("He left the U.S. The") == "ws"
    assert kind("He saw the BBC. The") == "ws"
    assert [s for s, _ in sn.split_sentences("He has kept. The Sen. Graham left.")] == [0, 13]


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=24))
@example(["“", "\n", " ", "\n", "”", "\n\n", '"'])
def test_quote_marks_tried_at_their_characters_equal_finditer(pieces: list[str]) -> None:
    """The quotation marks and paragraph breaks found from ``str.find`` are ``finditer``'s."""
    text = "".join(pieces)
    got = [m.span() for m in opened_matches(quotes._MARKS, text, quotes._MARK_OPENERS)]
    assert got == [m.span() for m in quotes._MARKS.finditer(text)]
