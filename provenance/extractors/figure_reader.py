"""Read one scanner hit into figures: value, then what follows it and what precedes it.

:func:`read` is the single step of the scanner loop in
:mod:`provenance.extractors.figures`; it returns the figures found at a hit and
where scanning resumes. Figures are built as mutable :class:`Fig` objects and
frozen into ``FigureSpan`` records by the caller.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from provenance.enums import FigureKind
from provenance.extractors import figure_patterns as fp
from provenance.extractors.dates import normalize_date
from provenance.extractors.figure_context import (
    OF_AFTER,
    Fig,
    carry_currency,
    counted,
    currency_before,
    fmt,
    glued,
    money_scale,
    qualify,
    set_duration,
    suffix,
)
from provenance.extractors.figure_nouns import counted_unit
from provenance.extractors.numwords import parse_run
from provenance.extractors.units import currency_code, wordset

__all__ = ["Fig", "fmt", "read"]

K = FigureKind
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4}
_VULGAR |= {"⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375}
_VULGAR |= {"⅝": 0.625, "⅞": 0.875}
_SEP = re.compile(r"[,\s\u00a0\u202f\u2009]")
_SCI_SPLIT = re.compile(r"[eE]|[ \t]?[×x][ \t]?(\d+)\^?")
_NAMED_FRACTIONS = frozenset({"9/11", "7/7", "3/11"})  # attacks named by their date
_FISCAL_YEAR = re.compile(r"(?:1[6-9]|20)\d\d/(?:\d\d|\d{4})")
_MIXED = re.compile(r"[ \t-]+")
_VAGUE_LOWER = {"tens": 20.0, "hundreds": 200.0, "thousands": 2e3, "millions": 2e6}
_VAGUE_LOWER |= {"billions": 2e9, "dozens": 24.0, "hundred": 200.0, "thousand": 2e3}
_VAGUE_LOWER |= {"million": 2e6, "billion": 2e9, "dozen": 24.0}
_ID_PREFIX = re.compile(
    r"(?i)(?:mid|pre|post|late|early|top|over|under|non|circa|sub|ex|anti|pro|the|by|in|"
    r"since|from|to|and|or|than|of|for|at|up|about|around|some|only|first|last|all|"
    r"next|past|record|near|then|now|year|age|aged|a|an|low|high|upper|lower|end|start)[-−]"
)
_FREQ_BEFORE = re.compile(r"(?i:\b(?:once|twice|times|per|every)[ \t]+$)")
_ORD_BEFORE = re.compile(r"(?i:\b(?:first|second|other|better)[ \t-]+$)")
_ZERO_IDIOM = re.compile(r"-(?:sum|tolerance|hours?)\b")


def _number(s: str) -> float | None:
    """The value of a number written in digits (None for "1/0" or a malformed one)."""
    try:
        value = _parse_number(s)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None
    return value if value is not None and math.isfinite(value) else None


def _parse_number(s: str) -> float | None:
    if s[-1] in _VULGAR:
        return (float(s[:-1]) if len(s) > 1 else 0.0) + _VULGAR[s[-1]]
    if "/" in s:
        head, _, den = s.rpartition("/")
        parts = _MIXED.split(head)
        if float(den) == 0 or (len(parts) == 1 and float(head) >= float(den)):
            return None  # "1/0", "24/7": not a fraction
        if s in _NAMED_FRACTIONS:
            return None
        whole = float(parts[0]) if len(parts) == 2 else 0.0
        return whole + float(parts[-1]) / float(den)
    s = s.replace("−", "-")
    sci = _SCI_SPLIT.split(s)
    if len(sci) == 3:
        base = float(sci[1]) if sci[1] else 10.0
        return float(_SEP.sub("", sci[0])) * math.pow(base, float(sci[2]))
    return float(_SEP.sub("", s))


def read(
    text: str, m: re.Match[str], ref: dt.date | None, floor: int, *, with_range: bool
) -> tuple[list[Fig], int]:
    """The figures at one scanner hit and where scanning resumes.

    Example:
        >>> figs, end = read("20 euros", fp.SCAN.match("20 euros"), None, 0, with_range=True)
        >>> (figs[0].kind.value, figs[0].value, figs[0].unit, end)
        ('money', 20.0, 'EUR', 8)
    """
    group = m.lastgroup
    s, e = m.start(), m.end()
    if group == "marker":
        s += len(m.group()) - len(m.group().lstrip())
        return [Fig(s, e, K.MARKER, None)], e
    if group == "date":
        f = Fig(s, e, K.DATE, None)
        f.normalized = normalize_date(m.groupdict(), ref)
        return [f], e
    if group in ("phone", "ticker"):
        return [Fig(s, e, K.IDENTIFIER, None)], e
    if group == "time":
        return [_time(m.group(), s, e)], e
    if group == "model":
        f = Fig(s, e, K.IDENTIFIER, float(m.group("mdnum")))
        return [f], e
    if group == "ident":
        pre = _ID_PREFIX.match(m.group())
        if pre is not None:
            return [], s + pre.end()
        f = Fig(s, e, K.IDENTIFIER, None)
        return [f], e
    if group == "vague":
        return [_vague(text, m.group(), s, e, floor)], e
    if group == "aunit":
        return _a_unit(text, m.group(), s, e, floor), e
    if group == "words":
        return _words(text, m, ref, floor, with_range)
    if group == "money":
        value = _number(m.group("mnum"))
        if value is None:
            return [Fig(s, e, K.IDENTIFIER, None)], e
        f = Fig(s, e, K.MONEY, -value if m.group("msign") else value)
        f.unit = currency_code(m.group("cur"))
        money_scale(text, f)
        bracketed = text[s - 1 : s] == "(" and text[f.end : f.end + 1] == ")"
        # "$100,000 (£52,000)" converts the figure before it; "is ($99.99)" is a loss
        converted = floor > 0 and not text[floor : s - 1].strip()
        if bracketed and not converted and f.value is not None and not m.group("msign"):
            f.start, f.end, f.value = s - 1, f.end + 1, -f.value  # accounting negative
    else:
        f = _digits(text, m)
        if f.kind is not K.CARDINAL or f.lower is not None:  # not a plain number: "30s"
            return [f], f.end
    suffix(text, f)
    if f.kind is K.CARDINAL:
        currency_before(text, f, floor)  # "Australian dollars 648m"
    qualify(text, f, floor)
    if with_range:
        merged = _range(text, f, ref, floor)
        if merged is not None:
            return [merged], merged.end
    if f.kind is K.CARDINAL and f.unit is None:
        f.unit = counted(text, f) or (_shared_unit(text, f, ref) if with_range else None)
    return [f], f.end


_AND_OR = re.compile(r"[ \t]+(?:and|or)[ \t]+")


def _shared_unit(text: str, f: Fig, ref: dt.date | None) -> str | None:
    """The unit a bare number shares with the next one: "45 *and* 50 mg", "two or three people"."""
    if not text.startswith((" and ", " or "), f.end):
        return None  # the cheap test first
    j = _AND_OR.match(text, f.end)
    if j is None:
        return None
    nm = fp.SCAN.match(text, j.end())
    if nm is None or nm.lastgroup not in ("num", "words"):
        return None
    figs, _ = read(text, nm, ref, j.end(), with_range=False)
    if not figs or figs[0].start != nm.start():
        return None
    g = figs[0]
    return g.unit if g.kind is K.CARDINAL and g.scaled == f.scaled else None


def _time(written: str, s: int, e: int) -> Fig:
    f = Fig(s, e, K.TIME, None)
    parts = [int(p) for p in _PARTS.findall(written)]
    low = written.lower()
    hour = parts[0] // 100 if len(parts) == 1 and parts[0] >= 100 else parts[0]
    minute = parts[0] % 100 if len(parts) == 1 and parts[0] >= 100 else [*parts, 0][1]
    if "p" in low and hour < 12:
        hour += 12
    elif "a" in low and "m" in low and hour == 12 and ("a.m" in low or "am" in low):
        hour = 0
    if hour < 24 and minute < 60:
        f.normalized = f"{hour:02d}:{minute:02d}"
    return f


_PARTS = re.compile(r"\d+")


def _vague(text: str, written: str, s: int, e: int, floor: int) -> Fig:
    f = Fig(s, e, K.VAGUE, None)
    words = written.lower().split()
    last = words[-1].rstrip("s") if len(words) > 1 else words[-1]
    if words[0] == "tens" and len(words) > 2:
        f.lower = 10 * _VAGUE_LOWER.get(words[-1], 1.0)
    elif words[0] == "hundreds" and len(words) > 2:
        f.lower = 100 * _VAGUE_LOWER.get(words[-1], 1.0)
    else:
        f.lower = _VAGUE_LOWER.get(words[-1], _VAGUE_LOWER.get(last, 2.0))
    f.approximate = True
    of = OF_AFTER.match(text, e)
    if of is not None:
        f.unit = counted_unit(text, of.end())
    qualify(text, f, floor)
    return f


_MEASURES = wordset(
    "gallon mile litre liter kilometre kilometer kilogram metre meter tonne byte kilobyte "
    "megabyte gigabyte terabyte kibibyte mebibyte gibibyte"
)

_A_MONEY = {"penny": ("GBP", 0.01), "cent": ("USD", 0.01), "dollar": ("USD", 1.0)}
_A_MONEY |= {"euro": ("EUR", 1.0)}


def _a_unit(text: str, written: str, s: int, e: int, floor: int) -> list[Fig]:
    if _FREQ_BEFORE.search(text, max(floor, s - 12), s):
        return []
    words = written.split()
    value = 0.5 if words[0].lower() == "half" else 1.0
    unit = words[-1].lower()
    if unit in _A_MONEY:
        code, worth = _A_MONEY[unit]
        f = Fig(s, e, K.MONEY, value * worth)
        f.unit = code  # "a penny": money in full units, GBP 0.01
    elif unit in _MEASURES:
        f = Fig(s, e, K.CARDINAL, value)
        f.unit = unit
    else:
        f = Fig(s, e, K.DURATION, value)
        set_duration(f, unit)
    qualify(text, f, floor)  # "less than a dollar", "about a week"
    return [f]


def _digits(text: str, m: re.Match[str]) -> Fig:
    """A number in digits with what is glued to it: ordinal, decade, year, letters."""
    s, e = m.start(), m.end()
    written = m.group()
    if _FISCAL_YEAR.fullmatch(written):  # "1987/88": a span of years, not a fraction
        return _year(text, Fig(s, s + 4, K.YEAR, float(written[:4])))
    value = _number(written)
    if value is None:
        return Fig(s, e, K.IDENTIFIER, None)
    f = Fig(s, e, K.CARDINAL, value)
    plain = written.isdigit()
    if plain or written.replace(",", "").isdigit():
        o = fp.ORDINAL_SUFFIX.match(text, e)
        if o is not None:
            f.kind, f.end = K.ORDINAL, o.end()
            return f
    if plain:
        d = fp.DECADE_SUFFIX.match(text, e)
        if d is not None and written.endswith("0") and len(written) in (2, 4):
            f.end = d.end()
            if len(written) == 4 or text[max(0, s - 1) : s] in ("'", "’"):
                base = value if len(written) == 4 else 1900 + value
                f.kind, f.value, f.lower, f.upper = K.YEAR, base, base, base + 9
                f.normalized = f"{fmt(base)[:3]}X"
                if text[max(0, s - 1) : s] in ("'", "’"):
                    f.start = s - 1
            else:
                f.lower, f.upper = value, value + 9
            return f
        if len(written) == 4 and 1600 <= value <= 2099 and not glued(text, e):
            return _year(text, f)
    return f


def _year(text: str, f: Fig) -> Fig:
    f.kind = K.YEAR
    r = fp.YEAR_RANGE.match(text, f.end)
    if r is not None and f.value is not None:
        first = int(f.value)
        tail = int(r.group(2))
        last = (first // 100) * 100 + tail if len(r.group(2)) == 2 else tail
        if len(r.group(2)) == 2 and last < first:
            last += 100  # "1999/00"
        if first < last <= first + 20:
            f.end = r.end()
            f.value, f.lower, f.upper = None, float(first), float(last)
            f.normalized = f"{first}/{last}"
    return f


def _range(text: str, f: Fig, ref: dt.date | None, floor: int) -> Fig | None:
    """Merge "X to Y", "X-Y", "between X and Y", "8- to 16-meter" into one figure."""
    j = fp.RANGE_JOIN.match(text, f.end)
    if j is None or f.value is None:
        return None
    word = (j.group("word") or "").lower()
    between = (f.qualifier or "").lower() == "between"
    if word == "and" and not between:
        return None
    if word == "or":
        return None
    change = word == "to" and fp.CHANGE_BEFORE.search(text, max(floor, f.start - 40), f.start)
    nm = fp.SCAN.match(text, j.end())
    if nm is None or nm.lastgroup not in ("num", "money", "words"):
        return None
    figs, _ = read(text, nm, ref, j.end(), with_range=False)
    if len(figs) != 1 or figs[0].start != nm.start():
        return None
    g = figs[0]
    if g.value is None or g.kind not in (K.CARDINAL, K.MONEY, K.PERCENT, K.DURATION):
        return None
    if change:
        _inherit(f, g)
        return None
    if f.kind is K.MONEY and g.kind is K.CARDINAL and (j.group("dash") or between):
        # "$779m-798m", "between 30,000 stg and 50,000": the second half is money too;
        # not "by 16 mln marks to 381 mln", where "to" gives the new level
        carry_currency(f, g)
    if f.kind is not K.CARDINAL and (f.kind is not g.kind or f.unit != g.unit):
        return None
    unit_word = j.group("unit")
    if unit_word is not None:
        uw = unit_word.strip()
        after = text[g.end : g.end + len(unit_word) + 1].strip()
        if not after.startswith(uw) or word == "":
            return None
        g.end = text.index(uw, g.end) + len(uw)
        g.unit = uw
    lo, hi = f.value, g.value
    unscaled = f.scaled == 1.0 and f.raw is not None and g.raw is not None
    if unscaled and g.scaled > 1.0 and f.raw is not None and g.raw is not None and f.raw < g.raw:
        lo = f.raw * g.scaled  # "1.5 to 2 billion dlrs": the scale is written once
    elif unscaled and g.kind is K.MONEY and f.kind is K.CARDINAL and g.raw:
        lo = lo * (hi / g.raw)  # "340 to 350 cts": both in the same subunit
    if j.group("dash") or word == "through":
        if not lo < hi:
            return None
    elif not (lo <= hi or (lo < 0 and hi < 0)):
        return None
    r = Fig(f.start, g.end, g.kind, None)
    r.lower, r.upper = min(lo, hi), max(lo, hi)
    r.unit = g.unit if g.unit is not None or unit_word is None else unit_word.strip()
    r.qualifier, r.approximate = f.qualifier, f.approximate
    if g.kind is K.DURATION:
        r.normalized = None
    if r.kind is K.CARDINAL and r.unit is None:
        r.unit = counted(text, r)
    return r


def _inherit(f: Fig, g: Fig) -> None:
    """ "fell from 5 to 3 mln dlrs": a bare first number takes the scale and unit of the second."""
    bare = f.kind is K.CARDINAL and f.scaled == 1.0 and f.unit is None
    if not bare or f.raw is None or not g.raw or g.value is None or f.value is None:
        return
    if g.scaled == 1.0 and g.kind not in (K.MONEY, K.PERCENT):
        return
    old = f.value
    f.value = f.raw * (g.value / g.raw)
    f.scaled = g.scaled
    if g.kind in (K.MONEY, K.PERCENT):
        f.kind, f.unit = g.kind, g.unit
    f.lower = f.value if f.lower == old else f.lower
    f.upper = f.value if f.upper == old else f.upper


def _words(
    text: str, m: re.Match[str], ref: dt.date | None, floor: int, with_range: bool
) -> tuple[list[Fig], int]:
    base = m.start()
    nums = parse_run(m.group())
    out: list[Fig] = []
    end = m.end()
    for i, n in enumerate(nums):
        s, e = base + n.start, base + n.end
        written = text[s:e].lower()
        if text[s].isupper() and i == 0 and _in_name(text, s):
            continue
        if n.ordinal:
            if written == "second" and out and out[-1].end >= s - 1:
                continue
            f = Fig(s, e, K.ORDINAL, n.value)
            out.append(f)
            continue
        if written == "one" and _pronoun_one(text, s, e, floor):
            continue
        if written == "dozen" or (written == "zero" and _ZERO_IDIOM.match(text, e)):
            continue
        if written in ("half", "quarter", "quarters") and (
            _ORD_BEFORE.search(text, max(floor, s - 12), s)
            or (text[e : e + 1] == "-" and fp.DURATION_AFTER.match(text, e) is None)
            or (written != "half" and OF_AFTER.match(text, e) is None)
        ):
            continue
        f = Fig(s, e, K.CARDINAL, n.value)
        if i == len(nums) - 1:
            suffix(text, f)
            qualify(text, f, max(floor, out[-1].end if out else floor))
            if with_range:
                merged = _range(text, f, ref, floor)
                if merged is not None:
                    out.append(merged)
                    return out, merged.end
            end = max(end, f.end)
        else:
            qualify(text, f, max(floor, out[-1].end if out else floor))
        if f.kind is K.CARDINAL and f.unit is None:
            f.unit = counted(text, f)
            if f.unit is None and with_range and i == len(nums) - 1:
                f.unit = _shared_unit(text, f, ref)
        out.append(f)
    if len(out) > 1:  # "two and three days": the unit is shared, right to left
        for a, b in zip(out[-2::-1], out[:0:-1], strict=True):
            bare = a.kind is b.kind is K.CARDINAL and a.unit is None
            if bare and _AND_OR.fullmatch(text, a.end, b.start):
                a.unit = b.unit
    return out, end


def _in_name(text: str, s: int) -> bool:
    """A capitalized number word mid-sentence is a name: "Zero Hedge", "Group of Five"."""
    before = text[max(0, s - 3) : s].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\"“”'‘’\n(-–—"


def _pronoun_one(text: str, s: int, e: int, floor: int) -> bool:
    """ "one" as a pronoun or idiom ("no one", "one of", "one another"), not a count."""
    return bool(
        fp.PRONOUN_ONE_BEFORE.search(text, max(floor, s - 10), s)
        or fp.PRONOUN_ONE_AFTER.match(text, e)
    )
