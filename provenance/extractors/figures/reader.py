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
from typing import TYPE_CHECKING

from provenance.enums import CARDINAL as _CARDINAL
from provenance.enums import DATE as _DATE
from provenance.enums import DURATION as _DURATION
from provenance.enums import IDENTIFIER as _IDENTIFIER
from provenance.enums import MARKER as _MARKER
from provenance.enums import MONEY as _MONEY
from provenance.enums import MULTIPLE as _MULTIPLE
from provenance.enums import ORDINAL as _ORDINAL
from provenance.enums import PERCENT as _PERCENT
from provenance.enums import TIME as _TIME
from provenance.enums import VAGUE as _VAGUE
from provenance.enums import YEAR as _YEAR
from provenance.enums import FigureKind
from provenance.extractors.figures.context import (
    AGE_UNITS,
    Fig,
    bare_age,
    carry_currency,
    counted,
    currency_before,
    fmt,
    fraction_multiple,
    glued,
    line_name,
    measured_after,
    money_scale,
    multiple,
    named_line,
    qualify,
    set_duration,
    street_number,
    suffix,
)
from provenance.extractors.figures.dates import normalize_date
from provenance.extractors.figures.nouns import counted_unit, plain_counted_unit
from provenance.extractors.figures.numwords import WordNumber, norm, parse_run
from provenance.extractors.figures.pairs import (
    date_part,
    glued_period,
    period,
    round_the_clock,
    score_or_split,
    year_part,
)
from provenance.extractors.figures.patterns import YEAR_RANGE
from provenance.extractors.figures.ratios import ratio_first

if TYPE_CHECKING:
    from provenance.extractors.figures.patterns import Patterns

__all__ = ["Fig", "fmt", "read"]

K = FigureKind
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4}
_VULGAR |= {"⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375}
_VULGAR |= {"⅝": 0.625, "⅞": 0.875}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]")  # and Swiss apostrophes: "1'234"
_SCI_SPLIT = re.compile(r"[eE]|[ \t]?[×x][ \t]?(\d+)\^?")
_NAMED_FRACTIONS = frozenset({"9/11", "7/7", "3/11"})  # attacks named by their date
_FISCAL_YEAR = re.compile(r"(?:1[6-9]|20)\d\d/(?:\d{1,2}|\d{4})")
_MIXED = re.compile(r"[ \t-]+")


def _number(s: str, decimal: str = ".") -> float | None:
    """The value of a number written in digits (None for "1/0" or a malformed one)."""
    if s.isdecimal():  # digits alone ("2019", "40"): what ``_parse_number`` reads them as
        whole = float(s)
        return whole if math.isfinite(whole) else None
    try:
        value = _parse_number(s, decimal)
    except (ValueError, OverflowError, ZeroDivisionError):
        return None
    return value if value is not None and math.isfinite(value) else None


def _parse_number(s: str, decimal: str) -> float | None:
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
    if "^" in s and "x" not in s and "×" not in s:  # "10^9": a power with a caret
        root, _, power = s.partition("^")
        return math.pow(_plain(root, decimal), float(power))
    # every split point of _SCI_SPLIT holds "e", "E", "x" or "×": without one the split
    # is ``[s]`` (a list built for 99.9% of numbers on news text)
    if "e" in s or "E" in s or "x" in s or "×" in s:
        sci = _SCI_SPLIT.split(s)
        if len(sci) == 3:
            base = float(sci[1]) if sci[1] else 10.0
            return _plain(sci[0], decimal) * math.pow(base, float(sci[2]))
    return _plain(s, decimal)


def _plain(s: str, decimal: str) -> float:
    """A decimal number with the locale's symbols: "53,000.5"; "53 000,5" in French."""
    # digits alone, or with commas and points ("53,000.5"), hold no space or apostrophe
    if not s.replace(",", "").replace(".", "").isdigit():
        s = _SPACES.sub("", s)
    if decimal == ".":
        return float(s.replace(",", ""))
    if s.count(".") > 1:
        s = s.replace(".", "")  # "1.234.567,5": dots group
    elif "." in s and decimal not in s and len(s) - s.index(".") != 4:
        return float(s)  # "32.2" in French copy
    return float(s.replace(".", "").replace(decimal, "."))


