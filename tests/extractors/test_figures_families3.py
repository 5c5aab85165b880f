"""Issue 6, item 2: general forms of English number writing that were read wrong.

Each family has the forms that must read as one figure, with their value and kind,
and the neighbours that must not change.
"""

from __future__ import annotations

import pytest

from provenance.enums import FigureKind
from provenance.extractors.figures import find_figures
from tests.extractors.figure_helpers import figs, only

K = FigureKind


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value"),
    [
        ("It took one-and-a-half years.", "one-and-a-half years", K.DURATION, 1.5),
        ("A two-and-a-half-hour meeting.", "two-and-a-half-hour", K.DURATION, 2.5),
        ("A three-and-a-half-year sentence.", "three-and-a-half-year", K.DURATION, 3.5),
        ("It grew four-and-a-half times.", "four-and-a-half", K.CARDINAL, 4.5),
        ("One-and-a-half million people fled.", "One-and-a-half million", K.CARDINAL, 1.5e6),
        ("It took one and a half years.", "one and a half years", K.DURATION, 1.5),
    ],
)
def test_hyphenated_mixed_numbers(text: str, surface: str, kind: K, value: float) -> None:
    f = only(text)
    assert (f.text, f.kind) == (surface, kind)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" stays a pronoun; a fraction or an ordinal before a hyphen stays itself
        ("It was one-sided.", []),
        ("One of them left.", []),
        ("A one-off payment.", []),
        ("A fifth-generation jet.", [("fifth", "ordinal", 5.0)]),
        ("Three-quarters of voters.", [("Three-quarters", "cardinal", 0.75)]),
        ("A two-thirds majority.", [("two-thirds", "cardinal", 2 / 3)]),
    ],
)
def test_hyphenated_mixed_number_neighbours(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert figs(text) == [(s, k, pytest.approx(v)) for s, k, v in expected]


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        ("He paid rupees 40,000 in fees.", "rupees 40,000", "INR", 40_000),
        ("He paid euros 40,000.", "euros 40,000", "EUR", 40_000),
        ("Tickets cost dollars 12.50 each.", "dollars 12.50", "USD", 12.5),
        ("He paid Rs 40,000.", "Rs 40,000", "INR", 40_000),
        ("A deal worth euros 5 million.", "euros 5 million", "EUR", 5e6),
    ],
)
def test_currency_word_before_an_amount(text: str, surface: str, unit: str, value: float) -> None:
    f = only(text)
    assert (f.text, f.kind, f.unit, f.value) == (surface, K.MONEY, unit, value)


@pytest.mark.parametrize(
    "text",
    [
        "The dollars 500 fee.",  # no digit groups, no cents: not written as an amount
        "Billions of dollars 10,000 miles away.",  # the currency word after "of"
        "He was paid in dollars 2,000 times.",  # a unit after the number
        "He won 40,000 votes.",  # "won" names money only with a scale
    ],
)
def test_currency_word_before_a_number_neighbours(text: str) -> None:
    assert all(f.kind is not K.MONEY for f in find_figures(text, language="en"))


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A 1/4th share of the land.", "1/4th", 0.25),
        ("A 1/3rd share.", "1/3rd", 1 / 3),
        ("A 1/4 share.", "1/4", 0.25),
    ],
)
def test_fraction_with_an_ordinal_suffix(text: str, surface: str, value: float) -> None:
    f = only(text)
    assert (f.text, f.kind) == (surface, K.CARDINAL)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Open 24/7.", "24/7", K.IDENTIFIER),
        ("After 9/11.", "9/11", K.IDENTIFIER),
        ("A 4th-floor flat.", "4th", K.ORDINAL),
        ("A 4x4 vehicle.", "4x4", K.IDENTIFIER),
    ],
)
def test_fraction_with_an_ordinal_suffix_neighbours(text: str, surface: str, kind: K) -> None:
    found = [(f.text, f.kind) for f in find_figures(text, language="en")]
    assert found[:1] == [(surface, kind)] or (surface, kind) in found


