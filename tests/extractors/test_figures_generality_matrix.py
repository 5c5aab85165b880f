"""A matrix of number forms of news copy, English and French (stop 39): scale letters and
words, dozens, fractions, spoken decimals, signs, ranges, per cent forms, temperatures,
scores, ages, decades, times of day, multipliers, ordinals, approximations, currencies in
many house styles and units; then the neighbours that must not give a figure.

Each row names the figure it asks for by its surface, with its kind, value and unit ("*":
any unit). Every sentence is written for this file from general knowledge of news copy;
none is taken from a corpus or a held-out set.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.extractors.records import FigureSpan

from .figure_helpers import only

ANY = "*"
Row = tuple[str, str, str, float | None, str | None]


def _find(text: str, surface: str, language: str) -> FigureSpan:
    found = find_figures(text, language=language)
    hits = [f for f in found if f.text == surface]
    assert hits, [(f.text, f.kind.value, f.value, f.unit) for f in found]
    return hits[0]


def _check(
    text: str, surface: str, kind: str, value: float | None, unit: str | None, lang: str
) -> None:
    f = _find(text, surface, lang)
    got_value = None if f.value is None else round(f.value, 4)
    want_value = None if value is None else round(value, 4)
    assert (f.kind.value, got_value) == (kind, want_value), (f.kind.value, f.value, f.unit)
    if unit != ANY:
        assert f.unit == unit, f.unit


EN: list[Row] = [
    # scale suffixes and words
    ("Shares of the firm rose to $4.7b on Monday.", "$4.7b", "money", 4.7e9, "USD"),
    ("The company hired 25k workers last year.", "25k", "cardinal", 25000, ANY),
    ("The house sold for 1.5 m pounds.", "1.5 m pounds", "money", 1.5e6, "GBP"),
    ("The deficit reached $3.2tn in 2020.", "$3.2tn", "money", 3.2e12, "USD"),
    ("The club paid £1.5bn for the stadium.", "£1.5bn", "money", 1.5e9, "GBP"),
    ("The firm paid $2 trn.", "$2 trn", "money", 2e12, "USD"),
    ("The firm paid £15k.", "£15k", "money", 15000, "GBP"),
    ("The firm paid $50K.", "$50K", "money", 50000, "USD"),
    ("The firm earned 5 mln dlrs in 1986.", "5 mln dlrs", "money", 5e6, "USD"),
    # dozens, fractions, decimals, words
    ("Two dozen protesters gathered.", "Two dozen", "cardinal", 24, ANY),
    ("Half a dozen people died.", "Half a dozen", "cardinal", 6, ANY),
    ("Dozens of people were injured.", "Dozens", "vague", None, ANY),
    ("Three quarters of voters agreed.", "Three quarters", "cardinal", 0.75, ANY),
    ("Two-fifths of voters agreed.", "Two-fifths", "cardinal", 0.4, ANY),
    ("Prices fell by a third.", "a third", "cardinal", 1 / 3, ANY),
    ("He ran one and a half miles.", "one and a half", "cardinal", 1.5, ANY),
    ("Half a million people marched.", "Half a million", "cardinal", 5e5, ANY),
    ("A quarter of a million people marched.", "A quarter of a million", "cardinal", 2.5e5, ANY),
    ("Shares rose 2 1/2 points.", "2 1/2", "cardinal", 2.5, ANY),
    ("Rates rose 1-1/2 pct.", "1-1/2 pct", "percent", 1.5, "percent"),
    ("Shares rose 1½ points.", "1½", "cardinal", 1.5, ANY),
    ("Turnout rose by .5 percent.", ".5 percent", "percent", 0.5, "percent"),
    ("Growth was three point five percent.", "three point five percent", "percent", 3.5, "percent"),
    ("The toll climbed to forty - one.", "forty - one", "cardinal", 41, ANY),
    ("About 12 hundred people attended.", "About 12 hundred", "cardinal", 1200, ANY),
    ("Tens of thousands of people marched.", "Tens of thousands", "vague", None, ANY),
    # signs
    ("Shares fell -3.5% in early trade.", "-3.5%", "percent", -3.5, "percent"),
    ("The index was up +2 points.", "+2", "cardinal", 2, ANY),
    ("Temperatures fell to minus 5C overnight.", "minus 5C", "cardinal", -5, ANY),
    # ranges (value None, bounds below)
    ("Between 10 and 15 people died.", "Between 10 and 15", "cardinal", None, "people"),
    ("Officials expect 10 to 15 arrivals.", "10 to 15", "cardinal", None, "arrivals"),
    ("The house is worth 1.5m-2m pounds.", "1.5m-2m pounds", "money", None, "GBP"),
    ("The deal is worth $5-6 billion.", "$5-6 billion", "money", None, "USD"),
    # per cent forms
    ("Inflation was 5 per cent.", "5 per cent", "percent", 5, "percent"),
    ("Inflation was 5pc in May.", "5pc", "percent", 5, "percent"),
    ("Inflation was five percent.", "five percent", "percent", 5, "percent"),
    (
        "The party gained 3 percentage points.",
        "3 percentage points",
        "percent",
        3,
        "percentage points",
    ),
    ("Rates rose 25bps.", "25bps", "percent", 25, "basis points"),
    (
        "The Fed raised rates by half a percentage point.",
        "half a percentage point",
        "percent",
        0.5,
        "percentage points",
    ),
    (
        "The Fed cut rates by a quarter of a percentage point.",
        "a quarter of a percentage point",
        "percent",
        0.25,
        "percentage points",
    ),
    ("It took three quarters of an hour.", "three quarters of an hour", "duration", 0.75, "hour"),
    ("He walked a quarter of a mile.", "a quarter of a mile", "cardinal", 0.25, "mile"),
    ("Sales rose by a third to 1.2 million.", "a third", "cardinal", 1 / 3, None),
    ("Sales fell by a fifth from a year earlier.", "a fifth", "cardinal", 0.2, None),
    ("Rates rose 25 basis points.", "25 basis points", "percent", 25, "basis points"),
    ("The rate was 5 pct.", "5 pct", "percent", 5, "percent"),
    # temperatures
    ("Temperatures reached 5°C on Sunday.", "5°C", "cardinal", 5, "°C"),
    ("Highs of 25C are expected.", "25C", "cardinal", 25, ANY),
    ("It was 100F in Phoenix.", "100F", "cardinal", 100, ANY),
    # scores
    ("Arsenal won 3-1 at home.", "3", "cardinal", 3, ANY),
    ("Arsenal won 3-1 at home.", "1", "cardinal", 1, ANY),
    # ages
    ("A man aged 45 was arrested.", "45", "cardinal", 45, "years old"),
    ("A 45-year-old man was arrested.", "45-year-old", "cardinal", 45, "years old"),
    ("He is in his late 40s.", "late 40s", "cardinal", 40, ANY),
    ("She is in her early thirties.", "early thirties", "cardinal", 30, ANY),
    ("Temperatures will hit the mid-30s.", "mid-30s", "cardinal", 30, ANY),
    # decades
    ("In the 1990s, prices rose.", "1990s", "year", 1990, ANY),
    ("In the '90s, prices rose.", "'90s", "year", 1990, ANY),
    ("In the mid-1990s, prices rose.", "mid-1990s", "year", 1990, ANY),
    # times of day
    ("Trading opens at 10:30 GMT.", "10:30", "time", None, ANY),
    ("The vote closes at 3pm.", "3pm", "time", None, ANY),
    # multipliers
    ("Sales rose twofold.", "twofold", "multiple", 2, "times"),
    ("It was a threefold rise.", "threefold", "multiple", 3, "times"),
    ("A 10-fold increase was seen.", "10-fold", "multiple", 10, "times"),
    ("Prices rose 2.5-fold.", "2.5-fold", "multiple", 2.5, "times"),
    ("Shares trade at 15x earnings.", "15x", "multiple", 15, "times"),
    ("Demand rose 3x last year.", "3x", "multiple", 3, "times"),
    ("It is 10 times the size of Wales.", "10", "multiple", 10, "times"),
    ("There were twice as many cases.", "twice", "multiple", 2, "times"),
    # ordinals
    ("It was his 21st title.", "21st", "ordinal", 21, ANY),
    ("It is the third-largest economy.", "third", "ordinal", 3, ANY),
    # a generation's rank, never a fraction (0.2)
    ("It is a fifth-generation jet.", "fifth", "ordinal", 5, ANY),
    ("Second-generation immigrants voted.", "Second", "ordinal", 2, ANY),
    ("It was her 100th goal.", "100th", "ordinal", 100, ANY),
    # approximations and bounds
    ("Some 200 people attended.", "Some 200", "cardinal", 200, "people"),
    ("Roughly 200 people attended.", "Roughly 200", "cardinal", 200, "people"),
    ("Nearly 200 people attended.", "Nearly 200", "cardinal", 200, "people"),
    ("Upwards of 200 people attended.", "Upwards of 200", "cardinal", 200, "people"),
    ("More than 200 people attended.", "More than 200", "cardinal", 200, "people"),
    ("An estimated 200 people died.", "An estimated 200", "cardinal", 200, "people"),
    # currencies
    ("The fund raised US$5m last year.", "US$5m", "money", 5e6, "USD"),
    ("The project costs Rs 500 crore.", "Rs 500 crore", "money", 5e9, "INR"),
    ("He was fined Rs 5 lakh.", "Rs 5 lakh", "money", 5e5, "INR"),
    ("Tickets cost CHF 10 each.", "CHF 10", "money", 10, "CHF"),
    ("The meal cost ¥3,000.", "¥3,000", "money", 3000, "JPY"),
    ("The fine was R$ 2 billion.", "R$ 2 billion", "money", 2e9, "BRL"),
    ("The firm paid A$2.5bn.", "A$2.5bn", "money", 2.5e9, "AUD"),
    ("The firm paid HK$1.2bn.", "HK$1.2bn", "money", 1.2e9, "HKD"),
    ("The firm paid ₹500 crore.", "₹500 crore", "money", 5e9, "INR"),
    ("The firm paid RMB 5 billion.", "RMB 5 billion", "money", 5e9, "CNY"),
    ("The firm paid Mex$3 billion.", "Mex$3 billion", "money", 3e9, "MXN"),
    ("The firm paid MX$3 billion.", "MX$3 billion", "money", 3e9, "MXN"),
    ("The state oil firm paid SR500 million.", "SR500 million", "money", 5e8, "SAR"),
    ("The bank lent 300 million zlotys.", "300 million zlotys", "money", 3e8, "PLN"),
    ("The fine was 300 zł.", "300 zł", "money", 300, "PLN"),
    ("The bank lent 2 billion forints.", "2 billion forints", "money", 2e9, "HUF"),
    ("The bank lent 2 billion Czech crowns.", "2 billion Czech crowns", "money", 2e9, "CZK"),
    ("The bank lent 2 billion Argentine pesos.", "2 billion Argentine pesos", "money", 2e9, "ARS"),
    ("The bank lent 2 billion Chilean pesos.", "2 billion Chilean pesos", "money", 2e9, "CLP"),
    ("The bank lent 2 billion Romanian lei.", "2 billion Romanian lei", "money", 2e9, "RON"),
    ("The bank lent 2 billion Iraqi dinars.", "2 billion Iraqi dinars", "money", 2e9, "IQD"),
    ("The firm paid 3 billion yen.", "3 billion yen", "money", 3e9, "JPY"),
    ("Profit was 25 cts a share.", "25 cts", "money", 0.25, "USD"),
    # units
    ("The team ran 5km on Sunday.", "5km", "cardinal", 5, "km"),
    ("Output was 3.2 million barrels per day.", "3.2 million", "cardinal", 3.2e6, ANY),
    ("The car hit 70 mph.", "70", "cardinal", 70, "mph"),
    ("The fire burned 500 sq km of forest.", "500", "cardinal", 500, "sq km"),
    ("Wind speeds reached 120 km/h.", "120", "cardinal", 120, "km/h"),
    ("Output was 500,000 b/d.", "500,000", "cardinal", 5e5, "b/d"),
    ("A magnitude 7.1 quake struck.", "7.1", "cardinal", 7.1, "magnitude"),
    ("A 7.1-magnitude quake struck.", "7.1-magnitude", "cardinal", 7.1, "magnitude"),
]

FR: list[Row] = [
    ("Le projet coûte 1,5 milliard d'euros.", "1,5 milliard d'euros", "money", 1.5e9, "EUR"),
    ("Le groupe a levé 2,5 Mrd € l'an dernier.", "2,5 Mrd €", "money", 2.5e9, "EUR"),
    ("Le budget atteint 2,5 Mds€.", "2,5 Mds€", "money", 2.5e9, "EUR"),
    ("Le contrat vaut 300 M$.", "300 M$", "money", 3e8, "USD"),
    ("Le chantier coûte 1,5 Md€.", "1,5 Md€", "money", 1.5e9, "EUR"),
    ("Le groupe a perdu 2 M€.", "2 M€", "money", 2e6, "EUR"),
    ("Le prix est de CHF 1'200.", "CHF 1'200", "money", 1200, "CHF"),
    ("Le prix est de 5 000 FCFA.", "5 000 FCFA", "money", 5000, "XOF"),
    ("La banque a prêté 300 millions de zlotys.", "300 millions de zlotys", "money", 3e8, "PLN"),
    ("La banque a prêté 2 milliards de forints.", "2 milliards de forints", "money", 2e9, "HUF"),
    ("L'inflation a atteint 3,2 % en mai.", "3,2 %", "percent", 3.2, "percent"),
    ("Le taux est de 12 pour cent.", "12 pour cent", "percent", 12, "percent"),
    ("Le chômage a reculé de -3,5 %.", "-3,5 %", "percent", -3.5, "percent"),
    (
        "Le taux a augmenté de 2 points de pourcentage.",
        "2 points de pourcentage",
        "percent",
        2,
        "percentage points",
    ),
    ("Une hausse de 25 points de base.", "25 points de base", "percent", 25, "basis points"),
    ("La ville compte 53 000 habitants.", "53 000", "cardinal", 53000, "habitants"),
    ("Quelque 200 personnes ont manifesté.", "Quelque 200", "cardinal", 200, "personnes"),
    ("Une trentaine de manifestants ont été arrêtés.", "Une trentaine", "cardinal", 30, ANY),
    ("Des dizaines de personnes ont été blessées.", "dizaines", "vague", None, ANY),
    ("Un millier de personnes ont défilé.", "Un millier", "cardinal", 1000, ANY),
    ("La moitié des électeurs se sont abstenus.", "moitié", "cardinal", 0.5, ANY),
    ("Deux tiers des Français sont d'accord.", "Deux tiers", "cardinal", 2 / 3, ANY),
    ("Un demi-million de personnes ont défilé.", "Un demi-million", "cardinal", 5e5, ANY),
    ("Une douzaine d'œufs ont été vendus.", "Une douzaine", "cardinal", 12, ANY),
    ("Le 1er janvier, les prix ont augmenté.", "1er janvier", "date", None, ANY),
    ("Au XXIe siècle, tout change.", "XXIe", "ordinal", 21, ANY),
    ("C'est la troisième économie du monde.", "troisième", "ordinal", 3, ANY),
    ("Il a remporté son 21e titre.", "21e", "ordinal", 21, ANY),
    ("C'est la 1ère fois.", "1ère", "ordinal", 1, ANY),
    ("Un avion de cinquième génération a décollé.", "cinquième", "ordinal", 5, ANY),
    ("La réunion commence à 15 h 30.", "15 h 30", "time", None, ANY),
    ("La réunion a lieu à 3h30.", "3h30", "time", None, ANY),
    ("Environ 3 000 personnes sont mortes.", "Environ 3 000", "cardinal", 3000, "personnes"),
    ("Plus de 3 000 personnes sont mortes.", "Plus de 3 000", "cardinal", 3000, "personnes"),
    ("Entre 10 et 15 personnes sont mortes.", "Entre 10 et 15", "cardinal", None, "personnes"),
    ("Il fait moins 5 degrés.", "moins 5", "cardinal", -5, ANY),
    ("Un homme âgé de 45 ans a été arrêté.", "45 ans", "cardinal", 45, "years old"),
    ("Les années 1990 ont été difficiles.", "1990", "year", 1990, ANY),
    ("Soixante-dix personnes sont mortes.", "Soixante-dix", "cardinal", 70, ANY),
    ("Septante personnes sont mortes.", "Septante", "cardinal", 70, ANY),
    ("Il y a trois fois plus de morts.", "trois", "multiple", 3, "fois"),
    ("Les ventes ont été multipliées par 2,5.", "2,5", "multiple", 2.5, "fois"),
    ("Le chiffre a été multiplié par trois en dix ans.", "trois", "multiple", 3, "fois"),
    ("La vitesse est limitée à 130 km/h.", "130", "cardinal", 130, "km/h"),
    ("La surface est de 5 000 km².", "5 000", "cardinal", 5000, "km²"),
    ("Un séisme de magnitude 6,2 a frappé.", "6,2", "cardinal", 6.2, "magnitude"),
    ("La ville compte 1,2 million d'habitants.", "1,2 million", "cardinal", 1.2e6, ANY),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit"), EN)
def test_english_news_forms(
    text: str, surface: str, kind: str, value: float | None, unit: str | None
) -> None:
    _check(text, surface, kind, value, unit, "en")


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit"), FR)
def test_french_news_forms(
    text: str, surface: str, kind: str, value: float | None, unit: str | None
) -> None:
    _check(text, surface, kind, value, unit, "fr")


@pytest.mark.parametrize(
    ("text", "language", "surface", "lower", "upper"),
    [
        ("Between 10 and 15 people died.", "en", "Between 10 and 15", 10, 15),
        ("Some 10-15 people were hurt.", "en", "Some 10-15", 10, 15),
        ("The house is worth 1.5m-2m pounds.", "en", "1.5m-2m pounds", 1.5e6, 2e6),
        ("The deal is worth $5-6 billion.", "en", "$5-6 billion", 5e9, 6e9),
        ("He is in his late 40s.", "en", "late 40s", 40, 49),
        ("De 10 à 15 personnes sont mortes.", "fr", "10 à 15", 10, 15),
    ],
)
def test_ranges_have_both_bounds(
    text: str, language: str, surface: str, lower: float, upper: float
) -> None:
    f = _find(text, surface, language)
    assert (f.lower, f.upper) == (lower, upper)


# Figures proper: what the wire guideline counts (identifiers, times and markers are not).
FIGURE_KINDS = {
    "cardinal",
    "ordinal",
    "percent",
    "money",
    "date",
    "year",
    "duration",
    "vague",
    "multiple",
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The COVID-19 pandemic spread.", "en"),
        ("The G7 leaders met.", "en"),
        ("He drives a 4x4.", "en"),
        ("The Boeing 737 crashed.", "en"),
        ("Since the 9/11 attacks, security rose.", "en"),
        ("Call 020 7946 0958 for details.", "en"),
        ("Call 1-800-555-0199 now.", "en"),
        ("Call +44 20 7946 0958 now.", "en"),
        ("The F-35 is expensive.", "en"),
        ("He wore the No. 10 shirt.", "en"),
        ("She lives at 10 Downing Street.", "en"),
        ("The embassy is at 24 Grosvenor Square.", "en"),
        ("The Fifth Avenue store closed.", "en"),
        ("Article 50 was triggered.", "en"),
        ("Le Boeing 737 s'est écrasé.", "fr"),
        ("Appelez le 01 23 45 67 89.", "fr"),
        ("Le G20 se réunit.", "fr"),
        ("Le Covid-19 circule.", "fr"),
        ("Il habite au 10, rue de Rivoli.", "fr"),
        ("Il habite 55 rue du Faubourg-Saint-Honoré.", "fr"),
        ("Le siège est au 12 avenue Foch.", "fr"),
    ],
)
def test_names_codes_and_addresses_give_no_figure(text: str, language: str) -> None:
    found = [
        (f.text, f.kind.value)
        for f in find_figures(text, language=language)
        if f.kind.value in FIGURE_KINDS
    ]
    assert found == []


# --- what the matrix turned up, with the neighbours each must leave alone -------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("He wrote to 12 Wall Street banks.", "en", [("12", "cardinal", "Wall Street banks")]),
        ("He owns 3 Main Street shops.", "en", [("3", "cardinal", "Main Street shops")]),
        ("In 2024 Wall Street rallied.", "en", [("2024", "year", None)]),
        ("Il a réparé 12 rues de la ville.", "fr", [("12", "cardinal", "rues")]),
        ("The COP26 summit opened.", "en", [("COP26", "identifier", None)]),
        ("La COP21 a eu lieu à Paris.", "fr", [("COP21", "identifier", None)]),
        ("It folds 10 times.", "en", [("10", "cardinal", "times")]),
        ("Par trois fois, il a gagné.", "fr", [("trois", "cardinal", "fois")]),
        ("Give 5 and/or 6 apples.", "en", [("5", "cardinal", None), ("6", "cardinal", "apples")]),
        (
            "The room is 15x20 metres.",
            "en",
            [("15", "cardinal", "x"), ("20", "cardinal", "metres")],
        ),
        ("He drives a 4x4.", "en", [("4x4", "identifier", "x4")]),
        ("Late 40 people came.", "en", [("40", "cardinal", "people")]),
        ("He won a third term.", "en", [("third", "ordinal", None)]),
        ("He failed to score a fourth to kill the tie.", "en", [("fourth", "ordinal", None)]),
        ("It pays 7/8 of a percentage point.", "en", [("7/8", "cardinal", None)]),
        ("It was a fifth in a row.", "en", [("fifth", "ordinal", None)]),
        ("A quarter of the people came.", "en", [("A quarter", "cardinal", None)]),
        ("The bank lent 2 billion crowns.", "en", [("2 billion crowns", "money", "SEK")]),
        ("He wore 5 lei around his neck.", "en", [("5", "cardinal", "lei")]),
        ("The SR-71 flew.", "en", [("SR-71", "identifier", None)]),
        ("L'article 5 du traité s'applique.", "fr", [("article 5", "identifier", None)]),
    ],
)
def test_neighbours_of_the_new_forms(
    text: str, language: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A count after a street's name, a plural street noun, a climate summit, a count of
    occasions, "and/or", a capitalised "Late", the Swedish crown, garlands and a plane keep
    what they were."""
    got = [(f.text, f.kind.value, f.unit) for f in find_figures(text, language=language)]
    assert got == expected


