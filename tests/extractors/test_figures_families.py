"""English number families from issue 6: each form, and the neighbours that must not match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import FigureKind
from provenance.extractors.figures import find_figures
from provenance.extractors.records import FigureSpan

K = FigureKind


def figure(text: str, surface: str) -> FigureSpan:
    """The figure of ``text`` whose surface is ``surface`` (fails with what was found)."""
    figs = {f.text: f for f in find_figures(text)}
    assert surface in figs, list(figs)
    return figs[surface]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        # scale suffixes
        ("Revenue was 4.7b last year.", "4.7b", 4.7e9),
        ("They hired 25k workers.", "25k", 25_000.0),
        ("The town has 1.5 m residents.", "1.5 m", 1.5e6),
        ("About 1m people watched.", "About 1m", 1e6),
        ("It raised $3bn in bonds.", "$3bn", 3e9),
        ("Output rose to 12 mln tonnes.", "12 mln", 12e6),
        ("12 hundred soldiers were sent.", "12 hundred", 1200.0),
        # dozens
        ("Two dozen people were hurt.", "Two dozen", 24.0),
        ("She bought 4 dozen eggs.", "4 dozen", 48.0),
        ("About 3 dozen boats sailed.", "About 3 dozen", 36.0),
        # fractions in words and mixed
        ("It lost a quarter of its value.", "a quarter", 0.25),
        ("Three fifths of members agreed.", "Three fifths", 0.6),
        ("They waited seven and a half hours.", "seven and a half hours", 7.5),
        ("It took a thousandth of the time.", "a thousandth", 0.001),
        ("The pipe is 2 1/2 inches wide.", "2 1/2", 2.5),
        ("Cut one-third of the budget.", "one-third", 1 / 3),
        ("He ran nine and three quarters miles.", "nine and three quarters", 9.75),
        ("The track is 1 ½ miles long.", "1 ½", 1.5),
        ("She waited 2¾ hours.", "2¾ hours", 2.75),
        # leading, spoken and signed decimals
        ("Rates fell .5 point.", ".5", 0.5),
        ("Growth was three point five percent.", "three point five percent", 3.5),
        ("Temperatures fell to -5 overnight.", "-5", -5.0),
        ("It rose +3.2 percent.", "+3.2 percent", 3.2),
        ("It was minus 4 at dawn.", "minus 4", -4.0),
        ("It was minus four at dawn.", "minus four", -4.0),
        # spaced hyphens, big scales, ordinal scales
        ("There were forty - one of them.", "forty - one", 41.0),
        ("The debt is two quadrillion dollars.", "two quadrillion dollars", 2e15),
        ("It is the billionth visitor.", "billionth", 1e9),
    ],
)
def test_english_families(sentence: str, surface: str, value: float) -> None:
    """Each family of issue 6 reads as one figure with the right value."""
    assert figure(sentence, surface).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("It is the twenty-first century.", "twenty-first", K.ORDINAL),
        ("One hundredth of a second.", "One hundredth", K.CARDINAL),
        ("The nine hundredth day.", "nine hundredth", K.ORDINAL),
        ("Dozens of people were hurt.", "Dozens", K.VAGUE),
    ],
)
def test_ordinal_or_fraction_or_vague(sentence: str, surface: str, kind: FigureKind) -> None:
    """ "one hundredth" is a fraction, "nine hundredth" an ordinal, "dozens of" vague."""
    assert figure(sentence, surface).kind is kind


@pytest.mark.parametrize(
    "sentence",
    [
        "One of them said it was over.",
        "No one was hurt.",
        "They met one another in Paris.",
        "He said one must wait.",
    ],
)
def test_pronoun_one_is_not_a_figure(sentence: str) -> None:
    """ "one" as a pronoun counts nothing: no figure at all."""
    assert find_figures(sentence) == ()


def test_fifth_generation_is_an_ordinal_not_a_count() -> None:
    """ "a fifth-generation jet": the fifth generation (an ordinal), never a fifth (0.2)."""
    figs = find_figures("It bought a fifth-generation jet.")
    assert [(f.text, f.kind, f.value) for f in figs] == [("fifth", K.ORDINAL, 5.0)]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("Leaders met at the G20 summit.", "G20"), ("COVID-19 cases rose.", "COVID-19")],
)
def test_names_with_digits_are_identifiers(sentence: str, surface: str) -> None:
    """Names with digits ("G20", "COVID-19") are identifiers, never counts or negatives."""
    f = figure(sentence, surface)
    assert f.kind is K.IDENTIFIER
    assert f.value is None or f.value > 0


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("He is 2 m tall.", "2", 2.0),  # metres: no plural noun after the letter
        ("The 100m hurdles final.", "100m", 100.0),
        ("A 32K word memory board.", "32K", 32.0),
    ],
)
def test_letters_that_are_not_scales(sentence: str, surface: str, value: float) -> None:
    """A unit letter is not a scale without a plural noun or a currency after it."""
    assert figure(sentence, surface).value == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comma or a clause between them: the count and "dozens" stay apart
        ("Of the 4, dozens were hurt.", [("4", 4.0), ("dozens", None)]),
        # a line break is not the space of a mixed number
        ("They won 3\n½ of the seats went to others.", [("3", 3.0), ("½", 0.5)]),
    ],
)
def test_dozen_and_vulgar_fraction_neighbours(
    sentence: str, expected: list[tuple[str, float | None]]
) -> None:
    """Digits join "dozen" or a vulgar fraction only across one space on the same line."""
    got = [(f.text, f.value) for f in find_figures(sentence)]
    assert [(t, None if v is None or v != v else v) for t, v in got] == expected


def test_unknown_currency_word_is_not_usd() -> None:
    """An amount before a word the currency table does not know is not money."""
    figs = find_figures("They paid 500 zorkmids for it.")
    assert [f.kind for f in figs] == [K.CARDINAL]


@pytest.mark.parametrize(
    ("sentence", "surface", "code"),
    [
        ("Reliance raised rupees 5bn.", "rupees 5bn", "INR"),
        ("The bank lent shekels 5bn.", "shekels 5bn", "ILS"),
        ("It cost 40 Swiss francs.", "40 Swiss francs", "CHF"),
        ("Sales hit 3 bln Indian rupees.", "3 bln Indian rupees", "INR"),
    ],
)
def test_currencies_by_iso_code(sentence: str, surface: str, code: str) -> None:
    """Currency words, before or after the amount, give the currency's ISO code."""
    f = figure(sentence, surface)
    assert (f.kind, f.unit) == (K.MONEY, code)


