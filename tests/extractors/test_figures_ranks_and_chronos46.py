"""Stop 46's general rules, as invariants: a number sign's number is a rank after a
determiner and a name otherwise; "9 s 58" is one race time; an amount's counted noun before
"a day" makes a rate; a bare "half" after "the" is a period."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.figures.scan import find_figures
from provenance.lexicon.numbers import number_lexicon


def _figures(text: str, language: str = "en") -> list[tuple[str, str, float | None]]:
    return [(f.text, f.kind.value, f.value) for f in find_figures(text, language=language)]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=500), st.sampled_from(["seed", "official", "player"]))
def test_number_sign_after_a_determiner_is_a_rank(n: int, noun: str) -> None:
    """ "the No. 3 seed": one ordinal, the number."""
    assert _figures(f"She beat the No. {n} {noun} on Sunday.") == [(f"No. {n}", "ordinal", n)]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=99999))
def test_number_sign_after_a_noun_is_a_name(n: int) -> None:
    """ "Resolution No. 2334", "le train n° 17854": a name's number, no figure."""
    assert [k for _, k, _ in _figures(f"Resolution No. {n} was adopted.")] == ["identifier"]
    assert [k for _, k, _ in _figures(f"Le train n° {n} est supprimé.", "fr")] == ["identifier"]
    assert [k for _, k, _ in _figures(f"Le train n°{n} est supprimé.", "fr")] == ["identifier"]


@pytest.mark.parametrize(
    "text",
    ["He wore the No. 10 shirt.", "A No 10 spokesman declined to comment.", "Take the No. 73 bus."],
)
def test_number_sign_names_that_stay_names(text: str) -> None:
    """A shirt's or a line's number, and Downing Street's, are no rank."""
    assert [k for _, k, _ in _figures(text)] == ["identifier"]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=99))
def test_seconds_and_hundredths_are_one_time(whole: int, hundredths: int) -> None:
    """ "en 9 s 58": one duration of 9.58 seconds, whatever the digits."""
    text = f"Il a gagné en {whole} s {hundredths:02d}."
    figs = find_figures(text, language="fr")
    assert len(figs) == 1
    assert figs[0].kind.value == "duration"
    assert figs[0].unit == "second"
    assert figs[0].value == pytest.approx(whole + hundredths / 100)
    assert text[figs[0].start : figs[0].end] == f"{whole} s {hundredths:02d}"


def test_seconds_before_other_numbers_stay_apart() -> None:
    """One digit, or a word after the two, is no hundredths: "12 s 3 fois"."""
    assert [t for t, _, _ in _figures("Il a mis 12 s 3 fois.", "fr")] == ["12 s", "3"]


@settings(deadline=None)
@given(
    st.sampled_from(["barrels", "tonnes", "passengers", "cars"]),
    st.sampled_from(["day", "year", "week", "month"]),
)
def test_counted_amount_before_a_unit_is_a_rate(noun: str, unit: str) -> None:
    """ "1.2 million barrels a day": the amount only; "a day" is the rate's unit."""
    assert _figures(f"Output reached 1.2 million {noun} a {unit}.") == [
        ("1.2 million", "cardinal", 1.2e6)
    ]


def test_a_unit_after_a_preposition_still_counts() -> None:
    """ "for a year" is still one year (a duration), no rate."""
    assert _figures("He was jailed for a year.") == [("a year", "duration", 1.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit fell 3% for the half.", [("3%", "percent", 3.0)]),
        ("Profit in the half to June rose.", []),
        ("He kept the half of the estate.", [("half", "cardinal", 0.5)]),
        ("Half the staff left.", [("Half", "cardinal", 0.5)]),
    ],
)
def test_the_half_without_of_is_a_period(text: str, expected: list[tuple[str, str, float]]) -> None:
    """A bare "the half" is a half year; with "of", or without "the", a share."""
    assert _figures(text) == expected


def test_rank_words_are_lexicon_data() -> None:
    """The signs and their determiners come from the lexicon of each language."""
    for lang in ("en", "fr"):
        lex = number_lexicon(lang)
        assert lex.rank_marks
        assert lex.rank_mark_before
    assert "No." in number_lexicon("en").rank_marks
    assert "n°" in number_lexicon("fr").rank_marks
