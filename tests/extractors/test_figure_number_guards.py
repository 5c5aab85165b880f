"""The number and time patterns with possessive digit runs and opening guards match as before.

``number_pattern`` makes a run of digits that a separator must follow possessive and
tests once, before the grouped forms, that one to three digits and a separator open the
number; ``_TIME`` tests that one to four digits and a separator, meridiem or zone open
it. Each is compared with the plain form (greedy runs, no guard) at every position of
generated texts, for the English, Indian English and French symbols.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.figures.patterns import _TIME, _TIME_OPENS, number_pattern

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


@pytest.mark.parametrize(("decimal", "group"), _LOCALES)
def test_the_plain_form_is_what_the_guards_leave_out(decimal: str, group: str) -> None:
    fast = number_pattern(decimal, group)
    assert "++" in fast and "(?=" in fast
    assert "++" not in _plain(fast) and "(?=" not in _plain(fast)


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
def test_times_match_as_without_the_opening_guard(text: str) -> None:
    assert _TIME.startswith(_TIME_OPENS)
    fast, plain = re.compile(_TIME), re.compile(_TIME.removeprefix(_TIME_OPENS))
    assert _spans(fast, text) == _spans(plain, text)