def read(
    text: str,
    m: re.Match[str],
    ref: dt.date | None,
    floor: int,
    *,
    with_range: bool,
    p: Patterns,
) -> tuple[list[Fig], int]:
    """The figures at one scanner hit and where scanning resumes.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> p = patterns("en")
        >>> figs, end = read("20 euros", p.SCAN.match("20 euros"), None, 0, with_range=True, p=p)
        >>> (figs[0].kind.value, figs[0].value, figs[0].unit, end)
        ('money', 20.0, 'EUR', 8)
    """
    group = m.lastgroup
    s, e = m.start(), m.end()
    if group == "marker":
        s += len(m.group()) - len(m.group().lstrip())
        return [Fig(s, e, _MARKER, None)], e
    if group == "date":
        f = Fig(s, e, _DATE, None)
        groups = m.groupdict()
        f.normalized = normalize_date(groups, ref, p.lex.months)
        if s > floor and groups.get("my_m") and text[s - 1 : s] in (" ", "-"):
            date_part(text, f, floor, p)  # "mid-June 2020", "fin mai 2021"
        if with_range and text[e : e + 1] in ("-", "–", " ") and text[e - 1 : e].isdigit():
            g = _day_after_date(text, f, p)  # "March 3-5": two dates
            if g is not None:
                return [f, g], g.end
        return [f], e
    if group == "roman":
        if p.lex.ordinal_names and _no_rank(text, e, 0.0, p):
            return [], e  # "la Ve République": a name
        return [Fig(s, e, _ORDINAL, float(p.ROMAN[m.group()]))], e
    if group in ("phone", "ticker", "code"):
        return [Fig(s, e, _IDENTIFIER, None)], e
    if group == "time":
        written = m.group()
        timed = _race_time(text, written, s, e, p) or _hour_minutes(text, written, s, e, p)
        return ([timed], timed.end) if timed is not None else ([_time(written, s, e)], e)
    if group == "model":
        if p.lex.length_after and measured_after(text, e, p):
            return [], m.start("mdnum")  # "a runway 3 km long": a length, read from its number
        number = float(m.group("mdnum"))
        if p.lex.rank_marks and m.end("mdnum") == e and _ranked(text, s, e, m.start("mdnum"), p):
            return [Fig(s, e, _ORDINAL, number)], e  # "the No. 1 seed", "le n° 2 du parti"
        return [Fig(s, e, _IDENTIFIER, number)], e
    if group == "ident":
        pre = p.ID_PREFIX.match(m.group())
        if pre is not None:
            return [], s + pre.end()
        if e - s == 2 and text[e : e + 1] == " " and (named := _carrier_code(text, s, p)):
            return [named], named.end  # "flight U2 8123": the carrier's code holds a digit
        if e - s <= 6 and (dated := period(text, m.group(), s, e, p)) is not None:
            return [dated], dated.end  # "Q3 2024", "FY2024"
        factor = _letter_factor(m.group(), s, e, p) or _changed_price(text, m.group(), s, e, p)
        return [factor or Fig(s, e, _IDENTIFIER, None)], e
    if group == "vague":
        return [_vague(text, m.group(), s, e, floor, p)], e
    if group == "phrase":  # "a couple of people": two
        f = Fig(s, e, _CARDINAL, p.COUNT_PHRASES[" ".join(m.group().lower().split())])
        qualify(text, f, floor, p)
        of = p.OF_AFTER.match(text, e)
        if of is not None and p.lex.counted_nouns:
            f.unit = counted_unit(text, of.end())
        return [f], e
    if group == "aunit":
        return _a_unit(text, m.group(), s, e, floor, p), e
    if group == "words":
        figs, end = _words(text, m, ref, floor, with_range, p)
        last = figs[-1] if figs else None
        if (
            last is not None
            and text.startswith(p.BELOW_ZERO_HEADS, last.end + 1)
            and text[last.end : last.end + 1] == " "
            and last.kind is _CARDINAL
        ):
            _below_zero(text, last, p)  # "five below zero": -5
            end = max(end, last.end)
        if last is not None and last.value is not None and last.value < 1 and p.lex.a_units:
            end = max(end, _share_of_a_unit(text, last, floor, p))  # "a quarter of a mile"
        return figs, end
    if group == "decade":  # "the eighties" as "the '80s"; "in his eighties" is an age
        decade = p.DECADE_WORDS[m.group().lower()]
        years = _decade_years(text, s, e, floor, p)
        if not years:
            if years is None and not _decade_age(text, s, floor, p):
                return [], e  # "Eighties music", "the Roaring Twenties": no figure
            f = Fig(s, e, _CARDINAL, decade)
            f.lower, f.upper = decade, decade + 9
            year_part(text, f, floor, p)  # "in her early thirties", as "the early Nineties"
            qualify(text, f, floor, p)
            return [f], e
        base = 1900 + decade
        f = Fig(s, e, _YEAR, base)
        f.lower, f.upper, f.normalized = base, base + 9, f"{fmt(base)[:3]}X"
        year_part(text, f, floor, p)  # "the early Nineties", "the mid-sixties"
        return [f], e
    if group == "money":
        value = _number(m.group("mnum"), p.decimal)
        if value is None:
            return [Fig(s, e, _IDENTIFIER, None)], e
        if (
            text[s].isalpha()  # the cheap tests first: letters, then a space before the number
            and p.lex.line_nouns
            and text.find(" ", s, e) > 0
            and (named := named_line(text, m, p)) is not None
        ):
            return [named], named.end  # "the TL 5 bus": a name
        f = Fig(s, e, _MONEY, -value if m.group("msign") else value)
        if not m.group("msign") and _loose_minus(text, s, "-−–"):
            f.start, f.value = s - 1, -value  # "-$5m", "−£2.1bn": the sign before the symbol
        f.unit = p.cur.code(m.group("cur")) or "USD"
        money_scale(text, f, p)
        bracketed = text[s - 1 : s] == "(" and text[f.end : f.end + 1] == ")"
        # "$100,000 (£52,000)" converts the figure before it; "is ($99.99)" is a loss
        converted = floor > 0 and not text[floor : s - 1].strip()
        if bracketed and not converted and f.value is not None and not m.group("msign"):
            f.start, f.end, f.value = s - 1, f.end + 1, -f.value  # accounting negative
    else:
        # every match of NAME_WITH_NUMBER opens with one of the names, as written
        if text.startswith(p.NAMES_WITH_NUMBER, s) and (n := p.NAME_WITH_NUMBER.match(text, s)):
            return [Fig(s, n.end(), _IDENTIFIER, None)], n.end()  # "7-Eleven": a name
        f = _digits(text, m, p)
        if f.kind is _IDENTIFIER and p.SLASH_PAIR_UNIT is not None and "/" in m.group():
            readings = _slash_pair(text, m, p)
            if readings:
                return readings, readings[-1].end  # "120/80 mmHg": two readings, no fraction
        if (
            e - s <= 3
            and (text.startswith(p.LINE_TAILS, e) or text.endswith(p.LINE_HEADS, 0, s))
            and f.kind is _CARDINAL
            and line_name(text, s, e, p)
        ):
            return [Fig(s, e, _IDENTIFIER, None)], e  # "the 73 bus", "la ligne 13": a name
        if (
            f.value in p.SERVICE_VALUES
            and f.kind is _CARDINAL
            and m.group() in p.lex.service_numbers
            and _service_call(text, f, p)
        ):
            return [Fig(s, e, _IDENTIFIER, None)], e  # "called 911": a phone number
        if e - s == 1 and text[e : e + 1] in p.PERIOD_HEADS and (g := glued_period(text, s, p)):
            return [g], g.end  # "1H24": the first half of 2024
        if (
            f.kind is _CARDINAL
            and f.value
            and text[s - 1 : s] == "–"  # the cheap test first: _loose_minus's own first test
            and m.group()[:1].isdigit()
            and _loose_minus(text, s, "–")
        ):
            f.start, f.value = s - 1, -f.value  # "growth was –0.2%": a typeset minus
        if f.kind is _IDENTIFIER and m.group() == "50/50":
            f.kind, f.value = _CARDINAL, 50.0  # "a 50/50 split": one even split, not a fraction
            qualify(text, f, floor, p)
            return [f], f.end
        if (
            f.kind is _YEAR or (f.kind is _CARDINAL and f.upper is not None and f.lower is not None)
        ) and text[max(0, f.start - 7) : f.start - 1].endswith(p.YEAR_PARTS):
            # "the late 1990s", "in mid-2024"; a decade as a level too: "in his late 40s"
            year_part(text, f, floor, p)
        if f.kind is _ORDINAL and p.lex.ordinal_names and _no_rank(text, f.end, 0.0, p):
            return [], f.end  # "the 94th District": a name
        if f.kind is _YEAR and f.lower is None and text[f.end + 1 : f.end + 2] in p.STREET_FIRST:
            _street_not_year(text, f, floor, p)  # "1600 Pennsylvania Avenue": an address
        if f.kind is not _CARDINAL or f.lower is not None:  # not a plain number: "30s"
            return [f], f.end
        nxt = text[f.end : f.end + 1]
        if nxt in ("-", "–") and e - s <= 3 and m.group().isdigit():
            pair = score_or_split(text, f, p)  # "won 3-1", "a 50-50 split"
            if pair is not None:
                qualify(text, pair[0], floor, p)  # "an even 50-50", "about 50-50"
                return pair, pair[-1].end
        elif text.find("/", f.end, f.end + 3) >= 0 and round_the_clock(text, f):
            return [f], f.end  # "24 h/24", "7j/7": no figure
        if text[s - 1 : s] in (" ", "\t") and f.value is not None:
            _minus_word(text, f, floor, p)  # "minus 4 degrees"
        if nxt == " " and text.startswith(p.BELOW_ZERO_HEADS, f.end + 1) and f.value:
            _below_zero(text, f, p)  # "5 below zero": -5
    if not _compound(text, f, p):
        suffix(text, f, p)
        if f.kind is _CARDINAL:
            currency_before(text, f, floor, p)  # "Australian dollars 648m"
    qualify(text, f, floor, p)
    if with_range:
        merged = _range(text, f, ref, floor, p)
        if merged is not None:
            return [merged], merged.end
    if f.kind is _CARDINAL and f.unit is None and text[f.start - 3 : f.start - 1] in p.AGE_TAILS:
        bare_age(text, f, p)  # "aged 20"
    if f.kind is _CARDINAL and f.unit is None:
        f.unit = counted(text, f, p) or (_shared_unit(text, f, ref, p) if with_range else None)
        if f.unit is None and p.lex.part_words:
            _part_duration(text, f, floor, p)  # "5 ans dont 2 avec sursis"
    return [f], f.end


#: feet and inches marks: "5'10\"", "6’2”", "5′ 11″"
_FEET_INCHES = re.compile(r"['’′][ \t]?(\d|1[01])(?:[\"”″]|''|’’)")


def _compound(text: str, f: Fig, p: Patterns) -> bool:
    """Read a measure in two units as one figure in the smaller: "5ft 10in" is 70 in.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(0, 1, K.CARDINAL, 5.0)
        >>> _compound("5ft 10in tall", f, patterns("en")), f.value, f.unit, f.end
        (True, 70.0, 'in', 8)
    """
    e = f.end
    head = text[e : e + 2]
    if f.value is None or not head or f.value != int(f.value) or not 0 < f.value < 100:
        return False
    if head[0] in "'’′":
        j = _FEET_INCHES.match(text, e)
        if j is None or not 1 <= f.value <= 8 or not text[f.start : e].isdigit():
            return False
        f.value, f.unit, f.end = f.value * 12 + float(j.group(1)), "in", j.end()
        return True
    first = head.lstrip(" \t-")[:1]
    if p.DECIMAL_UNIT is not None and first in p.DECIMAL_UNIT_FIRST:
        d = p.DECIMAL_UNIT.match(text, e)
        if d is not None:  # "en 9 s 58": 9.58 seconds, one figure
            f.value = f.value + int(d.group(2)) / 100
            f.raw, f.end = f.value, d.end()
            set_duration(f, d.group(1), p)
            return True
    compounds = p.COMPOUNDS_AT.get(first.lower())
    if compounds is None:
        return False
    for pattern, per, unit in compounds:
        c = pattern.match(text, e)
        if c is not None and float(c.group(1)) < per:
            f.value = f.value * per + float(c.group(1))
            f.raw, f.unit, f.end = f.value, unit, c.end()
            if unit in p.lex.durations:
                set_duration(f, unit, p)  # "3 hours 20 minutes": 200 minutes
            return True
    return False


def _decade_years(text: str, s: int, e: int, floor: int, p: Patterns) -> bool | None:
    """Whether a decade after an article names years ("the 80s", "the eighties").

    Not after a noun of measure in its clause, nor before one ("temperatures in the
    80s", "life expectancy around the mid-70s", "the 90s Fahrenheit"): a level then,
    unless a preposition of time opens it ("have risen since the 80s"). None without
    an article.
    """
    art = p.DECADE_ARTICLE.search(text, max(floor, s - 12), s)
    if art is None:
        co = _coordinated_decade(text, s, 0, p)  # the decade before may be the last figure
        return _decade_years(text, co.start(1), co.end(1), 0, p) if co else None
    measured = p.DECADE_MEASURE_AFTER.match(text, e) or p.DECADE_MEASURE_BEFORE.search(
        text, max(floor, art.start() - 70), art.start()
    )
    return not measured or bool(
        p.DECADE_TIME_BEFORE.search(text, max(0, art.start() - 12), art.start())
    )


