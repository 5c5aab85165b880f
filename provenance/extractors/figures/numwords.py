"""Numbers written as words, in any language the lexicon describes.

A run of number words is found by the scanner's ``WORD_RUN`` regex and split
into numbers by :func:`parse_run`, which follows how the words combine: a tens
word takes a unit ("twenty five", "vingt et un"), some take a teen
("soixante-douze"), a unit, teen or tens word takes "hundred" ("forty five
hundred"), any of these takes a scale, a smaller scale follows a bigger one
("a million two thousand") and a bigger one multiplies what came before
("mille millions"). "twenty thirty" is two numbers; joiners ("and", "et")
only join where the language puts them; "one, two and three" stays three
numbers. Fractions ("two thirds", "a quarter", "seven and a half"), spoken
decimals ("three point five", "douze virgule quatre-vingt-dix-neuf") and
ordinals ("twenty-first", "trois-cent-soixante-cinquième") are read too. The
words come from :class:`~provenance.extractors.figures.patterns.Patterns`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from provenance.extractors.figures.patterns import Patterns

__all__ = ["WordNumber", "norm", "parse_run"]

_SEP = re.compile(r"[\s-]+")
_ADDITIVE = ("unit", "teen", "tens")
_ADDITIVE_OR_A = (*_ADDITIVE, "a")  # a number word, or "a" ("a quarter")
_BEFORE_SCALE = (*_ADDITIVE, "hundred", "frac", "a")


def norm(word: str) -> str:
    """A number word as the lexicon indexes it: lower-case, one space between parts.

    Example:
        >>> norm("Quatre-Vingt  dix")
        'quatre vingt dix'
    """
    low = word.lower()
    if low.isalpha():  # one word (most): no space or hyphen to fold, none to strip
        return low
    return _SEP.sub(" ", low).strip()


@dataclass(frozen=True, slots=True)
class WordNumber:
    """One number parsed from a run of words; offsets are relative to the run."""

    start: int
    end: int
    value: float
    ordinal: bool = False
    fraction: bool = False
    approximate: bool = False


class _Acc:
    """Accumulates one spelled number while the words keep combining."""

    __slots__ = (
        "approximate",
        "current",
        "digits",
        "end",
        "fraction",
        "has_hundred",
        "last",
        "last_scale",
        "last_word",
        "ordinal",
        "sign",
        "start",
        "sub",
        "sub_last",
        "total",
    )

    def __init__(self, start: int, sign: float) -> None:
        self.start = self.end = start
        self.total = self.current = 0.0
        self.has_hundred = False
        self.last = ""  # kind of the last word: unit, teen, tens, hundred, scale, a, frac
        self.last_word = ""
        self.last_scale = 0.0
        self.sign = sign
        self.ordinal = self.fraction = self.approximate = False
        self.digits: str | None = None  # decimals after a spoken point, as digits
        self.sub = 0.0
        self.sub_last = ""

    def value(self) -> float:
        whole = self.total + self.current
        if self.digits:
            whole += float("0." + self.digits)
        return self.sign * whole

    def flush_sub(self) -> None:
        if self.sub_last:
            self.digits = (self.digits or "") + str(int(self.sub))
        self.sub, self.sub_last = 0.0, ""


def _decimal(acc: _Acc, kind: str, value: float) -> bool:
    """Fold one word after a spoken point; False when it cannot be a decimal digit."""
    if kind == "digit" or (kind == "unit" and acc.sub_last not in ("tens", "hundred")):
        acc.flush_sub()
        acc.sub, acc.sub_last = value, "unit"
    elif kind == "unit":
        acc.sub += value
        acc.sub_last = "unit"
    elif kind in ("teen", "tens"):
        if acc.sub_last not in ("", "hundred") and not (acc.sub_last == "tens" and kind == "teen"):
            acc.flush_sub()
        acc.sub += value
        acc.sub_last = kind
    elif kind == "hundred" and acc.sub_last in ("unit", "teen"):
        acc.sub *= 100
        acc.sub_last = "hundred"
    else:
        return False
    return True


def parse_run(run: str, p: Patterns) -> list[WordNumber]:
    """Split a run of number words into the numbers it spells.

    Most runs are one lone word ("two", "million"): those are answered from
    ``p.LONE_WORDS`` (see :func:`lone_words`), the others read by :func:`_read_run`.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> [n.value for n in parse_run("twenty five thirty six", patterns("en"))]
        [25.0, 36.0]
        >>> [n.value for n in parse_run("quatre-vingt-dix-sept", patterns("fr"))]
        [97.0]
    """
    if run.isalpha():
        lone = p.LONE_WORDS.get(run.lower())
        if lone is not None:
            return list(lone)
    return _read_run(run, p)


def lone_words(p: Patterns) -> dict[str, tuple[WordNumber, ...]]:
    """What :func:`_read_run` answers for each number word written as one word, by its lower case.

    The reading of a word does not depend on its case (the tokens are lower-cased and
    ``p.TOKEN`` ignores case), nor its offsets (the run is the word), so a run whose lower
    case is a key gets the key's answer. The answers are frozen dataclasses: shared.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> [(n.end, n.value) for n in lone_words(patterns("en"))["million"]]
        [(7, 1000000.0)]
    """
    tables = (p.WORDS, p.FRACTIONS, p.DENOMS, p.DOZEN, p.APPROX)
    keys = {w for table in tables for w in table if w.isalpha() and w == w.lower()}
    return {w: tuple(_read_run(w, p)) for w in sorted(keys)}


def _read_run(run: str, p: Patterns) -> list[WordNumber]:
    """:func:`parse_run` for any run, word by word."""
    out: list[WordNumber] = []
    acc: _Acc | None = None
    sign = 1.0
    joiner = ""  # the joiner seen since the last word: "and", "et"
    pending_a = False  # an article seen, waiting for hundred/thousand/dozen/half
    a_start = -1
    comma = False
    point = False

    def close() -> None:
        nonlocal acc
        if acc is not None and acc.last not in ("", "a"):
            acc.flush_sub()
            out.append(
                WordNumber(
                    acc.start, acc.end, acc.value(), acc.ordinal, acc.fraction, acc.approximate
                )
            )
        acc = None

    for m in p.TOKEN.finditer(run):
        raw = m.group()
        tok = raw.lower() if raw.isalpha() else norm(raw)
        s, e = m.start(), m.end()
        if tok in p.MINUS:
            close()
            sign, a_start = -1.0, s
            continue
        if tok in p.OF_WORDS and acc is not None and acc.last == "frac":
            continue  # "a quarter of a million": the run holds "of" only there
        if tok in p.ARTICLES:
            if acc is not None and (joiner or acc.last == "frac"):
                pending_a = True  # "and a half"
                a_start = s  # ... or the start of the next number: "ninety and a hundred"
                continue
            close()
            pending_a = True
            a_start = s if sign > 0 else a_start
            continue
        if tok in p.JOINERS or tok in p.TENS_JOINERS:
            joiner = tok
            continue
        if tok == ",":
            comma = True
            continue
        if tok in p.POINT:
            if acc is not None and not acc.ordinal and not acc.fraction and acc.digits is None:
                point = True
            else:
                close()
            continue
        if point or (acc is not None and acc.digits is not None):
            kind, value = _point_kind(tok, p)
            if acc is not None and not comma and _decimal(acc, kind, value):
                if point:
                    acc.digits = ""
                point = False
                acc.end = e
                continue
            if acc is not None and not point and kind == "scale" and not acc.total:
                acc.flush_sub()  # "fourteen point five million": the decimal takes the scale
                acc.current += float("0." + acc.digits) if acc.digits else 0.0
                acc.digits = None
            else:
                point = False
                close()
        if tok in p.APPROX:
            # "une trentaine", "deux centaines": about that many; alone it is a noun
            if acc is not None and acc.last in _ADDITIVE_OR_A and not acc.has_hundred:
                acc.current = (acc.current or 1.0) * p.APPROX[tok]
                acc.approximate, acc.last, acc.end = True, "approx", e
                close()
            else:
                close()
            sign, joiner, pending_a, comma = 1.0, "", False, False
            continue
        word = p.WORDS.get(tok)
        den = p.FRACTIONS.get(tok) or (p.DENOMS.get(tok) if word is None else None)
        if word is None and den is None and tok not in p.DOZEN:
            close()
            sign, joiner, pending_a, comma = 1.0, "", False, False
            continue
        kind = "frac" if den is not None else ("dozen" if word is None else word.kind)
        value = float(den or 0) if word is None else word.value
        ordinal = word is not None and word.ordinal
        counts = not comma and _counts(acc, joiner, word)
        if word is not None and tok in p.DENOMS and (pending_a or counts):
            kind, den, ordinal = "frac", p.DENOMS[tok], False
        if acc is not None and acc.ordinal:
            close()
        joinable = acc is not None and _joinable(acc, kind, value, tok, joiner, pending_a, p)
        if acc is not None and comma and (acc.last != "scale" or kind in ("hundred", "scale")):
            joinable = False  # "one thousand, two hundred" joins; "mille, cent" is a list
        if acc is None or not joinable:
            close()
            start = a_start if (pending_a or sign < 0) and a_start >= 0 else s
            acc = _Acc(start, sign)
            sign = 1.0
            if pending_a:
                acc.current, acc.last = 1.0, "a"
        and_a = bool(joiner) and pending_a
        pending_a, a_start = False, -1
        _apply(acc, tok, kind, value, den, and_a)
        acc.ordinal = acc.ordinal or ordinal
        acc.last_word = tok
        acc.end = e
        joiner, comma = "", False
    close()
    return _mixed(out, run, p)


def _point_kind(tok: str, p: Patterns) -> tuple[str, float]:
    if tok in p.POINT_DIGITS:
        return "digit", float(p.POINT_DIGITS[tok])
    word = p.WORDS.get(tok)
    if word is None or word.ordinal:
        return "other", 0.0
    return word.kind, word.value


def _counts(acc: _Acc | None, joiner: str, word: object) -> bool:
    """Whether an ordinal after ``acc`` names a fraction ("three fifths", "one hundredth")."""
    if acc is None or acc.ordinal or joiner or acc.has_hundred or acc.total:
        return False
    if acc.digits is not None:
        return False
    kind = getattr(word, "kind", "")
    if kind in ("hundred", "scale"):
        return acc.last in ("unit", "a") and acc.current == 1.0  # "one thousandth", not 900th
    return acc.last in ("unit", "teen", "a")


def _joinable(
    acc: _Acc, kind: str, value: float, tok: str, joiner: str, pending_a: bool, p: Patterns
) -> bool:
    if acc.fraction and not (
        (pending_a or (acc.last == "frac" and not joiner)) and kind in ("scale", "dozen", "hundred")
    ):
        return False  # "half a million" and "a half-million" join; "a half, a million" does not
    mult = p.MULTIPLICATIVES
    if mult and (tok in mult or acc.last_word in mult):
        return False  # "twenty twice", "le double cent mètres": a multiple stands alone
    last = acc.last
    if joiner:
        if joiner in p.TENS_JOINERS:
            if not (last == "tens" and kind in ("unit", "teen")):
                return False
            if p.TENS_JOINED and tok not in p.TENS_JOINED:
                return False  # "cinquante et cinq" is two numbers
        elif not (last in ("hundred", "scale") or (pending_a and kind == "frac")):
            return False
    if kind == "unit":
        return last in ("tens", "hundred", "scale") and not (last == "tens" and joiner in p.JOINERS)
    if kind == "teen":
        return last in ("hundred", "scale") or (last == "tens" and acc.last_word in p.TENS_TEENS)
    if kind == "tens":
        return last in ("hundred", "scale")
    if kind == "hundred":
        if last == "scale" and not joiner:
            return not acc.current  # "mille cent", "deux mille cent vingt": a bare "cent"
        return (last in _ADDITIVE or (last == "frac" and pending_a)) and not acc.has_hundred
    if kind in ("scale", "dozen"):
        scale = value if kind == "scale" else 12.0
        if last == "scale" and scale > acc.last_scale:
            return True  # "mille millions", "a thousand million"
        if last == "scale" and not joiner and not acc.current and kind == "scale":
            return scale < acc.last_scale  # "deux millions mille": a bare "mille"
        return last in _BEFORE_SCALE and (acc.last_scale == 0 or scale < acc.last_scale)
    if kind == "frac":
        if joiner and pending_a:
            return True
        return last in _ADDITIVE and not acc.has_hundred
    return False


def _apply(acc: _Acc, tok: str, kind: str, value: float, den: int | None, and_a: bool) -> None:
    """Fold one word into the accumulator (the combination was checked already)."""
    if kind in _ADDITIVE:
        acc.current = value if acc.last == "a" else acc.current + value
    elif kind == "hundred":
        acc.current = (acc.current or 1.0) * 100
        acc.has_hundred = True
    elif kind in ("scale", "dozen"):
        scale = value if kind == "scale" else 12.0
        if acc.last == "scale" and scale > acc.last_scale:
            acc.total *= scale
        else:
            acc.total += (acc.current or 1.0) * scale
        acc.current = 0.0
        acc.has_hundred = False
        acc.last_scale = max(acc.last_scale, scale)
        acc.fraction = False
    elif kind == "frac":
        d = float(den or 1)
        if and_a:
            # "two and a half million" = 2.5 million; "a million and a half" = 1.5 million
            if acc.current == 0 and acc.last_scale:
                acc.total += acc.last_scale / d
            else:
                acc.current += 1.0 / d
        elif acc.last in _ADDITIVE_OR_A:
            acc.current = (acc.current or 1.0) / d
            acc.fraction = True
        else:
            acc.current = 1.0 / d
            acc.fraction = True
    acc.last = "frac" if kind == "frac" else kind


def _last_scale(words: str, p: Patterns) -> float:
    """The value of the scale word (thousand and up) that ends ``words``, else 1.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> _last_scale("deux millions", patterns("fr")), _last_scale("deux", patterns("fr"))
        (1000000.0, 1.0)
    """
    last = p.TOKEN.findall(words)
    word = p.WORDS.get(norm(last[-1])) if last else None
    return word.value if word is not None and word.kind == "scale" else 1.0


def _mixed(nums: list[WordNumber], run: str, p: Patterns) -> list[WordNumber]:
    """Merge a whole number, a joiner and a fraction: "nine and three quarters", "un et demi"."""
    if len(nums) < 2:
        return nums
    out: list[WordNumber] = [nums[0]]
    for i in range(1, len(nums)):
        a, b = out[-1], nums[i]
        between = norm(run[a.end : b.start].strip(" \t,-"))
        if (
            b.fraction
            and 0 < b.value < 1
            and not a.fraction
            and not a.ordinal
            and a.value == int(a.value)
            and (between in p.JOINERS or between in p.TENS_JOINERS)
        ):
            # after a scale word the fraction is of the scale: "un million et demi" is 1.5
            # million, as "a million and a half" ("and a" is folded in parse_run)
            scale = _last_scale(run[a.start : a.end], p)
            out[-1] = WordNumber(a.start, b.end, a.value + b.value * scale, False, True)
        else:
            out.append(b)
    return out
