"""What a number is in: currencies, scale words, percent and time units.

Regex sources here are assembled into the figure scanner by
:mod:`provenance.extractors.figure_patterns`; the lookup tables turn what the
regexes captured into ISO currency codes, multipliers and ISO 8601 duration
designators. The noun phrase a number counts is read by
:mod:`provenance.extractors.figure_nouns`.
"""

from __future__ import annotations

__all__ = [
    "CURRENCY_CODES",
    "CURRENCY_PREFIX",
    "CURRENCY_WORD",
    "DURATION_UNIT",
    "PERCENT_WORD",
    "SCALE_WORD",
    "SUFFIX_STARTS",
    "currency_code",
    "duration_of",
    "percent_unit",
    "scale_of",
    "wordset",
]

_SCALES: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "trln": 1e12,
    "trillion": 1e12,
}
#: Scale words written after a number ("1.5 mln", "$639m", "£1.13bn", "4.5 billion").
SCALE_WORD = r"(?:thousand|millions?|billions?|trillions?|mlns?|blns?|mn|bn|trn|trln|tn)"
#: Scale letters that only count as scales right after a currency ("$10M", "€10B", "$5k").
SCALE_LETTER = r"(?:[mMbBkKT])"

_PREFIXES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "can$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "nt$": "TWD",
    "rs": "INR",
    "rs.": "INR",
}
_CODES = (
    "USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|HKD|SGD|CNY|RMB|INR|RUB|BRL|ZAR|SEK|NOK|DKK|MXN|KRW|"
    "TWD|DEM|FRF|ITL|ESP|NLG|BEF"
)
#: ISO codes written before an amount ("EUR 20"), as a regex alternation.
CURRENCY_CODES = _CODES
#: A currency written before the amount: symbols, "US$", ISO codes ("EUR 20").
CURRENCY_PREFIX = (
    r"(?:(?:US|U\.S\.|A|AU|C|Can|HK|NZ|S|R|NT)?\$|[£€¥₹₽₩]|Rs\.?(?=[ \t]?\d)|"
    r"(?:" + _CODES + r")(?=[ \t]?\d))"
)

_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "dlr": "USD",
    "dlrs": "USD",
    "cent": "USD",
    "cents": "USD",
    "cts": "USD",
    "ct": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds": "GBP",
    "stg": "GBP",
    "sterling": "GBP",
    "pence": "GBP",
    "p": "GBP",
    "yen": "JPY",
    "francs": "FRF",
    "marks": "DEM",
    "cruzados": "BRC",
    "lire": "ITL",
    "lira": "ITL",
    "pesos": "MXN",
    "rupees": "INR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "roubles": "RUB",
    "rubles": "RUB",
    "guilders": "NLG",
    "riyals": "SAR",
    "rand": "ZAR",
    "baht": "THB",
    "ringgit": "MYR",
    "pesetas": "ESP",
    "won": "KRW",
    "crowns": "SEK",
    "kronor": "SEK",
    "kroner": "NOK",
    "shekels": "ILS",
    "naira": "NGN",
    "schillings": "ATS",
    "escudos": "PTE",
    "drachmas": "GRD",
    "australs": "ARA",
    "dinars": "KWD",
}
_ADJECTIVES: dict[str, str] = {
    "canadian": "CAD",
    "australian": "AUD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "taiwan": "TWD",
    "swiss": "CHF",
    "french": "FRF",
    "belgian": "BEF",
    "u.s.": "USD",
    "us": "USD",
    "american": "USD",
    "zimbabwe": "ZWD",
    "west german": "DEM",
    "german": "DEM",
    "deutsche": "DEM",
    "danish": "DKK",
    "norwegian": "NOK",
    "swedish": "SEK",
    "mexican": "MXN",
}
_ADJ = r"(?:(?:Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan|Swiss|French|Belgian|"
_ADJ += r"U\.S\.|US|American|Zimbabwe|West German|German|Deutsche|Danish|Norwegian|Swedish|"
_ADJ += r"Mexican)[ \t]+)"
#: A currency written after the amount ("dlrs", "Canadian dlrs", "euros", "cts", "stg").
CURRENCY_WORD = (
    _ADJ + r"?(?:dollars?|dlrs?|cents?|cts?|euros?|pounds[ \t]+sterling|pounds|stg|sterling|"
    r"pence|yen|francs?|(?:D-)?marks|cruzados?|lire|lira|pesos?|rupees?|yuan|renminbi|roubles?|"
    r"rubles?|guilders?|riyals?|rand|baht|ringgit|pesetas?|crowns|kronor|kroner|shekels?|naira|"
    r"schillings?|escudos?|drachmas?|australs?|dinars?|won)\b"
)
# Currency words that need a scale or an adjective to be read as money ("won", "marks").
AMBIGUOUS_CURRENCY = frozenset({"won", "marks", "rand", "crowns", "p"})
SUBUNITS = frozenset({"cent", "cents", "cts", "ct", "pence", "p"})

