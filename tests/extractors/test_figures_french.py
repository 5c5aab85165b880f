"""French figures (issue 6): digits, words, qualifiers, currencies, dates; unknown languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import FigureKind
from provenance.extractors.figures import figures_frame, find_figures
from provenance.extractors.records import FigureSpan

K = FigureKind


def fr(text: str, surface: str) -> FigureSpan:
    """The figure of French ``text`` whose surface is ``surface``."""
    figs = {f.text: f for f in find_figures(text, language="fr")}
    assert surface in figs, list(figs)
    return figs[surface]


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value"),
    [
        ("Ils étaient 53 000 soldats.", "53 000", K.CARDINAL, 53_000.0),
        ("Ils étaient 53\u00a0000 soldats.", "53\u00a0000", K.CARDINAL, 53_000.0),
        ("Ils étaient 53\u202f000 soldats.", "53\u202f000", K.CARDINAL, 53_000.0),
        ("Le déficit atteint 1,5 milliard.", "1,5 milliard", K.CARDINAL, 1.5e9),
        ("Une hausse de 3,2 % sur un an.", "3,2 %", K.PERCENT, 3.2),
        ("Il a 2,75 points de pourcentage.", "2,75 points de pourcentage", K.PERCENT, 2.75),
        ("cinquante-trois mille soldats", "cinquante-trois mille", K.CARDINAL, 53_000.0),
        ("Il a quatre-vingt-dix-sept ans.", "quatre-vingt-dix-sept ans", K.DURATION, 97.0),
        ("soixante et onze députés", "soixante et onze", K.CARDINAL, 71.0),
        ("trente-et-une bougies", "trente-et-une", K.CARDINAL, 31.0),
        ("le cinquième jour", "cinquième", K.ORDINAL, 5.0),
        ("le 1er tour", "1er", K.ORDINAL, 1.0),
        ("au 2e tour", "2e", K.ORDINAL, 2.0),
        ("les deux tiers des voix", "deux tiers", K.CARDINAL, 2 / 3),
        ("un et demi litre", "un et demi", K.CARDINAL, 1.5),
        # after a scale word the half is of the scale ("a million and a half")
        ("un million et demi de réfugiés", "un million et demi", K.CARDINAL, 1.5e6),
        ("deux milliards et demi de dettes", "deux milliards et demi", K.CARDINAL, 2.5e9),
        ("mille et demi de fidèles", "mille et demi", K.CARDINAL, 1500.0),
        ("douze virgule cinq mètres", "douze virgule cinq", K.CARDINAL, 12.5),
        ("Il fait moins 4 degrés.", "moins 4", K.CARDINAL, -4.0),
        ("une trentaine de personnes", "une trentaine", K.CARDINAL, 30.0),
        # "pour 100" is the older way to write a percent
        ("Il a obtenu 25 pour 100 des voix.", "25 pour 100", K.PERCENT, 25.0),
        ("soit 7,5 pour 100.", "7,5 pour 100", K.PERCENT, 7.5),
    ],
)
def test_french_numbers(sentence: str, surface: str, kind: FigureKind, value: float) -> None:
    """French digits (space groups, decimal comma), words, ordinals and fractions."""
    f = fr(sentence, surface)
    assert (f.kind, f.value) == (kind, pytest.approx(value))


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "upper", "approximate"),
    [
        ("environ 53 000 soldats", "environ 53 000", None, None, True),
        ("plus de 1 000 morts", "plus de 1 000", 1000.0, None, False),
        ("près de 200 personnes", "près de 200", None, None, True),
        ("au moins 12 blessés", "au moins 12", 12.0, None, False),
        ("au moins trois blessés", "au moins trois", 3.0, None, False),
        ("jusqu'à 40 000 personnes", "jusqu'à 40 000", None, 40_000.0, False),
        ("jusqu’à 40 000 personnes", "jusqu’à 40 000", None, 40_000.0, False),
        ("entre 10 et 20 morts", "entre 10 et 20", 10.0, 20.0, False),
        ("de 3 000 à 4 000 soldats", "3 000 à 4 000", 3000.0, 4000.0, False),
    ],
)
def test_french_qualifiers_and_ranges(
    sentence: str, surface: str, lower: float | None, upper: float | None, approximate: bool
) -> None:
    """French qualifiers set the bounds and the approximate flag; ranges keep both ends."""
    f = fr(sentence, surface)
    assert (f.lower, f.upper, f.approximate) == (lower, upper, approximate)


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "code"),
    [
        ("Il a coûté 53 millions d'euros.", "53 millions d'euros", 53e6, "EUR"),
        (
            "Une dette de trois milliards et demi d'euros.",
            "trois milliards et demi d'euros",
            3.5e9,
            "EUR",
        ),
        ("Il a coûté 53 millions d’euros.", "53 millions d’euros", 53e6, "EUR"),
        ("un budget de 20 millions de dollars", "20 millions de dollars", 20e6, "USD"),
        ("ils ont payé 300 €", "300 €", 300.0, "EUR"),
        ("ils ont payé 5 dollars", "5 dollars", 5.0, "USD"),
        ("un prêt de 2 milliards de livres sterling", "2 milliards de livres sterling", 2e9, "GBP"),
        ("10 dollars canadiens", "10 dollars canadiens", 10.0, "CAD"),
    ],
)
def test_french_money(sentence: str, surface: str, value: float, code: str) -> None:
    """French currency words (CLDR names and the data file) give ISO codes."""
    f = fr(sentence, surface)
    assert (f.kind, f.value, f.unit) == (K.MONEY, value, code)


@pytest.mark.parametrize(
    ("sentence", "surface", "normalized"),
    [
        ("le 22 juin", "22 juin", "--06-22"),
        ("en février 2022", "février 2022", "2022-02"),
        ("le 1er janvier 2023", "1er janvier 2023", "2023-01-01"),
        ("Le 14 Juillet", "14 Juillet", "--07-14"),
    ],
)
def test_french_dates(sentence: str, surface: str, normalized: str) -> None:
    """French dates normalize to ISO 8601 like English ones."""
    f = fr(sentence, surface)
    assert (f.kind, f.normalized) == (K.DATE, normalized)


@pytest.mark.parametrize(
    "sentence",
    ["Un homme a été tué.", "l'un des blessés est mort", "Il a été placé en quarantaine."],
)
def test_french_articles_and_nouns_are_not_figures(sentence: str) -> None:
    """ "un homme", "l'un des", "en quarantaine": an article, a pronoun, a noun."""
    assert find_figures(sentence, language="fr") == ()


@pytest.mark.parametrize(
    ("sentence", "rate", "per"),
    [
        ("un taux de 5 pour 100 000 habitants", "5", "100 000"),
        ("un taux de 5 pour 100\u00a0000 habitants", "5", "100\u00a0000"),
        ("une moyenne de 3 pour 100,5 points", "3", "100,5"),
    ],
)
def test_french_rate_per_hundred_thousand_is_no_percent(sentence: str, rate: str, per: str) -> None:
    """ "5 pour 100 000 habitants" is a rate: no percent, and both numbers whole."""
    assert fr(sentence, rate).kind is K.CARDINAL
    assert fr(sentence, per).kind is K.CARDINAL


def test_french_list_of_numbers_keeps_un() -> None:
    """In a list of numbers, "un" counts: "un, deux, trois"."""
    values = [f.value for f in find_figures("un, deux, trois !", language="fr")]
    assert values == [1.0, 2.0, 3.0]


def test_language_accepts_a_bcp47_tag() -> None:
    """ "fr-FR" and "FR" choose the French lexicon."""
    for tag in ("fr-FR", "FR", "fr_CA"):
        assert [f.value for f in find_figures("environ 1,5 milliard", language=tag)] == [1.5e9]


@pytest.mark.parametrize("language", ["und", "de", "de-DE", "xx"])
def test_unknown_language_reads_digits_only(language: str) -> None:
    """A language without a lexicon gets digits and symbols, never English words."""
    figs = find_figures("about five thousand people paid $53,000 in 2020", language=language)
    assert [f.text for f in figs] == ["$53,000", "2020"]
    assert [f.kind for f in figs] == [K.MONEY, K.YEAR]


def test_default_language_is_english() -> None:
    """Without ``language`` the English lexicon is used, as before issue 6."""
    assert [f.value for f in find_figures("about five thousand")] == [5000.0]
    assert [f.value for f in find_figures("about five thousand", language=None)] == [5000.0]


def test_frame_takes_the_language() -> None:
    """``figures_frame`` passes the language through."""
    frame = figures_frame("environ 53 000 soldats", language="fr")
    assert frame["value"].tolist() == [53_000.0]


@settings(max_examples=50, deadline=None)
@given(
    st.integers(min_value=1000, max_value=999_999_999), st.sampled_from([" ", "\u00a0", "\u202f"])
)
def test_french_grouped_digits_read_back(n: int, space: str) -> None:
    """Digits grouped by any French space read back to the number they write."""
    written = f"{n:,}".replace(",", space)
    figs = find_figures(f"Ils étaient {written} au total.", language="fr")
    assert [(f.text, f.value) for f in figs] == [(written, float(n))]


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="0123456789 ,.%€$abcdeéàmilonrtsu'’-\u00a0\u202f", max_size=60))
def test_french_spans_slice_the_text(text: str) -> None:
    """Whatever the text, French spans are sorted, disjoint and slice the text."""
    figs = find_figures(text, language="fr")
    end = 0
    for f in figs:
        assert text[f.start : f.end] == f.text
        assert f.start >= end
        end = f.end


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("Environ 53 000 soldats russes ont été tués.", "Environ 53 000", "soldats russes"),
        ("3 personnes à Paris", "3", "personnes"),
        ("une trentaine de personnes", "une trentaine", "personnes"),
        ("des milliers de manifestants sont venus", "milliers", "manifestants"),
        ("Il y a 3 Français", "3", None),
    ],
)
def test_french_counted_noun(sentence: str, surface: str, unit: str | None) -> None:
    """What a French number counts: lower-case words up to a stop word of the lexicon."""
    assert fr(sentence, surface).unit == unit
