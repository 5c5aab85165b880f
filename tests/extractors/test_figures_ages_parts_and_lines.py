"""Number forms of stop 35: a bare count after "aged" is an age in years ("aged between 20
and 30"), as "âgés de 20 à 30 ans" already is; the part of a year before a month and its
year ("mid-June 2020", "fin mai 2021"); a part of a prison term whose count is followed by
"ferme" ("4 ans, dont 2 ferme"); currency letters before the number of a line ("the TL 5
bus"); multiples that compare ("twice as many", "le double de", "half as many"); a scale
word after a number in words that holds a bigger one ("one billion twenty-five millions");
each with neighbours that must keep their reading.

Every sentence is written for this file; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from provenance.extractors.figures import find_figures

Row = tuple[str, str, float | None, float | None, float | None, str | None]


def _rows(text: str, language: str = "en") -> list[Row]:
    return [
        (f.text, f.kind.value, f.value, f.lower, f.upper, f.unit)
        for f in find_figures(text, language=language)
    ]


# --- "aged 20", "aged between 20 and 30": ages in years -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters aged between 20 and 30 stayed home.",
            [("between 20 and 30", "cardinal", None, 20.0, 30.0, "years old")],
        ),
        (
            "Men aged 18 to 25 were called up.",
            [("18 to 25", "cardinal", None, 18.0, 25.0, "years old")],
        ),
        ("A man aged 34 was arrested.", [("34", "cardinal", 34.0, 34.0, 34.0, "years old")]),
        ("He died at the age of 90.", [("90", "cardinal", 90.0, 90.0, 90.0, "years old")]),
        ("She left school at age 16.", [("16", "cardinal", 16.0, 16.0, 16.0, "years old")]),
        ("A woman aged forty was hurt.", [("forty", "cardinal", 40.0, 40.0, 40.0, "years old")]),
        (
            "Des jeunes âgés de 20 à 30 ans ont manifesté.",
            [("20 à 30 ans", "cardinal", None, 20.0, 30.0, "years old")],
        ),
    ],
)
def test_a_count_after_aged_is_an_age(text: str, expected: list[Row]) -> None:
    """ "aged" before a bare number, a range or a time unit makes an age in years."""
    language = "fr" if "âgés" in text else "en"
    assert _rows(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no word of age before: a count, a range, a duration as before
        ("He managed 20 people.", [("20", "cardinal", 20.0, 20.0, 20.0, "people")]),
        ("Between 20 and 30 came.", [("Between 20 and 30", "cardinal", None, 20.0, 30.0, None)]),
        ("The cheese aged for 20 months.", [("20 months", "duration", 20.0, 20.0, 20.0, "month")]),
        # a name with "Age" in it
        ("Ice Age 2 premiered.", [("2", "cardinal", 2.0, 2.0, 2.0, None)]),
        # a percent after "aged" stays a percent
        ("Stocks aged 20 percent.", [("20 percent", "percent", 20.0, 20.0, 20.0, "percent")]),
    ],
)
def test_counts_without_a_word_of_age_keep_their_reading(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


# --- "mid-June 2020", "fin mai 2021": the part of a year before a month -----------------------


@pytest.mark.parametrize(
    ("text", "language", "surface", "normalized", "qualifier"),
    [
        ("Talks resume in mid-June 2020.", "en", "mid-June 2020", "2020-06", "mid"),
        ("It closed in late May 2021.", "en", "late May 2021", "2021-05", "late"),
        ("Early July 2019 was hot.", "en", "Early July 2019", "2019-07", "Early"),
        ("Le chantier reprend mi-juin 2020.", "fr", "mi-juin 2020", "2020-06", "mi"),
        ("Il part fin mai 2021.", "fr", "fin mai 2021", "2021-05", "fin"),
        ("Le vote a lieu début juillet 2019.", "fr", "début juillet 2019", "2019-07", "début"),
    ],
)
def test_the_part_of_a_month_is_the_dates_qualifier(
    text: str, language: str, surface: str, normalized: str, qualifier: str
) -> None:
    """The part is in the span and is the qualifier; the date stays the month's."""
    (f,) = find_figures(text, language=language)
    assert (f.text, f.kind.value, f.normalized, f.qualifier) == (
        surface,
        "date",
        normalized,
        qualifier,
    )


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("It happened late on June 15, 2020.", "en", "June 15, 2020"),  # a day's date
        ("He arrived early June 15.", "en", "June 15"),
        ("Le 15 juin 2020, il est parti.", "fr", "15 juin 2020"),
        ("Depuis juin 2020, rien.", "fr", "juin 2020"),  # no part word
    ],
)
def test_other_dates_keep_their_span(text: str, language: str, surface: str) -> None:
    (f,) = find_figures(text, language=language)
    assert (f.text, f.qualifier) == (surface, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [("It rained in mid-June.", "en"), ("Il revient mi-juin.", "fr"), ("Fin mai, rien.", "fr")],
)
def test_a_month_part_without_a_number_is_no_figure(text: str, language: str) -> None:
    """No number, no figure (as "early October" in wire copy)."""
    assert find_figures(text, language=language) == ()