@pytest.mark.parametrize(
    ("text", "surface", "value", "lower", "upper"),
    [
        ("Music of the '80s.", "'80s", 1980, 1980, 1989),
        ("Music of the 1980s.", "1980s", 1980, 1980, 1989),
        ("Music of the 80s.", "80s", 1980, 1980, 1989),
        ("Prices of the mid-90s.", "mid-90s", 1990, 1990, 1999),  # "mid" is the qualifier
        ("In the late 70s, it grew.", "late 70s", 1970, 1970, 1979),
    ],
)
def test_two_digit_decades_after_the_are_years(
    text: str, surface: str, value: float, lower: float, upper: float
) -> None:
    f = only(text)
    assert (f.text, f.kind, f.value) == (surface, K.YEAR, value)
    assert (f.lower, f.upper) == (lower, upper)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("A woman in her 80s.", "80s", K.CARDINAL),  # an age
        ("The 80 people left.", "80", K.CARDINAL),
        ("Their 20s were hard.", "20s", K.CARDINAL),
        ("His rating remains in the 30s.", "30s", K.CARDINAL),  # a level, not the 1930s
        ("Unemployment is in the mid-30s.", "mid-30s", K.CARDINAL),  # its part (stop 39)
    ],
)
def test_two_digit_decade_neighbours(text: str, surface: str, kind: K) -> None:
    f = only(text)
    assert (f.text, f.kind) == (surface, kind)


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        ("It was written in nineteen eighty-four.", "en", "nineteen eighty-four", 1984),
        ("She was born in twenty twenty-two.", "en", "twenty twenty-two", 2022),
        ("It closed in two thousand and eight.", "en", "two thousand and eight", 2008),
        ("In nineteen ninety-nine, he left.", "en", "nineteen ninety-nine", 1999),
        ("Not since nineteen forty-five.", "en", "nineteen forty-five", 1945),
        ("Built in nineteen hundred and five.", "en", "nineteen hundred and five", 1905),
        ("Due by twenty thirty.", "en", "twenty thirty", 2030),
        ("Built in nineteen oh five.", "en", "nineteen oh five", 1905),
        ("En deux mille huit, il partit.", "fr", "deux mille huit", 2008),
        (
            "Né en mille neuf cent quatre-vingt-quatre.",
            "fr",
            "mille neuf cent quatre-vingt-quatre",
            1984,
        ),
    ],
)
def test_years_spoken_after_a_preposition(
    text: str, language: str, surface: str, value: float
) -> None:
    f = only(text, language)
    assert (f.text, f.kind, f.value) == (surface, K.YEAR, value)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In twenty minutes.", "en", [("twenty minutes", "duration", 20.0)]),
        ("In two thousand homes.", "en", [("two thousand", "cardinal", 2000.0)]),
        ("Up by twenty per cent.", "en", [("twenty per cent", "percent", 20.0)]),
        (
            "In one thousand five hundred cases.",
            "en",
            [("one thousand five hundred", "cardinal", 1500.0)],
        ),
        (
            "In one thousand five hundred.",
            "en",
            [("one thousand five hundred", "cardinal", 1500.0)],
        ),
        ("Rose by twenty five.", "en", [("twenty five", "cardinal", 25.0)]),
        (
            "In nineteen oh fifty.",  # "oh" stands for a zero before one digit only
            "en",
            [("nineteen", "cardinal", 19.0), ("fifty", "cardinal", 50.0)],
        ),
        (
            # no preposition, but a century head no clock hour can be (13-20) and two more
            # digits: one year, as said (stop 31; two numbers before)
            "Nineteen eighty-four is a novel.",
            "en",
            [("Nineteen eighty-four", "year", 1984.0)],
        ),
        (
            "Eleven thirty is late.",  # a clock time when said: no year, two numbers
            "en",
            [("Eleven", "cardinal", 11.0), ("thirty", "cardinal", 30.0)],
        ),
        ("En deux mille exemplaires.", "fr", [("deux mille", "cardinal", 2000.0)]),
    ],
)
def test_spoken_year_neighbours(
    text: str, language: str, expected: list[tuple[str, str, float]]
) -> None:
    assert figs(text, language) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Music of the eighties.", "eighties", 1980),
        ("In the early Nineties, it grew.", "early Nineties", 1990),
        ("Since the mid-sixties.", "mid-sixties", 1960),
    ],
)
def test_decades_in_words_after_the_are_years(text: str, surface: str, value: float) -> None:
    f = only(text)
    assert (f.text, f.kind, f.value) == (surface, K.YEAR, value)
    assert (f.lower, f.upper, f.normalized) == (value, value + 9, f"{int(value) // 10}X")


@pytest.mark.parametrize(
    "text",
    ["The Roaring Twenties.", "Eighties music is back.", "Over thirties fail."],
)
def test_decade_word_neighbours(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "unit"),
    [
        ("I ran 15-and-a-half miles.", "15-and-a-half", K.CARDINAL, 15.5, "miles"),
        ("I ran 15 and a half miles.", "15 and a half", K.CARDINAL, 15.5, "miles"),
        ("It lasted 2 and a half years.", "2 and a half years", K.DURATION, 2.5, "year"),
        ("A 2-and-a-half-hour wait.", "2-and-a-half-hour", K.DURATION, 2.5, "hour"),
        (
            "Some 2 and a half million people.",
            "Some 2 and a half million",
            K.CARDINAL,
            2.5e6,
            "people",
        ),
    ],
)
def test_digits_and_a_half(text: str, surface: str, kind: K, value: float, unit: str) -> None:
    f = only(text)
    assert (f.text, f.kind, f.value, f.unit) == (surface, kind, value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 2 and 3 people.", [("Between 2 and 3", "cardinal", None)]),
        ("Rooms 5 and a halfway house.", [("5", "cardinal", 5.0)]),
        ("Scores of 2 and a 3.", [("2", "cardinal", 2.0), ("3", "cardinal", 3.0)]),
    ],
)
def test_digits_and_a_half_neighbours(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    found = [(s, k, None if v != v else v) for s, k, v in figs(text)]
    assert found == expected