def _coordinated_decade(text: str, s: int, floor: int, p: Patterns) -> re.Match[str] | None:
    """The decade joined to the one at ``s`` ("the 80s *and* 90s", "les années 80 *et* 90")."""
    before = text[max(floor, s - 15) : s].rstrip(" \t")
    words = before.rsplit(None, 2)
    last = words[-1].lower() if words else ""
    if last in p.lex.year_parts and len(words) > 1:  # "seventies or *early* eighties"
        last = words[-2].lower()
    if not before.endswith(",") and last not in p.DECADE_JOINS:
        return None  # the cheap test first: no joining word right before
    return p.DECADE_COORDINATED.search(text, max(floor, s - 30), s)


def _decade_age(text: str, s: int, floor: int, p: Patterns) -> bool:
    """A possessive before a decade in words that makes it an age ("in his eighties"), or
    before the decade joined to it ("in his seventies and eighties")."""
    if p.DECADE_AGE_BEFORE.search(text, max(floor, s - 16), s):
        return True
    co = _coordinated_decade(text, s, 0, p)
    return bool(co and p.DECADE_AGE_BEFORE.search(text, max(0, co.start(1) - 16), co.start(1)))


def _decade_before(text: str, s: int, p: Patterns) -> bool:
    """A word before a decade that makes it years ("les années 80"), or such a decade joined
    to it ("les années 80 et 90")."""
    if p.DECADE_BEFORE.search(text, max(0, s - 12), s):
        return True
    co = _coordinated_decade(text, s, 0, p)
    return bool(co and p.DECADE_BEFORE.search(text, max(0, co.start(1) - 12), co.start(1)))


def _shared_unit(text: str, f: Fig, ref: dt.date | None, p: Patterns) -> str | None:
    """The unit a bare number shares with the next one: "45 *and* 50 mg", "two or three people"."""
    nxt = text[f.end : f.end + 6].split(None, 1)
    if not nxt or nxt[0].lower() not in p.AND_OR:
        return None  # the cheap test first
    if text[f.start - 1 : f.start] == "-":
        return None  # "6-4 and 18-year-old": the end of a score
    j = p.AND_OR_RE.match(text, f.end)
    if j is None:
        return None
    nm = p.SCAN.match(text, j.end())
    if nm is None or nm.lastgroup not in ("num", "words"):
        return None
    figs, _ = read(text, nm, ref, j.end(), with_range=False, p=p)
    if not figs or figs[0].start != nm.start():
        return None
    g = figs[0]
    return g.unit if g.kind is _CARDINAL and g.scaled == f.scaled else None


def _time(written: str, s: int, e: int) -> Fig:
    f = Fig(s, e, _TIME, None)
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
#: a clock-like time with its seconds: "2:34:56", "3:28.32", "1:43.09"
_WITH_SECONDS = re.compile(r"(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)|(\d{1,2}):([0-5]\d\.\d+)")


def _hour_minutes(text: str, written: str, s: int, e: int, p: Patterns) -> Fig | None:
    """An hour written with its letter ("2 h 05") and a minute word after it is a duration,
    in minutes, or in seconds when they follow: "en 2 h 05 min 30 s" (7,530 s); "à 2 h 05"
    stays an hour of the day."""
    hm = p.HOUR_MINUTES_AFTER
    if hm is None or "h" not in written.lower():
        return None
    after = hm.match(text, e)
    if after is None:
        return None
    hours, minutes = (int(x) for x in _PARTS.findall(written)[:2])
    if after.group(1) is None:
        f = Fig(s, after.end(), _DURATION, float(hours * 60 + minutes))
        f.unit, f.normalized = "minute", f"PT{fmt(f.value or 0.0)}M"
        return f
    seconds = hours * 3600 + minutes * 60 + float(after.group(1).replace(",", "."))
    return _in_seconds(s, after.end(), seconds)


def _race_time(text: str, written: str, s: int, e: int, p: Patterns) -> Fig | None:
    """A time with its seconds right after a word of ``clock_duration_before`` is a race's
    time, a duration in seconds: "finished in 2:34:56" (9,296 s), "a time of 3:28.32"."""
    if not p.lex.clock_duration_before:
        return None
    w = _WITH_SECONDS.fullmatch(written)
    if w is None:
        return None
    before = text[max(0, s - 10) : s].split()
    if not before or before[-1].lower() not in p.lex.clock_duration_before:
        return None
    if w.group(1) is not None:
        seconds = int(w.group(1)) * 3600 + int(w.group(2)) * 60 + float(w.group(3))
    else:
        seconds = int(w.group(4)) * 60 + float(w.group(5))
    return _in_seconds(s, e, seconds)


def _in_seconds(s: int, e: int, seconds: float) -> Fig:
    """A duration of ``seconds`` (rounded to the microsecond), in seconds."""
    f = Fig(s, e, _DURATION, round(seconds, 6))
    f.unit, f.normalized = "second", f"PT{fmt(f.value or 0.0)}S"
    return f


def _vague(text: str, written: str, s: int, e: int, floor: int, p: Patterns) -> Fig:
    f = Fig(s, e, _VAGUE, None)
    words = written.lower().split()
    vague = p.VAGUE_LOWER
    last = words[-1].rstrip("s") if len(words) > 1 else words[-1]
    first = vague.get(words[0], 2.0) / 2 if len(words) > 2 else 0.0
    big = p.WORDS.get(words[-1]) if len(words) > 2 else None
    if first in (10.0, 100.0):  # "tens of thousands", "hundreds of millions"
        f.lower = first * vague.get(words[-1], 1.0)
    elif big is not None and big.kind == "scale" and words[-2] in vague:
        f.lower = vague[words[-2]] * big.value  # "a few hundred thousand": 200,000
    else:
        f.lower = vague.get(words[-1], vague.get(last, 2.0))
    f.approximate = True
    of = p.OF_AFTER.match(text, e)
    if of is not None:
        f.unit = (
            counted_unit(text, of.end())
            if p.lex.counted_nouns
            else plain_counted_unit(text, of.end(), p.lex.stop_words) or None
        )
    qualify(text, f, floor, p)
    return f


def _a_unit(text: str, written: str, s: int, e: int, floor: int, p: Patterns) -> list[Fig]:
    if p.FREQ_BEFORE.search(text, max(floor, s - 12), s):
        return []
    words = written.split()
    if words[0].lower() in p.lex.articles and _rate_after_amount(text, s, p):
        return []  # "NZ$7.80 a kilogram", "$5 billion a year": the unit of a rate
    relative = words[0].lower() in p.lex.articles and p.A_UNIT_RELATIVE.match(text, e)
    value = 0.5 if " ".join(words[:2]).lower() in p.lex.half_a else 1.0
    if len(words) > 4 and (den := p.FRACTIONS.get(words[-1].lower())):
        value += 1.0 / den  # "an hour and a half"
        words = words[:-3]
    unit = words[-1].lower()
    code = p.cur.code(unit)
    pair = " ".join(words[-2:]).lower()
    if pair in p.lex.percent or unit in p.lex.percent:
        if text[max(floor, s - 3) : s].rstrip().lower() in p.lex.of:
            return []  # "7/8 of a percentage point": the unit of the share before it
        f = Fig(s, e, _PERCENT, value)  # "half a percentage point", "half a per cent"
        f.unit = p.percent_unit(pair if pair in p.lex.percent else unit)
    elif code is not None:
        f = Fig(s, e, _MONEY, value * p.cur.worth(unit))
        f.unit = code  # "a penny": money in full units, GBP 0.01
    elif unit in p.lex.durations:
        f = Fig(s, e, _DURATION, value)
        set_duration(f, unit, p)
    else:
        f = Fig(s, e, _CARDINAL, value)
        f.unit = unit
    qualify(text, f, floor, p)  # "less than a dollar", "about a week"
    if relative and f.qualifier is None:
        return []  # "a day after the vote", "a year earlier": a time told from another
    return [f]


def _rate_after_amount(text: str, s: int, p: Patterns) -> bool:
    """Whether an amount ends right before "a" at ``s`` (a space between): "NZ$7.80 a kilogram",
    "$5 billion a year", "20 hours a week", "R350 a month", "1.2 million barrels a day"; "a"
    then opens the unit of a rate, no figure of one unit. A word with a digit, a scale word,
    a percent word, or a word after a word with a digit or a scale word (the noun the amount
    counts) ends an amount, so do a number word and its noun ("two tablets a day") and an
    amount, its noun and a phrase of "of" ("400 IU of vitamin D a day", "five portions of
    fruit a day")."""
    if s < 1 or text[s - 1] not in " \t":
        return False
    before = text[max(0, s - 32) : s].split()
    if not before:
        return False
    last = before[-1]
    if any(c.isdigit() for c in last):
        return last[-1].isalnum() or last[-1] in "%$€£¥"
    word = last.lower()
    if word in p.lex.scale_words or word in p.lex.percent:
        return True
    if len(before) < 2 or not word.isalpha():
        return False
    # an amount and the noun it counts: "20 hours a week", "1.2 million barrels a day"
    if _amount_word(before[-2], p):
        return True
    # and a phrase of "of" of one or two words after the noun: "400 IU of vitamin D a day"
    return any(
        len(before) > i + 1 and before[-i].lower() in p.lex.of and _amount_word(before[-i - 2], p)
        for i in (2, 3)
    )


