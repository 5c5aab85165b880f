"""The constructions read after blind matrix 47, each with the neighbours that must stay as
they were: currency words of the Maghreb's French press, a time unit that is also an ordinal,
a rate's "a day" after a counted noun, a part with "des", a power with a caret, two readings
joined by a slash and a change that no scale is carried back to."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance

NO_FIGURES = ("time", "identifier", "marker")


def figs(text: str, language: str = "en") -> list[tuple[str, str, float, str | None]]:
    frame = provenance.extract_figures(text, language=language)
    return [
        (r.text, r.kind, r.value, r.unit)
        for r in frame.itertuples(index=False)
        if r.kind not in NO_FIGURES
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le litre a atteint 14 DH à Rabat.", "MAD"),
        ("L'office a investi 300 millions de dirhams.", "MAD"),
        ("Le kilo est vendu à 120 DA à Oran.", "DZD"),
        ("Le salaire minimum passe à 20 000 dinars.", "DZD"),
        ("Un salaire de 1 200 dinars tunisiens.", "TND"),
        ("Le Koweït a prêté 2 milliards de dinars koweïtiens.", "KWD"),
        ("Le menu coûte 28 fr. à midi.", "CHF"),
    ],
)
def test_french_money_of_the_maghreb_and_switzerland(text: str, code: str) -> None:
    [(_, kind, _, unit)] = figs(text, "fr")
    assert (kind, unit) == ("money", code)


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("The firm earned 3 billion dirhams.", "AED", 3e9),  # English: the UAE's
        ("The company lost Dh5m.", "AED", 5e6),
        ("The fine was set at 4,950 soles.", "PEN", 4950.0),
        ("A kilo costs 180 bolivars.", "VES", 180.0),
        ("A coffee cost 10 kuna.", "HRK", 10.0),
        ("It fell to 1,050,000 rials.", "IRR", 1050000.0),
        ("The dollar traded at 600,000 tomans.", "IRR", 6e6),  # ten rials each
        ("It cost LE2 billion.", "EGP", 2e9),
    ],
)
def test_english_money_words(text: str, code: str, value: float) -> None:
    [(_, kind, got, unit)] = figs(text)
    assert (kind, unit) == ("money", code)
    assert got == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["LE 14 JUILLET, LA FÊTE.", "Le 14 juillet.", "Le 12 mai."],
)
def test_le_is_no_pound_in_french(text: str) -> None:
    assert all(kind != "money" for _, kind, _, _ in figs(text, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        "Light travels at 299,792 km per second.",
        "The chip does 10 operations a second.",
        "It flashes twice a second.",
    ],
)
def test_a_time_unit_after_per_or_a_is_no_ordinal(text: str) -> None:
    assert all(kind != "ordinal" for _, kind, _, _ in figs(text))


@pytest.mark.parametrize(
    "text", ["He won a second term.", "It rains every second day.", "He came second."]
)
def test_second_before_a_word_or_alone_stays_an_ordinal(text: str) -> None:
    assert [(k, v) for _, k, v, _ in figs(text)] == [("ordinal", 2.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Take 400 IU of vitamin D a day.",
        "Take two tablets a day.",
        "Eat five portions of fruit a day.",
    ],
)
def test_a_day_after_a_counted_noun_is_a_rate(text: str) -> None:
    assert all(kind != "duration" for _, kind, _, _ in figs(text))


@pytest.mark.parametrize("text", ["He waited a day.", "Some of the men spent a week there."])
def test_a_day_alone_is_still_a_duration(text: str) -> None:
    assert [(k, v) for _, k, v, _ in figs(text)] == [("duration", 1.0)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le quart des ménages peine.", 0.25),
        ("Le tiers du budget va à la dette.", 1 / 3),
        ("Un quart des ménages peine.", 0.25),
    ],
)
def test_a_part_before_des_is_a_share(text: str, value: float) -> None:
    [(_, _, got, _)] = figs(text, "fr")
    assert got == pytest.approx(value)


def test_a_cup_round_is_still_no_share() -> None:
    assert figs("Il a atteint les quarts de finale.", "fr") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The chip performs 10^9 operations.", 1e9),
        ("It is 2^10.", 1024.0),
        ("A 10^-6 m gap.", 1e-6),
    ],
)
def test_a_power_with_a_caret(text: str, value: float) -> None:
    [(_, _, got, _)] = figs(text)
    assert got == pytest.approx(value)


@given(st.integers(1, 299), st.integers(1, 299))
def test_two_readings_before_mmhg(high: int, low: int) -> None:
    """The first pressure is the higher ("1/2 mmHg" is half of one)."""
    high, low = max(high, low), min(high, low)
    got = figs(f"A reading of {high}/{low} mmHg was taken.")
    assert [(v, u) for _, _, v, u in got] == [(float(high), "mmHg"), (float(low), "mmHg")]


@pytest.mark.parametrize("text", ["He is on call 24/7.", "His blood pressure was 140/90."])
def test_a_slash_pair_without_the_unit_is_unchanged(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The population shrank by 531,000 to 123.9 million.", 531000.0),
        ("Output fell from 5 to 3 mln tonnes.", 5e6),
        ("Sales rose by 1,200 to 5,400 mln dlrs.", 1.2e9),
    ],
)
def test_a_scale_is_carried_back_only_to_a_change_it_fits(text: str, first: float) -> None:
    assert figs(text)[0][2] == pytest.approx(first)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La marge d'erreur est de plus ou moins 3,1 points.", 3.1),
        ("Il fait moins 4 degrés.", -4.0),
    ],
)
def test_plus_ou_moins_is_no_sign(text: str, value: float) -> None:
    [(_, _, got, _)] = figs(text, "fr")
    assert got == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Under Rule 4 of the procedure, members may speak.",
        "She was treated on Ward 9.",
        "Year 11 pupils sit their GCSEs in May.",
        "The plant is ISO 9001 certified.",
        "Vision 2030 aims to cut reliance on oil.",
        "The fire started at Flat 12.",
        "Traffic queued near junction 10.",
        "The phase 3 trial ended.",
        "He was charged under the Equality Act 2010.",
    ],
)
def test_names_with_their_number(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    "text",
    ["The rule was 4 years old.", "In the year 2011 it rained.", "The act took 3 hours."],
)
def test_lower_case_nouns_before_a_number_still_count(text: str) -> None:
    assert figs(text) != []


def test_half_life_is_no_half() -> None:
    assert [v for _, _, v, _ in figs("Caesium has a half-life of about 30 years.")] == [30.0]
