"""A time unit after a word of age is an age, not a duration: "died aged 16 years", "at the
age of 90 years", "aged about 12 years" read as "16 years old" does, as French "âgé de 34
ans" already did; "for 16 years", "managed 16 years" and "Ice Age 3 years later" stay
durations.

Every sentence is written for this file; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from provenance.extractors.figures import find_figures

Row = tuple[str, str, float | None, str | None, bool]


def _rows(text: str) -> list[Row]:
    return [(f.text, f.kind.value, f.value, f.unit, f.approximate) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He died aged 16 years.", [("16 years", "cardinal", 16.0, "years old", False)]),
        ("She died at the age of 90 years.", [("90 years", "cardinal", 90.0, "years old", False)]),
        (
            "The girl, aged 12 years, was found.",
            [("12 years", "cardinal", 12.0, "years old", False)],
        ),
        (
            "The boy, aged about 12 years, was found.",
            [("about 12 years", "cardinal", 12.0, "years old", True)],
        ),
        (
            "Babies aged 16 months were tested.",
            [("16 months", "cardinal", 16.0, "months old", False)],
        ),
        (
            "Children aged 5 years and under go free.",
            [("5 years", "cardinal", 5.0, "years old", False)],
        ),
        ("He left at age 16 years.", [("16 years", "cardinal", 16.0, "years old", False)]),
    ],
)
def test_a_time_unit_after_a_word_of_age_is_an_age(text: str, expected: list[Row]) -> None:
    """ "aged", "at age", "the age of" before a count of years make an age in years."""
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was jailed for 16 years.", [("16 years", "duration", 16.0, "year", False)]),
        ("He has managed 16 years in the job.", [("16 years", "duration", 16.0, "year", False)]),
        ("He engaged 3 years ago.", [("3 years", "duration", 3.0, "year", False)]),
        ("The Ice Age 3 years later.", [("3 years", "duration", 3.0, "year", False)]),
        ("A man aged 45 was held.", [("45", "cardinal", 45.0, "years old", False)]),
        ("a 9-year-old girl", [("9-year-old", "cardinal", 9.0, "years old", False)]),
    ],
)
def test_neighbours_keep_their_reading(text: str, expected: list[Row]) -> None:
    """A time unit after any other word stays a duration; bare ages and "-year-old" stay."""
    assert _rows(text) == expected
