"""Number forms of English and French copy: a decimal point in words, a whole number and a
fraction, nouns holding a number word, decade words with their part, "a day after", and
scores between two names.

Each family has the forms that must read as one figure, with their value and kind,
and the neighbours that must not change.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import FigureKind
from provenance.extractors.figures import find_figures
from tests.extractors.figure_helpers import figs, only

K = FigureKind


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("La tige mesure 4 virgule 5 cm.", "4 virgule 5", 4.5),
        ("Le taux est de 12 virgule 25.", "12 virgule 25", 12.25),
        ("Il reste 3 virgule 07 litres.", "3 virgule 07", 3.07),
        ("Il ajoute virgule 5 cm.", "virgule 5", 0.5),
        ("Sept virgule huit.", "Sept virgule huit", 7.8),
    ],
)
def test_french_written_decimal_point(text: str, surface: str, value: float) -> None:
    f = only(text, "fr")
    assert (f.text, f.value) == (surface, pytest.approx(value))


def test_written_point_is_not_english() -> None:
    """ "match point 5" is no decimal in English copy."""
    assert [v for _, _, v in figs("It was match point 5 times.")] == [5.0]


@given(st.integers(0, 999), st.integers(0, 999))
def test_french_written_point_reads_the_digits(whole: int, frac: int) -> None:
    f = only(f"Il mesure {whole} virgule {frac} mètres.", "fr")
    assert f.value == pytest.approx(float(f"{whole}.{frac}"))
    assert f.text == f"{whole} virgule {frac}"


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        ("Versez 2 et 1/2 tasses de lait.", "fr", "2 et 1/2", 2.5),
        ("Il faut 1 et 3/4 de litre.", "fr", "1 et 3/4", 1.75),
        ("Add 1 and 1/3 cups of flour.", "en", "1 and 1/3", 4 / 3),
    ],
)
def test_whole_number_and_fraction(text: str, language: str, surface: str, value: float) -> None:
    f = only(text, language)
    assert (f.text, f.value) == (surface, pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Entre 2 et 3/4 des votants.", "fr", [2.0, 0.75]),  # a range's two ends
        ("It rose between 1 and 3/4 of a point.", "en", [1.0, 0.75]),
        ("Il a 2 et 7/4 pommes.", "fr", [2.0]),  # no proper fraction: not one number
    ],
)
def test_whole_number_and_fraction_neighbours(
    text: str, language: str, values: list[float]
) -> None:
    got = [f for f in find_figures(text, language=language) if f.kind is not K.IDENTIFIER]
    assert [f.value if f.value is not None else f.lower for f in got][: len(values)] == values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Elle a fait un quatre-quarts au citron.", "fr"),
        ("Un mille-feuille, s'il vous plaît.", "fr"),
        ("He is known for a one-liner.", "en"),
        ("One cannot say that.", "en"),
        ("One can't be sure.", "en"),
    ],
)
def test_no_figure_in_nouns_and_pronoun_one(text: str, language: str) -> None:
    assert figs(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Elle a cuit deux quatre-quarts.", "fr", [("deux", "cardinal", 2.0)]),
        ("He wrote three one-liners.", "en", [("three", "cardinal", 3.0)]),
        ("Il a quatre quarts de la mise.", "fr", [("quatre quarts", "cardinal", 1.0)]),
        ("One cat sat down.", "en", [("One", "cardinal", 1.0)]),
    ],
)
def test_number_word_neighbours(
    text: str, language: str, expected: list[tuple[str, str, float]]
) -> None:
    assert figs(text, language) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Back in the early Nineties, it grew.", "early Nineties", 1990),
        ("In the late seventies, it fell.", "late seventies", 1970),
        ("Since the mid-eighties.", "mid-eighties", 1980),
        ("During the Nineties, it grew.", "Nineties", 1990),
    ],
)
def test_decade_words_take_their_part(text: str, surface: str, value: float) -> None:
    f = only(text)
    assert (f.text, f.kind, f.value, f.lower, f.upper) == (surface, K.YEAR, value, value, value + 9)


def test_age_decade_takes_its_part() -> None:
    """ "in his early thirties" is an age, not years; its part is in its span, as in "the
    early 1990s" (stop 39: the wire guideline's surface holds the qualifier, "early 30s")."""
    assert figs("He was in his early thirties.") == [("early thirties", "cardinal", 30.0)]


@pytest.mark.parametrize(
    "text",
    [
        "A day after the vote, he left.",
        "She called him a week later.",
        "Sales fell from a year earlier.",
        "It began a month before the deal.",
    ],
)
def test_a_unit_told_from_another_time_is_no_figure(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It lasted a day.", [("a day", "duration", 1.0)]),
        ("Less than a week after the vote.", [("Less than a week", "duration", 1.0)]),
        ("Half a day later, he came.", [("Half a day", "duration", 0.5)]),
    ],
)
def test_a_unit_neighbours(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Final: Brazil 3-2 Germany.", "en", [3.0, 2.0]),
        ("Résultat : Nantes 0-1 Rennes.", "fr", [0.0, 1.0]),
    ],
)
def test_score_between_two_names(text: str, language: str, values: list[float]) -> None:
    assert [v for _, _, v in figs(text, language)] == values


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("It runs 10-12 weeks.", 10.0, 12.0),  # no names: a range
        ("the 1-2 Italy", 1.0, 2.0),  # a lower-case word before
    ],
)
def test_pair_without_two_names_is_a_range(text: str, lower: float, upper: float) -> None:
    f = find_figures(text)[0]
    assert (f.lower, f.upper) == (lower, upper)
