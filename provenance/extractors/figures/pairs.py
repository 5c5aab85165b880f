"""Numbers read together that are neither a range nor a fraction.

Two numbers joined by a dash are a range ("18-24", "5-10 percent") unless a score word
or a run of pairs makes them a score or a tally ("won 3-1", "a 1-2 defeat", "6-7 6-4"):
one figure each side. "50-50" (and "50/50") is an even split: one figure, 50. "24 h/24",
"7j/7" say "round the clock": no figure. "Q3 2024", "H1 2024" are dates, "FY2024" a year,
and "early", "mid-", "late" before a year or a decade are part of it ("the late 1990s").
Every word comes from the language's lexicon; each check is tried only where a cheap test
on the next or previous character lets it match.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provenance.enums import CARDINAL as _CARDINAL
from provenance.enums import DATE as _DATE
from provenance.enums import IDENTIFIER as _IDENTIFIER
from provenance.enums import YEAR as _YEAR
from provenance.enums import FigureKind
from provenance.extractors.figures.context import Fig, counted

if TYPE_CHECKING:
    from provenance.extractors.figures.patterns import Patterns

__all__ = ["glued_period", "period", "round_the_clock", "score_or_split", "year_part"]

K = FigureKind
#: the second number of a pair: small, whole, and the end of the number
_PAIR = re.compile(r"[-–](\d{1,3})(?![\d%]|[.,]\d|[-–/]\d)")
#: another pair right after one: "6-7 (5-7), 6-4"
_PAIR_NEXT = re.compile(r"\)?,?[ \t]+\(?(\d{1,3})[-–](\d{1,3})(?![\d%]|[.,]\d)\)?")
#: a pair right before one: "6-2 6-4", "7-6 (7-3)"
_PAIR_PREV = re.compile(r"(\d{1,3})[-–](\d{1,3})\)?,?[ \t]+\(?$")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_ROUND = re.compile(r"[ \t]?([^\W\d_]{1,2})/(\d{1,3})(?!\d)")
_GLUED_PERIOD = re.compile(r"(?<![\w.,])([1-4])([A-Z])((?:1[6-9]|20)?\d\d)(?![\w]|[.,]\d)")
_FISCAL_AFTER = re.compile(r"[ \t]([A-Z]{2}(?:\d{4}|\d\d))(?![\w])")
_LAST_WORD = re.compile(r"[^\W\d_][\w'’.-]*$")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”(\n])[ \t]*[^\W\d_][\w'’.-]*$")
_PERIOD_YEAR = re.compile(r"[ \t]+((?:1[6-9]|20)\d\d)(?![\d.,]\d|\d)")


def score_or_split(text: str, f: Fig, p: Patterns) -> list[Fig] | None:
    """The figures of "N-M" when it is a score or an even split, else None (maybe a range).

    ``f`` is a whole number of one to three digits with a dash right after it.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> figs = score_or_split("lost 17-24 at home", Fig(5, 7, K.CARDINAL, 17.0), patterns("en"))
        >>> [(g.start, g.end, g.value) for g in figs]
        [(5, 7, 17.0), (8, 10, 24.0)]
    """
    m = _PAIR.match(text, f.end)
    if m is None or f.value is None:
        return None
    nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    word = nxt.group().lower() if nxt is not None else ""
    if word in p.SUFFIX_STARTS or text[m.end() : m.end() + 1].isalpha():
        return None  # "18-24 years", "5-10 percent", "10-15m"
    second = float(m.group(1))
    if f.value == second == 50.0 and text[f.start : f.end] == "50":
        f.end = m.end()  # "a 50-50 split", "the odds are 50-50": one even split
        return [f]
    g = Fig(m.start(1), m.end(1), _CARDINAL, second)
    if word in p.lex.score_after or _run(text, f, m, second) or _between_names(text, f, nxt, p):
        return [f, g]
    # "won 3-1 at home", not "won 20-30 seats": a range of things counted
    if _word_before(text, f, p) and not (word and _counts(text, g, word, p)):
        return [f, g]
    return None


def _counts(text: str, g: Fig, word: str, p: Patterns) -> bool:
    """A noun of what is counted after the pair: the lexicon's counted nouns where it has them
    (English), else a plural word that is no stop word ("20-30 sièges")."""
    if p.lex.counted_nouns:
        return counted(text, g, p) is not None
    return len(word) > 3 and word[-1] in "sx" and word not in p.lex.stop_words


def _run(text: str, f: Fig, m: re.Match[str], second: float) -> bool:
    """A run of pairs with one whose first number is not below its second: a score ("6-7 6-4");
    age bands ("18-24, 25-34") always rise."""
    assert f.value is not None
    pairs = [(f.value, second)]
    prev = _PAIR_PREV.search(text, max(0, f.start - 12), f.start)
    if prev is not None:
        pairs.append((float(prev.group(1)), float(prev.group(2))))
    at = m.end()
    for _ in range(4):
        n = _PAIR_NEXT.match(text, at)
        if n is None:
            break
        pairs.append((float(n.group(1)), float(n.group(2))))
        at = n.end()
    return len(pairs) > 1 and any(a >= b for a, b in pairs)


#: a capitalized word and one space right before a pair: "Spain 1-2"
_NAME_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w'’.-]*)[ \t]$")


def _between_names(text: str, f: Fig, nxt: re.Match[str] | None, p: Patterns) -> bool:
    """A pair between two names is a result, one side's goals each ("Spain 1-2 Italy"); a
    month on either side makes it a span of days ("June 1-2 Paris", "du 3-5 Mai")."""
    if nxt is None or not nxt.group()[:1].isupper() or nxt.group().lower() in p.lex.months:
        return False
    m = _NAME_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None or not m.group(1)[:1].isupper():
        return False
    name = m.group(1).rstrip(".").lower()
    return name not in p.lex.months and m.group(1) not in p.lex.names_before_number


def _word_before(text: str, f: Fig, p: Patterns) -> bool:
    """A score word within the four words before, in the same clause ("beat Spain 2-1")."""
    head = text[max(0, f.start - 40) : f.start]
    ends = [c.end() for c in _CLAUSE_END.finditer(head)]
    words = _WORD.findall(head[ends[-1] if ends else 0 :])[-4:]
    return any(w.lower() in p.lex.score_before for w in words)


def round_the_clock(text: str, f: Fig) -> bool:
    """ "24 h/24", "24h/24", "7j/7": the number, a unit letter, a slash and the number again
    say "at all times" (no figure): ``f`` becomes an identifier over all of it."""
    r = _ROUND.match(text, f.end)
    if r is None or r.group(2) != text[f.start : f.end]:
        return False
    f.kind, f.end, f.value, f.raw = _IDENTIFIER, r.end(), None, None
    return True


def period(text: str, written: str, s: int, e: int, p: Patterns) -> Fig | None:
    """ "Q3 2024", "H1 2024", "T3 2024" as a date; "FY2024", "FY24" as a year; else None.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = period("in Q3 2024 sales", "Q3", 3, 5, patterns("en"))
        >>> (f.kind.value, f.value, f.normalized, f.end)
        ('date', 2024.0, '2024-Q3', 10)
    """
    head, digits = written[:-1], written[-1:]
    count = p.lex.period_letters.get(head.lower()) if head.isupper() else None
    if count is not None and digits.isdigit() and 1 <= int(digits) <= count:
        y = _PERIOD_YEAR.match(text, e)
        if y is None:
            fiscal = _fiscal_after(text, e, p)  # "Q4 FY24": a quarter of a fiscal year
            if fiscal is not None:
                f = Fig(s, fiscal.end, _DATE, fiscal.value)
                f.normalized = f"{fiscal.normalized}-{'Q' if count == 4 else 'H'}{digits}"
                return f
            return _lone_period(text, s, e, written, count)
        f = Fig(s, y.end(), _DATE, float(y.group(1)))
        f.normalized = f"{y.group(1)}-{'Q' if count == 4 else 'H'}{digits}"
        return f
    for prefix in p.lex.fiscal_year_prefixes:
        rest = written[len(prefix) :]
        if written.startswith(prefix) and rest.isdigit() and len(rest) in (2, 4):
            year = float(rest) if len(rest) == 4 else 2000.0 + float(rest)
            f = Fig(s, e, _YEAR, year)
            f.normalized = f"{prefix}{int(year)}"
            return f
    return None


def glued_period(text: str, s: int, p: Patterns) -> Fig | None:
    """ "1H24", "3Q2024": the period's number, its letter and the year glued, as a date.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = glued_period("in 1H24 sales", 3, patterns("en"))
        >>> (f.kind.value, f.value, f.normalized, f.end)
        ('date', 2024.0, '2024-H1', 7)
    """
    g = _GLUED_PERIOD.match(text, s)
    count = p.lex.period_letters.get(g.group(2).lower()) if g is not None else None
    if g is None or count is None or not 1 <= int(g.group(1)) <= count:
        return None
    year = g.group(3) if len(g.group(3)) == 4 else "20" + g.group(3)
    f = Fig(s, g.end(), _DATE, float(year))
    f.normalized = f"{year}-{'Q' if count == 4 else 'H'}{g.group(1)}"
    return f


def _fiscal_after(text: str, e: int, p: Patterns) -> Fig | None:
    """A fiscal year right after a period, one space between: "Q4 *FY24*"."""
    m = _FISCAL_AFTER.match(text, e)
    return period(text, m.group(1), m.start(1), m.end(1), p) if m is not None else None


def _lone_period(text: str, s: int, e: int, written: str, count: float) -> Fig | None:
    """ "Q3" with no year after it and no name before it ("Audi Q3"): a part of some year, a
    date with no year stated."""
    before = text[max(0, s - 24) : s].rstrip()
    word = _LAST_WORD.search(before)
    if word is not None and word.group()[:1].isupper() and not _SENTENCE_END.search(before):
        return None  # "the Audi Q3": a name
    f = Fig(s, e, _DATE, None)
    f.normalized = f"XXXX-{'Q' if count == 4 else 'H'}{written[-1]}"
    return f


def year_part(text: str, f: Fig, floor: int, p: Patterns) -> None:
    """Take "early", "mid-", "late" before a year or a decade into its span as its qualifier
    ("the late 1990s", "in late 2013"); the bounds stay the decade's or the year's."""
    c = text[f.start - 1 : f.start]
    if c not in (" ", "-") or f.value is None:
        return
    words = text[max(floor, f.start - 8) : f.start - 1].rsplit(None, 1)
    word = words[-1] if words else ""
    if word.lower() not in p.lex.year_parts and not (
        word.lower() in p.lex.decade_parts and f.lower is not None and f.upper == f.lower + 9
    ):  # "the low 20s", never "low 2013"
        return
    f.start, f.qualifier = f.start - 1 - len(word), word
    if f.lower is None or f.upper is None:  # a year; a decade keeps its ten years (the
        f.lower = f.upper = f.value  # value, its first year, must stay within the bounds)


def date_part(text: str, f: Fig, floor: int, p: Patterns) -> None:
    """Take the part of a year written before a month and its year into the date's span as
    its qualifier: "mid-June 2020", "late May 2021", "fin mai 2021", "début juillet 2019" (as
    "in late 2013"); the date stays the month's. The caller passes month-year dates only
    (a day's date keeps its span: "late June 15" is late in that day)."""
    words = text[max(floor, f.start - 8) : f.start - 1].rsplit(None, 1)
    word = words[-1] if words else ""
    if word.lower() in p.lex.year_parts:
        f.start, f.qualifier = f.start - 1 - len(word), word
