"""The number parser's shortcuts give what the code they replace gives.

Each ``_reference_*`` below is the code as it was before its shortcut; the
strings are drawn from the characters the number pattern can hold (digits,
group and decimal symbols, spaces, signs, fractions, the scientific marks).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.figures.reader import (
    _SCI_SPLIT,
    _SPACES,
    _VULGAR,
    _number,
    _parse_number,
    _plain,
)

_CHARS = "0123456789" * 3 + ",.'’ \t\u00a0\u202f\u2009eExX×^-−+/½¾" + "١٢" + "²"
_NUMBERS = st.text(alphabet=_CHARS, min_size=1, max_size=14)


def _reference_parse(s: str, decimal: str) -> float | None:
    """``_parse_number`` before it tested for the scientific marks first."""
    if s[-1] in _VULGAR:
        return (float(s[:-1]) if len(s) > 1 else 0.0) + _VULGAR[s[-1]]
    if "/" in s:
        return _parse_number(s, decimal)  # the fraction branch is unchanged
    s = s.replace("−", "-")
    if "^" in s and "x" not in s and "×" not in s:  # a power with a caret, "10^9" (stop 47)
        root, _, power = s.partition("^")
        return math.pow(_plain(root, decimal), float(power))
    sci = _SCI_SPLIT.split(s)
    if len(sci) == 3:
        base = float(sci[1]) if sci[1] else 10.0
        return _plain(sci[0], decimal) * math.pow(base, float(sci[2]))
    return _plain(s, decimal)


def _outcome(fn: Callable[[str, str], float | None], s: str, decimal: str) -> object:
    """The value, or the type of the exception: the two must fail alike too."""
    try:
        value = fn(s, decimal)
    except Exception as exc:  # compared, not hidden
        return type(exc)
    return "nan" if isinstance(value, float) and math.isnan(value) else value


@settings(max_examples=600, deadline=None)
@given(_NUMBERS, st.sampled_from([".", ","]))
@example("1.5e6", ".")
@example("3 x 10^4", ".")
@example("6.02×10^23", ".")
@example("10^9", ".")
@example("2E-3", ".")
@example("53 000,5", ",")
@example("1'234", ".")
def test_parse_number_equals_the_split_first_code(s: str, decimal: str) -> None:
    assert _outcome(_parse_number, s, decimal) == _outcome(_reference_parse, s, decimal)


def _reference_plain(s: str, decimal: str) -> float:
    """``_plain`` before it skipped the space pattern for digits alone."""
    s = _SPACES.sub("", s)
    if decimal == ".":
        return float(s.replace(",", ""))
    return _plain(s, decimal)  # the rest is unchanged (and ``s`` has no space left)


@settings(max_examples=600, deadline=None)
@given(_NUMBERS | st.text(alphabet="0123456789١٢²³", max_size=8), st.sampled_from([".", ","]))
@example("2019", ".")
@example("٢٠١٩", ".")
@example("²", ".")
@example("", ".")
def test_plain_equals_the_always_substituting_code(s: str, decimal: str) -> None:
    assert _outcome(_plain, s, decimal) == _outcome(_reference_plain, s, decimal)


def test_numbers_still_read() -> None:
    """Plain, grouped, scientific and spaced numbers keep their values."""
    assert _number("53,000") == 53000.0
    assert _number("1.5e6") == 1.5e6
    assert _number("3 x 10^4") == 30000.0
    assert _number("53 000,5", ",") == 53000.5
    assert _number("1’234") == 1234.0
    assert _number("x") is None  # not a number: no value
