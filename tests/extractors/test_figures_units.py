"""Figures: what a number counts (``unit``) and money written in less common ways."""

from __future__ import annotations

import pytest

from provenance.enums import FigureKind
from provenance.extractors.figures import find_figures
from provenance.extractors.figures.nouns import counted_unit
from provenance.extractors.records import FigureSpan

K = FigureKind


def by_text(text: str) -> dict[str, FigureSpan]:
    """The figures of ``text`` keyed by their surface."""
    return {f.text: f for f in find_figures(text)}


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        # the phrase stops at a verb, whatever its form
        ("Only one farmer owns a tractor here.", "one", "farmer"),
        ("One reader writes that the bridge is unsafe.", "One", "reader"),
        ("One driver doesn't stop at the lights.", "One", "driver"),
        ("About 2,000 people took part in the march.", "About 2,000", "people"),
        ("Some 40 men went missing at sea.", "Some 40", "men"),
        ("Last year 12 children fled the village.", "12", "children"),
        ("Of the films, 3 took more than $10m.", "3", None),
        ("The top 10 include two debut albums.", "10", None),
        ("Four nurses seem happy with the offer.", "Four", "nurses"),
        # adjective + noun is kept
        ("Police found 14 abandoned cars.", "14", "abandoned cars"),
        ("The army freed 300 injured hostages.", "300", "injured hostages"),
        ("They counted 8 unmarked graves.", "8", "unmarked graves"),
        ("She met 5 US senators.", "5", "US senators"),
        ("They freed two jailed Tibetan monks.", "two", "jailed Tibetan monks"),
        ("Two rival EU ministers met.", "Two", "rival EU ministers"),
        ("Polls say 10 recognised Anna Berg.", "10", None),
        ("Medics treated 30 injured Afghans.", "30", "injured Afghans"),
        ("Police seized 900 fake DVDs and 40 laptops.", "900", "fake DVDs"),
        ("Four wounded Monday were flown out.", "Four", None),
        ("It split into three groups of four and then merged.", "three", "groups"),
        ("It employs 40 family members.", "40", "family members"),
        ("The bank has one savings account per client.", "one", "savings account"),
        ("He runs one news website.", "one", "news website"),
        ("Markets closed for two trading days.", "two", "trading days"),
        ("Rates went up in five interest rate rises.", "five", "interest rate rises"),
        # "one" as a pronoun counts nothing
        ("One hopes the talks will resume.", "One", None),
        # a number word starts another number, it is not counted
        ("He scored twenty thirty times.", "twenty", None),
        # measurement units end the phrase and are kept as written
        ("He bought a 17 inch screen.", "17", "inch"),
        ("They built a 3 metre fence.", "3", "metre"),
        ("She ran 12 kilometres before noon.", "12", "kilometres"),
        ("The town is 40 mi north of the border.", "40", "mi"),
        ("Rice came in sacks of 25 kg each.", "25", "kg"),
        ("The farm covers 1,200 sq mi of land.", "1,200", "sq mi"),
        ("The lake covers 520 km2 in summer.", "520", "km2"),
        ("Water boils at 100 °C at sea level.", "100", "°C"),
        ("Steel melts above 1370 degrees Celsius, they said.", "above 1370", "degrees Celsius"),
        ("The plank is 2 in thick.", "2", "in"),
        ("The plank is 2 in.", "2", "in"),
        ("There were 2 in the lorry.", "2", None),
        # "of" + a measure belongs to the unit: "bags of 60 kilos"
        ("It shipped 900 crates of 30 kilos each.", "900", "crates of 30 kilos"),
        # a company suffix names a company
        ("Shares of Harbour 21 Ltd fell.", "21", None),
        ("It bought 10 Acme Corp shares.", "10", "Acme Corp shares"),
        # a lone adjective counts nothing
        ("Is two point five irrational?", "two point five", None),
        # the unit is shared across "and"/"or"
        ("Patients were given 20 and 40 mg doses.", "20", "mg"),
        ("Only two or three shops opened.", "two", "shops"),
        ("Only 10 or 12 boats left port.", "10", "boats"),
    ],
)
def test_counted_noun(sentence: str, surface: str, unit: str | None) -> None:
    """The unit names what is counted as written: a noun phrase stopped at its end."""
    assert by_text(sentence)[surface].unit == unit