#: Percent written after a number.
PERCENT_WORD = (
    r"(?:%|[ \t]*(?:percentage[ \t]+points?|pct[ \t]+points?|per[ \t]?cent(?:age[ \t]+points?)?|"
    r"pct|basis[ \t]+points?|bps|bp)\b)"
)

_DURATIONS: dict[str, tuple[str, str, float]] = {
    "second": ("second", "S", 1),
    "sec": ("second", "S", 1),
    "minute": ("minute", "M", 1),
    "min": ("minute", "M", 1),
    "hour": ("hour", "H", 1),
    "hr": ("hour", "H", 1),
    "day": ("day", "D", 1),
    "week": ("week", "W", 1),
    "wk": ("week", "W", 1),
    "fortnight": ("week", "W", 2),
    "month": ("month", "M", 1),
    "mth": ("month", "M", 1),
    "mo": ("month", "M", 1),
    "qtr": ("quarter", "M", 3),
    "year": ("year", "Y", 1),
    "yr": ("year", "Y", 1),
    "decade": ("decade", "Y", 10),
    "century": ("century", "Y", 100),
}
#: Time units after a number ("three days", "six weeks'", "five-year", "Nine mths").
DURATION_UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|"
    r"mths?|mos|qtrs?|years?|yrs?|decades?|century|centuries)\b'?"
)


def _suffix_starts() -> frozenset[str]:
    words = {*_SCALES, *(w + "s" for w in _SCALES), *_WORDS, *_SINGULAR}
    words |= {a.split()[0] for a in _ADJECTIVES} | {"u.s", "d-marks", "pounds"}
    words |= {*_DURATIONS, *(w + "s" for w in _DURATIONS), "centuries", "mos"}
    words |= {w + "'" for w in words} | {w + "’" for w in words}
    words |= {"percentage", "pct", "per", "percent", "basis", "bp", "bps", "%", "€", "£", "¥", "±"}
    return frozenset(words)


def wordset(words: str, sep: str | None = None) -> frozenset[str]:
    """A closed word list written as one string ("a b c", or "more than|at least" with sep).

    Example:
        >>> sorted(wordset("up to|at least", sep="|"))
        ['at least', 'up to']
    """
    return frozenset(w.strip() for w in words.split(sep))


def scale_of(word: str) -> float:
    """The multiplier of a scale word ("bn" -> 1e9, "millions" -> 1e6).

    Example:
        >>> scale_of("mln")
        1000000.0
    """
    w = word.lower()
    if w.endswith("s") and w[:-1] in _SCALES:
        w = w[:-1]
    return _SCALES.get(w, 1.0)


_SINGULAR = {"franc", "cruzado", "peso", "rupee", "rouble", "ruble", "guilder", "riyal"}
_SINGULAR |= {"peseta", "shekel", "schilling", "escudo", "drachma", "austral", "dinar"}


def currency_code(written: str) -> str:
    """ISO 4217 code of a currency as written before or after the amount.

    Example:
        >>> currency_code("Canadian dlrs")
        'CAD'
    """
    w = " ".join(written.lower().split())
    if w in _PREFIXES:
        return _PREFIXES[w]
    if w.upper() == w.upper().strip() and w.upper() in _CODES.split("|"):
        return "CNY" if w.upper() == "RMB" else w.upper()
    for adj, code in _ADJECTIVES.items():
        if w.startswith(adj + " "):
            return code
    if w.startswith("pounds"):
        return "GBP"
    if w.startswith("d-marks"):
        return "DEM"
    if w in _SINGULAR:
        w += "s"
    return _WORDS.get(w, "USD")


def percent_unit(written: str) -> str:
    """The canonical unit of a percent word ("pct" -> "percent").

    Example:
        >>> percent_unit("3.5 percentage points"[4:])
        'percentage points'
    """
    w = written.lower()
    if "point" in w:
        return "basis points" if "basis" in w else "percentage points"
    if w.strip() in ("bp", "bps"):
        return "basis points"
    return "percent"


def duration_of(word: str) -> tuple[str, str, float]:
    """Canonical unit, ISO 8601 designator and multiplier of a time unit.

    Example:
        >>> duration_of("fortnights")
        ('week', 'W', 2)
    """
    w = word.lower().rstrip("'’")
    if w == "centuries":
        w = "century"
    elif w == "mos":
        w = "mo"
    elif w.endswith("s") and w[:-1] in _DURATIONS:
        w = w[:-1]
    return _DURATIONS.get(w, ("year", "Y", 1))


#: First words (lower-cased) of anything :mod:`figure_reader` may glue after a number;
#: a number followed by any other word skips those regexes.
SUFFIX_STARTS = _suffix_starts()
