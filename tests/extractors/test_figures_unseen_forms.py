"""Number forms of news copy from outlets the dev sets do not hold: fiscal years, times,
rates, multipliers, fractions with ordinal plurals, proportions; and their neighbours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures


def _figs(text: str, language: str = "en") -> list[tuple[str, str, float | None]]:
    return [(f.text, f.kind.value, f.value) for f in find_figures(text, language=language)]


def _bounds(text: str, language: str = "en") -> list[tuple[str, float | None, float | None]]:
    return [(f.text, f.lower, f.upper) for f in find_figures(text, language=language)]


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("sales in fiscal 2003/4 rose", "2003/4", 2003.0, 2004.0),
        ("in 2009/0 the", "2009/0", 2009.0, 2010.0),
        ("in 2003-4 the", "2003-4", 2003.0, 2004.0),
        ("sales in 2003/04 rose", "2003/04", 2003.0, 2004.0),
        ("sales in 2003-04 rose", "2003-04", 2003.0, 2004.0),
        ("l'exercice 2003-2004 a", "2003-2004", 2003.0, 2004.0),
    ],
)
def test_fiscal_years_with_a_short_tail_are_spans(
    text: str, surface: str, first: float, last: float
) -> None:
    assert _bounds(text, "fr" if "exercice" in text else "en") == [(surface, first, last)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one digit only for the next year: not a fiscal year, not a fraction
        ("2003/5 sales", [("2003/5", "identifier", None)]),
        ("in 2003-5 the", [("2003", "year", 2003.0), ("5", "cardinal", 5.0)]),
    ],
)
def test_a_one_digit_tail_that_is_not_the_next_year(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _figs(text) == expected


@pytest.mark.parametrize(
    "text", ["at 6AM on Monday", "at 6 AM on Monday", "at 6 A.M. on Monday", "by 10 PM."]
)
def test_capital_am_pm_is_a_time_of_day(text: str) -> None:
    [(_, kind, value)] = _figs(text)
    assert (kind, value) == ("time", None)


def test_capital_am_is_not_a_time_without_a_number() -> None:
    assert _figs("AM radio and PM shows") == []


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("a speed of 512kbps", "512kbps", "kbps"),
        ("a link of 100Mbps", "100Mbps", "Mbps"),
        ("a 1 Gbps link", "1", "Gbps"),
        ("drove at 100mph", "100mph", "mph"),
    ],
)
def test_data_rates_are_measures(text: str, surface: str, unit: str) -> None:
    [f] = find_figures(text, language="en")
    assert (f.text, f.kind.value, f.unit) == (surface, "cardinal", unit)


@pytest.mark.parametrize("text", ["the 5G network", "a 4G phone"])
def test_network_generations_stay_identifiers(text: str) -> None:
    assert [k for _, k, _ in _figs(text)] == ["identifier"]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("2/3rds of voters", "2/3rds", 2 / 3), ("3/4ths of it", "3/4ths", 0.75)],
)
def test_fraction_with_a_plural_ordinal_denominator(text: str, surface: str, value: float) -> None:
    [(surface_, kind, value_)] = _figs(text)
    assert (surface_, kind) == (surface, "cardinal")
    assert value_ == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("a tenfold increase", "tenfold", 10.0),
        ("prices rose threefold", "threefold", 3.0),
        ("a twentyfold rise", "twentyfold", 20.0),
        ("a 10-fold rise", "10-fold", 10.0),
        ("a ten-fold rise", "ten-fold", 10.0),
    ],
)
def test_multipliers_are_their_number(text: str, surface: str, value: float) -> None:
    """A "-fold" word is its number, a factor (kind multiple since stop 39, as "three times
    as many"; it was a cardinal before)."""
    assert _figs(text) == [(surface, "multiple", value)]


@pytest.mark.parametrize("text", ["a manifold rise", "the fold of the paper", "unfold it"])
def test_fold_alone_or_in_other_words_is_no_number(text: str) -> None:
    assert _figs(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("un sur cinq adultes", "fr", [("un sur cinq", 0.2)]),
        ("un sur 5 adultes", "fr", [("un sur 5", 0.2)]),
        ("one in five adults", "en", [("one in five", 0.2)]),
        ("nine out of 10 people", "en", [("nine out of 10", 0.9)]),
    ],
)
def test_proportions_are_one_share(
    text: str, language: str, expected: list[tuple[str, float]]
) -> None:
    """A proportion is one figure, its share (the wire guideline: "one in 10" is 0.1)."""
    assert [(s, v) for s, _, v in _figs(text, language)] == expected


@pytest.mark.parametrize("text", ["un sur le toit", "un homme est venu", "un sur la table, deux"])
def test_french_article_un_before_sur_without_a_number_stays_an_article(text: str) -> None:
    assert [s for s, _, _ in _figs(text, "fr")] in ([], ["deux"])


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("rose 5-10% last year", "en", ("5-10%", 5.0, 10.0)),
        ("between 5 and 10 people", "en", ("between 5 and 10", 5.0, 10.0)),
        ("a $5-6bn deal", "en", ("$5-6bn", 5e9, 6e9)),
        ("in the 1990s", "en", ("1990s", 1990.0, 1999.0)),
        ("dans les années 1990", "fr", ("1990", 1990.0, 1999.0)),
        ("entre 5 et 10 personnes", "fr", ("entre 5 et 10", 5.0, 10.0)),
    ],
)
def test_ranges_and_decades_already_read(
    text: str, language: str, expected: tuple[str, float, float]
) -> None:
    assert _bounds(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [("after World War II", "en"), ("King Henry VIII", "en"), ("Louis XIV régnait", "fr")],
)
def test_roman_numerals_in_names_are_no_figures(text: str, language: str) -> None:
    assert _figs(text, language) == []


def test_french_roman_century_is_an_ordinal() -> None:
    assert _figs("au XXe siècle", "fr") == [("XXe", "ordinal", 20.0)]


@given(st.integers(1600, 2098))
def test_next_year_tail_always_makes_a_span(year: int) -> None:
    for sep in "/-":
        text = f"in {year}{sep}{(year + 1) % 10} the"
        [(surface, lower, upper)] = _bounds(text)
        assert (lower, upper) == (float(year), float(year + 1))
        assert surface == f"{year}{sep}{(year + 1) % 10}"


@pytest.mark.parametrize(
    ("text", "language", "surfaces"),
    [
        ("profit in the third quarter of 2024 rose", "en", ["third", "2024"]),
        ("sales in the fourth quarter of 2016 fell", "en", ["fourth", "2016"]),
        ("the final quarter of the year", "en", []),
        ("the last quarter of 2016", "en", ["2016"]),
        ("the same quarter of last year", "en", []),
        ("le dernier quart du siècle", "fr", []),
    ],
)
def test_a_quarter_of_a_period_after_an_ordinal_is_no_fraction(
    text: str, language: str, surfaces: list[str]
) -> None:
    assert [s for s, _, _ in _figs(text, language)] == surfaces


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("a quarter of voters", "en", [("a quarter", 0.25)]),
        ("three quarters of the vote", "en", [("three quarters", 0.75)]),
        ("un quart des électeurs", "fr", [("un quart", 0.25)]),
    ],
)
def test_a_quarter_of_a_count_is_still_a_fraction(
    text: str, language: str, expected: list[tuple[str, float]]
) -> None:
    assert [(s, v) for s, _, v in _figs(text, language)] == expected
