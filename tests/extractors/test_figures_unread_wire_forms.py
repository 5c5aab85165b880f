"""Number forms of never-seen news (stop 33): French "la cinquantaine de", a bare day before a
date of the same month ("du 3 au 5 mai"), "âgé de 34 ans" as an age, "livres" as pounds only
after a word of paying, clock hours in words ("à 15 heures") and AFP's "15H00", a decade
after "or early", the rand and the Ugandan shilling of their papers, and AFP-style legal and
economic French sentences.

Every sentence is written for this file from general knowledge of the house styles; none
is taken from a corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.lexicon.currencies import currency_table
from provenance.lexicon.numbers import number_lexicon

from .figure_helpers import money, only


def _fr(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in find_figures(text, language="fr")]


# --- "la cinquantaine de": an approximate noun after a singular determiner ---------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("La cinquantaine de manifestants s'est dispersée dans le calme.", "cinquantaine", 50.0),
        ("La trentaine d'otages a été libérée samedi.", "trentaine", 30.0),
        ("Le millier de migrants attend sur le quai.", "millier", 1000.0),
        ("Cette centaine de salariés redoute la fermeture.", "centaine", 100.0),
        ("La dizaine de milliers de fidèles a prié.", "dizaine de milliers", 10000.0),
    ],
)
def test_determined_approximate_noun_is_a_number(text: str, surface: str, value: float) -> None:
    f = only(text, "fr")
    assert (f.text, f.value, f.approximate, f.kind.value) == (surface, value, True, "cardinal")


@pytest.mark.parametrize(
    "text",
    [
        "Le navire a été placé en quarantaine.",
        "La quarantaine a été levée mardi.",
        "Elle a la trentaine et vit à Lyon.",
        "La quinzaine commerciale commence lundi.",
    ],
)
def test_approximate_noun_without_de_stays_a_noun(text: str) -> None:
    assert not find_figures(text, language="fr")


def test_quarantine_of_days_keeps_only_the_days() -> None:
    assert _fr("La quarantaine de 14 jours est levée.") == [("14 jours", 14.0)]


def test_une_cinquantaine_unchanged() -> None:
    f = only("Une cinquantaine de personnes ont été interpellées.", "fr")
    assert (f.text, f.value, f.approximate) == ("Une cinquantaine", 50.0, True)


# --- "du 3 au 5 mai": two dates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "dates"),
    [
        ("Le festival aura lieu du 3 au 5 mai.", "fr", ["--05-03", "--05-05"]),
        ("Le salon se tient du 3 au 5 mai 2025 à Lyon.", "fr", ["2025-05-03", "2025-05-05"]),
        ("Le sommet aura lieu les 14 et 15 juin.", "fr", ["--06-14", "--06-15"]),
        ("Le salon se tient du 3-5 mai.", "fr", ["--05-03", "--05-05"]),
        ("The festival runs from 3 to 5 May.", "en", ["--05-03", "--05-05"]),
        ("Talks are set for 14 and 15 June.", "en", ["--06-14", "--06-15"]),
        ("The summit runs 3-5 March 2024.", "en", ["2024-03-03", "2024-03-05"]),
    ],
)
def test_a_day_before_a_date_is_a_date(text: str, language: str, dates: list[str]) -> None:
    found = find_figures(text, language=language)
    assert [f.kind.value for f in found] == ["date", "date"]
    assert [f.normalized for f in found] == dates
    assert found[0].value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ils ont perdu 3 à 5 points.", [("3 à 5", None)]),
        ("Le 5 au 3 mai.", [("5", 5.0), ("3 mai", None)]),  # not a day before the next
        ("Il a 3 ans et 5 mois.", [("3 ans", 3.0), ("5 mois", 5.0)]),
        ("Du 3 au 5, la ville sera fermée.", [("3 au 5", None)]),
    ],
)
def test_days_with_no_date_after_stay_numbers(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert _fr(text) == expected


@given(st.integers(min_value=1, max_value=27), st.integers(min_value=1, max_value=3))
def test_any_range_of_days_in_a_month_is_two_dates(day: int, more: int) -> None:
    text = f"La conférence se tiendra du {day} au {day + more} octobre à Genève."
    found = find_figures(text, language="fr")
    assert [f.normalized for f in found] == [f"--10-{day:02d}", f"--10-{day + more:02d}"]


# --- "âgé de 34 ans": an age -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Un homme âgé de 34 ans a été interpellé.", "34 ans", 34.0, "years old"),
        ("Une femme de 52 ans a été blessée.", "52 ans", 52.0, "years old"),
        ("Il est mort à l'âge de 90 ans.", "90 ans", 90.0, "years old"),
        ("Un bébé de 6 mois a été retrouvé sain et sauf.", "6 mois", 6.0, "months old"),
        ("Une fillette de trois ans a disparu.", "trois ans", 3.0, "years old"),
        ("Deux adolescentes âgées de 15 ans ont fugué.", "15 ans", 15.0, "years old"),
        ("Un mineur de 17 ans a été mis en examen.", "17 ans", 17.0, "years old"),
        ("Un joueur de 23 ans a signé au club.", "23 ans", 23.0, "years old"),
    ],
)
def test_french_ages_are_ages(text: str, surface: str, value: float, unit: str) -> None:
    f = next(f for f in find_figures(text, language="fr") if f.text == surface)
    assert (f.value, f.unit, f.kind.value) == (value, unit, "cardinal")


@pytest.mark.parametrize(
    "text",
    [
        "Il a passé 34 ans en prison.",
        "Une peine de 5 ans de prison a été requise.",
        "Il encourt jusqu'à 10 ans de réclusion.",
        "Il purge une peine de 20 ans.",
        "Un contrat de 10 ans a été signé.",
    ],
)
def test_french_terms_stay_durations(text: str) -> None:
    assert [f.kind.value for f in find_figures(text, language="fr")] == ["duration"]


def test_age_words_are_language_data() -> None:
    assert "âgé de" in number_lexicon("fr").age_before
    # English lists its own since "died aged 16 years" reads as an age (stop 36)
    assert "aged" in number_lexicon("en").age_before


# --- "livres": pounds after a word of paying, books elsewhere -----------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Le club a déboursé 2 millions de livres pour le joueur.", "2 millions de livres", 2e6),
        ("Le joueur a été transféré pour 30 millions de livres.", "30 millions de livres", 3e7),
        ("Une amende de 500 livres a été infligée.", "500 livres", 500.0),
        ("Le transfert s'élève à 80 millions de livres.", "80 millions de livres", 8e7),
    ],
)
def test_livres_after_a_word_of_paying_are_pounds(text: str, surface: str, value: float) -> None:
    assert money(text, "fr") == [(surface, "GBP", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Il a vendu 2 millions de livres en France.",
        "La bibliothèque compte 20 000 livres.",
        "Les 3 livres de la saga sont sortis.",
        "L'auteur a écrit 40 livres.",
    ],
)
def test_livres_elsewhere_are_books(text: str) -> None:
    assert money(text, "fr") == []


def test_livres_with_a_country_need_no_cue() -> None:
    assert money("Le milieu a été cédé pour 45 millions de livres sterling.", "fr") == [
        ("45 millions de livres sterling", "GBP", 4.5e7)
    ]
    assert money("Il a vendu 2 milliards de livres égyptiennes.", "fr") == [
        ("2 milliards de livres égyptiennes", "EGP", 2e9)
    ]


def test_cued_currency_words_are_data() -> None:
    assert currency_table("fr").cued == frozenset({"livres"})
    assert currency_table("en").cued == frozenset()
    assert "déboursé" in number_lexicon("fr").money_cues


# --- clock hours in words, AFP's "15H00" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "time"),
    [
        ("La réunion se tiendra mardi à 15 heures.", "15 heures", "15:00"),
        ("Le couvre-feu commence à 20 heures.", "20 heures", "20:00"),
        ("Vers 10 heures, la police est intervenue.", "10 heures", "10:00"),
        ("L'attaque a eu lieu vers 3 heures du matin.", "3 heures", "03:00"),
        ("La séance reprendra à 15H00.", "15H00", "15:00"),
        ("L'explosion a eu lieu vers 9H30.", "9H30", "09:30"),
    ],
)
def test_french_clock_hours(text: str, surface: str, time: str) -> None:
    f = only(text, "fr")
    assert (f.text, f.kind.value, f.normalized, f.value) == (surface, "time", time, None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("La ville est à 2 heures de route.", "2 heures"),
        ("Il a travaillé pendant 15 heures.", "15 heures"),
        ("Il est mort il y a 3 heures.", "3 heures"),
        ("Le délai passe à 48 heures.", "48 heures"),
    ],
)
def test_hours_that_are_spans_stay_durations(text: str, surface: str) -> None:
    f = only(text, "fr")
    assert (f.text, f.kind.value) == (surface, "duration")


@pytest.mark.parametrize("text", ["Revenue rose in 1H24.", "Les ventes du 2H25 ont bondi."])
def test_half_years_are_no_clock_time(text: str) -> None:
    language = "fr" if "ventes" in text else "en"
    assert only(text, language).kind.value == "date"


# --- "in his late seventies or early eighties": two ages -----------------------------------------
# (the ages are tested with the other decades in test_figures_french_wire_forms.py)


def test_decades_with_parts_after_an_article_stay_years() -> None:
    found = find_figures("Prices rose in the seventies and early eighties.")
    assert [f.kind.value for f in found] == ["year", "year"]


# --- the rand and the Ugandan shilling of their papers ------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "code", "value"),
    [
        ("Eskom needs R2.5bn to fix the plant.", "R2.5bn", "ZAR", 2.5e9),
        ("The budget is R500 million.", "R500 million", "ZAR", 5e8),
        ("The minister pledged R500m.", "R500m", "ZAR", 5e8),
        ("Turnover hit R1.2 trillion.", "R1.2 trillion", "ZAR", 1.2e12),
        ("Uganda approved Shs 5 billion.", "Shs 5 billion", "UGX", 5e9),
        ("The fee is Shs5,000.", "Shs5,000", "UGX", 5000.0),
        ("The fare is Sh500.", "Sh500", "KES", 500.0),
        ("The scheme costs Rs 5 lakh per family.", "Rs 5 lakh", "INR", 5e5),
        ("The firm raised ₹2,000 crore.", "₹2,000 crore", "INR", 2e10),
        ("The budget is N5 billion.", "N5 billion", "NGN", 5e9),
        ("A ride costs KSh 300 in Nairobi.", "KSh 300", "KES", 300.0),
        ("Lunch costs RM5.", "RM5", "MYR", 5.0),
        # a letter symbol with cents needs no scale: an exchange rate, a fare
        ("The rand weakened to R18.90 against the dollar.", "R18.90", "ZAR", 18.9),
        ("The peso closed at P56.10 to the dollar.", "P56.10", "PHP", 56.1),
        ("The fare is R2.50 one way.", "R2.50", "ZAR", 2.5),
        ("The bill came to R1,250.00 in total.", "R1,250.00", "ZAR", 1250.0),
        # Ethiopian, Rwandan, Malawian and Zambian papers' currencies
        ("The dam cost 5 billion birr.", "5 billion birr", "ETB", 5e9),
        ("The budget is Br5 billion.", "Br5 billion", "ETB", 5e9),
        ("Kigali set aside Rwf 5 billion.", "Rwf 5 billion", "RWF", 5e9),
        ("The fee is Frw 500.", "Frw 500", "RWF", 500.0),
        ("The loan is MK5 billion.", "MK5 billion", "MWK", 5e9),
        ("The fund holds 2 billion Zambian kwacha.", "2 billion Zambian kwacha", "ZMW", 2e9),
        # the level a change verb ends its clause on (stop 46; a guideline amount)
        ("The fare rose to R15.", "R15", "ZAR", 15.0),
        ("Jeepney fares rose to P13.", "P13", "PHP", 13.0),
    ],
)
def test_national_press_currencies(text: str, surface: str, code: str, value: float) -> None:
    assert money(text) == [(surface, code, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The R2 road was closed.",
        "The car moved to P13 in the queue.",
        "He climbed to P3.",
        "Take the R1 bus to town.",
        "Version R2.1 shipped last week.",
        "The P1.2.34 release fixed it.",
        "The office is in MK5 6AB.",
        "The BR 101 highway was closed.",
        "Br. John spoke at the mass.",
    ],
)
def test_letters_without_a_scale_or_cents_are_no_money(text: str) -> None:
    assert money(text) == []


def test_a_crore_alone_is_a_count() -> None:
    f = only("The film earned 1.2 crore.")
    assert (f.kind.value, f.value) == ("cardinal", 1.2e7)


# --- AFP-style legal and economic French ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a été condamné à 5 ans de prison dont 2 avec sursis.", [("5 ans", 5.0), ("2", 2.0)]),
        ("Le parquet a requis 4 ans de prison et 30 000 euros d'amende.",
         [("4 ans", 4.0), ("30 000 euros", 3e4)]),
        ("Il devra payer une amende de 10 000 euros.", [("10 000 euros", 1e4)]),
        ("La BCE a maintenu le taux directeur à 4,5 %.", [("4,5 %", 4.5)]),
        ("Le CAC 40 a perdu 1,2 % vendredi.", [("CAC 40", 40.0), ("1,2 %", 1.2)]),
        ("Le PIB a progressé de 0,2 % au 3e trimestre.", [("0,2 %", 0.2), ("3e", 3.0)]),
        ("Le pays vise la neutralité carbone d'ici à 2030.", [("2030", 2030.0)]),
        ("Les prix ont bondi de 10 % en l'espace de trois jours.",
         [("10 %", 10.0), ("trois jours", 3.0)]),
        ("Sur les 27 États membres, seuls 3 s'y opposent.", [("27", 27.0), ("3", 3.0)]),
        ("Les émissions sont deux fois plus élevées qu'en 1990.",
         [("deux", 2.0), ("1990", 1990.0)]),
        ("Un salarié sur cinq est en télétravail.", [("Un salarié sur cinq", 0.2)]),
        ("La localité se trouve à 80 km au nord de Bamako.", [("80", 80.0)]),
        ("La dette dépasse 3 000 milliards d'euros, soit 110 % du PIB.",
         [("3 000 milliards d'euros", 3e12), ("110 %", 110.0)]),
        ("L'euro s'échangeait à 1,0850 dollar.", [("1,0850 dollar", 1.085)]),
        ("Le bilan est de 3 morts et d'une dizaine de blessés.",
         [("3", 3.0), ("une dizaine", 10.0)]),
        ("Le texte prévoit 1,5 milliard d'euros d'économies d'ici fin 2026.",
         [("1,5 milliard d'euros", 1.5e9), ("fin 2026", 2026.0)]),
    ],
)  # fmt: skip
def test_afp_style_legal_and_economic_sentences(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    got = _fr(text)
    assert [s for s, _ in got] == [s for s, _ in expected]
    for (_, v), (_, w) in zip(got, expected, strict=True):
        assert v == pytest.approx(w)


# --- Reuters datelines, times and sign-offs: what the wire guideline counts ----------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the dateline's date is a date with a number; its city is no figure
        ("LONDON, March 3 (Reuters) - Oil rose 2 percent.", ["date", "percent"]),
        ("NEW YORK, Nov 8 (Reuters) - Stocks fell.", ["date"]),
        # times of day are no quantity: a time, with no value
        ("The talks resume at 1500 GMT on Friday.", ["time"]),
        ("Voting closes at 1500 GMT (11 a.m. EDT).", ["time", "time"]),
        # sign-offs and contact lines hold no figure
        ("(Reporting by Jane Doe; Editing by John Smith)", []),
        ("(Reporting by Jane Doe in Lagos; Additional reporting by Ali Khan; Editing by Mark Roe)",
         []),
        ("((jane.doe@example.com; +44 20 7542 1234))", ["identifier"]),
    ],
)  # fmt: skip
def test_wire_furniture_gives_no_false_quantity(text: str, kinds: list[str]) -> None:
    found = find_figures(text)
    assert [f.kind.value for f in found] == kinds
    assert all(f.value is None for f in found if f.kind.value != "percent")


# --- "by a fifth." at a clause's end is a fraction; "scores of" a vague amount ------------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Sales fell by a fifth.", "a fifth", 0.2),
        ("Costs rose by a third, the report said.", "a third", 1 / 3),
        ("Output shrank by a tenth; exports held up.", "a tenth", 0.1),
        ("A fifth of homes lack power.", "A fifth", 0.2),
    ],
)
def test_a_denominator_at_a_clause_end_is_a_fraction(text: str, surface: str, value: float) -> None:
    f = only(text)
    assert (f.text, f.kind.value) == (surface, "cardinal")
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "He won a fifth term.",
        "Prices rose for a fifth straight month.",
        "The data was leaked by a third party.",
    ],
)
def test_a_denominator_before_a_noun_stays_an_ordinal(text: str) -> None:
    assert only(text).kind.value == "ordinal"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Scores of people were killed in the blast.", "people"),
        ("Police arrested scores of protesters.", "protesters"),
    ],
)
def test_scores_of_is_a_vague_amount(text: str, unit: str) -> None:
    f = only(text)
    assert (f.kind.value, f.value, f.lower, f.unit) == ("vague", None, 40.0, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Test scores rose sharply this year.",
        "He scores twice a game.",
        "The scores of the match were close.",
    ],
)
def test_scores_elsewhere_are_no_amount(text: str) -> None:
    assert not find_figures(text)


def test_vague_of_words_are_language_data() -> None:
    assert number_lexicon("en").vague_of == {"scores": 40.0}
    assert number_lexicon("fr").vague_of == {}


# --- "le 11-Septembre": a day and a month joined as an event's name is a date --------------------


@pytest.mark.parametrize(
    ("text", "language", "surface", "normalized"),
    [
        ("Les attentats du 11-Septembre ont marqué le siècle.", "fr", "11-Septembre", "--09-11"),
        ("Le défilé du 14-Juillet aura lieu sur les Champs.", "fr", "14-Juillet", "--07-14"),
        ("The 9-May parade was cancelled.", "en", "9-May", "--05-09"),
    ],
)
def test_a_day_hyphened_to_a_month_is_a_date(
    text: str, language: str, surface: str, normalized: str
) -> None:
    f = only(text, language)
    assert (f.text, f.kind.value, f.normalized, f.value) == (surface, "date", normalized, None)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The 27-kilometer road opened.", "27-kilometer", "kilometer"),
        ("He is 40-ish.", "40-ish", None),
    ],
)
def test_other_hyphened_words_keep_their_reading(text: str, surface: str, unit: str | None) -> None:
    f = only(text)
    assert (f.text, f.unit, f.kind.value) == (surface, unit, "cardinal")


@pytest.mark.parametrize(
    ("text", "lower", "upper", "kind", "unit"),
    [
        ("Des hommes âgés de 20 à 30 ans ont été vus.", 20.0, 30.0, "cardinal", "years old"),
        (
            "Des jeunes âgés de 18 à 25 ans ont été interpellés.",
            18.0,
            25.0,
            "cardinal",
            "years old",
        ),
        ("Il encourt une peine de 5 à 10 ans.", 5.0, 10.0, "duration", "year"),
    ],
)
def test_a_range_of_years_after_an_age_word_is_a_range_of_ages(
    text: str, lower: float, upper: float, kind: str, unit: str
) -> None:
    f = only(text, "fr")
    assert (f.lower, f.upper, f.kind.value, f.unit) == (lower, upper, kind, unit)