# --- "4 ans de prison, dont 2 ferme": the part of a term in its time unit ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il a été condamné à 4 ans de prison, dont 2 ferme.",
            [
                ("4 ans", "duration", 4.0, 4.0, 4.0, "year"),
                ("2", "duration", 2.0, 2.0, 2.0, "year"),
            ],
        ),
        (
            "Trois ans de prison dont un ferme.",
            [
                ("Trois ans", "duration", 3.0, 3.0, 3.0, "year"),
                ("un", "duration", 1.0, 1.0, 1.0, "year"),
            ],
        ),
    ],
)
def test_a_firm_part_of_a_term_takes_its_unit(text: str, expected: list[Row]) -> None:
    assert _rows(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a acheté 2 fermes.", [("2", "cardinal", 2.0, 2.0, 2.0, "fermes")]),
        (
            "Douze morts, dont 2 enfants.",
            [
                ("Douze", "cardinal", 12.0, 12.0, 12.0, "morts"),
                ("2", "cardinal", 2.0, 2.0, 2.0, "enfants"),
            ],
        ),
    ],
)
def test_farms_and_other_parts_keep_their_noun(text: str, expected: list[Row]) -> None:
    assert _rows(text, "fr") == expected


# --- "the TL 5 bus": a currency's letters before the number of a line --------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He took the TL 5 bus home.", "TL 5"),
        ("Take the RM 5 line downtown.", "RM 5"),
        ("The USD 3 model sold out.", "USD 3"),
    ],
)
def test_currency_letters_before_a_lines_number_are_a_name(text: str, surface: str) -> None:
    (f,) = find_figures(text)
    assert (f.text, f.kind.value, f.value) == (surface, "identifier", None)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("A ride costs TL 5 per ride.", "TL 5", 5.0),
        ("He paid a TL 500 fine.", "TL 500", 500.0),
        ("A TL5 bus fare is cheap.", "TL5", 5.0),  # glued: a price
        ("The TL 5.50 bus fare rose.", "TL 5.50", 5.5),  # cents: a price
        ("The bank lent TL 5 billion.", "TL 5 billion", 5e9),
        ("Fares are TL 5.", "TL 5", 5.0),
    ],
)
def test_currency_letters_before_other_amounts_stay_money(
    text: str, surface: str, value: float
) -> None:
    (f,) = find_figures(text)
    assert (f.text, f.kind.value, f.value) == (surface, "money", value)


# --- "twice as many", "le double de": multiples as counts of times ------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("There were twice as many cases.", "en", ("twice", 2.0, "times")),
        ("It is twice the size of Wales.", "en", ("twice", 2.0, "times")),
        ("The rate is thrice the average.", "en", ("thrice", 3.0, "times")),
        ("Nearly twice as much was spent.", "en", ("Nearly twice", 2.0, "times")),
        ("Half as many people came.", "en", ("Half", 0.5, "times")),
        ("Les ventes atteignent le double de l'an dernier.", "fr", ("double", 2.0, "fois")),
        ("Il a vendu au triple du prix.", "fr", ("triple", 3.0, "fois")),
        ("Il a payé le double.", "fr", ("double", 2.0, "fois")),
        ("Elle gagne le quadruple d'un salaire moyen.", "fr", ("quadruple", 4.0, "fois")),
    ],
)
def test_a_multiple_that_compares_is_a_count_of_times(
    text: str, language: str, expected: tuple[str, float, str]
) -> None:
    """As "three times as much" is three "times", of the kind ``multiple`` (a factor)."""
    (f,) = find_figures(text, language=language)
    assert (f.text, f.value, f.unit, f.kind.value) == (*expected, "multiple")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was hit twice.", "en"),
        ("They meet twice a week.", "en"),
        ("Twice, he tried.", "en"),
        ("C'est le double champion du monde.", "fr"),
        ("Il a gagné le triple saut.", "fr"),
        ("Le document existe en double.", "fr"),
        ("Il dénonce la double peine.", "fr"),
    ],
)
def test_other_uses_of_a_multiple_are_no_figure(text: str, language: str) -> None:
    assert find_figures(text, language=language) == ()


def test_a_multiple_joins_no_number_word() -> None:
    """ "twenty twice" is twenty, then a multiple; never 22."""
    assert [(f.text, f.value) for f in find_figures("They scored twenty twice as fast.")] == [
        ("twenty", 20.0),
        ("twice", 2.0),
    ]


def test_a_multiple_before_a_new_level_keeps_its_value() -> None:
    """ "rose tenfold to 5 million": ten times, then the level (no shared scale)."""
    rows = [(f.text, f.value) for f in find_figures("Sales rose tenfold to 5 million.")]
    assert rows == [("tenfold", 10.0), ("5 million", 5e6)]
    rows = [(f.text, f.value) for f in find_figures("Sales rose from ten to 15 million.")]
    assert rows == [("ten", 1e7), ("15 million", 1.5e7)]


# --- "one billion twenty-five millions": a scale word after a number in words --------------


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("It cost one billion twenty-five millions.", "one billion twenty-five millions", 1.025e9),
        ("About seventy-five thousands came.", "About seventy-five thousands", 75e3),
        ("It cost one billion two hundred millions.", "one billion two hundred millions", 1.2e9),
        # neighbours: the scale after a plain count, and a bigger scale after a smaller one
        ("They counted 5 thousands.", "5 thousands", 5e3),
        ("It cost three thousand millions.", "three thousand millions", 3e9),
        ("It cost two million five hundred thousand.", "two million five hundred thousand", 2.5e6),
    ],
)
def test_a_scale_word_after_words_scales_what_follows_a_bigger_one(
    text: str, surface: str, value: float
) -> None:
    (f,) = find_figures(text)
    assert (f.text, f.value) == (surface, value)


def test_thousands_alone_stay_vague() -> None:
    (f,) = find_figures("Thousands of people marched.")
    assert (f.kind.value, f.lower) == ("vague", 2000.0)


def test_half_of_something_stays_a_share() -> None:
    """ "half the people" is a share of them, no multiple."""
    (f,) = find_figures("Half the people came.")
    assert (f.text, f.value, f.unit) == ("Half", 0.5, None)
