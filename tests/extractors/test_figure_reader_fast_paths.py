"""The reader's fast paths give what the slower path gives.

Most numbers in news copy are digits alone ("2019", "40"); ``_number`` reads those with
``float`` at once. The general parser (``_parse_number``: fractions, signs, exponents,
group and decimal symbols) is compared with it on generated digit strings, in every
script's decimal digits and for both decimal symbols, huge ones too (no finite value).
A typeset minus before digits ("growth was –0.2%") is looked for only after an en dash:
``_loose_minus`` holds nowhere else.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.extractors.figures.reader import _loose_minus, _number, _parse_number


def _general(s: str, decimal: str) -> float | None:
    """``_number`` as it reads any other number: the general parser, then a finite value."""
    try:
        value = _parse_number(s, decimal)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None
    return value if value is not None and math.isfinite(value) else None


_DIGITS = st.sampled_from(["0", "1", "5", "9", "٣", "۷", "९", "𝟗", "１"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_DIGITS, min_size=1, max_size=24).map("".join), st.sampled_from([".", ","]))
def test_digits_alone_read_as_the_general_parser_reads_them(s: str, decimal: str) -> None:
    assert s.isdecimal()
    assert _number(s, decimal) == _general(s, decimal)


@pytest.mark.parametrize("s", ["1" * 400, "9" * 310])
def test_a_number_too_big_for_a_float_has_no_value(s: str) -> None:
    assert _number(s) is None
    assert _general(s, ".") is None


@pytest.mark.parametrize("s", ["53,000", "1/2", "2½", "1.5e3", "−4", "24/7", "²"])
def test_other_forms_still_take_the_general_parser(s: str) -> None:
    assert not s.isdecimal()
    assert _number(s) == _general(s, ".")


_MINUS_PIECES = st.sampled_from(["–", "-", "−", " ", "\t", "\n", "(", "2019", "0.2", "%", "x", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MINUS_PIECES, max_size=10).map("".join))
def test_a_loose_minus_is_always_right_after_an_en_dash(text: str) -> None:
    """The reader tests ``text[s - 1 : s] == "–"`` before it calls ``_loose_minus(text, s,
    "–")``: wherever the call holds, the test does."""
    for s in range(len(text) + 1):
        if _loose_minus(text, s, "–"):
            assert text[s - 1 : s] == "–"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Growth was –0.2% in the quarter.", -0.2), ("(–3 points)", -3.0), ("–7 on the day", -7.0)],
)
def test_a_typeset_minus_makes_a_negative(text: str, value: float) -> None:
    assert [f.value for f in find_figures(text)] == [value]


@pytest.mark.parametrize("text", ["in 2019 –20 it grew", "a-5 and b–5"])
def test_a_dash_after_a_number_or_a_letter_is_no_minus(text: str) -> None:
    assert all(f.value is None or f.value >= 0 for f in find_figures(text))