@given(st.integers(min_value=2, max_value=100), st.sampled_from(["-fold", "fold"]))
def test_any_fold_in_digits_is_a_multiple(n: int, suffix: str) -> None:
    """ "a 12-fold rise": the number, a factor in times, whatever it is."""
    text = f"Sales saw a {n}{suffix} rise." if suffix == "-fold" else f"It grew {n}-fold."
    f = only(text)
    assert (f.kind.value, f.value, f.unit) == ("multiple", float(n), "times")


@given(st.integers(min_value=1, max_value=1599), st.sampled_from(["Street", "Avenue", "Road"]))
def test_any_house_number_before_a_street_is_no_figure(n: int, noun: str) -> None:
    """ "at 221 Baker Street": an address (an identifier, no figure); a number that reads as a
    year stays one ("In 2024 Wall Street rallied"), so "1600 Pennsylvania Avenue" does too."""
    f = only(f"The office at {n} Baker {noun} closed.")
    assert (f.text, f.kind.value) == (str(n), "identifier")


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["rue", "avenue", "boulevard"]))
def test_any_french_house_number_before_a_street_is_no_figure(n: int, noun: str) -> None:
    """ "au 12, rue de la Paix", "au 12 rue de la Paix": an address."""
    for text in (f"Le siège est au {n}, {noun} de la Paix.", f"Il vit au {n} {noun} Foch."):
        assert only(text, "fr").kind.value == "identifier"


@given(
    st.integers(min_value=2, max_value=999),
    st.sampled_from(
        [
            ("zlotys", "PLN"),
            ("forints", "HUF"),
            ("Czech korunas", "CZK"),
            ("Romanian lei", "RON"),
            ("Argentine pesos", "ARS"),
            ("Chilean pesos", "CLP"),
            ("tenge", "KZT"),
            ("Iraqi dinars", "IQD"),
        ]
    ),
)
def test_currencies_named_by_wire_copy(n: int, named: tuple[str, str]) -> None:
    """Any amount in millions of a currency named as wire copy names it is money in that
    currency."""
    word, code = named
    f = only(f"The bank lent {n} million {word} on Monday.")
    assert (f.text, f.kind.value, f.unit, f.value) == (
        f"{n} million {word}",
        "money",
        code,
        n * 1e6,
    )
