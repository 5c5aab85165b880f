"""Issue 6, second pass: forms of the language found by the generated properties.

Each family has the forms that must read as one figure and the neighbours that
must not change: names, articles, units, lists.
"""

from __future__ import annotations

import pytest

from provenance.enums import FigureKind
from provenance.extractors.figures import find_figures
from tests.extractors.figure_helpers import figs, only

K = FigureKind


@pytest.mark.parametrize(
    ("text", "language", "surface", "kind", "value"),
    [
        # a bare "cent" or "mille" after a bigger scale word
        ("Ils étaient quatre mille cent cinq.", "fr", "quatre mille cent cinq", K.CARDINAL, 4105),
        (
            "Le quatre mille cent cinquième jour.",
            "fr",
            "quatre mille cent cinquième",
            K.ORDINAL,
            4105,
        ),
        ("Ils étaient deux millions mille.", "fr", "deux millions mille", K.CARDINAL, 2_001_000),
        # "second" after hundred or a scale word
        ("The one hundred and second congress.", "en", "one hundred and second", K.ORDINAL, 102),
        ("Its two hundred second day.", "en", "two hundred second", K.ORDINAL, 202),
        # French ordinal suffixes
        ("Le 2me étage.", "fr", "2me", K.ORDINAL, 2),
        ("Le 2ᵉ tour.", "fr", "2ᵉ", K.ORDINAL, 2),
        ("Le 1ᵉʳ tour.", "fr", "1ᵉʳ", K.ORDINAL, 1),
        ("Les 3es rencontres.", "fr", "3es", K.ORDINAL, 3),
        # Roman ordinals
        ("Au XXIe siècle.", "fr", "XXIe", K.ORDINAL, 21),
        ("Au XIXᵉ siècle.", "fr", "XIXᵉ", K.ORDINAL, 19),
        # "la Ve République" is a name, and so is "le IIIe arrondissement" (since stop 41, as
        # "the 94th District")
        ("Le IIIe millénaire.", "fr", "IIIe", K.ORDINAL, 3),
        ("François Ier régnait.", "fr", "Ier", K.ORDINAL, 1),
        # fractions and dozens
        ("La moitié des gens.", "fr", "moitié", K.CARDINAL, 0.5),
        ("Deux douzaines d'œufs.", "fr", "Deux douzaines", K.CARDINAL, 24),
        # a half after a time unit
        ("Deux heures et demie.", "fr", "Deux heures et demie", K.DURATION, 2.5),
        ("Il y a un an et demi.", "fr", "un an et demi", K.DURATION, 1.5),
        ("Two hours and a half later.", "en", "Two hours and a half", K.DURATION, 2.5),
        ("Il y a un an.", "fr", "un an", K.DURATION, 1),
        # scales
        ("Ils étaient 12 billions.", "fr", "12 billions", K.CARDINAL, 12e12),
        ("1.5 lakh people came.", "en", "1.5 lakh", K.CARDINAL, 150_000),
        ("five lakh people came.", "en", "five lakh", K.CARDINAL, 500_000),
        ("It cost Rs 2,500 crore.", "en", "Rs 2,500 crore", K.MONEY, 2.5e10),
        ("It cost ₹10 lakh crore.", "en", "₹10 lakh crore", K.MONEY, 1e13),
        (
            "It cost 1.5 thousand million dollars.",
            "en",
            "1.5 thousand million dollars",
            K.MONEY,
            1.5e9,
        ),
        # digit groups
        ("They counted 83,12,021 ballots.", "en", "83,12,021", K.CARDINAL, 8_312_021),
        ("It cost Rs 5,00,000.", "en", "Rs 5,00,000", K.MONEY, 500_000),
        ("Ils étaient 1'234'567.", "fr", "1'234'567", K.CARDINAL, 1_234_567),
        ("Ils étaient 1’234’567,5.", "fr", "1’234’567,5", K.CARDINAL, 1_234_567.5),
        ("Ils étaient 1.234.567.", "fr", "1.234.567", K.CARDINAL, 1_234_567),
        # French typography: no-break and narrow spaces
        ("Une hausse de 5\u00a0% cette année.", "fr", "5\u00a0%", K.PERCENT, 5),
        ("Une hausse de 5\u202f% cette année.", "fr", "5\u202f%", K.PERCENT, 5),
        ("It rose 5\u00a0% this year.", "en", "5\u00a0%", K.PERCENT, 5),
        ("Il a 5\u202fans.", "fr", "5\u202fans", K.DURATION, 5),
        ("Ils sont 2500\u202fmillions.", "fr", "2500\u202fmillions", K.CARDINAL, 2.5e9),
    ],
)
def test_forms_read_as_one_figure(
    text: str, language: str, surface: str, kind: FigureKind, value: float
) -> None:
    """Each form is one figure with its kind and value."""
    f = only(text, language)
    assert (f.text, f.kind, f.value) == (surface, kind, pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # lists stay lists
        ("mille, cent", "fr", [("mille", "cardinal", 1000.0), ("cent", "cardinal", 100.0)]),
        (
            "million, thousand",
            "en",
            [("million", "cardinal", 1e6), ("thousand", "cardinal", 1000.0)],
        ),
        # "et" joins a tens word to un, une, onze only
        ("Cinquante et cinq.", "fr", [("Cinquante", "cardinal", 50.0), ("cinq", "cardinal", 5.0)]),
        ("soixante et onze", "fr", [("soixante et onze", "cardinal", 71.0)]),
        # a hyphenated length, a plural and an article keep their time reading
        ("a hundred-second delay", "en", [("a hundred-second", "duration", 100.0)]),
        ("one hundred seconds", "en", [("one hundred seconds", "duration", 100.0)]),
        # the time unit a fraction is a part of is no ordinal; "a second term" is
        ("A thousandth of a second.", "en", [("A thousandth", "cardinal", 0.001)]),
        ("Un millième de seconde.", "fr", [("Un millième", "cardinal", 0.001)]),
        ("The prospect of a second referendum.", "en", [("second", "ordinal", 2.0)]),
        ("Une seconde fois.", "fr", [("seconde", "ordinal", 2.0)]),
        # articles, names and bare Roman numerals
        ("Un homme est venu.", "fr", []),
        ("Le Monde et Le Figaro.", "fr", []),
        ("Ce que De Gaulle a dit à Me Dupont.", "fr", []),
        ("Louis XIV est roi.", "fr", []),
        ("World War II ended.", "en", []),
        # a half needs its article in English
        (
            "Two hours and half the night.",
            "en",
            [("Two hours", "duration", 2.0), ("half", "cardinal", 0.5)],
        ),
        # feet and inches are not a Swiss group (one height, 70 in); four-digit dates
        # are not French groups
        ("He is 5'10\" tall.", "en", [("5'10\"", "cardinal", 70.0)]),
        ("It was 12,345.", "en", [("12,345", "cardinal", 12345.0)]),
        ("Il a couru 5 m.", "fr", [("5", "cardinal", 5.0)]),
        ("Il pèse 5 g.", "fr", [("5", "cardinal", 5.0)]),
        ("Ils étaient 4,7 M.", "fr", [("4,7", "cardinal", 4.7)]),
    ],
)
def test_neighbours_keep_their_reading(
    text: str, language: str, expected: list[tuple[str, str, float]]
) -> None:
    """Lists, articles, names, units and time lengths next to the new forms are unchanged."""
    assert figs(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "surface", "value", "code"),
    [
        ("It paid CA$5 for it.", "en", "CA$5", 5.0, "CAD"),
        ("It paid JP¥500 for it.", "en", "JP¥500", 500.0, "JPY"),
        ("It paid CN¥500 for it.", "en", "CN¥500", 500.0, "CNY"),
        ("It paid 5,000 USD for it.", "en", "5,000 USD", 5000.0, "USD"),
        ("It paid 5 CA$ for it.", "en", "5 CA$", 5.0, "CAD"),
        ("It cost 30M USD.", "en", "30M USD", 30e6, "USD"),
        ("Il a coûté 12 $.", "fr", "12 $", 12.0, "USD"),
        ("Il a coûté 12 $US.", "fr", "12 $US", 12.0, "USD"),
        ("Il a coûté 12 $\u00a0US.", "fr", "12 $\u00a0US", 12.0, "USD"),
        ("Il a coûté 12 $CA.", "fr", "12 $CA", 12.0, "CAD"),
        ("Il a coûté 8 312 021 JPY.", "fr", "8 312 021 JPY", 8_312_021.0, "JPY"),
        ("Il a coûté 5\u202f€.", "fr", "5\u202f€", 5.0, "EUR"),
        ("Il a coûté 30 M$.", "fr", "30 M$", 30e6, "USD"),
        ("Il a coûté 150 M€.", "fr", "150 M€", 150e6, "EUR"),
        ("Il a coûté 12 k€.", "fr", "12 k€", 12e3, "EUR"),
        ("Il a coûté 5 G$.", "fr", "5 G$", 5e9, "USD"),
        ("Il a coûté 1,5 Md $US.", "fr", "1,5 Md $US", 1.5e9, "USD"),
        ("Il a coûté quarante millions d'euros.", "fr", "quarante millions d'euros", 4e7, "EUR"),
        ("Il a coûté trois milliards de dollars.", "fr", "trois milliards de dollars", 3e9, "USD"),
    ],
)
def test_currency_forms(text: str, language: str, surface: str, value: float, code: str) -> None:
    """CLDR symbols before and after the amount, ISO codes after it, scale letters before it."""
    f = only(text, language)
    assert (f.text, f.kind, f.value, f.unit) == (surface, K.MONEY, value, code)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Give it a try 5 try.", "en"),  # codes are written in capitals
        ("It paid 5,000 usd for it.", "en"),
        ("Ils sont trois millions de personnes.", "fr"),  # "de" + a noun: no currency
    ],
)
def test_not_money(text: str, language: str) -> None:
    """A lower-case code or a counted noun after "de" is no currency."""
    assert [f.kind for f in find_figures(text, language=language)] == [K.CARDINAL]


