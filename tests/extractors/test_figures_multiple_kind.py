"""A factor that compares two amounts is a figure of its own kind, ``multiple``, counted in
"times" ("fois"): "three times as many", "five times the size", "ten times more likely",
"trois fois plus de morts", as "twice as many" and "le double de" are; a count of occasions
("hit three times", "three times a week", "trois fois de suite") stays a cardinal of times.

Every sentence is written for this file; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from provenance.enums import FigureKind
from provenance.extractors.figures import figures_frame, find_figures

Row = tuple[str, str, float | None, str | None]


def _rows(text: str, language: str = "en") -> list[Row]:
    return [(f.text, f.kind.value, f.value, f.unit) for f in find_figures(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Three times as many people came.", "en", [("Three", "multiple", 3.0, "times")]),
        ("It is 10 times the size of Wales.", "en", [("10", "multiple", 10.0, "times")]),
        (
            "Smokers are five times more likely to fall ill.",
            "en",
            [("five", "multiple", 5.0, "times")],
        ),
        ("Prices are three times higher.", "en", [("three", "multiple", 3.0, "times")]),
        ("It costs four times less.", "en", [("four", "multiple", 4.0, "times")]),
        ("about three times as much", "en", [("about three", "multiple", 3.0, "times")]),
        ("There were twice as many cases.", "en", [("twice", "multiple", 2.0, "times")]),
        ("Half as many people came.", "en", [("Half", "multiple", 0.5, "times")]),
        ("Twice As Many Voters", "en", [("Twice", "multiple", 2.0, "times")]),
        ("He was twice as well paid.", "en", [("twice", "multiple", 2.0, "times")]),
        ("It won twice the Labour vote.", "en", [("twice", "multiple", 2.0, "times")]),
        ("Il y a trois fois plus de morts.", "fr", [("trois", "multiple", 3.0, "fois")]),
        ("C'est dix fois moins cher.", "fr", [("dix", "multiple", 10.0, "fois")]),
        ("Un taux 5 fois supérieur à la moyenne.", "fr", [("5", "multiple", 5.0, "fois")]),
        ("Il a payé le double de la somme.", "fr", [("double", "multiple", 2.0, "fois")]),
        # a factor named by a suffix or a phrase before it (stop 39; "a tenfold rise" was a
        # cardinal of "rise" before)
        ("Sales saw a tenfold rise.", "en", [("tenfold", "multiple", 10.0, "times")]),
        ("Emissions grew by a factor of 10.", "en", [("10", "multiple", 10.0, "times")]),
        ("Les ventes ont été multipliées par 2,5.", "fr", [("2,5", "multiple", 2.5, "fois")]),
    ],
)
def test_a_factor_that_compares_is_a_multiple(
    text: str, language: str, expected: list[Row]
) -> None:
    """A count of times before a word of comparison is a factor, never an amount."""
    assert _rows(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("He was hit three times.", "en", [("three", "cardinal", 3.0, "times")]),
        ("They meet three times a week.", "en", [("three", "cardinal", 3.0, "times")]),
        ("He tried three times, the last in May.", "en", [("three", "cardinal", 3.0, "times")]),
        ("She voted 3 times.", "en", [("3", "cardinal", 3.0, "times")]),
        ("Il a gagné trois fois de suite.", "fr", [("trois", "cardinal", 3.0, "fois")]),
        ("He was hit twice.", "en", []),
        # "as" opening a role or a clause: no comparison
        ("He won the cup four times as a player.", "en", [("four", "cardinal", 4.0, "times")]),
        ("It fell four times as Leeds lost.", "en", [("four", "cardinal", 4.0, "times")]),
        ("He came on twice as a replacement.", "en", []),
    ],
)
def test_counts_of_occasions_stay_cardinals(text: str, language: str, expected: list[Row]) -> None:
    """A count of times with no comparison after it counts occasions."""
    assert _rows(text, language) == expected


def test_a_multiple_keeps_exact_bounds_in_the_table() -> None:
    """A multiple's row has its value as both bounds, as an exact cardinal's has."""
    frame = figures_frame("Three times as many people came.")
    row = frame.iloc[0]
    assert (row["kind"], row["value"], row["lower"], row["upper"]) == (
        FigureKind.MULTIPLE.value,
        3.0,
        3.0,
        3.0,
    )