def _amount_word(word: str, p: Patterns) -> bool:
    """Whether ``word`` ends an amount: digits, a scale word or a number word."""
    w = word.lower()
    return any(c.isdigit() for c in w) or w in p.lex.scale_words or w in p.lex.words


def _share_of_a_unit(text: str, f: Fig, floor: int, p: Patterns) -> int:
    """A share in words of one unit is one figure in that unit: "a quarter of a percentage
    point" (0.25 percentage points), "three quarters of an hour" (0.75 hours), "a quarter of
    a mile", as "half a mile" is. Returns where ``f`` now ends (its end when no unit
    follows)."""
    value = f.value
    if f.kind is not _CARDINAL or value is None or not 0 < value < 1 or f.unit is not None:
        return f.end
    if not text[f.start].isalpha():
        return f.end
    of = p.OF_AFTER.match(text, f.end)
    if of is None:
        return f.end
    pos = of.end()
    while text[pos : pos + 1] in (" ", "\t"):
        pos += 1
    u = p.SCAN.match(text, pos)
    if u is None or u.lastgroup != "aunit" or pos == of.end():
        return f.end
    # read from the unit on ("a percentage point"): the share before it is no qualifier
    unit = _a_unit(text, u.group(), u.start(), u.end(), u.start(), p)
    g = unit[0] if len(unit) == 1 else None
    per = g.value if g is not None and g.qualifier is None else None
    if g is None or per is None:
        return f.end
    f.kind, f.unit, f.end = g.kind, g.unit, g.end
    f.value = f.lower = f.upper = value * per
    if g.kind is _DURATION and g.unit is not None:
        set_duration(f, g.unit, p)
    return f.end


def _slash_pair(text: str, m: re.Match[str], p: Patterns) -> list[Fig]:
    """Two whole numbers joined by a slash before a unit of ``slash_pair_units`` are two
    readings in that unit, no fraction nor identifier: "120/80 mmHg" (a blood pressure)."""
    assert p.SLASH_PAIR_UNIT is not None
    u = p.SLASH_PAIR_UNIT.match(text, m.end())
    first, _, second = m.group().partition("/")
    if u is None or not first.isdigit() or not second.isdigit():
        return []
    s, mid = m.start(), m.start() + len(first) + 1
    out = [Fig(s, mid - 1, _CARDINAL, float(first)), Fig(mid, u.end(), _CARDINAL, float(second))]
    for f in out:
        f.unit = u.group(1)
    return out


def _digits(text: str, m: re.Match[str], p: Patterns) -> Fig:
    """A number in digits with what is glued to it: ordinal, decade, year, letters."""
    s, e = m.start(), m.end()
    written = m.group()
    if "/" in written and _FISCAL_YEAR.fullmatch(written):  # "1987/88": years, not a fraction
        year = _year(text, Fig(s, s + 4, _YEAR, float(written[:4])))
        if year.end >= e:
            return year  # else "2003/5": neither a fraction nor a span of years
        return Fig(s, e, _IDENTIFIER, None)
    value = _number(written, p.decimal)
    if value is None:
        return Fig(s, e, _IDENTIFIER, None)
    f = Fig(s, e, _CARDINAL, value)
    plain = written.isdigit()
    if plain and text[e : e + 1] in (" ", "-") and (h := p.DIGITS_AND_A_HALF.match(text, e)):
        f.value, f.end = value + 1.0 / p.FRACTIONS[h.group(1).lower()], h.end()
        return f  # "15 and a half miles", "2-and-a-half-hour": the unit is read after
    if plain and text[e : e + 1] == " ":
        w = p.WRITTEN_POINT_AFTER.match(text, e) if p.lex.written_point else None
        if w is not None:
            f.value, f.end = float(f"{written}.{w.group(1)}"), w.end()
            return f  # "2 virgule 5 cm": 2.5
        x = p.AND_FRACTION.match(text, e) if text.find("/", e, e + 10) > 0 else None
        if x is not None and _and_fraction(text, s, x, p):
            f.value, f.end = value + int(x.group(1)) / int(x.group(2)), x.end()
            return f  # "1 et 3/4 de bol": 1.75
    w = (
        p.WRITTEN_POINT_BEFORE.search(text, max(0, s - 12), s)
        if plain and p.lex.written_point
        else None
    )
    if w is not None and not _number_ends_at(text, w.start(), p):
        f.value, f.start = float(f"0.{written}"), w.start()
        return f  # "virgule 2": 0.2
    # the suffix opens with one of ORDINAL_OPENERS, or a character outside ASCII (a case fold
    # may take it to one): most numbers have neither after them
    after = text[e : e + 1]
    ordinal_may = after in p.ORDINAL_OPENERS or not after.isascii()
    if (plain or written.replace(",", "").isdigit()) and ordinal_may:
        o = p.ORDINAL_SUFFIX.match(text, e)
        if o is not None and not (
            o.group()[:1].lower() in p.COMPOUND_FIRST
            and any(c[0].match(text, e) for c in p.COMPOUNDS)
        ):  # "14st 7lb" is a weight
            f.kind, f.end = _ORDINAL, o.end()
            return f
    if plain:
        # a decade ends in 0 and has two or four digits ("80s", "1980s"): the suffix after
        d = (
            p.DECADE_SUFFIX.match(text, e)
            if written[-1] == "0" and len(written) in (2, 4)
            else None
        )
        if d is not None:
            f.end = d.end()
            if (
                len(written) == 4
                or text[max(0, s - 1) : s] in ("'", "’")
                or (
                    p.lex.decade_article
                    and value >= p.lex.decade_article_from
                    and _decade_years(text, s, d.end(), 0, p)
                )
            ):
                base = value if len(written) == 4 else 1900 + value
                f.kind, f.value, f.lower, f.upper = _YEAR, base, base, base + 9
                f.normalized = f"{fmt(base)[:3]}X"
                if len(written) == 4 and base % 100 == 0 and base < p.lex.century_hundreds_before:
                    f.upper, f.normalized = base + 99, f"{fmt(base)[:2]}XX"  # "the 1800s"
                if text[max(0, s - 1) : s] in ("'", "’"):
                    f.start = s - 1
            else:
                f.lower, f.upper = value, value + 9
            return f
        if (
            p.lex.decade_before
            and written.endswith("0")
            and len(written) in (2, 4)
            and _decade_before(text, s, p)
        ):
            base = value if len(written) == 4 else 1900 + value  # "les années 80"
            f.kind, f.value, f.lower, f.upper = _YEAR, base, base, base + 9
            f.normalized = f"{fmt(base)[:3]}X"
            return f
        if len(written) == 4 and 1600 <= value <= 2099 and not glued(text, e, p):
            return _year(text, f)
    return f


def _and_fraction(text: str, s: int, x: re.Match[str], p: Patterns) -> bool:
    """A proper fraction after a whole number, not the end of a range ("entre 1 et 3/4")."""
    if int(x.group(1)) >= int(x.group(2)):
        return False
    return p.BETWEEN_BEFORE.search(text, max(0, s - 24), s) is None


_WORD_END = re.compile(r"(\w+)[ \t]*$")


def _number_ends_at(text: str, at: int, p: Patterns) -> bool:
    """A digit or a number word right before ``at`` ("2 virgule", "trois virgule")."""
    m = _WORD_END.search(text, max(0, at - 24), at)
    if m is None:
        return False
    word = m.group(1)
    return word[-1].isdigit() or norm(word) in p.WORDS


