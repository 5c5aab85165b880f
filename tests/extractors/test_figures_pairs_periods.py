"""Scores, even splits, round-the-clock idioms, periods and numbered names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import FigureKind
from provenance.extractors.figures import find_figures

K = FigureKind


def _show(text: str, language: str = "en") -> list[tuple[str, str, float | None]]:
    return [(f.text, f.kind.value, f.value) for f in find_figures(text, language=language)]


def _bounds(text: str, language: str = "en") -> list[tuple[str, float | None, float | None]]:
    return [(f.text, f.lower, f.upper) for f in find_figures(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("They lost 17-24 to the Jets.", "en"),
        ("It was a 1-2 defeat at home.", "en"),
        ("United won 3-1 at home.", "en"),
        ("Spain beat Italy 1-2 on Sunday.", "en"),
        ("She fell 6-7 (5-7), 6-4, 6-3 in the final.", "en"),
        ("The court ruled in a 4-5 decision.", "en"),
        ("Lyon a perdu 1-3 dimanche.", "fr"),
        ("une défaite 0-2 à domicile", "fr"),
    ],
)
def test_a_score_is_one_figure_each_side_not_a_range(text: str, language: str) -> None:
    figs = find_figures(text, language=language)
    pairs = [f for f in figs if f.kind is K.CARDINAL]
    assert pairs
    assert all(f.lower == f.upper == f.value for f in pairs)
    assert all("-" not in f.text for f in pairs)
    assert all(f.unit is None for f in pairs)  # "defeat", "decision" are no counted noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("aged 18-24, 25-34 and 35-44", [("18-24", 18, 24), ("25-34", 25, 34), ("35-44", 35, 44)]),
        ("expected to win 20-30 seats", [("20-30", 20, 30)]),
        ("led to 5-10 deaths", [("5-10", 5, 10)]),
        ("pages 10-20", [("10-20", 10, 20)]),
        ("rose 5-10 percent", [("5-10 percent", 5, 10)]),
        ("children aged 5-11 years", [("5-11 years", 5, 11)]),
        ("scored 2-3 goals a game", [("2-3", 2, 3)]),
    ],
)
def test_ranges_beside_scores_stay_ranges(
    text: str, expected: list[tuple[str, float, float]]
) -> None:
    assert _bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("an even 50-50 split with the Democrats", "50-50"),
        ("The odds are 50-50.", "50-50"),
        ("a 50/50 chance", "50/50"),
        ("une chance sur deux, 50-50", "50-50"),
    ],
)
def test_fifty_fifty_is_one_even_split(text: str, surface: str) -> None:
    language = "fr" if "chance sur" in text else "en"
    assert [(f.text, f.value) for f in find_figures(text, language=language)][-1:] == [
        (surface, 50.0)
    ]


def test_fifty_fifty_neighbours_are_not_splits() -> None:
    assert _bounds("between 50-60 people") == [("between 50-60", 50, 60)]
    assert _show("a 50-40 vote") == [("50", "cardinal", 50.0), ("40", "cardinal", 40.0)]


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("ouvert 24 h/24", "fr", "24 h/24"),
        ("ouvert 24h/24 et 7j/7", "fr", "24h/24"),
        ("ouvert 24h/24 et 7j/7", "fr", "7j/7"),
        ("open 24/7", "en", "24/7"),
        ("after 9/11, security", "en", "9/11"),
    ],
)
def test_round_the_clock_and_named_dates_are_no_figures(
    text: str, language: str, surface: str
) -> None:
    assert (surface, "identifier", None) in _show(text, language)


def test_a_unit_slash_another_number_is_a_rate_not_the_idiom() -> None:
    # "24 h/48" is no idiom: the numbers differ
    assert ("24 h/24", "identifier", None) not in _show("tous les 24 h/48", "fr")
    assert _show("3/4 de litre", "fr") == [("3/4", "cardinal", 0.75)]


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind", "value", "normalized"),
    [
        ("Sales rose in Q3 2024 at home.", "en", "Q3 2024", "date", 2024.0, "2024-Q3"),
        ("in H1 2024", "en", "H1 2024", "date", 2024.0, "2024-H1"),
        ("au T3 2024", "fr", "T3 2024", "date", 2024.0, "2024-Q3"),
        ("au S1 2023", "fr", "S1 2023", "date", 2023.0, "2023-H1"),
        ("FY2024 profit", "en", "FY2024", "year", 2024.0, "FY2024"),
        ("FY24 profit", "en", "FY24", "year", 2024.0, "FY2024"),
    ],
)
def test_periods_with_a_year_are_dates(
    text: str, language: str, surface: str, kind: str, value: float, normalized: str
) -> None:
    figs = [f for f in find_figures(text, language=language) if f.text == surface]
    assert [(f.kind.value, f.value, f.normalized) for f in figs] == [(kind, value, normalized)]


@pytest.mark.parametrize(
    "text",
    # "Revenue rose in Q3." is a date with no year since stop 31 (test_figures_news_forms.py)
    ["the Q5 2024 plan", "an H3 2024 unit", "the q3 2024 plan", "G7 2024", "an Audi Q3 car"],
)
def test_period_neighbours_are_not_dates(text: str) -> None:
    assert all(f.kind is not K.DATE for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "language", "surface", "lower", "upper"),
    [
        ("in the late 1990s", "en", "late 1990s", 1990, 1999),
        ("the early 2000s", "en", "early 2000s", 2000, 2009),
        ("by the mid-2020s", "en", "mid-2020s", 2020, 2029),
        ("in late 2013, he", "en", "late 2013", 2013, 2013),
        ("in the 1980s", "en", "1980s", 1980, 1989),
        ("à la mi-2020", "fr", "mi-2020", 2020, 2020),
        ("fin 2013, il", "fr", "fin 2013", 2013, 2013),
    ],
)
def test_parts_of_a_decade_or_year_belong_to_it(
    text: str, language: str, surface: str, lower: float, upper: float
) -> None:
    assert _bounds(text, language)[-1] == (surface, lower, upper)


def test_parts_words_before_other_numbers_stay_out() -> None:
    assert _show("he was 30 minutes late 20 times") == [
        ("30", "duration", 30.0),
        ("20", "cardinal", 20.0),
    ] or all(not f.text.startswith("late") for f in find_figures("he was late 20 times"))
    assert [f.text for f in find_figures("the late 20 votes")] == ["20"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("World War 2 ended", "World War 2"),
        ("a Ligue 1 side", "Ligue 1"),
        ("Formula 1 racing", "Formula 1"),
        ("Windows 11 launched", "Windows 11"),
        ("the Artemis 2 crew", "Artemis 2"),
        ("a Boeing 737 crashed", "Boeing 737"),
    ],
)
def test_numbered_names_are_identifiers(text: str, surface: str) -> None:
    assert (surface, "identifier") in [(f.text, f.kind.value) for f in find_figures(text)]


def test_numbered_name_words_lower_case_stay_figures() -> None:
    assert _show("a world war 2 years ago") == [("2 years", "duration", 2.0)]


@given(st.integers(0, 999), st.integers(0, 999))
def test_every_dash_pair_keeps_both_numbers(a: int, b: int) -> None:
    text = f"They won {a}-{b} at home."
    figs = find_figures(text)
    values = {v for f in figs for v in (f.value, f.lower, f.upper) if v is not None}
    assert {float(a), float(b)} <= values
    assert all(text[f.start : f.end] == f.text for f in figs)


@given(
    st.sampled_from(["early", "mid-", "late", "Early", "mid ", "début", "fin", "mi-"]),
    st.sampled_from(["1990s", "'80s", "70s", "2013", "1980"]),
)
def test_a_year_part_keeps_the_value_within_the_bounds(part: str, year: str) -> None:
    sep = "" if part.endswith(("-", " ")) else " "
    for language in ("en", "fr"):
        for f in find_figures(f"in the {part}{sep}{year} era", language=language):
            if f.value is not None and f.lower is not None and f.upper is not None:
                assert f.lower <= f.value <= f.upper
