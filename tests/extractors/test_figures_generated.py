"""Generated number expressions (issue 6): spelled by num2words, formatted by Babel.

Instead of reading test sets, these properties write numbers the way the language
does (cardinals, ordinals, decimals in words; CLDR digit groups, percent and
currency formats of en, en_IN, en_GB, fr, fr_CH, fr_CA, fr_BE), put them in a
carrier sentence and ask ``provenance.extract_figures`` for ONE figure with the
right value and span. Examples are bounded so the file runs in seconds.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from num2words import num2words

import provenance

_FEW = settings(max_examples=40, deadline=None)

_CARRIERS = {
    "en": [
        "They counted {} ballots.",
        "{} people were hurt.",
        "The total was {}.",
        "Officials said {} were missing, police added.",
        '"We saw {}," he said.',
    ],
    "fr": [
        "Ils ont compté {} bulletins.",
        "{} personnes ont été blessées.",
        "Le total était de {}.",
        "Selon la police, {} manquaient.",
        "« Nous en avons vu {} », a-t-il dit.",
    ],
}


def _one(written: str, carrier: str, language: str) -> pd.Series:
    """The one figure of ``written`` put in ``carrier``, checked to span exactly it."""
    if carrier.startswith("{}"):
        written = written[:1].upper() + written[1:]
    text = carrier.format(written)
    rows = provenance.extract_figures(text, language=language)
    start = text.index(written)
    assert len(rows) == 1, (text, rows[["text", "value"]].values.tolist())
    row = rows.iloc[0]
    assert (row["start"], row["end"]) == (start, start + len(written)), (text, row["text"])
    return row


def _value(row: pd.Series) -> float:
    """A figure's value (its lower bound for ranges)."""
    return float(row["value"])


@_FEW
@given(st.integers(0, 10**12), st.sampled_from(_CARRIERS["en"]))
def test_english_cardinals_in_words(n: int, carrier: str) -> None:
    """Any English cardinal spelled by num2words is one figure of its value."""
    assert _value(_one(num2words(n, lang="en"), carrier, "en")) == n


@_FEW
@given(st.integers(1, 10**7), st.sampled_from(_CARRIERS["en"]), st.booleans())
def test_english_ordinals(n: int, carrier: str, digits: bool) -> None:
    """English ordinals in words ("one hundred and second") and digits ("102nd")."""
    written = num2words(n, lang="en", to="ordinal_num" if digits else "ordinal")
    # "one hundredth" is the fraction 1/100 by the library's convention (see below)
    assume(not re.fullmatch(r"one (hundredth|thousandth|millionth)", written))
    row = _one(written, carrier, "en")
    assert (row["kind"], _value(row)) == ("ordinal", n)


@_FEW
@given(
    st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False),
    st.sampled_from(_CARRIERS["en"]),
)
def test_english_spoken_decimals(d: object, carrier: str) -> None:
    """ "three point one four" reads as 3.14."""
    value = float(str(d))
    assume(value != int(value))
    assert _value(_one(num2words(value, lang="en"), carrier, "en")) == pytest.approx(value)


@_FEW
@given(
    st.integers(2, 10**12),
    st.sampled_from(["fr", "fr_CH", "fr_BE"]),
    st.sampled_from(_CARRIERS["fr"]),
)
def test_french_cardinals_in_words(n: int, variant: str, carrier: str) -> None:
    """French cardinals (with septante/huitante/nonante in Swiss and Belgian French)."""
    assert _value(_one(num2words(n, lang=variant), carrier, "fr")) == n


def _french_ordinal(n: int, variant: str) -> str:
    """num2words' French ordinal, its plural slip mended ("quatre-vingtsième" -> "-vingtième")."""
    written = num2words(n, lang=variant, to="ordinal")
    return re.sub(r"(cent|vingt|million|milliard)sième", r"\1ième", written)