_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers_read_back(n: int) -> None:
    """Any number under a million spelled in English words reads back to itself."""
    text = f"They counted {_spell(n)} ballots."
    values = [f.value for f in find_figures(text)]
    assert values == [n], (text, values)


def _spell(n: int) -> str:
    """English words for 1 <= n < 1,000,000."""
    if n >= 1000:
        rest = n % 1000
        return _spell(n // 1000) + " thousand" + (" " + _spell(rest) if rest else "")
    if n >= 100:
        rest = n % 100
        return _WORDS[n // 100 - 1] + " hundred" + (" and " + _spell(rest) if rest else "")
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    if n >= 20:
        return _TENS[n // 10 - 2] + ("-" + _WORDS[n % 10 - 1] if n % 10 else "")
    if n >= 10:
        return teens.split()[n - 10]
    return _WORDS[n - 1]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Another one bites the dust.", []),
        ("She picked the sixth one.", [6.0]),
        ("Only one came.", [1.0]),
    ],
)
def test_one_after_another_or_an_ordinal_is_a_pronoun(sentence: str, values: list[float]) -> None:
    """ "another one", "the sixth one": the pronoun is not a count; "only one" is."""
    assert [f.value for f in find_figures(sentence)] == values


def test_list_of_ordinals_stays_ordinal() -> None:
    """ "first, second, third": each is an ordinal, never "a third" after "second"."""
    figs = find_figures("They came first, second, third and fifth.")
    assert [(f.kind, f.value) for f in figs] == [(K.ORDINAL, n) for n in (1.0, 2.0, 3.0, 5.0)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [("“It is over,” one official said.", [1.0]), ("It was a one-off payment.", [])],
)
def test_one_before_a_noun_counts(sentence: str, values: list[float]) -> None:
    """ "one official" counts one person; "one-off" is an idiom."""
    assert [f.value for f in find_figures(sentence) if f.kind is K.CARDINAL] == values


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("It marks a sixth straight quarter of growth.", "sixth", K.ORDINAL),
        ("He won a third term.", "third", K.ORDINAL),
        ("It fell by a third of its value.", "a third", K.CARDINAL),
    ],
)
def test_article_before_an_ordinal(sentence: str, surface: str, kind: FigureKind) -> None:
    """ "a sixth straight quarter" is an ordinal; "a third of" a fraction."""
    assert figure(sentence, surface).kind is kind


def test_qualifier_across_a_line_wrap() -> None:
    """Wire copy wraps lines inside qualifiers: "more\\nthan 20 pct" keeps its bound."""
    f = figure("could not own more\nthan 20 pct of it", "more\nthan 20 pct")
    assert (f.kind, f.lower) == (K.PERCENT, 20.0)
