"""Decades of a measure or an age, heights and weights in two units, ages, codes (numbers11).

Each family has the forms that must read one way and the neighbours that must not change.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures


def figs(text: str) -> list[tuple[str, str, float | None, str | None]]:
    """(text, kind, value, unit) of every figure of ``text``."""
    return [(f.text, f.kind.value, f.value, f.unit) for f in find_figures(text)]


def bounds(text: str) -> list[tuple[str, str, float | None, float | None]]:
    """(text, kind, lower, upper) of every figure of ``text``."""
    return [(f.text, f.kind.value, f.lower, f.upper) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decade after a noun of measure is a level, not years
        ("Temperatures in the 80s.", [("80s", "cardinal", 80.0, 89.0)]),
        ("Temperatures will reach the 80s on Friday.", [("80s", "cardinal", 80.0, 89.0)]),
        ("temperatures in the twenties", [("twenties", "cardinal", 20.0, 29.0)]),
        (
            "With life expectancy now around the mid-70s, we",
            [("mid-70s", "cardinal", 70.0, 79.0)],  # its part in its span (stop 39)
        ),
        ("highs in the 90s Fahrenheit", [("90s", "cardinal", 90.0, 99.0)]),
        # an age
        ("a woman in her 80s", [("80s", "cardinal", 80.0, 89.0)]),
        ("a man in his eighties", [("eighties", "cardinal", 80.0, 89.0)]),
        ("until his mid-thirties, when", [("mid-thirties", "cardinal", 30.0, 39.0)]),
    ],
)
def test_decade_of_a_measure_or_an_age(
    text: str, expected: list[tuple[str, str, float, float]]
) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the 80s, disco ruled", [("80s", "year", 1980.0, 1989.0)]),
        ("the '80s", [("'80s", "year", 1980.0, 1989.0)]),
        ("the mid-90s", [("mid-90s", "year", 1990.0, 1999.0)]),
        ("levels last seen in the eighties, before", [("eighties", "year", 1980.0, 1989.0)]),
        ("in the 1980s", [("1980s", "year", 1980.0, 1989.0)]),
        # a preposition of time keeps years after a measure
        ("Temperatures have risen since the 80s.", [("80s", "year", 1980.0, 1989.0)]),
        ("Life expectancy has risen since the seventies", [("seventies", "year", 1970.0, 1979.0)]),
        # a measure in another sentence does not count
        ("Temperatures fell. In the 80s, disco ruled.", [("80s", "year", 1980.0, 1989.0)]),
        # a capitalized decade word mid-sentence is a name
        ("the Roaring Twenties were", []),
    ],
)
def test_decade_neighbours_stay_years(
    text: str, expected: list[tuple[str, str, float, float]]
) -> None:
    assert bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is 5ft 10in tall", [("5ft 10in", "cardinal", 70.0, "in")]),
        ("He is 6 ft 2 in tall", [("6 ft 2 in", "cardinal", 74.0, "in")]),
        ("He is 5'10\" tall", [("5'10\"", "cardinal", 70.0, "in")]),
        ("he's like 6’2”,” Rubio said", [("6’2”", "cardinal", 74.0, "in")]),
        ("described as 5ft 9ins tall", [("5ft 9ins", "cardinal", 69.0, "in")]),
        ("He stood 6 feet 2 inches.", [("6 feet 2 inches", "cardinal", 74.0, "in")]),
        ("he weighed 14st 7lb", [("14st 7lb", "cardinal", 203.0, "lb")]),
        ("a baby of 7lb 4oz", [("7lb 4oz", "cardinal", 116.0, "oz")]),
    ],
)
def test_compound_measures_are_one_figure(
    text: str, expected: list[tuple[str, str, float, str]]
) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he is 6ft tall", [("6ft", "cardinal", 6.0, "ft")]),
        # 13 inches are more than a foot: two figures
        ("he is 5ft 13in", [("5ft", "cardinal", 5.0, "ft"), ("13in", "cardinal", 13.0, "in")]),
        ("the song '5' and '10'", [("5", "cardinal", 5.0, None), ("10", "cardinal", 10.0, None)]),
        ("5'10 is", [("5", "cardinal", 5.0, None), ("10", "cardinal", 10.0, None)]),
        ("the 21st century", [("21st", "ordinal", 21.0, None)]),
    ],
)
def test_compound_neighbours(text: str, expected: list[tuple[str, str, float, str | None]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 9-year-old boy", [("9-year-old", "cardinal", 9.0, "years old")]),
        ("the 9-year-old's mother", [("9-year-old", "cardinal", 9.0, "years old")]),
        ("a 12-year-old girl", [("12-year-old", "cardinal", 12.0, "years old")]),
        ("the nine-year-old girl", [("nine-year-old", "cardinal", 9.0, "years old")]),
        ("He is 10 years old.", [("10 years old", "cardinal", 10.0, "years old")]),
        ("a 15-month-old boy", [("15-month-old", "cardinal", 15.0, "months old")]),
        (
            "two 16-year-olds",
            [("two", "cardinal", 2.0, None), ("16-year-olds", "cardinal", 16.0, "years old")],
        ),
        (
            "for three and four-year-olds to 15 hours",
            [
                ("three", "cardinal", 3.0, "years old"),
                ("four-year-olds", "cardinal", 4.0, "years old"),
                ("15 hours", "duration", 15.0, "hour"),
            ],
        ),
    ],
)
def test_ages(text: str, expected: list[tuple[str, str, float, str]]) -> None:
    assert figs(text) == expected


def test_age_ranges() -> None:
    [f] = find_figures("aimed at 11 to 14-year-olds, will")
    assert (f.text, f.lower, f.upper, f.unit) == ("11 to 14-year-olds", 11.0, 14.0, "years old")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for 20 years, old friends", [("20 years", "duration", 20.0, "year")]),
        ("a 10-year plan", [("10-year", "duration", 10.0, "year")]),
        ("three years older", [("three years", "duration", 3.0, "year")]),
        (
            "won 6-4 and 18-year-old Mirza",
            [
                ("6", "cardinal", 6.0, None),
                ("4", "cardinal", 4.0, None),
                ("18-year-old", "cardinal", 18.0, "years old"),
            ],
        ),
    ],
)
def test_age_neighbours(text: str, expected: list[tuple[str, str, float, str | None]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("ISBN 978-3-16-148410-0 is", "ISBN 978-3-16-148410-0"),
        ("ISBN-13: 978-0-306-40615-7 is", "ISBN-13: 978-0-306-40615-7"),
        ("ISBN 0-306-40615-2.", "ISBN 0-306-40615-2"),
        ("ISSN 0317-847X", "ISSN 0317-847X"),
        ("the iPhone 15 launch", "iPhone 15"),
        ("Shameless (Channel 4) and", "Channel 4"),
        ("the “Chapter 19” system", "Chapter 19"),
    ],
)
def test_codes_are_identifiers(text: str, written: str) -> None:
    [f] = find_figures(text)
    assert (f.text, f.kind.value) == (written, "identifier")


def test_code_neighbours() -> None:
    assert figs("a book's ISBN number on the site") == []
    assert figs("ISBN numbers: 2,000 books") == [("2,000", "cardinal", 2000.0, "books")]
    assert figs("the iphone 15 cases") == [("15", "cardinal", 15.0, "cases")]


@given(st.integers(1, 8), st.integers(0, 11))
def test_feet_and_inches_are_inches(feet: int, inches: int) -> None:
    for text in (f"He is {feet}ft {inches}in tall", f"He is {feet}'{inches}\" tall"):
        [f] = find_figures(text)
        assert (f.value, f.unit) == (feet * 12 + inches, "in")


@given(st.integers(2, 99))
def test_an_n_year_old_is_an_age(n: int) -> None:
    [f] = find_figures(f"The {n}-year-old was arrested.")
    assert (f.kind.value, f.value, f.unit) == ("cardinal", float(n), "years old")
