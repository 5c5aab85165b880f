"""Figure extraction: every form of number a news text uses, the seed article, invariants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import FigureKind
from provenance.extractors.figures import figures_frame, find_figures
from provenance.extractors.records import FigureSpan

K = FigureKind
SEED = Path(__file__).resolve().parents[2] / "examples" / "afp_putin_trump_talks.txt"


def only(text: str, **kwargs: object) -> FigureSpan:
    """The single figure of ``text`` (fails when there is not exactly one)."""
    figs = find_figures(text, **kwargs)  # type: ignore[arg-type]
    assert len(figs) == 1, [f.text for f in figs]
    return figs[0]


def by_text(text: str) -> dict[str, FigureSpan]:
    """The figures of ``text`` keyed by their surface."""
    return {f.text: f for f in find_figures(text)}


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "value"),
    [
        ("The bill came to 1,234,567 over the year.", "1,234,567", K.CARDINAL, 1234567.0),
        ("Output was 3.75 on the index.", "3.75", K.CARDINAL, 3.75),
        ("The door is 2 1/2 inches thick.", "2 1/2", K.CARDINAL, 2.5),
        ("They hold 8-1/2 pct of the stock.", "8-1/2 pct", K.PERCENT, 8.5),
        ("She ate ½ of the pie.", "½", K.CARDINAL, 0.5),
        ("Nearly 1/4 of staff left.", "Nearly 1/4", K.CARDINAL, 0.25),
        ("The town has 10 000 residents.", "10 000", K.CARDINAL, 10000.0),
        ("It lost -15 points.", "-15", K.CARDINAL, -15.0),
        ("Three hundred and forty two thousand voted.", None, K.CARDINAL, 342000.0),
        ("They found twenty-one bodies.", "twenty-one", K.CARDINAL, 21.0),
        ("He bought a dozen eggs.", "a dozen", K.CARDINAL, 12.0),
        ("Half a million fled.", "Half a million", K.CARDINAL, 500000.0),
        ("Two and a half million fled.", None, K.CARDINAL, 2500000.0),
        ("Nearly three-quarters of voters agreed.", None, K.CARDINAL, 0.75),
        ("Half of the staff quit.", "Half", K.CARDINAL, 0.5),
        ("It was their fifth meeting.", "fifth", K.ORDINAL, 5.0),
        ("It was the 4th quarter.", "4th", K.ORDINAL, 4.0),
        ("The twenty-first round begins.", "twenty-first", K.ORDINAL, 21.0),
        ("Turnout was 76%.", "76%", K.PERCENT, 76.0),
        ("Rates rose 5 pct.", "5 pct", K.PERCENT, 5.0),
        ("Rates fell 3.5 percentage points.", "3.5 percentage points", K.PERCENT, 3.5),
        ("Growth hit 4 per cent.", "4 per cent", K.PERCENT, 4.0),
        ("Duration: 90 minutes.", "90 minutes", K.DURATION, 90.0),
        ("It sold two million copies.", "two million", K.CARDINAL, 2e6),
        ("It sold 1.5 million copies.", "1.5 million", K.CARDINAL, 1.5e6),
        ("About 1m people watched.", "About 1m", K.CARDINAL, 1e6),
        ("A zero-sum game had zero winners.", "zero", K.CARDINAL, 0.0),
    ],
)
def test_numbers_in_every_form(
    sentence: str, surface: str | None, kind: FigureKind, value: float
) -> None:
    """Digits, separators, fractions, words, ordinals and percents give the right value and kind."""
    hits = [f for f in find_figures(sentence) if f.value == value]
    assert hits, [(f.text, f.value) for f in find_figures(sentence)]
    f = hits[0]
    assert f.kind is kind
    if surface is not None:
        assert f.text == surface


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "currency"),
    [
        ("The deal is worth £1.13bn.", "£1.13bn", 1.13e9, "GBP"),
        ("It paid $639m for the unit.", "$639m", 639e6, "USD"),
        ("It earned 1.5 mln dlrs last year.", "1.5 mln dlrs", 1.5e6, "USD"),
        ("Tickets cost EUR 20 each.", "EUR 20", 20.0, "EUR"),
        ("Tickets cost 20 euros each.", "20 euros", 20.0, "EUR"),
        ("Shr profit 66 cts vs 50 cts.", "66 cts", 0.66, "USD"),
        ("It bid 4.5\nbillion dlrs for the airline.", "4.5\nbillion dlrs", 4.5e9, "USD"),
        ("They raised 300 mln Canadian dlrs.", "300 mln Canadian dlrs", 3e8, "CAD"),
        ("Sales reached US$5 billion.", "US$5 billion", 5e9, "USD"),
        ("A stamp costs 50p.", "50p", 0.5, "GBP"),
        ("Losses were ($99.99).", "($99.99)", -99.99, "USD"),
        ("He spent 20 million pounds on it.", "20 million pounds", 2e7, "GBP"),
        ("Profits rose to 2 billion yen.", "2 billion yen", 2e9, "JPY"),
    ],
)
def test_money(sentence: str, surface: str, value: float, currency: str) -> None:
    """Money keeps symbol and scale in the span, has its value in full units and an ISO code."""
    f = by_text(sentence)[surface]
    assert f.kind is K.MONEY
    assert f.value == pytest.approx(value)
    assert f.unit == currency
    assert f.normalized is not None
    assert f.normalized.startswith(currency + " ")


def test_money_normalized_is_code_and_whole_units() -> None:
    """The normalized form of money is the ISO code and the amount in full units."""
    assert only("It cost £1.13bn.").normalized == "GBP 1130000000"


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "upper", "kind"),
    [
        ("Between 40 and 50 people came.", "Between 40 and 50", 40.0, 50.0, K.CARDINAL),
        ("Some 40-50 people came.", "Some 40-50", 40.0, 50.0, K.CARDINAL),
        ("An 8- to 16-meter telescope.", "8- to 16-meter", 8.0, 16.0, K.CARDINAL),
        ("Prices of 340 to 350 cruzados.", "340 to 350 cruzados", 340.0, 350.0, K.MONEY),
        ("Rates of 5 to 7 pct were seen.", "5 to 7 pct", 5.0, 7.0, K.PERCENT),
        ("It costs 1.5 to 2 billion dlrs.", "1.5 to 2 billion dlrs", 1.5e9, 2e9, K.MONEY),
        ("Temperatures of -18 to -34 are common.", "-18 to -34", -34.0, -18.0, K.CARDINAL),
        ("It took 3-4 weeks.", "3-4 weeks", 3.0, 4.0, K.DURATION),
    ],
)
def test_ranges(sentence: str, surface: str, lower: float, upper: float, kind: FigureKind) -> None:
    """A range is one figure with both bounds and no single value."""
    f = by_text(sentence)[surface]
    assert (f.lower, f.upper, f.kind, f.value) == (lower, upper, kind, None)


def test_zero_sum_is_an_idiom() -> None:
    """ "zero-sum" names a kind of game, not a count of zero."""
    assert [f.start for f in find_figures("A zero-sum game had zero winners.")] == [20]


def test_change_from_to_is_two_figures() -> None:
    """ "rose from 5 pct to 7 pct" is a change between two figures, not a range."""
    figs = find_figures("Inflation rose from 5 pct to 7 pct.")
    assert [f.value for f in figs] == [5.0, 7.0]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Oil rose 50 cents to 18.50 dlrs.", (K.MONEY, 0.5), (K.MONEY, 18.5)),
        ("Profit fell sharply from 5 to 3 mln dlrs.", (K.MONEY, 5e6), (K.MONEY, 3e6)),
        ("It rose from 5 to 7 pct.", (K.PERCENT, 5.0), (K.PERCENT, 7.0)),
    ],
)
def test_change_keeps_both_ends_and_shares_the_unit(
    sentence: str, first: tuple[FigureKind, float], second: tuple[FigureKind, float]
) -> None:
    """After a change verb "X to Y" is two figures; a bare X takes Y's scale and unit."""
    figs = find_figures(sentence)
    assert [(f.kind, f.value) for f in figs] == [first, second]


