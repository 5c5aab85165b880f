"""Number forms of never-seen news (stop 32): vague quantifiers that hold no number, the age
in "a couple of 10-year-olds", coordinated decades of age, a Malaysian ringgit with no
scale, French ranges of clock hours, and a matrix of AFP-style French sentences (tolls,
approximate nouns, scales, currencies, fractions, percentages, dates, ordinals, signs).

Every sentence is written for this file from general knowledge of the house styles; none
is taken from a corpus.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.lexicon.currencies import currency_table
from provenance.lexicon.numbers import number_lexicon

from .figure_helpers import figs, money, only


def _fr(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in find_figures(text, language="fr")]


# --- "a handful of": a quantifier, no number ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A handful of protesters gathered outside the court.",
        "Only a handful of lawmakers voted against the bill.",
        "Just a handful came to the rally.",
        "Une poignée de manifestants s'est rassemblée devant la mairie.",
    ],
)
def test_a_handful_is_no_figure(text: str) -> None:
    # the wire guideline counts number words ("two", "dozens"), not quantifiers with no
    # number in them ("a handful of", "a few", "several")
    language = "fr" if "poignée" in text else "en"
    assert not find_figures(text, language=language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A handful of the 30 delegates left.", [("30", "cardinal", 30.0)]),
        ("Dozens of people were hurt.", [("Dozens", "vague", None)]),
        ("A handful of dozens of boxes.", [("dozens", "vague", None)]),
    ],
)
def test_numbers_beside_a_handful_still_count(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert figs(text) == expected


# --- "a couple of 10-year-olds": the age, not two times ten ---------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A couple of 10-year-olds were hurt in the crash.", "10-year-olds", 10.0),
        ("Police questioned a couple of 15-year-olds.", "15-year-olds", 15.0),
        ("A couple of 30-year-old men were arrested.", "30-year-old", 30.0),
    ],
)
def test_a_couple_of_ages_gives_the_age(text: str, surface: str, value: float) -> None:
    f = only(text)
    assert (f.text, f.value, f.unit) == (surface, value, "years old")


def test_a_couple_of_people_stays_two() -> None:
    f = only("A couple of people were hurt.")
    assert (f.text, f.value) == ("A couple", 2.0)


# --- "in his seventies and eighties": both decades are ages ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In his seventies and eighties he painted every day.",
        "Most residents are in their seventies and eighties.",
        "Voters in their sixties or seventies backed him.",
        # "late" and "early" before either decade (stop 33)
        "He is in his late seventies or early eighties.",
        "She was in her early fifties or late sixties.",
        "The men were in their thirties or early forties.",
    ],
)
def test_a_decade_joined_to_an_age_is_an_age(text: str) -> None:
    found = find_figures(text)
    assert len(found) == 2
    for f in found:
        assert f.kind.value == "cardinal"
        assert f.value is not None
        assert f.value < 100
        assert (f.lower, f.upper) == (f.value, f.value + 9)


@pytest.mark.parametrize(
    "text", ["Music of the Seventies and Eighties.", "Prices rose in the seventies and eighties."]
)
def test_decades_joined_after_an_article_stay_years(text: str) -> None:
    assert [f.kind.value for f in find_figures(text)] == ["year", "year"]


def test_decades_with_no_article_or_possessive_stay_no_figure() -> None:
    assert not find_figures("Seventies and Eighties music filled the hall.")


# --- "RM5": the ringgit alone, with no scale --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("He paid RM5 for lunch.", "RM5", 5.0),
        ("RM5 is not much for a meal.", "RM5", 5.0),
        ("The toll rose to RM 5.", "RM 5", 5.0),
        ("The meal cost RM5.50 each.", "RM5.50", 5.5),
        ("They paid RM50,000 in fines.", "RM50,000", 50000.0),
        ("The bill was RM5bn.", "RM5bn", 5e9),
    ],
)
def test_ringgit_with_or_without_a_scale(text: str, surface: str, value: float) -> None:
    assert money(text) == [(surface, "MYR", value)]


@pytest.mark.parametrize("text", ["The RM team won the match.", "RMS Titanic sank in 1912."])
def test_rm_letters_without_an_amount_are_no_money(text: str) -> None:
    assert money(text) == []


# --- French ranges of clock hours -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Le magasin est ouvert de 9 h à 17 h.", [("9 h", "09:00"), ("17 h", "17:00")]),
        ("Le magasin est ouvert de 9h à 17h.", [("9h", "09:00"), ("17h", "17:00")]),
        ("Les bureaux ouvrent de 8h à 12h30.", [("8h", "08:00"), ("12h30", "12:30")]),
        ("La grève durera de 6 h à 22 h.", [("6 h", "06:00"), ("22 h", "22:00")]),
        ("Le vote a lieu de 8 h 30 à 19 h.", [("8 h 30", "08:30"), ("19 h", "19:00")]),
    ],
)
def test_french_ranges_of_clock_hours(text: str, times: list[tuple[str, str]]) -> None:
    found = find_figures(text, language="fr")
    assert [(f.text, f.normalized) for f in found] == times
    assert {f.kind.value for f in found} == {"time"}


@pytest.mark.parametrize(
    "text",
    [
        "Une hausse de 9 h en moyenne.",
        "Il a roulé pendant plus de 2 h à 90 km/h.",
        "Une attente de 3 h à l'hôpital.",
    ],
)
def test_hours_after_de_with_no_second_hour_are_no_clock_time(text: str) -> None:
    assert "time" not in {f.kind.value for f in find_figures(text, language="fr")}


def test_clock_range_words_are_language_data() -> None:
    assert number_lexicon("fr").clock_range_before == ("de",)
    assert number_lexicon("en").clock_range_before == ()


# --- French qualifiers before "la moitié", "plusieurs" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "lower", "upper", "approximate"),
    [
        ("Près de la moitié des foyers sont équipés.", "Près de la moitié", None, None, True),
        ("Plus de la moitié des députés ont voté pour.", "Plus de la moitié", 0.5, None, False),
        ("Moins de la moitié des élèves ont réussi.", "Moins de la moitié", None, 0.5, False),
        ("La moitié des habitants ont fui.", "moitié", 0.5, 0.5, False),
    ],
)
def test_french_qualifiers_before_la_moitie(
    text: str, surface: str, lower: float | None, upper: float | None, approximate: bool
) -> None:
    f = only(text, "fr")
    assert (f.text, f.value, f.lower, f.upper, f.approximate) == (
        surface,
        0.5,
        lower,
        upper,
        approximate,
    )


@pytest.mark.parametrize(
    ("text", "surface", "lower"),
    [
        ("Plusieurs milliers de personnes ont fui.", "Plusieurs milliers", 2000.0),
        ("Plusieurs centaines de soldats sont arrivés.", "Plusieurs centaines", 200.0),
        ("Quelques dizaines de personnes étaient présentes.", "Quelques dizaines", 20.0),
    ],
)
def test_plusieurs_before_a_vague_amount(text: str, surface: str, lower: float) -> None:
    f = only(text, "fr")
    assert (f.text, f.kind.value, f.lower, f.approximate) == (surface, "vague", lower, True)


def test_plusieurs_alone_is_no_figure() -> None:
    assert not find_figures("Plusieurs personnes ont été blessées.", language="fr")


# --- French "passer de X à Y": two levels ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ticket passe de 1,90 € à 2,10 €.", [("1,90 €", 1.9), ("2,10 €", 2.1)]),
        ("Le taux passera de 3 % à 4 %.", [("3 %", 3.0), ("4 %", 4.0)]),
        ("La croissance devrait passer de 3,5 % à 4 %.", [("3,5 %", 3.5), ("4 %", 4.0)]),
        ("Les effectifs passent de 120 à 150 agents.", [("120", 120.0), ("150", 150.0)]),
        ("Le taux est passé de 3 % à 3,5 %.", [("3 %", 3.0), ("3,5 %", 3.5)]),
    ],
)
def test_passer_de_a_gives_two_levels(text: str, expected: list[tuple[str, float]]) -> None:
    assert _fr(text) == expected


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("La croissance sera de 3,5 % à 4 %.", 3.5, 4.0),
        ("Les salaires vont augmenter de 2 % à 3 % selon les branches.", 2.0, 3.0),
        ("Le bilan fait état de 10 à 15 morts.", 10.0, 15.0),
    ],
)
def test_de_a_without_passer_stays_a_range(text: str, lower: float, upper: float) -> None:
    f = only(text, "fr")
    assert (f.value, f.lower, f.upper) == (None, lower, upper)


# --- currencies of the French-language press ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "code", "value"),
    [
        ("Le loyer atteint 100 000 FCFA par mois.", "100 000 FCFA", "XOF", 1e5),
        ("La prime atteint 5 000 F CFA.", "5 000 F CFA", "XOF", 5000.0),
        ("Le budget atteint 2 000 milliards de FCFA.", "2 000 milliards de FCFA", "XOF", 2e12),
        ("Alger a emprunté 3 milliards de dinars algériens.", "3 milliards de dinars algériens",
         "DZD", 3e9),
        ("Un salaire de 1 200 dinars tunisiens.", "1 200 dinars tunisiens", "TND", 1200.0),
        ("Le Caire a dépensé 100 milliards de livres égyptiennes.",
         "100 milliards de livres égyptiennes", "EGP", 1e11),
        ("Rabat a levé 10 milliards de dirhams marocains.", "10 milliards de dirhams marocains",
         "MAD", 1e10),
        ("Brasilia a dépensé 50 milliards de reais.", "50 milliards de reais", "BRL", 5e10),
        ("Beyrouth a imprimé 1 000 milliards de livres libanaises.",
         "1 000 milliards de livres libanaises", "LBP", 1e12),
    ],
)  # fmt: skip
def test_french_press_currencies(text: str, surface: str, code: str, value: float) -> None:
    assert money(text, "fr") == [(surface, code, value)]


@pytest.mark.parametrize(
    ("text", "surface", "code", "value"),
    [
        ("Egypt spent 100 billion Egyptian pounds.", "100 billion Egyptian pounds", "EGP", 1e11),
        ("The fine was 500 Algerian dinars.", "500 Algerian dinars", "DZD", 500.0),
        ("Rabat raised 2 billion Moroccan dirhams.", "2 billion Moroccan dirhams", "MAD", 2e9),
    ],
)
def test_english_names_of_the_same_currencies(
    text: str, surface: str, code: str, value: float
) -> None:
    assert money(text) == [(surface, code, value)]


@pytest.mark.parametrize(
    "text",
    ["Il a vendu 2 millions de livres en France.", "La FCFA est une fédération.", "Les reais."],
)
def test_currency_lookalikes_make_no_money(text: str) -> None:
    assert money(text, "fr") == []


def test_cfa_letters_are_currency_data() -> None:
    table = currency_table("fr")
    assert table.code("FCFA") == table.code("F CFA") == "XOF"
    assert table.code("dinars algériens") == "DZD"


# --- a matrix of AFP-style French tolls ----------------------------------------------------------

_QUALIFIERS = [
    # (qualifier, lower is the number, upper is the number, approximate)
    ("au moins", True, False, False),
    ("plus de", True, False, False),
    ("pas moins de", True, False, False),
    ("près de", False, False, True),
    ("environ", False, False, True),
    ("quelque", False, False, True),
    ("moins de", False, True, False),
    ("jusqu'à", False, True, False),
]
_COUNTS = [("12", 12.0), ("2 000", 2000.0), ("1 500", 1500.0), ("40 000", 40000.0)]
_NOUNS = ["morts", "blessés", "manifestants", "policiers"]


@pytest.mark.parametrize(
    ("qualifier", "count", "noun"),
    [
        (q, c, n)
        for q, c, n in itertools.product(_QUALIFIERS, _COUNTS, _NOUNS)
        # "près de"/"plus de" before a vowel elide; the counts here all start with a digit
    ],
)
def test_french_tolls_with_a_qualifier(
    qualifier: tuple[str, bool, bool, bool], count: tuple[str, float], noun: str
) -> None:
    word, is_lower, is_upper, approximate = qualifier
    written, value = count
    text = f"Selon un bilan provisoire, {word} {written} {noun} ont été recensés samedi."
    f = only(text, "fr")
    assert f.text == f"{word} {written}"
    assert f.value == value
    assert f.qualifier == word
    assert f.approximate is approximate
    assert (f.lower == value) is is_lower or (not is_lower and f.lower is None)
    assert (f.upper == value) is is_upper or (not is_upper and f.upper is None)


_APPROX_NOUNS = [
    ("une dizaine", 10.0),
    ("une quinzaine", 15.0),
    ("une vingtaine", 20.0),
    ("une trentaine", 30.0),
    ("une quarantaine", 40.0),
    ("une cinquantaine", 50.0),
    ("une soixantaine", 60.0),
    ("une centaine", 100.0),
    ("un millier", 1000.0),
    ("deux centaines", 200.0),
    ("plusieurs centaines", None),
    ("des centaines", None),
    ("des milliers", None),
    ("des dizaines de milliers", None),
]


@pytest.mark.parametrize(("written", "value"), _APPROX_NOUNS)
@pytest.mark.parametrize("noun", ["migrants", "véhicules", "personnes"])
def test_french_approximate_nouns(written: str, value: float | None, noun: str) -> None:
    text = f"Les secours ont évacué {written} de {noun} dans la nuit."
    f = only(text, "fr")
    assert f.value == value
    assert f.approximate
    assert written.endswith(f.text.lower()) or f.text.lower() == written


_DAYS = [("1er", 1), ("2", 2), ("14", 14), ("31", 31)]
_MONTHS = [
    ("janvier", 1),
    ("mars", 3),
    ("mai", 5),
    ("juillet", 7),
    ("août", 8),
    ("octobre", 10),
    ("décembre", 12),
]


@pytest.mark.parametrize(("day", "month"), list(itertools.product(_DAYS, _MONTHS)))
def test_french_dates(day: tuple[str, int], month: tuple[str, int]) -> None:
    (d, n), (m, k) = day, month
    f = only(f"Le scrutin aura lieu mardi {d} {m}, a annoncé le gouvernement.", "fr")
    assert (f.text, f.kind.value, f.normalized) == (f"{d} {m}", "date", f"--{k:02d}-{n:02d}")
    g = only(f"Le texte a été signé le {d} {m} 2024 à Paris.", "fr")
    assert (g.text, g.normalized) == (f"{d} {m} 2024", f"2024-{k:02d}-{n:02d}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tolls and counts
        ("L'attaque a fait au moins 12 morts et une trentaine de blessés.",
         [("au moins 12", 12.0), ("une trentaine", 30.0)]),
        ("Des centaines de personnes ont manifesté samedi à Paris.", [("centaines", None)]),
        ("Quelque 2 000 policiers ont été mobilisés.", [("Quelque 2 000", 2000.0)]),
        ("Plus d'un million de personnes ont été déplacées.", [("Plus d'un million", 1e6)]),
        ("Le bilan s'est alourdi à 23 morts et 47 blessés.", [("23", 23.0), ("47", 47.0)]),
        ("Le Covid-19 a fait plus de 150 000 morts en France.",
         [("Covid-19", None), ("plus de 150 000", 150000.0)]),
        ("Les quelque 300 salariés du site sont en grève.", [("quelque 300", 300.0)]),
        ("Pas moins de 400 policiers ont été déployés.", [("Pas moins de 400", 400.0)]),
        ("Le pays a franchi la barre des 100 000 cas.", [("100 000", 100000.0)]),
        ("Deux mille personnes ont été évacuées.", [("Deux mille", 2000.0)]),
        ("Quatre-vingt-dix pays ont signé l'accord.", [("Quatre-vingt-dix", 90.0)]),
        ("Soixante et onze députés ont voté contre.", [("Soixante et onze", 71.0)]),
        ("Quatre-vingts personnes ont été évacuées.", [("Quatre-vingts", 80.0)]),
        ("Un million deux cent mille personnes sont touchées.",
         [("Un million deux cent mille", 1.2e6)]),
        ("Environ 1,5 million de touristes sont attendus.", [("Environ 1,5 million", 1.5e6)]),
        ("Le pays compte 3,7 millions de chômeurs.", [("3,7 millions", 3.7e6)]),
        ("Un demi-million de personnes sont touchées.", [("Un demi-million", 5e5)]),
        # money
        ("Le déficit atteint 1,2 Md€ cette année.", [("1,2 Md€", 1.2e9)]),
        ("Le groupe a levé 3 milliards de dollars.", [("3 milliards de dollars", 3e9)]),
        ("Le club a dépensé 180 M€ cet été.", [("180 M€", 1.8e8)]),
        ("Le fonds dispose de 5 Md$.", [("5 Md$", 5e9)]),
        ("Le projet coûtera un milliard d'euros.", [("un milliard d'euros", 1e9)]),
        ("La dette atteint 3 000 milliards d'euros.", [("3 000 milliards d'euros", 3e12)]),
        ("Le trajet coûte 2,50 €.", [("2,50 €", 2.5)]),
        ("Jusqu'à 50 000 euros d'amende sont prévus.", [("Jusqu'à 50 000 euros", 5e4)]),
        ("Le coût est estimé entre 2 et 3 milliards d'euros.",
         [("entre 2 et 3 milliards d'euros", None)]),
        # fractions
        ("Un tiers des électeurs se sont abstenus.", [("Un tiers", 1 / 3)]),
        ("Les trois quarts des sondés sont inquiets.", [("trois quarts", 0.75)]),
        ("Deux tiers des votants ont approuvé le texte.", [("Deux tiers", 2 / 3)]),
        ("Un cinquième des salariés sont concernés.", [("Un cinquième", 0.2)]),
        ("Près d'un tiers des communes sont touchées.", [("Près d'un tiers", 1 / 3)]),
        ("Les 3/4 des sondés sont favorables.", [("3/4", 0.75)]),
        # percentages and signs
        ("Le PIB a reculé de -0,3 % au premier trimestre.", [("-0,3 %", -0.3), ("premier", 1.0)]),
        ("Les ventes ont progressé de +2,1 % sur un an.", [("+2,1 %", 2.1), ("un an", 1.0)]),
        ("Près de 40 % des Français sont concernés.", [("Près de 40 %", 40.0)]),
        ("Trente pour cent des élèves sont absents.", [("Trente pour cent", 30.0)]),
        ("Un peu plus de 50 % des votants l'ont soutenu.", [("Un peu plus de 50 %", 50.0)]),
        ("Le chômage a baissé de 0,3 point de pourcentage.",
         [("0,3 point de pourcentage", 0.3)]),
        ("Le taux directeur a été relevé de 25 points de base.", [("25 points de base", 25.0)]),
        ("Une hausse comprise entre 1 % et 2 %.", [("entre 1 % et 2 %", None)]),
        # dates, years, durations, ages
        ("Le texte a été adopté en 2024.", [("2024", 2024.0)]),
        ("Il a quitté le pays il y a deux ans.", [("deux ans", 2.0)]),
        ("Un homme âgé de 34 ans a été interpellé.", [("34 ans", 34.0)]),
        ("Dans les années 1990, la ville s'est vidée.", [("1990", 1990.0)]),
        ("La France vise la neutralité carbone d'ici à 2050.", [("2050", 2050.0)]),
        ("Il est né en mille neuf cent quatre-vingt-quatre.",
         [("mille neuf cent quatre-vingt-quatre", 1984.0)]),
        ("Le parquet a requis 18 mois de prison avec sursis.", [("18 mois", 18.0)]),
        ("La séance a été suspendue pendant une demi-heure.", [("une demi-heure", 0.5)]),
        ("Un an et demi plus tard, le procès s'ouvre.", [("Un an et demi", 1.5)]),
        ("Entre 10 et 15 personnes ont été arrêtées.", [("Entre 10 et 15", None)]),
        # ordinals and Roman numerals
        ("Il a terminé le 3e de la course.", [("3e", 3.0)]),
        ("Elle a fini 1re du classement.", [("1re", 1.0)]),
        ("Au XXIe siècle, la ville a doublé.", [("XXIe", 21.0)]),
        # a name, as "the Fifth Republic" (ordinal_names)
        ("La Ve République a été fondée en 1958.", [("1958", 1958.0)]),
        ("Les ventes ont reculé de 0,8 % au troisième trimestre.",
         [("0,8 %", 0.8), ("troisième", 3.0)]),
        # names and times
        ("Le CAC 40 a perdu 1,2 % à 7 300 points.",
         [("CAC 40", 40.0), ("1,2 %", 1.2), ("7 300", 7300.0)]),
        ("La cérémonie débutera à 14h30.", [("14h30", None)]),
        ("Jean-Paul II s'est rendu à Lyon.", []),
    ],
)  # fmt: skip
def test_afp_style_french_sentences(text: str, expected: list[tuple[str, float | None]]) -> None:
    got = _fr(text)
    assert [s for s, _ in got] == [s for s, _ in expected]
    for (_, v), (_, w) in zip(got, expected, strict=True):
        assert v == pytest.approx(w) if w is not None else v is None


@given(
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=23),
    st.sampled_from(["h", " h"]),
)
def test_any_range_of_hours_after_de_is_two_clock_times(a: int, b: int, sep: str) -> None:
    text = f"Le guichet est ouvert de {a}{sep} à {b}{sep} tous les jours."
    found = find_figures(text, language="fr")
    assert [f.normalized for f in found] == [f"{a:02d}:00", f"{b:02d}:00"]
