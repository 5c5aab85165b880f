"""Currencies keyed by ISO 4217 code, read from ``data/currencies.yaml`` and Babel's CLDR data.

The file gives, per code, what wire copy writes and CLDR lacks: symbols
("US$", "Rs"), bare words and wire abbreviations per language ("dlrs",
"stg"), the adjectives that pick a dollar ("Canadian dlrs"), subunits and
ambiguous words ("won", "marks": money only with a scale or an adjective).
Babel adds each code's names in the language (singular and plural: "Indian
rupees", "livres sterling", "dollars canadiens"). One table per language,
built once; a word it does not know is not money (never a silent USD).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from provenance.errors import LexiconError
from provenance.lexicon._files import NEUTRAL, Entry, entries, read_data

__all__ = ["CurrencyTable", "currency_table"]

FILE = "currencies.yaml"


@dataclass(frozen=True, slots=True)
class CurrencyTable:
    """Currency words, symbols and codes for one language (keys lower-case, codes upper).

    Example:
        >>> t = currency_table("en")
        >>> t.code("Canadian dlrs"), t.code("rupees"), t.code("shekels"), t.code("zorkmids")
        ('CAD', 'INR', 'ILS', None)
        >>> currency_table("fr").code("livres sterling"), currency_table("fr").code("€")
        ('GBP', 'EUR')
        >>> currency_table("fr").code("$\u00a0US"), currency_table("en").code("CA$")
        ('USD', 'CAD')
    """

    language: str
    codes: frozenset[str]
    symbols: Mapping[str, str]
    symbol_forms: tuple[str, ...]
    words: Mapping[str, str]
    adjectives: Mapping[str, str]
    subunits: Mapping[str, tuple[str, float]]
    ambiguous: frozenset[str]
    #: words that name money only after a word of paying or worth before the amount ("le club a
    #: déboursé 2 millions de livres"; "il a vendu 2 millions de livres" sells books)
    cued: frozenset[str]
    #: letters that are a currency's symbol only before an amount with a scale ("N2.5bn"),
    #: digit groups or cents, as written (case-sensitive); a code with `code_scaled` too
    #: ("COP 1,300,000", not the summit "COP28")
    scaled_symbols: Mapping[str, str]

    def code(self, written: str) -> str | None:
        """The ISO code of a currency as written before or after an amount (None if unknown)."""
        if written in self.scaled_symbols:
            return self.scaled_symbols[written]
        w = " ".join(written.lower().replace("\u00a0", " ").split())
        if w in self.words:  # a language's own word first: French "DH" is Morocco's, "Dh" the UAE's
            return self.words[w]
        if w in self.symbols:
            return self.symbols[w]
        if w.replace(" ", "") in self.symbols:
            return self.symbols[w.replace(" ", "")]  # "$ US" as "$US"
        if w.upper() in self.codes:
            return "CNY" if w == "rmb" else w.upper()
        if w in self.subunits:
            return self.subunits[w][0]
        for adj, code in self.adjectives.items():
            rest = w[len(adj) + 1 :]
            if w.startswith(adj + " ") and (rest in self.words or rest in self.subunits):
                return code
        return None

    def worth(self, written: str) -> float:
        """What one unit of the written word is worth in the main unit (0.01 for "cents")."""
        last = written.lower().split()[-1] if written.split() else ""
        return self.subunits[last][1] if last in self.subunits else 1.0


def _per_language(e: Entry, key: str, language: str) -> tuple[str, ...]:
    raw = e.data.get(key) or {}
    if not isinstance(raw, Mapping):
        raise e.error(f"{key!r} must map a language key to a list of words")
    return Entry(raw, e.file, f"{e.where}.{key}").texts(language)


def _cldr_names(code: str, language: str) -> list[str]:
    """The CLDR names of ``code`` in ``language``, singular and plural (Babel imported here)."""
    from babel.numbers import get_currency_name

    names = []
    for count in (1, 2):
        try:
            name = get_currency_name(code, count=count, locale=language)
        except (ValueError, LookupError):
            continue
        if name and name.upper() != code and "(" not in name:
            names.append(name)
    return names


def _cldr_symbol(code: str, language: str) -> str | None:
    """The CLDR symbol of ``code`` in ``language`` ("CA$", "JP¥"; "$US", "£GB" in French).

    None when CLDR has only the code itself or a symbol with spaces ("F CFA").
    """
    from babel.numbers import get_currency_symbol

    try:
        sym = str(get_currency_symbol(code, locale=language))
    except (ValueError, LookupError):
        return None
    if sym.upper() == code or sym.isalpha() or any(c.isspace() for c in sym):
        return None
    return sym


@cache
def _parsed_file() -> object:
    """The currencies file, parsed once: a run builds the neutral table (the claims' money
    cue) and its language's (figures) from it. Read only, never changed."""
    return read_data(FILE)


@cache
def currency_table(language: str = "en") -> CurrencyTable:
    """The currency table of a language key (``"und"``: symbols and ISO codes only).

    Raises:
        LexiconError: the file is malformed (the message names the file and the entry).
    """
    data = _parsed_file()
    symbols: dict[str, str] = {}
    words: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    subunits: dict[str, tuple[str, float]] = {}
    ambiguous: set[str] = set()
    cued: set[str] = set()
    scaled: dict[str, str] = {}
    codes: set[str] = set()
    seen: set[str] = set()
    forms: set[str] = set()
    for e in entries(data, FILE, "currencies"):
        code = e.text("code")
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise e.error(f"'code' must be an ISO 4217 code, got {code!r}")
        if code in seen:
            raise e.error(f"{code} is listed twice")
        seen.add(code)
        if e.flag("code_scaled"):
            scaled[code] = code  # "COP 1,300,000", never "COP28"
        else:
            codes.add(code)
        scaled |= dict.fromkeys(e.texts("scaled_symbols"), code)
        default = e.opt_text("default_symbol")
        for s in e.texts("symbols"):
            forms.add(s)
            key = s.lower()
            if key in symbols and default != s:
                continue
            symbols[key] = code
        if language == NEUTRAL:
            continue
        sym = _cldr_symbol(code, language)
        if sym is not None:
            forms.add(sym)
            symbols.setdefault(sym.lower(), code)
        for w in (*_cldr_names(code, language), *_per_language(e, "words", language)):
            words.setdefault(" ".join(w.lower().split()), code)
        for a in _per_language(e, "adjectives", language):
            adjectives[a.lower()] = code
        worth = e.number("worth", 0.01) or 0.01
        for s in _per_language(e, "subunits", language):
            subunits[s.lower()] = (code, worth)
        ambiguous |= {w.lower() for w in _per_language(e, "ambiguous", language)}
        cued |= {w.lower() for w in _per_language(e, "cued", language)}
    if "$" not in symbols:
        raise LexiconError(FILE, "no currency has the symbol '$'")
    return CurrencyTable(
        language=language,
        codes=frozenset(codes | {"RMB"}),
        symbols=MappingProxyType(symbols),
        symbol_forms=tuple(sorted(forms, key=len, reverse=True)),
        words=MappingProxyType(words),
        adjectives=MappingProxyType(adjectives),
        subunits=MappingProxyType(subunits),
        ambiguous=frozenset(ambiguous),
        cued=frozenset(cued),
        scaled_symbols=MappingProxyType(scaled),
    )