def test_score_is_not_a_range() -> None:
    """A score such as 3-1 is two numbers: a range needs its low end first."""
    assert [f.value for f in find_figures("They won 3-1 at home.")] == [3.0, 1.0]


@pytest.mark.parametrize(
    ("sentence", "surface", "normalized"),
    [
        ("Talks resume after June 22.", "June 22", "--06-22"),
        ("Since February 2022 it has grown.", "February 2022", "2022-02"),
        ("It was taken on March 18, 2025.", "March 18, 2025", "2025-03-18"),
        ("Shares rose on Feb 26.", "Feb 26", "--02-26"),
        ("Voters must register by 11 March.", "11 March", "--03-11"),
        ("The 22nd of June is the day.", "22nd of June", "--06-22"),
        ("Filed on 2024-01-31 in court.", "2024-01-31", "2024-01-31"),
        ("Filed on 31/01/2024 in court.", "31/01/2024", "2024-01-31"),
    ],
)
def test_dates(sentence: str, surface: str, normalized: str) -> None:
    """Dates with and without a year normalize to ISO 8601."""
    f = by_text(sentence)[surface]
    assert (f.kind, f.value, f.normalized) == (K.DATE, None, normalized)


def test_yearless_date_resolves_against_reference_date() -> None:
    """With the article's date, a yearless date becomes the nearest full date."""
    ref = dt.date(2025, 6, 14)
    assert only("Talks resume after June 22.", reference_date=ref).normalized == "2025-06-22"
    ref = dt.date(2025, 1, 3)
    assert only("It happened on December 30.", reference_date=ref).normalized == "2024-12-30"


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "lower", "upper", "normalized"),
    [
        ("Russia's 2022 invasion", "2022", 2022.0, 2022.0, 2022.0, "2022"),
        ("It grew in the 1990s.", "1990s", 1990.0, 1990.0, 1999.0, "199X"),
        ("Music of the '80s returned.", "'80s", 1980.0, 1980.0, 1989.0, "198X"),
        ("Output in 2013-14 fell.", "2013-14", None, 2013.0, 2014.0, "2013/2014"),
        ("In fiscal 1987/88 it grew.", "1987/88", None, 1987.0, 1988.0, "1987/1988"),
        ("In 1999/00 it grew.", "1999/00", None, 1999.0, 2000.0, "1999/2000"),
    ],
)
def test_years(
    sentence: str,
    surface: str,
    value: float | None,
    lower: float,
    upper: float,
    normalized: str,
) -> None:
    """Years, decades and year spans are YEAR figures with bounds."""
    f = by_text(sentence)[surface]
    assert (f.kind, f.value, f.lower, f.upper, f.normalized) == (
        K.YEAR,
        value,
        lower,
        upper,
        normalized,
    )


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "normalized"),
    [
        ("It was the fourth swap in a week.", "a week", 1.0, "week", "P1W"),
        ("Profit for the three months to December.", "three months", 3.0, "month", "P3M"),
        ("A five-year plan.", "five-year", 5.0, "year", "P5Y"),
        ("It lasted 48 hours.", "48 hours", 48.0, "hour", "PT48H"),
        ("Wait half an hour.", "half an hour", 0.5, "hour", "PT0.5H"),
        ("Nine mths to June.", "Nine mths", 9.0, "month", "P9M"),
    ],
)
def test_durations(sentence: str, surface: str, value: float, unit: str, normalized: str) -> None:
    """Durations carry their time unit and an ISO 8601 period."""
    f = by_text(sentence)[surface]
    assert (f.kind, f.value, f.unit, f.normalized) == (K.DURATION, value, unit, normalized)


