"""Numbers written as words: "three hundred and forty two thousand", "two-thirds", "fifth".

A run of number words is found by one regex (``WORD_RUN``) and then split
into numbers by :func:`parse_run`, which follows how the words combine in
English: "twenty five" is one number, "twenty thirty" two; "seventy two
hundred" is 7,200 but "hundred and five hundred" is 105 and then 100; "and"
joins only after "hundred" or a scale word ("a million and one"), so "one, two
and three" stays three numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NUMBER_WORDS", "ORDINAL_WORDS", "WORD_RUN", "WordNumber", "parse_run"]

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1_000,
    "millionth": 1_000_000,
}
# Denominators of spelled fractions ("two thirds", "three-quarters", "one sixth").
DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "quarter": 4,
    "quarters": 4,
    **{w: n for w, n in ORDINAL_WORDS.items() if 3 <= n <= 10 or n in (100, 1000)},
    **{w + "s": n for w, n in ORDINAL_WORDS.items() if 3 <= n <= 10 or n in (100, 1000)},
}
_CARDINAL = {**UNITS, **TEENS, **TENS}

_WORDS = sorted(
    {*_CARDINAL, *SCALES, "hundred", "dozen", *ORDINAL_WORDS, *DENOMINATORS},
    key=len,
    reverse=True,
)
#: Every word that can be part of a spelled number.
NUMBER_WORDS: tuple[str, ...] = tuple(_WORDS)
_WORD = "(?:" + "|".join(_WORDS) + ")"
# "second" continues a run only as a fraction never written that way; "one second" is time.
_WORD_CONT = "(?:" + "|".join(w for w in _WORDS if w != "second") + ")"
_BIG = r"(?:hundred|thousand|million|billion|trillion|dozen)\b"
# Joiners that may sit inside one spelled number.
_JOIN = (
    r"(?:[ \t]*,?[ \t]*\n?[ \t]*(?:(?:and|&)[ \t]+(?:an?[ \t]+)?)?|[ \t]*&[ \t]*|-"
    r"|[ \t]+an?[ \t]+(?=" + _BIG + "))"
)
#: A maximal run of number words, optionally led by "a"/"an"/"minus"/"negative".
WORD_RUN = (
    r"(?:\b(?:minus|negative)[ \t]+)?(?:\b(?:an?)[ \t]+(?=(?:hundred|thousand|million|billion|"
    r"trillion|dozen|half|quarter|(?:third|fifth)(?=[ \t]+of\b))\b))?\b"
    + _WORD
    + r"\b(?:"
    + _JOIN
    + r"\b"
    + _WORD_CONT
    + r"\b)*"
)
_TOKEN = re.compile(r"minus|negative|an?\b|and|&|,|[a-z]+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WordNumber:
    """One number parsed from a run of words; offsets are relative to the run."""

    start: int
    end: int
    value: float
    ordinal: bool = False
    fraction: bool = False


class _Acc:
    """Accumulates one spelled number while the words keep combining."""

    __slots__ = (
        "current",
        "end",
        "fraction",
        "has_hundred",
        "last",
        "last_scale",
        "ordinal",
        "sign",
        "start",
        "total",
    )

    def __init__(self, start: int, sign: float) -> None:
        self.start = start
        self.end = start
        self.total = 0.0
        self.current = 0.0
        self.has_hundred = False
        self.last = ""  # kind of the last word: unit, teen, tens, hundred, scale, a, frac
        self.last_scale = 0
        self.sign = sign
        self.ordinal = False
        self.fraction = False

    def value(self) -> float:
        return self.sign * (self.total + self.current)


def _kind(word: str) -> str:
    if word in UNITS:
        return "unit"
    if word in TEENS:
        return "teen"
    if word in TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word == "dozen":
        return "dozen"
    if word in SCALES:
        return "scale"
    if word in ("half", "halves", "quarter", "quarters"):
        return "frac"
    if word in ORDINAL_WORDS:
        return "ordinal"
    if word in DENOMINATORS:
        return "frac"
    return "other"


def parse_run(run: str) -> list[WordNumber]:
    """Split a run of number words into the numbers it spells.

    Example:
        >>> [n.value for n in parse_run("twenty five thirty six")]
        [25.0, 36.0]
    """
    out: list[WordNumber] = []
    acc: _Acc | None = None
    sign = 1.0
    pending_and = False
    pending_a = False  # "a"/"an" seen, waiting for hundred/thousand/dozen/half
    a_start = -1
    comma = False

    def close() -> None:
        nonlocal acc
        if acc is not None and acc.last not in ("", "a"):
            out.append(WordNumber(acc.start, acc.end, acc.value(), acc.ordinal, acc.fraction))
        acc = None

    for m in _TOKEN.finditer(run):
        tok = m.group().lower()
        s, e = m.start(), m.end()
        if tok in ("minus", "negative"):
            close()
            sign = -1.0
            a_start = s
            continue
        if tok in ("a", "an"):
            if acc is not None and (pending_and or acc.last == "frac"):
                pending_a = True  # "and a half"
                continue
            close()
            pending_a = True
            a_start = s if sign > 0 else a_start
            continue
        if tok in ("and", "&"):
            pending_and = True
            continue
        if tok == ",":
            comma = True
            continue
        kind = _kind(tok)
        if (
            kind == "ordinal"
            and tok in DENOMINATORS
            and (
                pending_a or (acc is not None and acc.last in ("unit", "teen") and not pending_and)
            )
        ):
            kind = "frac"
        if acc is not None and acc.ordinal:
            close()
        joinable = acc is not None and (
            not acc.fraction or (pending_a and kind in ("scale", "dozen", "hundred"))
        )
        # "and" continues only after hundred/scale, or before "a half".
        if (
            acc is not None
            and pending_and
            and not (acc.last in ("hundred", "scale") or (pending_a and kind == "frac"))
        ):
            joinable = False
        if acc is not None and comma and acc.last != "scale":
            joinable = False
        if acc is not None and joinable:
            last = acc.last
            if kind == "unit":
                joinable = last in ("tens", "hundred", "scale") and not (
                    last == "tens" and pending_and
                )
            elif kind == "teen" or kind == "tens":
                joinable = last in ("hundred", "scale")
            elif kind == "hundred":
                joinable = (
                    last in ("unit", "teen", "tens") or (last == "frac" and pending_a)
                ) and not acc.has_hundred
            elif kind in ("scale", "dozen"):
                scale = SCALES.get(tok, 12)
                joinable = last in ("unit", "teen", "tens", "hundred", "frac", "a") and (
                    acc.last_scale == 0 or scale < acc.last_scale
                )
            elif kind == "frac":
                if pending_and and pending_a and tok == "half":
                    joinable = True
                else:
                    joinable = last in ("unit", "teen", "tens") and not acc.has_hundred
            elif kind == "ordinal":
                joinable = last == "tens" and not pending_and
            else:
                joinable = False
        if acc is None or not joinable:
            close()
            start = a_start if (pending_a or sign < 0) and a_start >= 0 else s
            acc = _Acc(start, sign)
            sign = 1.0
            if pending_a:
                acc.current = 1.0
                acc.last = "a"
        pending_a_now = pending_a
        pending_a = False
        a_start = -1
        _apply(acc, tok, kind, pending_and and pending_a_now)
        acc.end = e
        pending_and = False
        comma = False
    close()
    return out


def _apply(acc: _Acc, tok: str, kind: str, and_a: bool) -> None:
    """Fold one word into the accumulator (the combination was checked already)."""
    if kind in ("unit", "teen", "tens"):
        n = _CARDINAL[tok]
        acc.current = n if acc.last == "a" else acc.current + n
    elif kind == "hundred":
        acc.current = (acc.current or 1.0) * 100
        acc.has_hundred = True
    elif kind in ("scale", "dozen"):
        scale = SCALES.get(tok, 12)
        acc.total += (acc.current or 1.0) * scale
        acc.current = 0.0
        acc.has_hundred = False
        acc.last_scale = scale
        acc.fraction = False
    elif kind == "frac":
        den = DENOMINATORS[tok]
        if and_a:
            # "two and a half million" = 2.5 million; "a million and a half" = 1.5 million
            if acc.current == 0 and acc.last_scale:
                acc.total += acc.last_scale / den
            else:
                acc.current += 1.0 / den
        elif acc.last in ("unit", "teen", "tens", "a"):
            acc.current = (acc.current or 1.0) / den
            acc.fraction = True
        else:
            acc.current = 1.0 / den
            acc.fraction = True
    elif kind == "ordinal":
        acc.current += ORDINAL_WORDS[tok]
        acc.ordinal = True
    acc.last = kind