@_FEW
@given(
    st.integers(2, 10**7),
    st.sampled_from(["fr", "fr_CH", "fr_BE"]),
    st.sampled_from(_CARRIERS["fr"]),
    st.booleans(),
)
def test_french_ordinals(n: int, variant: str, carrier: str, digits: bool) -> None:
    """French ordinals in words ("mille cent cinquième") and digits ("21me", "21e")."""
    if digits:
        written = num2words(n, lang=variant, to="ordinal_num")
    else:
        written = _french_ordinal(n, variant)
    row = _one(written, carrier, "fr")
    assert (row["kind"], _value(row)) == ("ordinal", n)


@_FEW
@given(
    st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False),
    st.sampled_from(_CARRIERS["fr"]),
)
def test_french_spoken_decimals(d: object, carrier: str) -> None:
    """ "trois virgule un quatre" reads as 3.14."""
    value = float(str(d))
    assume(value != int(value))
    assert _value(_one(num2words(value, lang="fr"), carrier, "fr")) == pytest.approx(value)


_LOCALES = {
    "en": "en",
    "en_GB": "en",
    "en_IN": "en",
    "en_AU": "en",
    "fr": "fr",
    "fr_CH": "fr",
    "fr_CA": "fr",
    "fr_BE": "fr",
}
# below 10**8: CLDR's fr_CH pattern writes 10**9 as "1000000'000", which no one does
_AMOUNTS = st.decimals(min_value=-(10**8), max_value=10**8, places=2, allow_nan=False)


@_FEW
@given(_AMOUNTS, st.sampled_from(sorted(_LOCALES)), st.sampled_from(range(5)))
def test_locale_digit_groups(d: object, locale: str, i: int) -> None:
    """CLDR decimal formats: "1,234,567.5", "12,34,567.5", "1 234 567,5", "1'234'567,5"."""
    language = _LOCALES[locale]
    value = float(str(d))
    written = format_decimal(value, locale=locale)
    assert _value(_one(written, _CARRIERS[language][i], language)) == pytest.approx(value)


@_FEW
@given(_AMOUNTS, st.sampled_from(sorted(_LOCALES)), st.sampled_from(range(5)))
def test_locale_percents(d: object, locale: str, i: int) -> None:
    """CLDR percent formats: "12.5%", "12,5 %" (with a no-break or narrow space)."""
    language = _LOCALES[locale]
    value = float(str(d))
    written = format_percent(value / 100, locale=locale, format="#,##0.##%")
    row = _one(written, _CARRIERS[language][i], language)
    assert (row["kind"], _value(row)) == ("percent", pytest.approx(value))


@_FEW
@given(
    st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False),
    st.sampled_from(sorted(_LOCALES)),
    st.sampled_from(["USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR"]),
    st.sampled_from(range(5)),
)
def test_locale_currencies(d: object, locale: str, code: str, i: int) -> None:
    """CLDR currency formats: "CA$5.00", "5,00 $US", "£GB", "CHF 5.00"; a bare "$" is USD."""
    language = _LOCALES[locale]
    value = round(float(str(d)), 0 if code == "JPY" else 2)
    written = format_currency(value, code, locale=locale)
    bare_dollar = re.sub(r"[\d\s.,'’\u00a0\u202f-]", "", written) == "$"
    row = _one(written, _CARRIERS[language][i], language)
    assert (row["kind"], row["unit"]) == ("money", "USD" if bare_dollar else code)
    assert _value(row) == pytest.approx(value)


@_FEW
@given(
    st.integers(1, 999),
    st.sampled_from(["k", "M", "Md", "G"]),
    st.sampled_from(["€", "$", "$US", " €", " $"]),
)
def test_french_compact_money(n: int, letter: str, sign: str) -> None:
    """French compact amounts: "30 M$", "12 k€", "1,5 Md€", "5 G$" (Quebec), "4 M $US"."""
    scale = {"k": 1e3, "M": 1e6, "Md": 1e9, "G": 1e9}[letter]
    written = f"{n} {letter}{sign}"
    row = _one(written, "Il a coûté {} l'an dernier.", "fr")
    assert (row["kind"], _value(row)) == ("money", n * scale)