def test_frequency_is_not_a_duration() -> None:
    """ "twice a week" is a rate: "a week" is not a one-week duration there."""
    assert find_figures("They meet twice a week.") == ()


@pytest.mark.parametrize(
    ("sentence", "qualifier", "approximate", "lower", "upper"),
    [
        ("about 53,000 soldiers", "about", True, None, None),
        ("around 500 homes", "around", True, None, None),
        ("some 500 homes", "some", True, None, None),
        ("roughly 500 homes", "roughly", True, None, None),
        ("approximately 500 homes", "approximately", True, None, None),
        ("nearly 500 homes", "nearly", True, None, 500.0),
        ("almost 500 homes", "almost", True, None, 500.0),
        ("more than 500 homes", "more than", False, 500.0, None),
        ("over 500 homes", "over", False, 500.0, None),
        ("at least 500 homes", "at least", False, 500.0, None),
        ("up to 500 homes", "up to", False, None, 500.0),
        ("fewer than 500 homes", "fewer than", False, None, 500.0),
        ("less than 500 homes", "less than", False, None, 500.0),
        ("under 500 homes", "under", False, None, 500.0),
        ("as many as 500 homes", "as many as", False, None, 500.0),
        ("exactly 500 homes", "exactly", False, 500.0, 500.0),
    ],
)
def test_qualifiers(
    sentence: str, qualifier: str, approximate: bool, lower: float | None, upper: float | None
) -> None:
    """A qualifier is in the span and sets approximate and the bounds; the value stays."""
    f = only(sentence)
    assert f.text == sentence.rsplit(" ", 1)[0]
    assert (f.qualifier, f.approximate, f.lower, f.upper, f.value) == (
        qualifier,
        approximate,
        lower,
        upper,
        500.0 if "500" in sentence else 53000.0,
    )