def _year(text: str, f: Fig) -> Fig:
    f.kind = _YEAR
    # YEAR_RANGE opens with a dash or slash: most years have none after them
    r = YEAR_RANGE.match(text, f.end) if text[f.end : f.end + 1] in ("-", "–", "/") else None
    if r is not None and f.value is not None:
        first = int(f.value)
        tail = int(r.group(2))
        digits = len(r.group(2))
        cut = 10**digits if digits < 4 else 1
        last = (first // cut) * cut + tail if digits < 4 else tail
        if digits < 4 and last < first:
            last += cut  # "1999/00", "2009/0"
        # one digit only for the next year ("2003/4"): "2003-5" is not a fiscal year
        if first < last <= first + (1 if digits == 1 else 20):
            f.end = r.end()
            f.value, f.lower, f.upper = None, float(first), float(last)
            f.normalized = f"{first}/{last}"
    return f


def _market_move(text: str, f: Fig, floor: int, p: Patterns) -> bool:
    """Whether a market verb (``change_verbs_with_unit``) comes before an amount or a percent:
    "le Brent a gagné 1,20 dollar à 84,50 dollars" is the move, then the price ("ils ont
    perdu 3 à 5 points" stays a range)."""
    change = p.CHANGE_WITH_UNIT_BEFORE
    return (
        change is not None
        and f.kind in (_MONEY, _PERCENT)
        and change.search(text, max(floor, f.start - 40), f.start) is not None
    )


def _range(text: str, f: Fig, ref: dt.date | None, floor: int, p: Patterns) -> Fig | None:
    """Merge "X to Y", "X-Y", "between X and Y", "8- to 16-meter" into one figure."""
    if f.value is None:
        return None
    j = p.RANGE_JOIN.match(text, f.end)
    if j is None:
        return None
    if f.value <= 31 and f.end - f.start <= 2 + len(f.qualifier or "") + 1:
        day = j.end()
        if p.DAY_ARTICLE is not None and (a := p.DAY_ARTICLE.match(text, day)) is not None:
            day = a.end()  # "entre le 10 et le 15 mai": the second day's article
        if text[day : day + 1].isdigit() and not j.group("unit"):
            _day_before_date(text, f, day, ref, p)  # "du 3 au 5 mai": two dates
            if f.kind is _DATE:
                return None
    word = norm(j.group("word") or "")
    between = p.qualifier_class(f.qualifier or "") == "between"
    if word in p.RANGE_AND and not between:
        return None
    if word in p.RANGE_OR:
        return None
    change = word in p.RANGE_TO and (
        p.CHANGE_BEFORE.search(text, max(floor, f.start - 40), f.start)
        or _market_move(text, f, floor, p)
    )
    nm = p.SCAN.match(text, j.end())
    if nm is None or nm.lastgroup not in ("num", "money", "words"):
        return None
    figs, _ = read(text, nm, ref, j.end(), with_range=False, p=p)
    if len(figs) != 1 or figs[0].start != nm.start():
        return None
    g = figs[0]
    if g.value is None or g.kind not in (_CARDINAL, _MONEY, _PERCENT, _DURATION):
        return None
    if f.unit in AGE_UNITS and g.unit != f.unit:
        return None  # "four-year-olds to 15 hours": an age ends there
    if change:
        # not "rose tenfold to 5 million" (a multiple, then the level), nor "rose by a third
        # to 1.2 million" (a share in words, then the level)
        share = f.value is not None and 0 < f.value < 1 and text[f.start].isalpha()
        if not share and not text[f.start : f.end].lower().endswith(p.lex.multiplier_suffixes):
            _inherit(f, g)
        return None
    if f.kind is _MONEY and g.kind is _CARDINAL and (j.group("dash") or between):
        # "$779m-798m", "between 30,000 stg and 50,000": the second half is money too;
        # not "by 16 mln marks to 381 mln", where "to" gives the new level
        carry_currency(f, g, p)
    if f.kind is not _CARDINAL and (f.kind is not g.kind or f.unit != g.unit):
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
    elif (scale := _shared_scale(text, f, g, p)) > 1.0:
        lo = scale * (lo or 0.0)  # "six to eight thousand": 6,000, as "6 to 8 thousand"
    elif unscaled and g.kind is _MONEY and f.kind is _CARDINAL and g.raw:
        lo = lo * (hi / g.raw)  # "340 to 350 cts": both in the same subunit
    if j.group("dash"):
        if not lo < hi:
            return None
    elif not (lo <= hi or (lo < 0 and hi < 0)):
        return None
    r = Fig(f.start, g.end, g.kind, None)
    r.lower, r.upper = min(lo, hi), max(lo, hi)
    r.unit = g.unit if g.unit is not None or unit_word is None else unit_word.strip()
    r.qualifier, r.approximate = f.qualifier, f.approximate
    if g.kind is _DURATION:
        r.normalized = None
        age = p.AGE_BEFORE
        if age is not None and age.search(text, max(0, r.start - 24), r.start) and g.unit:
            r.kind, r.unit = _CARDINAL, f"{g.unit}s old"  # "âgés de 20 à 30 ans": ages
    if r.kind is _CARDINAL:
        if text[r.start - 3 : r.start - 1] in p.AGE_TAILS:
            bare_age(text, r, p)  # "aged between 20 and 30" (whatever words follow)
        r.unit = r.unit or counted(text, r, p)
    return r


def _day_after_date(text: str, f: Fig, p: Patterns) -> Fig | None:
    """The bare day joined after a date written month first, a later day of the same month
    ("March 3-5", "Jan. 10 to 12", "March 3-5, 2024": the year after it is both days')."""
    j = p.RANGE_JOIN.match(text, f.end)
    norm = f.normalized or ""
    if j is None or j.group("unit") or not norm[-2:].isdigit():
        return None
    d = _LONE_DAY.match(text, j.end())
    if d is None or not int(norm[-2:]) < int(d.group(1)) <= 31:
        return None
    if d.group(3) and d.group(3).lower() not in p.lex.day_followers:
        return None  # "March 3-5 people": a number with its noun
    g = Fig(d.start(1), d.end(1), _DATE, None)
    g.normalized = f"{norm[:-2]}{int(d.group(1)):02d}"
    if d.group(2) and norm.startswith("--"):  # "March 3-5, 2024"
        f.normalized = d.group(2) + norm[1:]
        g.normalized, g.end = d.group(2) + g.normalized[1:], d.end(2)
    return g


#: a day alone after a date's range word, and the year after it ("-5, 2024"); not a number
#: going on ("5.5", "5:30", "5%") nor one with a word of its own ("5 people")
_LONE_DAY = re.compile(
    r"([12]?\d|3[01])(?![\d%]|[.,:]\d)(?:,?[ \t]+((?:1[89]|20)\d\d)(?![\w.,]\d))?"
    r"(?:[ \t]*([^\W\d_]+))?"
)


def _day_before_date(text: str, f: Fig, at: int, ref: dt.date | None, p: Patterns) -> None:
    """Make a bare day joined to a later date of the same month (at ``at``) a date ("du 3 au
    5 mai", "les 14 et 15 juin", "3-5 March", "from 3 to 5 May", "entre le 10 et le 15 mai",
    "entre 10 et 15 mai"): the month and year are the next's."""
    between = f.qualifier is not None and p.qualifier_class(f.qualifier) == "between"
    if f.kind is not _CARDINAL or f.unit is not None or (f.qualifier and not between):
        return
    written = text[f.start : f.end]
    if not written.rpartition(" ")[2].isdigit() or (" " in written and not between):
        return  # a day in digits: "3", "entre 10"
    nm = p.SCAN.match(text, at)
    if nm is None or nm.lastgroup != "date":
        return
    g = read(text, nm, ref, at, with_range=False, p=p)[0][0]
    day = int(f.value or 0)
    norm_g = g.normalized or ""
    if not (norm_g[-2:].isdigit() and 1 <= day < int(norm_g[-2:])):
        return
    f.kind, f.value, f.lower, f.upper = _DATE, None, None, None
    f.normalized = f"{norm_g[:-2]}{day:02d}"
    if between:  # "entre 10 et 15 mai": the date is the day alone
        f.start, f.qualifier = f.end - len(str(day)), None


def _zero_idiom(text: str, s: int, e: int, p: Patterns) -> bool:
    """ "zero-sum", "net zero", "ground zero": "zero" in a set phrase counts nothing."""
    if p.ZERO_IDIOM.match(text, e):
        return True
    before = p.ZERO_IDIOM_BEFORE
    return before is not None and before.search(text, max(0, s - 12), s) is not None


def _loose_minus(text: str, s: int, dashes: str) -> bool:
    """A dash right before ``s`` that is a minus sign: after a space, a bracket or the start, and
    not after a number ("2019 –20" is a span)."""
    if s < 1 or text[s - 1] not in dashes:
        return False
    if s >= 2 and text[s - 2] not in " \t\n(":
        return False
    return not (s >= 3 and text[s - 3].isdigit())


_PLURAL_WORD = re.compile(r"[ \t]*([^\W\d_]+s)\b")


def _approximate_of_scale(text: str, f: Fig, p: Patterns) -> None:
    """ "une dizaine de milliers": about ten thousand, one figure (the scale in the plural)."""
    of = p.OF_AFTER.match(text, f.end)
    w = _PLURAL_WORD.match(text, of.end()) if of is not None else None
    if w is None or f.value is None:
        return
    word = w.group(1).lower()
    scale = p.lex.scale_words.get(word) or p.lex.approximate_nouns.get(word, 0.0)
    if scale >= 1000:
        f.value *= scale
        f.end = w.end()


def _shared_scale(text: str, f: Fig, g: Fig, p: Patterns) -> float:
    """The scale word ending a range in words that its bare first number shares: "five to six
    hundred" (500), "deux à trois mille" (2,000); 1 when there is none or it would not fit."""
    if any(c.isdigit() for c in text[f.start : g.end]):
        return 1.0
    first, second = (
        [w for w in p.TOKEN.findall(text[x.start : x.end]) if norm(w) in p.WORDS] for x in (f, g)
    )  # the number words only: "six mille euros"
    if not first or not second:
        return 1.0
    last, end = p.WORDS.get(norm(second[-1])), p.WORDS.get(norm(first[-1]))
    if last is None or last.kind not in ("hundred", "scale") or end is None:
        return 1.0
    if end.kind in ("hundred", "scale") or end.ordinal or last.ordinal:
        return 1.0
    lo, hi = f.value or 0.0, g.value or 0.0
    return last.value if 0 < lo * last.value < hi else 1.0


def _inherit(f: Fig, g: Fig) -> None:
    """ "fell from 5 to 3 mln dlrs": a bare first number takes the scale and unit of the second."""
    bare = f.kind is _CARDINAL and f.scaled == 1.0 and f.unit is None
    if not bare or f.raw is None or not g.raw or g.value is None or f.value is None:
        return
    if g.scaled == 1.0 and g.kind not in (_MONEY, _PERCENT):
        return
    if f.raw > 1000 * g.raw:
        return  # "shrank by 531,000 to 123.9 million": no change is a thousand times the level
    old = f.value
    f.value = f.raw * (g.value / g.raw)
    f.scaled = g.scaled
    if g.kind in (_MONEY, _PERCENT):
        f.kind, f.unit = g.kind, g.unit
    f.lower = f.value if f.lower == old else f.lower
    f.upper = f.value if f.upper == old else f.upper


def _no_unit(f: Fig) -> bool:
    """Whether ``f`` has no unit yet. A call, not ``f.unit is None`` in the test, so mypy
    does not narrow ``f.unit`` to None across the helpers that may set it (``bare_age``,
    ``fraction_multiple``): mypyc checks a narrowed type at run time."""
    return f.unit is None


def _words(
    text: str, m: re.Match[str], ref: dt.date | None, floor: int, with_range: bool, p: Patterns
) -> tuple[list[Fig], int]:
    base = m.start()
    nums = parse_run(m.group(), p)
    if not nums and p.APPROX_DETERMINER is not None:
        lone = _determined_approximate(text, m, p)
        if lone is not None:
            return [lone], lone.end
    if p.COMPOUND_NOUNS and "-" in text[max(0, base - 12) : m.end() + 1]:
        # "un quatre-quarts", "a one-liner": a noun, and "un" its article
        nums = [n for n in nums if not _compound_noun(text, base + n.start, base + n.end, p)]
    year = _spoken_year(text, nums, base, floor, p) if p.lex.year_before else None
    if year is not None:
        return [year], max(m.end(), year.end)
    out: list[Fig] = []
    end = m.end()
    for i, n in enumerate(nums):
        s, e = base + n.start, base + n.end
        written = norm(text[s:e])
        value = n.value
        if text[s].isupper() and i == 0 and _in_name(text, s) and not _ratio_second(text, s, p):
            continue
        if n.ordinal:
            if _no_rank(text, e, value, p):
                continue  # "le premier ministre", "the first lady", "the Fifth Amendment"
            if written in p.lex.durations and out and out[-1].end >= s - 1:
                continue  # "one second": a time, not an ordinal
            if written in p.lex.durations and not out and p.OF_A_UNIT.fullmatch(text, floor, s):
                continue  # "a thousandth of a second", "un millième de seconde": the unit
            if written in p.lex.durations and _unit_not_rank(text, s, e, floor, p):
                continue  # "km per second", "ten times a second": the unit
            out.append(Fig(s, e, _ORDINAL, value))
            continue
        if written in p.ONE_WORDS and (
            _pronoun_one(text, s, e, floor, p)
            or (out and out[-1].kind is _ORDINAL and out[-1].end >= s - 1)  # "the sixth one"
        ):
            continue
        if (
            written in p.ARTICLE_NUMBERS
            and len(nums) == 1
            and not _counts_a_unit(text, e, p)
            and not ratio_first(text, e, p)
            and not _part_counted(text, s, floor, p)
        ):
            continue  # "un homme": an article; "un, deux, trois" is a list; "un an" counts
        if written in p.DOZEN or (value == 0 and _zero_idiom(text, s, e, p)):
            continue
        if written in p.MULTIPLICATIVES:
            mult = multiple(text, s, e, value, floor, p)  # "twice as many", "le double de"
            if mult is not None:
                out.append(mult)
                end = max(end, mult.end)
            continue
        if n.fraction and _round_name(text, e, p):
            continue  # "les quarts de finale": a round of a cup, no fraction
        if written in p.FRACTIONS and _no_part(text, s, e, written, floor, p):
            continue  # "first half", "quarter-final", "the quarter"
        if value < 0:
            s, value = _minus_qualifier(text, s, floor, value, p)
        f = Fig(s, e, _CARDINAL, value)
        f.approximate = n.approximate
        if n.approximate and i == len(nums) - 1:
            _approximate_of_scale(text, f, p)
        if i == len(nums) - 1 and _tens_ordinal(text, f, p):
            out.append(f)
            end = max(end, f.end)
            continue
        if i == len(nums) - 1:
            suffix(text, f, p)
            qualify(text, f, max(floor, out[-1].end if out else floor), p)
            if with_range:
                merged = _range(text, f, ref, floor, p)
                if merged is not None:
                    out.append(merged)
                    return out, merged.end
            end = max(end, f.end)
        else:
            qualify(text, f, max(floor, out[-1].end if out else floor), p)
        if f.kind is _CARDINAL and _no_unit(f):
            if text[f.start - 3 : f.start - 1] in p.AGE_TAILS:
                bare_age(text, f, p)  # "aged twenty"
            if written in p.FRACTIONS and p.lex.fraction_multiple_after:
                fraction_multiple(text, f, p)  # "half as many"
            f.unit = f.unit or counted(text, f, p)
            if f.unit is None and with_range and i == len(nums) - 1:
                f.unit = _shared_unit(text, f, ref, p)
            if f.unit is None and p.lex.part_words:
                _part_duration(text, f, floor, p)  # "deux ans, dont un avec sursis"
        out.append(f)
    if len(out) > 1:
        out = _between_words(text, out, p)
    if len(out) > 1:  # "two and three days": the unit is shared, right to left
        for a, b in zip(out[-2::-1], out[:0:-1], strict=True):
            bare = a.kind is b.kind is _CARDINAL and a.unit is None
            if bare and p.AND_OR_RE.fullmatch(text, a.end, b.start):
                a.unit = b.unit
    return out, end


def _determined_approximate(text: str, m: re.Match[str], p: Patterns) -> Fig | None:
    """ "la cinquantaine de manifestants": about fifty, an approximate noun after a singular
    determiner and before "de" and the counted noun ("la quarantaine de 14 jours" is an
    isolation, "la quarantaine" alone too)."""
    value = p.APPROX.get(m.group().lower())
    if value is None or p.APPROX_DETERMINER is None:
        return None
    if p.APPROX_DETERMINER.search(text, max(0, m.start() - 8), m.start()) is None:
        return None
    of = p.OF_AFTER.match(text, m.end())
    if of is None or not text[of.end() : of.end() + 2].strip()[:1].isalpha():
        return None
    f = Fig(m.start(), m.end(), _CARDINAL, value)
    f.approximate = True
    _approximate_of_scale(text, f, p)  # "la dizaine de milliers de"
    f.unit = counted(text, f, p)
    return f


def _spoken_year(
    text: str, nums: list[WordNumber], base: int, floor: int, p: Patterns
) -> Fig | None:
    """A year spoken as words after a preposition of time: "in nineteen eighty-four".

    Either the hundreds (10-99) and the rest (1-99) with only a space, or "oh" and
    one digit, between ("nineteen eighty-four", "twenty twenty-two", "nineteen oh
    five"), or one whole number as years are said: from 2000 to 2099 ("two thousand
    and eight") or from 1100 to 1999 not opened by a unit word ("nineteen hundred and
    five", "mille neuf cent quatre-vingt-quatre"; "one thousand five hundred" is a
    count); none counts a noun after it.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> p, t = patterns("en"), "in nineteen eighty-four"
        >>> f = _spoken_year(t, parse_run(t[3:], p), 3, 0, p)
        >>> (f.kind.value, f.value, t[f.start : f.end])
        ('year', 1984.0, 'nineteen eighty-four')
    """
    if not nums or len(nums) > 2 or any(n.ordinal or n.fraction or n.approximate for n in nums):
        return None
    first, last = nums[0], nums[-1]
    s, e = base + first.start, base + last.end
    if len(nums) == 1 and text[e : e + 1] in ("-", " ") and 11 <= first.value <= 20:
        d = p.HUNDREDS_DECADE.match(text, e)  # "the nineteen-sixties": the 1960s
        if d is not None and first.value == int(first.value):
            y = first.value * 100 + p.DECADE_WORDS[d.group(1).lower()]
            f = Fig(s, d.end(), _YEAR, y)
            f.lower, f.upper, f.normalized = y, y + 9, f"{fmt(y)[:3]}X"
            return f
    said = False  # "Twenty twenty-four": a century head no clock hour can be, then 10-99
    if len(nums) == 2:
        between = text[base + first.end : base + last.start]
        oh = between.strip().lower() in p.POINT_DIGITS and between.count(" ") == 2
        if oh and not last.value <= 9:
            return None  # "nineteen oh five", not "nineteen oh fifty"
        if not (between == " " or oh) or not (10 <= first.value <= 99 and 1 <= last.value <= 99):
            return None
        value = first.value * 100 + last.value
        said = not oh and 13 <= first.value <= 20 and last.value >= 10
    else:
        value = first.value
        head = p.WORDS.get(norm(text[s:e]).split()[0])
        hundreds = head is not None and head.kind != "unit" and 1100 <= value <= 1999
        if not (hundreds or 2000 <= value <= 2099):
            return None  # "in one thousand five hundred" is a count
    if value != int(value) or (
        not said and p.YEAR_BEFORE.search(text, max(floor, s - 10), s) is None
    ):
        return None
    probe = Fig(s, e, _CARDINAL, last.value)
    suffix(text, probe, p)
    if probe.kind is not _CARDINAL or probe.end != e or probe.unit is not None:
        return None  # "in twenty minutes", "by twenty per cent"
    if counted(text, probe, p) is not None or text[e : e + 1] == "-":
        return None  # "in two thousand homes", "twenty thirty-year-olds"
    return _year(text, Fig(s, e, _YEAR, value))


def _between_words(text: str, out: list[Fig], p: Patterns) -> list[Fig]:
    """Merge "between forty and fifty (percent)" spelled in words into one range.

    The words of both ends are one run (the joiner "and" is a number word too), so
    the run gives two numbers; the first carries the "between" qualifier.
    """
    merged: list[Fig] = []
    for g in out:
        f = merged[-1] if merged else None
        if (
            f is not None
            and f.kind is _CARDINAL
            and f.value is not None
            and g.value is not None
            and g.kind in (_CARDINAL, _PERCENT, _MONEY, _DURATION)
            and p.qualifier_class(f.qualifier or "") == "between"
            and f.value < g.value
            and p.BETWEEN_AND.fullmatch(text, f.end, g.start)
        ):
            r = Fig(f.start, g.end, g.kind, None)
            r.lower, r.upper, r.unit = f.value * _shared_scale(text, f, g, p), g.value, g.unit
            r.qualifier, r.approximate = f.qualifier, f.approximate
            merged[-1] = r
            continue
        merged.append(g)
    return merged


_HYPHEN_OR_SPACE = re.compile(r"[ \t]*[-‐][ \t]*|[ \t]+")


def _tens_ordinal(text: str, f: Fig, p: Patterns) -> bool:
    """Read "forty-second" as the ordinal 42nd, not 40 seconds; True when it did.

    An ordinal that is also a time unit ("second") after a number ending in a tens
    word makes one ordinal ("the forty-second president", "one hundred and forty
    second"), and so it does after "hundred" or a scale word, with or without the
    joiner ("one hundred and second"; "a hundred-second" stays a length), unless an
    article makes the number a count ("a thirty-second ad").

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(4, 9, K.CARDINAL, 40.0)
        >>> _tens_ordinal("the forty-second president", f, patterns("en")), f.value, f.end
        (True, 42.0, 16)
    """
    if f.value is None or f.value != int(f.value):
        return False
    words = norm(text[f.start : f.end]).replace("-", " ").split()
    last = p.WORDS.get(words[-1]) if words else None
    if last is None or last.ordinal or words[0] in p.lex.articles:
        return False
    if last.kind not in ("tens", "hundred", "scale"):
        return False
    at = f.end
    if last.kind != "tens":
        j = _JOINER_GAP.match(text, at)
        if j is not None and norm(j.group(1)) in p.JOINERS:
            at = j.end(1)  # "one hundred *and* second"
    gap = _HYPHEN_OR_SPACE.match(text, at)
    if gap is None or (last.kind != "tens" and "-" in gap.group()):
        return False
    unit = p.DURATION_AFTER.match(text, at)
    if unit is None or unit.start(1) != gap.end():
        return False
    ordinal = p.WORDS.get(norm(unit.group(1)))
    if ordinal is None or not ordinal.ordinal or ordinal.kind != "unit":
        return False
    before = text[max(0, f.start - 4) : f.start]
    if before[-1:].isspace() and before.split()[-1:] and norm(before.split()[-1]) in p.lex.articles:
        return False  # "a thirty-second ad": a length of time
    f.kind, f.value, f.end = _ORDINAL, f.value + ordinal.value, unit.end(1)
    return True


_JOINER_GAP = re.compile(r"[ \t]+(\w+)(?=[ \t])")


def _minus_qualifier(text: str, s: int, floor: int, value: float, p: Patterns) -> tuple[int, float]:
    """ "au moins trois": a minus word that ends a qualifier is not a sign."""
    sign_end = s + len(text[s:].split(None, 1)[0])
    while sign_end < len(text) and text[sign_end] in " \t":
        sign_end += 1
    if p.QUALIFIER.search(text, max(floor, s - 24), sign_end) is not None:
        return sign_end, -value
    return s, value


def _minus_word(text: str, f: Fig, floor: int, p: Patterns) -> None:
    """A minus word before digits is a sign ("minus 4"), unless it ends a qualifier."""
    mb = p.MINUS_BEFORE.search(text, max(floor, f.start - 12), f.start)
    if mb is None or f.value is None or f.raw is None:
        return
    if p.QUALIFIER.search(text, max(floor, f.start - 24), f.start) is not None:
        return
    f.start, f.value, f.raw = mb.start(), -f.value, -f.raw


def _carrier_code(text: str, s: int, p: Patterns) -> Fig | None:
    """The identifier of a name, a carrier's two-character code at ``s`` and a number, when
    the code holds a digit ("flight U2 8123", "le vol W6 221"): the code alone was read
    first, as the digit opens a figure inside it."""
    if text[s - 1 : s] != " " or not text[s].isupper():
        return None
    start = text.rfind(" ", 0, s - 1) + 1
    n = p.SCAN.match(text, start)
    if n is None or n.lastgroup != "model" or n.end() <= s + 2:
        return None
    return Fig(start, n.end(), _IDENTIFIER, float(n.group("mdnum")))


def _service_call(text: str, f: Fig, p: Patterns) -> bool:
    """An emergency number after a word of calling or before one of its calls is a phone
    number, no figure: "called 911", "dialled 999", "a 911 call" ("999 people" counts)."""
    before = text[max(0, f.start - 16) : f.start].lower().split()
    after = text[f.end : f.end + 16].split(None, 1)
    return bool(
        (before and before[-1] in p.lex.service_number_before)
        or " ".join(before[-2:]) in p.lex.service_number_before  # "a appelé le 17"
        or (after and after[0].rstrip(".,;:").lower() in p.lex.service_number_after)
    )


def _below_zero(text: str, f: Fig, p: Patterns) -> None:
    """Words of ``below_zero`` after a number make it negative and part of its span: "5
    below zero", "10 degrés sous zéro"."""
    if f.value is None or f.value <= 0 or f.raw is None or p.BELOW_ZERO is None:
        return
    z = p.BELOW_ZERO.match(text, f.end)
    if z is not None:
        f.end, f.value, f.raw = z.end(), -f.value, -f.raw


def _letter_factor(written: str, s: int, e: int, p: Patterns) -> Fig | None:
    """A lower-case letter of ``multiplier_letters`` before a number is a factor, kind
    multiple: "x3 optical zoom", "volumes went x2" (as "3x" is); not a name holding one
    ("x86", in ``names_with_number``) nor an upper-case model ("BMW X3")."""
    head, digits = written[:1], written[1:]
    if head not in p.lex.multiplier_letters or written in p.lex.names_with_number:
        return None
    value = _number(digits, p.decimal) if digits[:1].isdigit() else None
    if value is None or not value:
        return None
    f = Fig(s, e, _MULTIPLE, value)
    f.unit = p.lex.multiplicative_unit
    return f


def _changed_price(text: str, written: str, s: int, e: int, p: Patterns) -> Fig | None:
    """A letter that is money only with a scale (``scaled_symbols``: "P", "N", "R") before a
    bare amount of two digits or more is money as the level or size of a change that ends
    its clause: "fares rose to P13.", "petrol rose by N20," (a verb of ``change_verbs``, then
    "to", "from" or "by"); "moved to P3 parking", "rose to P13 in Manila" stay names."""
    head, digits = written[:1], written[1:]
    code = p.cur.scaled_symbols.get(head)
    if code is None or len(digits) < 2 or not digits[:2].isdigit():
        return None
    if text[e : e + 1] not in ("", ".", ",", ";", ":", ")"):
        return None
    before = text[max(0, s - 24) : s].split()
    if len(before) < 2 or not _change_link(before[-1].lower(), p):
        return None
    if before[-2].lower() not in p.lex.change_verbs:
        return None
    value = _number(digits, p.decimal)
    if value is None:
        return None
    f = Fig(s, e, _MONEY, value)
    f.unit = code
    return f


def _change_link(word: str, p: Patterns) -> bool:
    """Whether ``word`` joins a change to its level or its size ("to", "from", "by")."""
    return word in p.lex.range_to or word in p.lex.change_prepositions


def _unit_not_rank(text: str, s: int, e: int, floor: int, p: Patterns) -> bool:
    """Whether an ordinal that is also a time unit, from ``s`` to ``e``, is the unit: after a
    word of frequency or an article and before no word ("metres per second", "operations a
    second.", "every second,"; not "a second term", "every second day")."""
    if text[e : e + 2].lstrip()[:1].isalpha():
        return False
    lo = max(floor, s - 8)
    if p.FREQ_BEFORE.search(text, lo, s) is not None:
        return True
    before = text[lo:s].split()
    return bool(before) and before[-1].lower() in p.lex.articles


def _counts_a_unit(text: str, e: int, p: Patterns) -> bool:
    """A time unit after an article-number makes it a count: "un an", "une semaine".

    Not a unit that is also an ordinal: "une seconde fois" is a second time.
    """
    du = p.DURATION_AFTER.match(text, e)
    return du is not None and norm(du.group(1)) not in p.WORDS


_WORD_RIGHT = re.compile(r"[\w'’-]*")


def _word_left(text: str, lo: int, s: int) -> int:
    """Where the run of word characters, apostrophes and hyphens that ends at ``s`` starts
    (not before ``lo``): ``re.compile(r"[\\w'’-]*$").search(text, lo, s).start()``, found
    walking back from ``s`` instead of trying each start in turn. ``$`` also matches before
    a line break that ends the window, so the run then ends at that break.

    Example:
        >>> _word_left("un mille-feuille", 0, 9), _word_left("one\\n", 0, 4)
        (3, 0)
    """
    at = s - 1 if s > lo and text[s - 1] == "\n" else s
    while at > lo and (text[at - 1].isalnum() or text[at - 1] in "_'’-"):  # \w is alnum or _
        at -= 1
    return at


def _compound_noun(text: str, s: int, e: int, p: Patterns) -> bool:
    """The number word is part of a hyphenated noun that counts nothing ("one-liner")."""
    s = max(s, text.rfind(" ", s, e) + 1)  # the last word of "un mille-feuille"
    start = _word_left(text, max(0, s - 24), s)
    right = _WORD_RIGHT.match(text, e)
    end = right.end() if right is not None else e
    word = text[start:end].strip("-'’").lower().replace("’", "'")
    return word in p.COMPOUND_NOUNS


def _part_counted(text: str, s: int, floor: int, p: Patterns) -> bool:
    """Whether the word before ``s`` counts a part of what a figure just before counted, so
    that "un" after it is a number: "deux ans de prison, dont un avec sursis", "douze morts,
    dont une femme" (as "including one woman"); not "le livre dont un ami m'a parlé"."""
    if not p.lex.part_words or not floor or s - floor > 30:
        return False
    return text[max(0, s - 12) : s].rstrip().rpartition(" ")[2].lower() in p.lex.part_words


def _part_duration(text: str, f: Fig, floor: int, p: Patterns) -> None:
    """A bare count of a part of the duration just before is in its time unit: "5 ans de
    prison dont 2 avec sursis" (2 years), "deux ans, dont un ferme"."""
    if not _part_counted(text, f.start, floor, p):
        return
    last = text[max(0, floor - 12) : floor].rsplit(None, 1)
    if last and last[-1].lower() in p.lex.durations:
        set_duration(f, last[-1].lower(), p)


def _ranked(text: str, s: int, e: int, num: int, p: Patterns) -> bool:
    """Whether a number sign's number at ``s:e`` (its digits from ``num``) is a rank: after
    a word of ``rank_mark_before`` ("the No. 2 Senate Republican", "world No. 1", "le n° 2
    du gouvernement") and before no noun of ``line_nouns`` or ``rank_mark_names_after``
    ("the No. 73 bus", "the No. 10 shirt" are names); "Resolution No. 2334" and "le train
    n° 17854" stay names."""
    if text[s:num].strip() not in p.lex.rank_marks:
        return False
    before = text[max(0, s - 24) : s].split()
    if not before or text[s - 1 : s] not in (" ", "\t"):
        return False
    word = before[-1].lower()
    word = word.rsplit("'", 1)[-1].rsplit("’", 1)[-1] or word  # "l'ex-n° 1"
    if word not in p.lex.rank_mark_before:
        return False
    nxt = text[e : e + 24].split(None, 1)
    noun = nxt[0].rstrip(".,;:)").lower() if nxt else ""
    return noun not in p.lex.line_nouns and noun not in p.lex.rank_mark_names_after


def _no_rank(text: str, e: int, value: float, p: Patterns) -> bool:
    """Whether the ordinal ending at ``e`` ranks nothing: part of a title ("premier
    *ministre*", "first *lady*") or of a name ("the Fifth *Amendment*", "the 94th
    *District*")."""
    if text[e : e + 1] != " ":
        return False
    nxt = text[e + 1 : e + 40].split(None, 3)
    word = nxt[0].rstrip(".,;:)") if nxt else ""
    if word in p.lex.ordinal_names or (value == 1 and word.lower() in p.lex.ordinal_titles):
        return True
    # the name's noun after one or two capitalized words of the name: "the 5th U.S.
    # Circuit", "the 10th Mountain Division"
    for i, later in enumerate(nxt[1:3], 1):
        if not nxt[i - 1][:1].isupper() or nxt[i - 1][-1:] in ",;:)":
            return False
        if later.rstrip(".,;:)") in p.lex.ordinal_names:
            return True
    return False


def _street_not_year(text: str, f: Fig, floor: int, p: Patterns) -> None:
    """A number read as a year before a street's name is the number of an address:
    "1600 Pennsylvania Avenue" (as "10 Downing Street"), unless a preposition of time
    holds it a year ("In 2008 Wall Street fell")."""
    street = p.STREET
    if (
        street is not None
        and street.match(text, f.end) is not None
        and p.YEAR_BEFORE.search(text, max(floor, f.start - 10), f.start) is None
    ):
        street_number(text, f, p)


def _in_name(text: str, s: int) -> bool:
    """A capitalized number word mid-sentence is a name: "Zero Hedge", "Group of Five"."""
    before = text[max(0, s - 3) : s].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\"“”'‘’\n(-–—"


def _no_part(text: str, s: int, e: int, written: str, floor: int, p: Patterns) -> bool:
    """Whether a bare part ("half", "quarter") is no figure: after an ordinal ("first half"),
    before a hyphen and no time unit ("quarter-final"), or a part other than a half without
    "of" after it ("the quarter"), or a half after an article of ``part_articles`` without
    it ("for the half": a half year); before a hyphen and a time unit it is a span of time
    ("the past quarter-century", "half-century")."""
    if p.ORD_BEFORE.search(text, max(floor, s - 12), s):
        return True
    if text[e : e + 1] == "-":
        return p.DURATION_AFTER.match(text, e) is None
    if p.OF_AFTER.match(text, e) is not None:
        return False
    if p.PART_OF_AFTER is not None and p.PART_OF_AFTER.match(text, e) is not None:
        return False  # "le quart des ménages", "le tiers du budget"
    # "profit for the half", "in the half to June": a period of the year, as "the quarter"
    return p.FRACTIONS[written] != 2 or (
        p.PART_ARTICLE is not None and p.PART_ARTICLE.search(text, max(floor, s - 8), s) is not None
    )


def _round_name(text: str, e: int, p: Patterns) -> bool:
    """Whether a part ending at ``e`` names a round of a cup: "les quarts de finale"."""
    return p.FRACTION_NAME_AFTER is not None and p.FRACTION_NAME_AFTER.match(text, e) is not None


def _ratio_second(text: str, s: int, p: Patterns) -> bool:
    """A capitalized number word after a number and a proportion's link is the proportion's
    second number, no name: "One In Five Britons", "ONE IN FIVE" (headline case); with
    ``ratio_noun_gap``, the noun counted may sit between: "Un Français Sur Cinq"."""
    for link in p.RATIO_LINKS:
        if text.endswith(link, 0, s):
            before = text[max(0, s - len(link) - 24) : s - len(link)].split()
            heads = before[-2:] if p.lex.ratio_noun_gap else before[-1:]
            return any(w.isdecimal() or w.lower() in p.lex.words for w in heads)
    return False


def _pronoun_one(text: str, s: int, e: int, floor: int, p: Patterns) -> bool:
    """ "one" as a pronoun or idiom ("no one", "one of", "one another"), not a count."""
    return bool(
        p.PRONOUN_ONE_BEFORE.search(text, max(floor, s - 10), s)
        or p.PRONOUN_ONE_AFTER.match(text, e)
        or (
            text[s - 2 : s] == ", "
            and p.PRONOUN_ONE_AFTER_COMMA is not None
            and p.PRONOUN_ONE_AFTER_COMMA.match(text, e)
        )
    )