def test_counted_unit_singular_flag() -> None:
    """With ``singular`` a word in -s after the noun is its verb."""
    text = "one tourist visits the castle"
    assert counted_unit(text, 3, singular=True) == "tourist"
    assert counted_unit("two tourist visits a year", 3) == "tourist visits"


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "currency"),
    [
        ("Not a penny was paid.", "a penny", 0.01, "GBP"),
        ("They live on a dollar a day.", "a dollar", 1.0, "USD"),
        ("The coin is worth a cent.", "a cent", 0.01, "USD"),
        ("It made Australian dollars 210m.", "Australian dollars 210m", 2.1e8, "AUD"),
        ("Profit reached Canadian dollars 3.4bn.", "Canadian dollars 3.4bn", 3.4e9, "CAD"),
        ("It was fined US dollars 12 million.", "US dollars 12 million", 1.2e7, "USD"),
    ],
)
def test_money_in_other_forms(sentence: str, surface: str, value: float, currency: str) -> None:
    """Money as "a penny", or with the currency named before the amount."""
    f = by_text(sentence)[surface]
    assert (f.kind, f.unit) == (K.MONEY, currency)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "They spent billions of dollars 10 years ago.",
        "A penny-pinching council cut 5 jobs.",
    ],
)
def test_no_money_without_an_amount(sentence: str) -> None:
    """A currency word before a duration, or "penny-" as a modifier, is not money."""
    assert all(f.kind is not K.MONEY for f in find_figures(sentence))


def test_qualified_a_unit() -> None:
    """A qualifier before "a week" or "a dollar" bounds it."""
    f = by_text("The strike lasted more than a week.")["more than a week"]
    assert (f.kind, f.value, f.lower, f.upper) == (K.DURATION, 1.0, 1.0, None)
    g = by_text("Each bottle costs less than a dollar.")["less than a dollar"]
    assert (g.kind, g.upper) == (K.MONEY, 1.0)


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "upper", "currency"),
    [
        ("It expects sales of $410m-425m this year.", "$410m-425m", 4.1e8, 4.25e8, "USD"),
        ("The fee is €2bn-3bn.", "€2bn-3bn", 2e9, 3e9, "EUR"),
        ("Films cost between $15-30m to make.", "between $15-30m", 1.5e7, 3e7, "USD"),
        ("Cover of between 20,000 stg and 40,000 per head.", None, 2e4, 4e4, "GBP"),
    ],
)
def test_money_range_carries_the_currency(
    sentence: str, surface: str | None, lower: float, upper: float, currency: str
) -> None:
    """The bare second half of a money range takes the currency and scale of the first."""
    money = [f for f in find_figures(sentence) if f.kind is K.MONEY]
    assert len(money) == 1
    f = money[0]
    assert surface is None or f.text == surface
    assert (f.value, f.lower, f.upper, f.unit) == (None, lower, upper, currency)


def test_money_change_to_a_level_is_two_figures() -> None:
    """ "by X marks to Y" gives the change and the new level, not a range."""
    figs = find_figures("Income rose on higher fees by 12 mln marks to 400 mln.")
    assert [f.value for f in figs] == [12e6, 400e6]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "hedge", "unit"),
    [
        ("A 40-ish man was seen.", "40-ish", 40.0, "ish", "man"),
        ("The storm hit 80-odd villages.", "80-odd", 80.0, "odd", "villages"),
    ],
)
def test_ish_and_odd_are_hedges(
    sentence: str, surface: str, value: float, hedge: str, unit: str
) -> None:
    """ "40-ish" and "80-odd" are approximate numbers, not units called "ish" or "odd"."""
    f = by_text(sentence)[surface]
    assert (f.value, f.approximate, f.unit, f.qualifier) == (value, True, unit, hedge)
    assert (f.lower, f.upper) == (None, None)