def test_exact_figure_bounds_equal_value() -> None:
    """An unqualified figure has lower == upper == value."""
    f = only("They freed 1,000 prisoners.")
    assert f.lower == f.upper == f.value == 1000.0


@pytest.mark.parametrize(
    ("sentence", "surface", "lower", "unit"),
    [
        ("The war displaced millions.", "millions", 2e6, None),
        ("Thousands of people marched.", "Thousands", 2e3, "people"),
        ("Dozens of homes burned.", "Dozens", 24.0, "homes"),
        ("Hundreds were hurt.", "Hundreds", 200.0, None),
        ("Tens of thousands fled.", "Tens of thousands", 2e4, None),
        ("Several hundred troops moved.", "Several hundred", 200.0, None),
    ],
)
def test_vague_quantities(sentence: str, surface: str, lower: float, unit: str | None) -> None:
    """Vague quantities have no value but a lower bound."""
    f = by_text(sentence)[surface]
    assert (f.kind, f.value, f.lower, f.unit) == (K.VAGUE, None, lower, unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("about 53,000 Russian soldiers were involved", "about 53,000", "Russian soldiers"),
        ("to repatriate 1,000 wounded prisoners from each side", "1,000", "wounded prisoners"),
        ("it received 1,200 unidentified bodies from Russia", "1,200", "unidentified bodies"),
        ("exports of 155,221 bags of 60 kilos each", "155,221", "bags of 60 kilos"),
        ("exports of 155,221 bags of 60 kilos each", "60", "kilos"),
        ("50 people died.", "50", "people"),
        ("In all, 50 died.", "50", None),
        ("He scored 2 goals, they said.", "2", "goals"),
        ("It is 300 km away.", "300", "km"),
        ("It weighs 10kg.", "10kg", "kg"),
    ],
)
def test_counted_unit(sentence: str, surface: str, unit: str | None) -> None:
    """The unit is the noun phrase counted, stopped at verbs, prepositions and punctuation."""
    assert by_text(sentence)[surface].unit == unit


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("The meeting starts at 10:30.", "10:30", K.TIME),
        ("Doors open at 3 pm sharp.", "3 pm", K.TIME),
        ("The quake hit at 0336 GMT.", "0336 GMT", K.TIME),
        ("It bought F-16 jets.", "F-16", K.IDENTIFIER),
        ("COVID-19 spread fast.", "COVID-19", K.IDENTIFIER),
        ("The G7 met.", "G7", K.IDENTIFIER),
        ("A Boeing 737 landed.", "Boeing 737", K.IDENTIFIER),
        ("An A320 landed.", "A320", K.IDENTIFIER),
        ("Call +1 555 123 4567 now.", "+1 555 123 4567", K.IDENTIFIER),
        ("It runs Windows 10 only.", "Windows 10", K.IDENTIFIER),
        ("New 3G phones arrived.", "3G", K.IDENTIFIER),
        ("Intro\n1. First item\n2. Second item", "1.", K.MARKER),
        ("Terms:\n(a) the price\n(b) the date", "(a)", K.MARKER),
        ("Shares of Toyota (7203.T) rose.", "7203.T", K.IDENTIFIER),
        ("Since the 9/11 attacks.", "9/11", K.IDENTIFIER),
        ("Open 24/7 all year.", "24/7", K.IDENTIFIER),
        ("He is ranked No. 1 in the world.", "No. 1", K.IDENTIFIER),
    ],
)
def test_numbers_that_are_not_figures(sentence: str, surface: str, kind: FigureKind) -> None:
    """Times, identifiers and list markers are classed, not dropped."""
    assert by_text(sentence)[surface].kind is kind


