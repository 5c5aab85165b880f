"""The cheap tests the figure reader makes before a pattern that rarely matches are exact.

Each gate (the ordinal suffix's first character, tested against the ASCII openers the
regex engine itself gives; the names' ``startswith``; the word start walked back) may
only say "no" where the pattern itself finds nothing: checked at every position of
generated texts that mix the words each pattern reads with their neighbours, spaces of
every kind, and the characters that re's case folds take to an ASCII letter ("ſ", "K",
"İ", "ı").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.extractors.figures.patterns import ascii_openers, patterns
from provenance.extractors.figures.reader import _word_left

_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        "\u202f",
        "\u2009",
        "-",
        ".",
        ",",
        "5",
        "21",
        "2019",
        "st",
        "ST",
        "ſt",
        "nd",
        "th",
        "er",
        "ème",
        "ᵉ",
        "million",
        "MILLION",
        "bn",
        "Bn",
        "milliards",
        "mille",
        "m",
        "M",
        "k",
        "K",
        "b",
        "and",
        "AND",
        "&",
        "a",
        "half",
        "et",
        "demi",
        "minus",
        "MINUS",
        "minuſ",
        "negative",
        "moins",
        "İ",
        "ı",
        "years",
        "people",
        "7-Eleven",
        "7-Up",
        "20th Century Fox",
        "/",
        "–",
        "é",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=8).map("".join)
_LANGUAGES = st.sampled_from(["en", "fr"])


def _may_open(text: str, at: int, openers: frozenset[str]) -> bool:
    """The reader's one-character test before ``ORDINAL_SUFFIX``, as written there."""
    c = text[at : at + 1]
    return c in openers or not c.isascii()


def test_openers_follow_the_case_folds_of_re() -> None:
    # "ſ" folds to "s", the Kelvin sign to "k", dotted and dotless i to "i": left to the pattern
    ends = ascii_openers(["st", "kb", "im"])
    assert ends == frozenset("sSkKiI")
    for c in "ſKİı":
        assert _may_open(c, 0, ends)
    assert not _may_open("x", 0, ends)
    assert not _may_open("", 0, ends)  # the end of the text opens nothing
    assert ascii_openers(["st"], ignore_case=False) == frozenset("s")


def test_a_word_opening_with_a_gap_or_nothing_never_closes_the_gate() -> None:
    every = frozenset(map(chr, range(128)))
    assert ascii_openers(["-fold"]) == every
    assert ascii_openers([" and"]) == every
    assert ascii_openers([""]) == every


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _LANGUAGES)
@example("21st", "en")
@example("21ST", "en")
@example("21ſt", "en")
@example("2ème", "fr")
@example("2ᵉ", "fr")
def test_the_ordinal_gate_closes_only_where_the_suffix_finds_nothing(
    text: str, language: str
) -> None:
    p = patterns(language)
    for i in range(len(text) + 1):
        if not _may_open(text, i, p.ORDINAL_OPENERS):
            assert p.ORDINAL_SUFFIX.match(text, i) is None, (text, i)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _LANGUAGES)
@example("7-Eleven", "en")
@example("20th Century Fox", "en")
def test_the_names_gate_closes_only_where_no_name_opens(text: str, language: str) -> None:
    p = patterns(language)
    for i in range(len(text) + 1):
        if not text.startswith(p.NAMES_WITH_NUMBER, i):
            assert p.NAME_WITH_NUMBER.match(text, i) is None, (text, i)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [" ", "\n", "\t", "-", "'", "’", "_", ".", "mille", "feuille", "é", "١", "½", "5", "x"]
        ),
        max_size=10,
    ).map("".join)
)
@example("un mille-feuille\n")
@example("one-liner")
def test_the_word_start_walked_back_is_the_one_searched(text: str) -> None:
    searched = re.compile(r"[\w'’-]*$")
    for s in range(len(text) + 1):
        for lo in range(max(0, s - 24), s + 1):
            m = searched.search(text, lo, s)
            assert m is not None
            assert _word_left(text, lo, s) == m.start(), (text, lo, s)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 21st in line", [("21st", "ordinal", None)]),
        ("It was 21 in line", [("21", "cardinal", None)]),
        (
            "They paid $5 million and 3bn",
            [("$5 million", "money", "USD"), ("3bn", "cardinal", None)],
        ),
        ("minus 5 degrees", [("minus 5", "cardinal", "degrees")]),
        ("a minimum 5 degrees", [("5", "cardinal", "degrees")]),
        ("15 and a half miles", [("15 and a half", "cardinal", "miles")]),
        ("15 and more", [("15", "cardinal", None)]),
        ("the 2003-04 season", [("2003-04", "year", None)]),
        ("the 2003 season", [("2003", "year", None)]),
        ("a 7-Eleven store", [("7-Eleven", "identifier", None)]),
        ("a 7-Day week", [("7-Day", "duration", "day")]),
        ("5 to 10 people", [("5 to 10", "cardinal", "people")]),
        ("5 km to 10 km", [("5 km to 10 km", "cardinal", "km")]),
        (
            "5 tonnes of 10 kinds",
            [("5", "cardinal", "tonnes of 10 kinds"), ("10", "cardinal", "kinds")],
        ),
    ],
)
def test_gated_forms_and_their_neighbours(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = [(f.text, f.kind.value, f.unit) for f in find_figures(text)]
    assert got == expected
