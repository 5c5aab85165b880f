"""Number forms of never-seen news (stop 34): French "à N heures" as a distance in time or a
level of a duration (no clock hour), an age with a qualifier ("âgé d'environ 12 ans"), days
paired with "entre" ("entre le 10 et le 15 mai"), an English date written month first with a
second bare day ("March 3-5"), the naira and peso letters before a price of one unit or digit
groups ("N617 per litre", "N50,000"), Indian papers' "cr" and "lac", and "premier" in a
title ("le premier ministre", "the first lady").

Every sentence is written for this file from general knowledge of the house styles; none
is taken from a corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures

from .figure_helpers import money, only


def _all(text: str, language: str = "en") -> list[tuple[str, str, float | None]]:
    return [(f.text, f.kind.value, f.value) for f in find_figures(text, language=language)]


# --- "à 12 heures du scrutin": a distance in time, not an hour of the clock ---


@pytest.mark.parametrize(
    "text",
    [
        "Il reste à 12 heures du scrutin.",
        "Nous sommes à 10 heures des élections.",
        "Le délai passe à 12 heures.",
        "La garde à vue a été portée à 12 heures.",
        "La durée du vol est ramenée à 9 heures.",
        "Le temps de travail sera limité à 10 heures.",
    ],
)
def test_hours_after_a_distance_or_a_change_are_a_duration(text: str) -> None:
    f = only(text, "fr")
    assert (f.kind.value, f.value, f.unit) == ("duration", f.value, "hour")


@pytest.mark.parametrize(
    "text",
    [
        "Le vote a lieu à 12 heures.",
        "La réunion est fixée à 12 heures.",
        "Il est arrivé à 3 heures du matin.",
        "Elle est partie à 5 heures de l'après-midi.",
        "Le train part à 8 heures du soir.",
        "Rendez-vous à 15 h.",
    ],
)
def test_clock_hours_stay_times(text: str) -> None:
    assert only(text, "fr").kind.value == "time"


@given(st.integers(min_value=0, max_value=23))
def test_any_hour_before_the_vote_is_a_duration(hour: int) -> None:
    f = only(f"Les bureaux ferment à {hour} heures du scrutin.", "fr")
    assert (f.kind.value, f.value) == ("duration", float(hour))


# --- "âgé d'environ 12 ans": an approximate age ---


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Un garçon âgé d'environ 12 ans a été blessé.", "environ 12 ans", 12.0),
        ("Une femme âgée de près de 40 ans a été retrouvée.", "près de 40 ans", 40.0),
        ("Un suspect âgé d'environ 45 ans a été interpellé.", "environ 45 ans", 45.0),
    ],
)
def test_an_age_with_a_qualifier_is_an_age(text: str, surface: str, value: float) -> None:
    f = next(f for f in find_figures(text, language="fr") if f.text == surface)
    assert (f.value, f.unit, f.kind.value, f.approximate) == (value, "years old", "cardinal", True)


@pytest.mark.parametrize(
    "text",
    ["Il a travaillé pendant environ 12 ans.", "Il a été condamné à environ 12 ans."],
)
def test_a_qualified_duration_without_an_age_word_stays_a_duration(text: str) -> None:
    f = only(text, "fr")
    assert (f.kind.value, f.unit, f.approximate) == ("duration", "year", True)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Un budget d'environ 300 euros a été voté.", "environ 300 euros"),
        ("Une foule d'environ 2 000 personnes s'est réunie.", "environ 2 000"),
    ],
)
def test_an_elided_de_before_environ_keeps_the_qualifier(text: str, surface: str) -> None:
    f = only(text, "fr")
    assert (f.text, f.approximate) == (surface, True)


# --- "entre le 10 et le 15 mai": two dates ---


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("La foire aura lieu entre le 10 et le 15 mai.", ["--05-10", "--05-15"]),
        ("La foire aura lieu entre 10 et 15 mai.", ["--05-10", "--05-15"]),
        ("Les fouilles ont eu lieu entre le 2 et le 9 juillet 2023.", ["2023-07-02", "2023-07-09"]),
    ],
)
def test_days_between_in_a_month_are_two_dates(text: str, dates: list[str]) -> None:
    found = find_figures(text, language="fr")
    assert [f.kind.value for f in found] == ["date", "date"]
    assert [f.normalized for f in found] == dates
    assert found[0].text.isdigit()  # "entre" is no part of a date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a vu entre 10 et 15 personnes.", [("entre 10 et 15", "cardinal", None)]),
        ("Entre le 10 et le 15, il pleut.", [("10", "cardinal", 10.0), ("15", "cardinal", 15.0)]),
        ("La hausse sera entre 2 et 3 %.", [("entre 2 et 3 %", "percent", None)]),
    ],
)
def test_between_without_a_month_stays_a_range(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _all(text, "fr") == expected


# --- "March 3-5": two dates ---


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The festival runs March 3-5.", ["--03-03", "--03-05"]),
        ("The festival runs March 3 to 5.", ["--03-03", "--03-05"]),
        ("Talks run from Jan. 10-12 in Geneva.", ["--01-10", "--01-12"]),
        ("The fair runs March 3-5, 2024.", ["2024-03-03", "2024-03-05"]),
        ("The fair runs Sept. 28–30, 2025, in Paris.", ["2025-09-28", "2025-09-30"]),
    ],
)
def test_a_bare_day_after_a_month_first_date_is_a_date(text: str, dates: list[str]) -> None:
    found = find_figures(text)
    assert [f.kind.value for f in found] == ["date", "date"]
    assert [f.normalized for f in found] == dates


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("On March 3-5 people died.", ("5", "cardinal", 5.0)),
        ("The score on March 3 was 5-4.", ("5", "cardinal", 5.0)),
        ("He was born on March 30 - 2 days before.", ("2 days", "duration", 2.0)),
        ("The meeting on March 3 to 5 p.m. was long.", ("5 p.m.", "time", None)),
        ("The vote on March 30-12 members absent.", ("12", "cardinal", 12.0)),
    ],
)
def test_a_number_after_a_date_that_is_no_later_day_stays_a_number(
    text: str, second: tuple[str, str, float | None]
) -> None:
    assert _all(text)[1] == second


@given(st.integers(min_value=1, max_value=27), st.integers(min_value=1, max_value=3))
def test_any_pair_of_days_after_a_month_is_two_dates(day: int, more: int) -> None:
    found = find_figures(f"The summit runs October {day}-{day + more} in Rome.")
    assert [f.normalized for f in found] == [f"--10-{day:02d}", f"--10-{day + more:02d}"]


# --- "N617 per litre", "N50,000": the naira and the peso letters ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuel now costs N617 per litre.", [("N617", "NGN", 617.0)]),
        ("A bag of rice sells at N50,000 in Kano.", [("N50,000", "NGN", 50000.0)]),
        ("Rice costs P60 per kilo in Manila.", [("P60", "PHP", 60.0)]),
        ("The fare rose to P1,500 this week.", [("P1,500", "PHP", 1500.0)]),
        ("The deal is worth N2.5bn.", [("N2.5bn", "NGN", 2.5e9)]),
    ],
)
def test_a_letter_before_a_unit_price_or_digit_groups_is_money(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nurses wore N95 masks all day.",
        "The N1 road is closed after the crash.",
        "The P1 pupils sat the test.",
        "A meal costs P500 in Manila.",  # a model's name or a price: left unread
    ],
)
def test_a_letter_and_a_plain_number_stay_a_name(text: str) -> None:
    assert money(text) == []


# --- "Rs 500 cr", "Rs 5 lac": Indian papers' short forms ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget is Rs 500 cr this year.", [("Rs 500 cr", "INR", 5e9)]),
        ("The budget is Rs10,000cr this year.", [("Rs10,000cr", "INR", 1e11)]),
        ("He paid Rs 5 lacs in fees.", [("Rs 5 lacs", "INR", 5e5)]),
        ("He earned 5 lac rupees.", [("5 lac rupees", "INR", 5e5)]),
    ],
)
def test_crore_and_lakh_short_forms_are_scales(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert money(text) == expected


def test_a_model_name_with_cr_is_no_crore() -> None:
    assert _all("The 5 CR-V cars were sold.") == [("5", "cardinal", 5.0)]


# --- "le premier ministre", "the first lady": a title, no rank ---


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le premier ministre a parlé mardi.", "fr"),
        ("La première ministre a démissionné.", "fr"),
        ("La première dame est arrivée à Dakar.", "fr"),
        ("The first lady visited the school.", "en"),
    ],
)
def test_first_in_a_title_is_no_figure(text: str, language: str) -> None:
    assert find_figures(text, language=language) == ()


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("C'est la première fois qu'il parle.", "fr", 1.0),
        ("Le premier tour a lieu dimanche.", "fr", 1.0),
        ("Il est le deuxième ministre à partir.", "fr", 2.0),
        ("He was the first minister to resign.", "en", 1.0),
        ("It was the first time he spoke.", "en", 1.0),
    ],
)
def test_other_ordinals_stay_ranks(text: str, language: str, value: float) -> None:
    f = only(text, language)
    assert (f.kind.value, f.value) == ("ordinal", value)


# --- "Bt500", "TL500", "E£500", "N$5m": regional papers' currency symbols ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets cost Bt500 each.", [("Bt500", "THB", 500.0)]),
        ("The project costs Bt1.2 billion.", [("Bt1.2 billion", "THB", 1.2e9)]),
        ("A kilo of tea costs TL500 in Rize.", [("TL500", "TRY", 500.0)]),
        ("The fine is E£500.", [("E£500", "EGP", 500.0)]),
        ("The mine lost N$5m last year.", [("N$5m", "NAD", 5e6)]),
        ("The club paid $5m.", [("$5m", "USD", 5e6)]),
    ],
)
def test_regional_currency_symbols(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    "text", ["The BTS band toured Asia.", "Bt is not a price.", "She led TL teams."]
)
def test_the_letters_without_an_amount_are_no_money(text: str) -> None:
    assert money(text) == []


# --- "dont un avec sursis": a part of a figure just before, in its time unit ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il a été condamné à deux ans de prison, dont un avec sursis.",
            [("deux ans", "duration", 2.0), ("un", "duration", 1.0)],
        ),
        ("Douze morts, dont une femme.", [("Douze", "cardinal", 12.0), ("une", "cardinal", 1.0)]),
        (
            "Il a écopé de 5 ans dont 2 avec sursis.",
            [("5 ans", "duration", 5.0), ("2", "duration", 2.0)],
        ),
    ],
)
def test_un_after_dont_and_a_figure_is_a_number(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _all(text, "fr") == expected


@pytest.mark.parametrize(
    "text", ["Le livre dont un ami m'a parlé est sorti.", "Un homme dont un fils est mort."]
)
def test_un_after_a_relative_dont_stays_an_article(text: str) -> None:
    assert find_figures(text, language="fr") == ()


# --- "France 24", "France 2": television channels named with a number ---------------------


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Il a parlé à France 24 mardi.", "fr", "France 24"),
        ("Le débat est diffusé sur France 2.", "fr", "France 2"),
        ("He told France 24 on Monday.", "en", "France 24"),
    ],
)
def test_a_channel_named_with_a_number_is_a_name(text: str, language: str, surface: str) -> None:
    f = only(text, language)
    assert (f.text, f.kind.value) == (surface, "identifier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In France, 2,000 people marched.", [("2,000", "cardinal", 2000.0)]),
        ("France beat Belgium 2-1.", [("2", "cardinal", 2.0), ("1", "cardinal", 1.0)]),
    ],
)
def test_numbers_near_france_stay_numbers(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _all(text) == expected


# --- "the Fifth Amendment", "the 94th District": an ordinal inside a name ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They invoked their Fifth Amendment rights.",
        "The race in the 94th District was tied.",
        "The 2nd Circuit ruled on Friday.",
        "The shop is on Fifth Avenue.",
        "The bill died in the 116th Congress.",
    ],
)
def test_an_ordinal_in_a_name_is_no_figure(text: str) -> None:
    assert find_figures(text) == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He finished fifth in the race.", 5.0),
        ("The fifth district of the city voted.", 5.0),  # not a name as written
        ("It was the 94th time he tried.", 94.0),
        ("She came 2nd in the street race.", 2.0),
    ],
)
def test_an_ordinal_before_other_words_ranks(text: str, value: float) -> None:
    f = only(text)
    assert (f.kind.value, f.value) == ("ordinal", value)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Il a écopé de 18 mois dont 6 avec sursis.", "month", 6.0),
        ("Il a été condamné à 5 ans de prison dont 2 avec sursis.", "year", 2.0),
    ],
)
def test_a_bare_part_after_dont_takes_the_duration_unit(text: str, unit: str, value: float) -> None:
    f = find_figures(text, language="fr")[-1]
    assert (f.kind.value, f.unit, f.value) == ("duration", unit, value)


def test_a_part_with_its_own_noun_keeps_it() -> None:
    f = find_figures("Il y a eu 12 morts en 5 ans, dont 3 enfants.", language="fr")[-1]
    assert (f.kind.value, f.unit, f.value) == ("cardinal", "enfants", 3.0)