def test_model_number_keeps_its_value() -> None:
    """A number naming a model still carries the number as value."""
    assert by_text("the passage of Voyager 2 in 1979")["Voyager 2"].value == 2.0


@pytest.mark.parametrize(
    "sentence",
    [
        "No one came to help.",
        "One of the men was hurt.",
        "They love one another.",
        "She is the one who left.",
        "Each one was checked.",
        "I met someone there.",
        "Often the stone was weighed.",
        "They met on Saturday in March.",
        "It was reported by Zero Hedge today.",
        "A Group of Five meeting opened.",
    ],
)
def test_no_figure_without_a_number(sentence: str) -> None:
    """Pronoun "one", idioms, names, weekdays and bare months give no figure."""
    assert find_figures(sentence) == ()


def test_one_as_a_count() -> None:
    """ "one" counting something is a figure."""
    assert only("Only one person died.").value == 1.0


def test_seed_article_figures() -> None:
    """The seed article yields the figures a reader sees in it, and nothing else."""
    text = SEED.read_text(encoding="utf-8")
    body = text[text.index("Russian President Vladimir Putin told") :]
    figs = {f.text: f for f in find_figures(body)}
    soldiers = figs["about 53,000"]
    assert (soldiers.kind, soldiers.value, soldiers.approximate, soldiers.unit) == (
        K.CARDINAL,
        53000.0,
        True,
        "Russian soldiers",
    )
    assert figs["1,000"].unit == "wounded prisoners"
    assert figs["1,200"].unit == "unidentified bodies"
    assert (figs["fifth"].kind, figs["fifth"].value) == (K.ORDINAL, 5.0)
    assert (figs["fourth"].kind, figs["fourth"].value) == (K.ORDINAL, 4.0)
    assert (figs["June 22"].kind, figs["June 22"].normalized) == (K.DATE, "--06-22")
    assert (figs["2022"].kind, figs["2022"].value) == (K.YEAR, 2022.0)
    assert (figs["February 2022"].kind, figs["February 2022"].normalized) == (K.DATE, "2022-02")
    assert figs["millions"].kind is K.VAGUE
    assert figs["a week"].kind is K.DURATION
    allowed = {
        "about 53,000",
        "1,000",
        "1,200",
        "fifth",
        "fourth",
        "June 22",
        "2022",
        "February 2022",
        "millions",
        "a week",
        "two",
    }
    assert set(figs) == allowed


