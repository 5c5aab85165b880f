"""The number and time patterns with possessive digit runs and opening guards match as before.

``number_pattern`` makes a run of digits that a separator must follow possessive and
tests once, before the grouped forms, that one to three digits and a separator open the
number; ``_TIME`` tests that one to four digits and a separator, meridiem or zone open
it. Each is compared with the plain form (greedy runs, no guard) at every position of
generated texts, for the English, Indian English and French symbols. The qualifier
before a number is looked for in a lowered ASCII window with a case-sensitive pattern,
and a range's unit word is tested for what may follow it: both are compared with the
patterns they stand in for.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.figures.context import qualifier_before
from provenance.extractors.figures.patterns import (
    _PHONE,
    _PHONE_OPENS,
    _TIME,
    _TIME_OPENS,
    number_pattern,
    patterns,
)

_PIECES = st.sampled_from(
    [
        "1",
        "12",
        "123",
        "1234",
        "12345",
        "0",
        "9",
        " ",
        "  ",
        "\t",
        "\u00a0",
        "\u202f",
        "-",
        "/",
        ",",
        ".",
        "'",
        "’",
        "½",
        "¾",
        ":",
        "h",
        "pm",
        "a.m.",
        "AM",
        "GMT",
        "ET",
        "hrs",
        "local",
        "e",
        "x",
        "×",
        "^",
        "people",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)

_POSSESSIVE = (("\\d++", "\\d+"), ("[ \\t]++", "[ \\t]+"), ("[ \\t]?+", "[ \\t]?"))
_GUARD = re.compile(r"\(\?=\\d\{1,3\}\+\[[^\]]*\]\)")


def _plain(pattern: str) -> str:
    """The pattern as it was: greedy digit runs, no guard before the grouped forms."""
    pattern = _GUARD.sub("", pattern)
    for fast, slow in _POSSESSIVE:
        pattern = pattern.replace(fast, slow)
    return pattern.replace("{1,3}+", "{1,3}").replace("{1,2}+", "{1,2}")


_LOCALES = [(".", ","), (",", "\u202f"), (",", "."), (".", "'")]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    return [None if (m := pattern.match(text, i)) is None else m.span() for i in range(len(text))]


def _assert_guard_changes_nothing(pattern: str, guard: str, text: str) -> None:
    """``pattern`` opens with ``guard`` and matches where it matches without it."""
    assert pattern.startswith(guard)
    fast, plain = re.compile(pattern), re.compile(pattern.removeprefix(guard))
    assert _spans(fast, text) == _spans(plain, text)


@pytest.mark.parametrize(("decimal", "group"), _LOCALES)
def test_the_plain_form_is_what_the_guards_leave_out(decimal: str, group: str) -> None:
    fast = number_pattern(decimal, group)
    plain = _plain(fast)
    assert "++" in fast
    assert "(?=" in fast
    assert "++" not in plain
    assert "(?=" not in plain


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.sampled_from(_LOCALES))
@example("53,000 people", (".", ","))
@example("12,34,567 and 1'234", (".", ","))
@example("1.234.567,5 et 53 000,5", (",", "\u202f"))
@example("2 ½ miles, 1 3/4 cups, 3/16 and 24/7", (".", ","))
@example("1 123/4", (".", ","))
def test_numbers_match_as_the_plain_pattern(text: str, locale: tuple[str, str]) -> None:
    fast = number_pattern(*locale)
    plain = _plain(fast)
    assert _spans(re.compile(fast), text) == _spans(re.compile(plain), text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("at 10:30 a.m., 1230 GMT, 5pm, 10h30, 18.45 BST and 2019 people")
@example("12345:30 and 12 :30")
@example("10.5 km, 10.30pm, 9 a.m., 9 am, 9AM, 9 A.M., 1430GMT, 14H30, 14 h 30, 2019. 5 pa")
@example("12:7, 4.6x, 5 p.m, 3 Am, 12:61 and 1200 local, 1200 lbs")
def test_times_match_as_without_the_opening_guard(text: str) -> None:
    _assert_guard_changes_nothing(_TIME, _TIME_OPENS, text)


_PHONE_PIECES = st.sampled_from(
    [
        "0",
        "1",
        "2",
        "5",
        "12",
        "123",
        "555",
        "0451",
        "0800",
        "1-",
        "+",
        "(",
        ")",
        "-",
        ".",
        ":",
        "cv",
        "cr",
        "JMF",
        " ",
        "\t",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PHONE_PIECES, max_size=12).map("".join))
@example("call +44 20 7946 0958, (212) 555-0199 or 1-800-555-0199 today")
@example("08600 10111, 01 23 45 67 89 and 06.12.34.56.78")
@example("No. 2:23-cv-0451 and case 1:24-cr-00112-JMF, at 2:23 and 555-0199")
def test_phones_match_as_without_the_opening_guard(text: str) -> None:
    # every form added to _PHONE must open where its guard lets it: a court's case
    # number ("2:23-cv-0451") added beside a guard written without it went unread
    _assert_guard_changes_nothing(_PHONE, _PHONE_OPENS, text)


_QUALIFIER_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        "-",
        "(",
        "'",
        "’",
        "about",
        "ABOUT",
        "About",
        "more",
        "MORE",
        "than",
        "Than",
        "up",
        "to",
        "at least",
        "nearly",
        "some",
        "x",
        "5",
        "environ",
        "plus de",
        "près",
        "PRÈS",
        "jusqu’à",
        "ſome",
        "İ",
    ]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_QUALIFIER_PIECES, max_size=10).map("".join),
    st.sampled_from(["en", "fr"]),
    st.integers(0, 30),
    st.integers(0, 30),
)
@example("It cost MORE THAN ", "en", 0, 18)
@example("xabout 5", "en", 1, 7)
@example("environ ", "fr", 0, 8)
def test_the_lowered_qualifier_search_finds_what_the_case_blind_one_finds(
    text: str, language: str, lo: int, end: int
) -> None:
    p = patterns(language)
    end = min(end, len(text))
    q = p.QUALIFIER.search(text, lo, end)
    assert qualifier_before(text, lo, end, p) == (None if q is None else q.span(1))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                " ",
                "\t",
                "\n",
                "\u00a0",
                "-",
                "–",
                "5",
                "12",
                "to",
                "and",
                "or",
                "à",
                "et",
                "photo",
                "km",
                "°",
                "°C",
                "people",
                "$",
                "Otto",
                "a",
            ]
        ),
        max_size=10,
    ).map("".join),
    st.sampled_from(["en", "fr"]),
)
@example(" photo 5", "en")
@example("km to 12 km", "en")
def test_range_joins_match_as_without_the_unit_guard(text: str, language: str) -> None:
    fast = patterns(language).RANGE_JOIN
    plain = re.compile(re.sub(r"\(\?=\[[^\]]*\]\)\)\?", ")?", fast.pattern, count=1))
    assert plain.pattern != fast.pattern
    for i in range(len(text) + 1):
        a, b = fast.match(text, i), plain.match(text, i)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


_DATE_GUARD = r"(?=\d{4}+-|\d{1,2}+(?:[/\s]|[^\W\d_]))"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1",
                "5",
                "12",
                "31",
                "2019",
                "2024-03-05",
                "05/06/2019",
                "/",
                "-",
                " ",
                "\n",
                "\u00a0",
                "st",
                "th",
                "er",
                "e",
                "of",
                "de",
                "March",
                "mars",
                "Jan.",
                ",",
                "x",
                "é",
            ]
        ),
        max_size=10,
    ).map("".join),
    st.sampled_from(["en", "fr"]),
)
@example("5th of March, 2019", "en")
@example("1er mars 2024 et 2024-03-05", "fr")
def test_digit_opened_dates_match_as_without_their_guard(text: str, language: str) -> None:
    p = patterns(language)
    for fast in (p.SCAN_AT_DIGIT, p.SCAN_AT_SIGN):
        assert _DATE_GUARD in fast.pattern
        plain = re.compile(fast.pattern.replace(_DATE_GUARD, "", 1))
        for i in range(len(text)):
            a, b = fast.match(text, i), plain.match(text, i)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
