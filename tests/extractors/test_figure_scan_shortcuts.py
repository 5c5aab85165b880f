"""The figure scanner's trigger patterns give what the master pattern gives.

At a digit trigger the scanner matches ``SCAN_AT_DIGIT`` (``SCAN_AT_SIGN`` when
it opens with a sign, bracket or point), at a word trigger ``SCAN_AT_WORD``: the
master pattern ``SCAN`` without the alternatives whose first character cannot be
the trigger's. Both are compared with ``SCAN`` itself
at every trigger of generated texts, in English and French.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.extractors.figures.patterns import (
    _IDENT,
    FRACTION_CHARS,
    Patterns,
    digit_marks,
    next_digit,
    patterns,
)

_PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "\n  ",
        "\t",
        "-",
        "−",
        "+",
        "(",
        ")",
        ".",
        ",",
        "/",
        ":",
        "^",
        "'",
        "$",
        "£",
        "€",
        "US$",
        "Rs",
        "USD",
        "%",
        "½",
        "1",
        "5",
        "12",
        "2019",
        "53,000",
        "0.5",
        "1 234",
        "pm",
        "GMT",
        "bn",
        "m",
        "x10",
        "e5",
        "F",
        "A",
        "a",
        "an",
        "the",
        "of",
        "and",
        "one",
        "Two",
        "THREE",
        "twenty-five",
        "hundred",
        "million",
        "half",
        "third",
        "dozen",
        "dozens",
        "few",
        "several",
        "minus",
        "March",
        "May",
        "XXI",
        "IV",
        "eighties",
        "Boeing",
        "Route",
        "ISBN",
        "ab",
        "é",
        "١",
        "trois",
        "mille",
        "milliards",
        "vingt",
        "quatre-vingt",
        "juin",
        "euros",
        "un",
        "environ",
        "March 3",
        "3 March 2019",
        "2019-03-04",
        "4/3/19",
        "12:30 pm",
        "6pm",
        "+44 20 7946 0000",
        "020 7946 0000",
        "(1)",
        "1.",
        "(b)",
        "700.HK",
        "F-16",
        "Boeing 737",
        "XXIe",
        "3rd",
        "1990s",
        "ISBN 978-0-306-40615-7",
        "a year",
        "half a",
        "2b3",
    ]
)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    """The same span, group and captured parts (groups that did not take part aside)."""
    if a is None or b is None:
        return a is b

    def taken(m: re.Match[str]) -> dict[str, str]:
        return {k: v for k, v in m.groupdict().items() if v is not None}

    return a.span() == b.span() and a.lastgroup == b.lastgroup and taken(a) == taken(b)


def _digit_triggers(p: Patterns, text: str) -> list[int]:
    starts, m = [], next_digit(p, text, 0)
    while m is not None:
        starts.append(m.start())
        m = next_digit(p, text, m.start() + 1)
    return starts


def _word_triggers(p: Patterns, text: str) -> list[int]:
    starts, hit = [], p.WORD_TRIGGER.search(text)
    while hit is not None:
        starts.append(hit[0])
        hit = p.WORD_TRIGGER.search(text, hit[0] + 1)
    return starts


@settings(max_examples=600, deadline=None)
@given(
    st.lists(_PIECES, max_size=14),
    st.sampled_from(["", " ", "\n"]),
    st.sampled_from(["en", "fr"]),
)
@example(["about", "53,000", "soldiers"], " ", "en")
@example(["US$", "5", " ", "million", "$", "5", "(", "£", "3", ")", ".5"], "", "en")
@example(["three", "hundred", "and", "five"], " ", "en")
@example(["quatre-vingt", "euros"], " ", "fr")
@example(["On", "March 3", "at", "6pm", "call", "+44 20 7946 0000"], " ", "en")
@example(["", "1.", "Shares", "of", "700.HK", "rose", "in", "the", "1990s"], "\n", "en")
@example(["one", "5", "a year", "2b3", "the", "eighties"], "", "en")
@example(["10", "^", "5", " ", "2+", "3"], "", "en")
@example(
    ["le", "XXIe", "siècle", "le", "22", "juin", "2019", "juin", "2020", "2019-03-04"], " ", "fr"
)
def test_trigger_patterns_match_as_the_master_pattern(
    pieces: list[str], joiner: str, language: str
) -> None:
    """At each digit and word trigger, the trimmed pattern matches as ``SCAN`` does."""
    text = joiner.join(pieces)
    p = patterns(language)
    for s in _digit_triggers(p, text):
        trimmed = p.SCAN_AT_DIGIT if text[s].isdecimal() else p.SCAN_AT_SIGN
        assert _same(trimmed.match(text, s), p.SCAN.match(text, s)), (text, s)
    for s in _word_triggers(p, text):
        assert _same(p.SCAN_AT_WORD.match(text, s), p.SCAN.match(text, s)), (text, s)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_trigger_patterns_are_trimmed(language: str) -> None:
    """Each trigger pattern leaves out the alternatives its trigger cannot open."""
    p = patterns(language)
    assert "(?P<words>" not in p.SCAN_AT_DIGIT.pattern
    assert "(?P<roman>" not in p.SCAN_AT_DIGIT.pattern
    assert "(?P<num>" in p.SCAN_AT_DIGIT.pattern
    assert "(?P<money>" not in p.SCAN_AT_DIGIT.pattern
    assert "(?P<money>" in p.SCAN_AT_SIGN.pattern
    assert "(?P<md_m>" not in p.SCAN_AT_DIGIT.pattern  # a month name opens it
    assert "(?P<dm_d>" in p.SCAN_AT_DIGIT.pattern
    assert "(?P<iso_y>" not in p.SCAN_AT_WORD.pattern  # a digit opens it
    assert "(?P<my_m>" in p.SCAN_AT_WORD.pattern
    assert "(?P<words>" not in p.SCAN_AT_SIGN.pattern
    assert "(?P<num>" not in p.SCAN_AT_WORD.pattern
    assert "(?P<time>" not in p.SCAN_AT_WORD.pattern
    assert "(?P<words>" in p.SCAN_AT_WORD.pattern
    assert "(?P<ident>" in p.SCAN_AT_WORD.pattern
    assert "(?P<money>" in p.SCAN_AT_WORD.pattern


def test_scanner_reads_figures_at_both_triggers() -> None:
    """Figures opened by digits, signs and words are still read whole."""
    found = find_figures("About 53,000 people, US$5m and three hundred votes on March 3.")
    assert [f.text for f in found] == ["About 53,000", "US$5m", "three hundred", "March 3"]


#: the identifier pattern before its runs of letters were made possessive
_REFERENCE_IDENT = re.compile(
    r"(?:(?<![\w$£€¥])[A-Za-z]+(?:[-/.−]?\d++[A-Za-z]*+)+(?:[-/]\w++)*(?![\w])"
    r"|(?<![\w.,])\d+[A-Za-z]+\d[\w]*(?:[-/]\w+)*)"
)
#: ... and the letters-and-digits part of the pattern that looks back before a digit
_REFERENCE_BACK = re.compile(r"(?:(?<![\w$£€¥])[A-Za-z]+(?:[-/.−]?\d++[A-Za-z]*+)*[-/.−]?|\^)$")
_IDENT_TEXTS = st.text(alphabet="aZxF3079٣-/.−_$ é^", max_size=16)


@settings(max_examples=800, deadline=None)
@given(_IDENT_TEXTS, st.integers(0, 16), st.integers(0, 16))
@example("F-16", 0, 4)
@example("three", 0, 5)
@example("B52s 12ab3", 5, 10)
def test_possessive_letter_runs_match_as_before(text: str, pos: int, end: int) -> None:
    """``[A-Za-z]++`` and ``\\d++`` give the matches the backtracking runs gave."""
    ident = re.compile(_IDENT)
    back = re.compile(
        r"(?:(?<![\w$£€¥])[A-Za-z]++(?:[-/.−]?\d++[A-Za-z]*+)*[-/.−]?|\^)$"
    )  # as in ``Patterns.BACK``
    assert back.pattern[3:] in patterns("en").BACK.pattern
    pos, end = min(pos, len(text)), min(max(pos, end), len(text))
    a, b = ident.match(text, pos), _REFERENCE_IDENT.match(text, pos)
    assert (a and a.span()) == (b and b.span())
    a, b = back.search(text, pos, end), _REFERENCE_BACK.search(text, pos, end)
    assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_digit_marks_mark_every_character_a_digit_trigger_may_open_with(language: str) -> None:
    """Every character of the trigger's first class is marked in the text's Latin-1 bytes,
    those outside Latin-1 too (written "?"); ASCII letters and spaces are not."""
    p = patterns(language)
    first = re.compile(r"[\d" + p.SIGNS + FRACTION_CHARS + r"\-−+(.]")
    opening = [c for c in map(chr, range(0x110000)) if first.match(c)]
    assert all(digit_marks(p, c) == b"\x01" for c in opening)
    plain = "aZ _,;:\n\t"
    assert digit_marks(p, plain) == bytes(len(plain))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.sampled_from(["", " ", "\n"]), st.integers(0, 40))
def test_next_digit_with_marks_finds_what_the_trigger_search_finds(
    pieces: list[str], joiner: str, pos: int
) -> None:
    """From any position, ``next_digit`` with the text's marks finds what
    ``DIGIT_TRIGGER.search`` finds: the marks lead it to every place a match may start."""
    p = patterns("en")
    text = joiner.join(pieces)
    a, b = next_digit(p, text, pos, digit_marks(p, text)), p.DIGIT_TRIGGER.search(text, pos)
    assert (a and a.span()) == (b and b.span())