def test_seed_caption_dates() -> None:
    """The photo caption's full dates are found and normalized."""
    text = SEED.read_text(encoding="utf-8")
    dates = [f.normalized for f in find_figures(text) if f.kind is K.DATE]
    assert dates[:3] == ["2025-03-18", "2017-01-28", "2023-12-27"]


def test_reuters_table_line() -> None:
    """A wire earnings line: per-share cents, dollars and scaled amounts."""
    figs = find_figures("Shr loss 64 cts vs loss 1.70 dlrs\n    Net loss 13.4 mln vs loss 35.6 mln")
    assert [(f.kind, f.value) for f in figs] == [
        (K.MONEY, 0.64),
        (K.MONEY, 1.7),
        (K.CARDINAL, 13.4e6),
        (K.CARDINAL, 35.6e6),
    ]


def test_frame_columns_and_types() -> None:
    """figures_frame returns one row per figure with the documented columns."""
    frame = figures_frame("About 53,000 soldiers and 5 pct in 2022.")
    assert list(frame.columns) == [
        "text",
        "value",
        "lower",
        "upper",
        "approximate",
        "kind",
        "unit",
        "normalized",
        "qualifier",
        "start",
        "end",
    ]
    assert frame["kind"].tolist() == ["cardinal", "percent", "year"]
    assert frame["value"].dtype == "float64"
    assert frame["approximate"].tolist() == [True, False, False]


def test_frame_empty_text() -> None:
    """An empty text gives an empty frame with the same columns."""
    frame = figures_frame("")
    assert frame.empty
    assert "normalized" in frame.columns


def test_huge_numbers_do_not_overflow() -> None:
    """A digit string too long for a float is kept, as an identifier without value."""
    figs = find_figures("Code " + "9" * 400 + " and 1e308 billion dlrs.")
    assert figs[0].kind is K.IDENTIFIER
    assert figs[0].value is None
    assert all(f.value is None or f.value < float("inf") for f in figs)


def check_invariants(text: str, figs: tuple[FigureSpan, ...]) -> None:
    """Spans slice the text, are sorted and disjoint, and bounds contain the value."""
    end = 0
    for f in figs:
        assert text[f.start : f.end] == f.text
        assert f.start >= end
        assert f.end > f.start
        end = f.end
        if f.value is not None and f.lower is not None:
            assert f.lower <= f.value
        if f.value is not None and f.upper is not None:
            assert f.value <= f.upper
        if f.lower is not None and f.upper is not None:
            assert f.lower <= f.upper


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    """Any unicode text gives well-formed figures and never an exception."""
    check_invariants(text, find_figures(text))


_NUMBERISH = st.lists(
    st.sampled_from(
        [
            " ",
            "\n",
            "about ",
            "between ",
            " and ",
            " to ",
            "-",
            "–",
            "1",
            "12",
            "1,000",
            "3.5",
            "2 1/2",
            "1/0",
            "$",
            "£",
            "bn",
            " mln",
            " dlrs",
            " cts",
            "%",
            " pct",
            "one",
            "twenty",
            "hundred",
            " and a half",
            "a ",
            "week",
            "June ",
            "2022",
            "s",
            "th",
            "F-",
            "Boeing ",
            ":30",
            " pm",
            "(",
            ")",
            "x10^",
            "e",
            "^",
            "+",
            "millions",
            "a penny",
            " dollars ",
            "Australian ",
            "m",
            "-ish",
            " in",
            " °C",
            " or ",
            " people",
            " Ltd",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NUMBERISH)
def test_number_soup_invariants(text: str) -> None:
    """Dense mixes of numbers, units and joiners keep the span invariants."""
    check_invariants(text, find_figures(text))