@pytest.mark.parametrize(
    ("text", "language", "surface", "lower", "upper", "kind"),
    [
        (
            "between forty and eighty-five people",
            "en",
            "between forty and eighty-five",
            40,
            85,
            K.CARDINAL,
        ),
        (
            "between forty and fifty percent",
            "en",
            "between forty and fifty percent",
            40,
            50,
            K.PERCENT,
        ),
        (
            "Entre cinq cent cinquante et cinq cent quatre-vingt-dix-neuf morts.",
            "fr",
            "Entre cinq cent cinquante et cinq cent quatre-vingt-dix-neuf",
            550,
            599,
            K.CARDINAL,
        ),
        ("Entre dix et vingt pour cent.", "fr", "Entre dix et vingt pour cent", 10, 20, K.PERCENT),
    ],
)
def test_ranges_in_words(
    text: str, language: str, surface: str, lower: float, upper: float, kind: FigureKind
) -> None:
    """ "between X and Y" spelled in words is one range with both ends."""
    f = only(text, language)
    assert (f.text, f.lower, f.upper, f.kind) == (surface, lower, upper, kind)


def test_and_without_between_is_two_figures() -> None:
    """Without "between", "forty and fifty people" stays two figures sharing the unit."""
    assert figs("forty and fifty people", "en") == [
        ("forty", "cardinal", 40.0),
        ("fifty", "cardinal", 50.0),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "lower", "upper", "approximate"),
    [
        ("Près d'un million de personnes.", "Près d'un million", None, None, True),
        ("Plus d'un million de personnes.", "Plus d'un million", 1e6, None, False),
        ("Plus d’une centaine de personnes.", "Plus d’une centaine", 100.0, None, True),
        ("Moins d'une centaine de personnes.", "Moins d'une centaine", None, 100.0, True),
    ],
)
def test_french_elided_qualifiers(
    text: str, surface: str, lower: float | None, upper: float | None, approximate: bool
) -> None:
    """ "de" elides before a vowel: "près d'un", "plus d'une" keep their bounds."""
    f = only(text, "fr")
    assert (f.text, f.lower, f.upper, f.approximate) == (surface, lower, upper, approximate)


@pytest.mark.parametrize(
    ("text", "surface", "lower", "upper"),
    [
        ("Depuis les années 1990.", "1990", 1990.0, 1999.0),
        ("Dans les années 80, tout a changé.", "80", 1980.0, 1989.0),
        ("La musique des années 2000.", "2000", 2000.0, 2009.0),
    ],
)
def test_french_decades(text: str, surface: str, lower: float, upper: float) -> None:
    """ "les années 1990" is the decade 1990-1999, like English "the 1990s"."""
    f = only(text, "fr")
    assert (f.text, f.kind, f.lower, f.upper) == (surface, K.YEAR, lower, upper)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a 80 ans.", [("80 ans", "duration", 80.0)]),
        ("Les années 1995 et 1996.", [("1995", "year", 1995.0), ("1996", "year", 1996.0)]),
    ],
)
def test_french_decade_neighbours(text: str, expected: list[tuple[str, str, float]]) -> None:
    """An age and a year that does not end a decade keep their reading."""
    assert figs(text, "fr") == expected
