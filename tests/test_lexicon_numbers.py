"""Number and currency lexicons: read once, validated on load, CLDR where CLDR has the fact."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from provenance.errors import LexiconError
from provenance.lexicon import available_languages
from provenance.lexicon import currencies as currencies_mod
from provenance.lexicon import numbers as numbers_mod
from provenance.lexicon.currencies import currency_table
from provenance.lexicon.numbers import number_lexicon


def test_every_language_has_a_valid_number_lexicon() -> None:
    """Each language folder's numbers.yaml loads, and every qualifier has a known class."""
    for lang in available_languages():
        lex = number_lexicon(lang)
        assert lex.words, lang
        assert set(lex.qualifiers.values()) <= numbers_mod.QUALIFIER_CLASSES


def test_lexicons_are_read_once() -> None:
    """Loaders are cached: two calls give the same object."""
    assert number_lexicon("fr") is number_lexicon("fr")
    assert currency_table("en") is currency_table("en")


def test_separators_come_from_cldr() -> None:
    """French uses a decimal comma and a narrow no-break space as group symbol (CLDR)."""
    assert (number_lexicon("fr").decimal, number_lexicon("fr").group) == (",", "\u202f")
    assert (number_lexicon("en").decimal, number_lexicon("en").group) == (".", ",")


def test_neutral_lexicon_has_no_words() -> None:
    """The language-neutral lexicon has no number words, qualifiers or months."""
    lex = number_lexicon("und")
    assert not lex.words
    assert not lex.qualifiers
    assert not lex.months


def test_the_default_key_is_the_english_lexicon() -> None:
    """Asked for without a key, the number lexicon is the English one, not a second build."""
    assert number_lexicon() is number_lexicon("en")


def test_one_extraction_parses_each_number_file_once(seed_path: Path) -> None:
    """A fresh process extracting an article parses en/numbers.yaml and numbers.yaml once.

    Before, the English file was parsed six times: once for ``number_lexicon()``, once for
    ``number_lexicon("en")`` and four times by patterns that only asked whether English
    has a number file.
    """
    code = (
        "import collections, json; from provenance.lexicon import _files; "
        "reads = collections.Counter(); real = _files.read_data\n"
        "def counting(relpath):\n    reads[relpath] += 1\n    return real(relpath)\n"
        "_files.read_data = counting\n"
        f"import provenance; provenance.extract({str(seed_path)!r})\n"
        "print(json.dumps(reads))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    reads = json.loads(out.stdout)
    assert reads["en/numbers.yaml"] == 1
    assert reads["numbers.yaml"] == 1


def test_unknown_language_key_is_an_error() -> None:
    """Asking for a language key without a folder names the file it looked for."""
    with pytest.raises(LexiconError, match=r"de/numbers\.yaml"):
        numbers_mod._number_lexicon.__wrapped__("de")


def _bad_numbers(monkeypatch: pytest.MonkeyPatch, data: dict[str, Any]) -> None:
    real = numbers_mod.read_data

    def fake(relpath: str) -> Any:
        return data if relpath == "en/numbers.yaml" else real(relpath)

    monkeypatch.setattr(numbers_mod, "read_data", fake)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"words": {"units": {"one": 1}}}, "words.units: unknown kind"),
        ({"words": {"unit": {"one": "1"}}}, "unit.one: must be a number"),
        ({"qualifiers": {"roughly": ["about"]}}, "qualifiers.roughly: unknown class"),
        ({"denominators": ["fifth"]}, "'fifth' is not an ordinal"),
        ({"durations": {"fortnite": ["fn"]}}, "durations.fortnite: unknown unit"),
    ],
)
def test_bad_number_entry_names_file_and_entry(
    monkeypatch: pytest.MonkeyPatch, data: dict[str, Any], message: str
) -> None:
    """A malformed entry raises LexiconError naming the file and the entry."""
    _bad_numbers(monkeypatch, data)
    with pytest.raises(LexiconError, match=r"en/numbers\.yaml") as err:
        numbers_mod._number_lexicon.__wrapped__("en")
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"currencies": [{"code": "usd", "symbols": ["$"]}]}, "ISO 4217 code"),
        ({"currencies": [{"code": "USD", "symbols": ["$"]}, {"code": "USD"}]}, "twice"),
        ({"currencies": [{"code": "EUR", "symbols": ["€"]}]}, "'$'"),
    ],
)
def test_bad_currency_entry_names_file_and_entry(
    monkeypatch: pytest.MonkeyPatch, data: dict[str, Any], message: str
) -> None:
    """A malformed currency raises LexiconError naming currencies.yaml."""
    monkeypatch.setattr(currencies_mod, "read_data", lambda _: data)
    # the file is parsed once a run: the test's data replaces that parse too
    monkeypatch.setattr(currencies_mod, "_parsed_file", currencies_mod._parsed_file.__wrapped__)
    with pytest.raises(LexiconError, match=r"currencies\.yaml") as err:
        currency_table.__wrapped__("en")
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("language", "written", "code"),
    [
        ("en", "$", "USD"),
        ("en", "US$", "USD"),
        ("en", "A$", "AUD"),
        ("en", "dlrs", "USD"),
        ("en", "Canadian dlrs", "CAD"),
        ("en", "stg", "GBP"),
        ("en", "rupees", "INR"),
        ("en", "shekels", "ILS"),
        ("en", "Indian rupees", "INR"),  # a CLDR name
        ("fr", "livres sterling", "GBP"),  # a CLDR name
        ("fr", "dollars canadiens", "CAD"),  # a CLDR name
        ("fr", "euros", "EUR"),
        ("und", "€", "EUR"),
    ],
)
def test_currency_codes(language: str, written: str, code: str) -> None:
    """Symbols, words, wire abbreviations, adjectives and CLDR names give one ISO code."""
    assert currency_table(language).code(written) == code


def test_unknown_currency_word_has_no_code() -> None:
    """A word the table does not know is not a currency (never a silent USD)."""
    assert currency_table("en").code("zorkmids") is None
    assert currency_table("und").code("dollars") is None


def test_subunits_are_worth_a_hundredth() -> None:
    """Subunits ("cents", "pence") give the main currency, worth 0.01 each."""
    table = currency_table("en")
    assert (table.code("cents"), table.worth("cents")) == ("USD", 0.01)
    assert (table.code("pence"), table.worth("pence")) == ("GBP", 0.01)


def test_written_point_fraction_joiners_and_compound_nouns() -> None:
    """French writes its decimal point in words between digits; English does not."""
    fr, en = number_lexicon("fr"), number_lexicon("en")
    assert "virgule" in fr.written_point
    assert not en.written_point
    assert "et" in fr.fraction_joiners
    assert "and" in en.fraction_joiners
    assert "quatre-quarts" in fr.compound_nouns
    assert "one-liner" in en.compound_nouns
    for lex in (fr, en):  # each compound noun holds a number word or a part of its language
        for noun in lex.compound_nouns:
            words = noun.replace("-", " ").split()
            assert any(w in lex.words or w in lex.fractions for w in words), noun


def test_a_unit_relative_words() -> None:
    """ "a day after", "a year earlier": the words after a unit that make it a point in time."""
    en = number_lexicon("en")
    assert {"after", "later", "earlier"} <= en.a_unit_relative
    assert not number_lexicon("fr").a_unit_relative
