"""What surrounds a number: the scale, currency, percent or unit after it, the qualifier before.

:class:`Fig` is the mutable figure the reader builds; :func:`suffix` extends it
over what is glued after the number ("1.5 *mln dlrs*", "76*%*", "three *days*",
"10*kg*") and :func:`qualify` over a qualifier before it ("*about* 53,000",
"*more than* 5"), setting ``approximate`` and the bounds.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from provenance.enums import CARDINAL as _CARDINAL
from provenance.enums import DATE as _DATE
from provenance.enums import DURATION as _DURATION
from provenance.enums import IDENTIFIER as _IDENTIFIER
from provenance.enums import MONEY as _MONEY
from provenance.enums import MULTIPLE as _MULTIPLE
from provenance.enums import PERCENT as _PERCENT
from provenance.enums import FigureKind
from provenance.extractors.figures.nouns import counted_unit, noun_follows, plain_counted_unit
from provenance.extractors.figures.patterns import (
    HYPHEN_UNIT,
    LETTERS_AFTER,
    PLUS_MINUS,
    SP,
    may_open,
)
from provenance.extractors.figures.units import DESIGNATORS, duration_of, scale_of, wordset

if TYPE_CHECKING:
    from provenance.extractors.figures.patterns import Patterns
    from provenance.lexicon.numbers import NumberLexicon

__all__ = [
    "AGE_UNITS",
    "Fig",
    "carry_currency",
    "counted",
    "currency_before",
    "fmt",
    "glued",
    "line_name",
    "measured_after",
    "money_scale",
    "qualify",
    "set_duration",
    "suffix",
]

K = FigureKind


_UNIT_ABBR = wordset(
    "km m cm mm nm kg g mg lb lbs ft mi mph kph kmh l L ml cl t c C F K GB MB TB KB kb Mb Gb GHz "
    "MHz kHz Hz MW GW kW W Wh kWh MWh GWh V kV mAh ha oz yd x bp s Ga Ma cds b tpd sq "
    "° °C °F km^2 km^3 km2 km3 m2 m3 cc sec min hr hrs in st bps kbps Kbps Mbps Gbps Tbps"
)


#: the unit of an age: "a 9-year-old" counts "years old"
AGE_UNITS = frozenset(f"{unit}s old" for unit in DESIGNATORS if unit != "fortnight")
#: the unit of a bare age ("aged 20"): years
AGE_IN_YEARS = "years old"


class Fig:
    """A figure being built; frozen into a FigureSpan at the end."""

    __slots__ = (
        "approximate",
        "end",
        "kind",
        "lower",
        "normalized",
        "qualifier",
        "raw",
        "scaled",
        "start",
        "unit",
        "upper",
        "value",
    )

    def __init__(self, start: int, end: int, kind: FigureKind, value: float | None) -> None:
        self.start, self.end, self.kind, self.value = start, end, kind, value
        self.raw = value  # as written, before scale words
        self.lower: float | None = None
        self.upper: float | None = None
        self.unit: str | None = None
        self.normalized: str | None = None
        self.qualifier: str | None = None
        self.approximate = False
        self.scaled = 1.0


def fmt(v: float) -> str:
    """A number as a short canonical string: "53000", "0.5", "1130000000".

    Example:
        >>> fmt(1.13e9)
        '1130000000'
    """
    if math.isfinite(v) and v == int(v) and abs(v) < 1e18:
        return str(int(v))
    return format(v, ".12g")


def set_duration(f: Fig, word: str, p: Patterns) -> None:
    """Make ``f`` a duration in ``word``'s time unit, with its ISO 8601 period.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(0, 10, K.CARDINAL, 3.0)
        >>> set_duration(f, "months", patterns("en"))
        >>> (f.kind.value, f.unit, f.normalized)
        ('duration', 'month', 'P3M')
    """
    unit, designator, mult = duration_of(" ".join(word.split()), p.lex.durations)
    f.kind = _DURATION
    f.unit = unit
    if f.value is not None:
        amount = fmt(f.value * mult)
        timed = designator in ("H", "S") or (designator == "M" and unit == "minute")
        f.normalized = f"PT{amount}{designator}" if timed else f"P{amount}{designator}"


def money_scale(text: str, f: Fig, p: Patterns) -> None:
    """Extend an amount after a currency sign over its scale ("$639m", "£1.13bn").

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(0, 4, K.MONEY, 639.0)
        >>> money_scale("$639m", f, patterns("en"))
        >>> (f.value, f.end)
        (639000000.0, 5)
    """
    sc = p.SCALE_LETTER_AFTER.match(text, f.end) or p.SCALE_AFTER.match(text, f.end)
    if sc is not None and f.value is not None:
        f.scaled = scale_of(sc.group(1), p.SCALE_WORDS)
        f.value *= f.scaled
        f.end = sc.end()
        _more_scale(text, f, p)


def _scaled_words(text: str, f: Fig, scale: float, p: Patterns) -> float:
    """The value of ``f`` times a scale word after it; a number in words that holds a bigger
    scale word keeps it, and the scale multiplies only what follows it: "one billion
    twenty-five millions" is 1,025,000,000 (not 1,000,000,025 millions)."""
    value = f.value or 0.0
    if value < 1000 * scale:
        return value * scale
    bigger = [
        w.value
        for t in p.TOKEN.findall(text[f.start : f.end])
        if (w := p.WORDS.get(t.lower())) is not None and w.kind == "scale" and w.value > scale
    ]
    if not bigger:
        return value * scale
    low = value % min(bigger)
    return value - low + low * scale


def _more_scale(text: str, f: Fig, p: Patterns) -> None:
    """A bigger scale word after the first multiplies it: "10 lakh crore", "1.5 thousand million".

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(0, 7, K.CARDINAL, 1e6)
        >>> f.scaled = 1e5
        >>> _more_scale("10 lakh crore", f, patterns("en"))
        >>> (f.value, f.end)
        (10000000000000.0, 13)
    """
    if not may_open(p.SCALE_OPENERS, text[f.end : f.end + 1]):
        return  # "5 million." or "5 million%": no scale word opens there
    more = p.SCALE_AFTER.match(text, f.end)
    if more is None or f.value is None:
        return
    scale = scale_of(more.group(1), p.SCALE_WORDS)
    if scale > f.scaled:
        f.scaled *= scale
        f.value *= scale
        f.end = more.end()


_DIMENSION_WORD = re.compile(r"[ \t-]([A-Za-z]+)(?![\w-])")  # "high", not "high-income"
_NEXT_WORD = re.compile(SP + r"([^\W\d_][\w.'’-]*|[%€£¥$₹₽₩₴±]|\+/-)")


_NO_SUFFIX = frozenset(',;:.!?)]}"”')


def suffix(text: str, f: Fig, p: Patterns) -> None:
    """Extend a number over a scale word, currency, percent, time unit or unit letters.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(0, 3, K.CARDINAL, 1.5)
        >>> suffix("1.5 mln dlrs paid", f, patterns("en"))
        >>> (f.kind.value, f.value, f.unit, f.end)
        ('money', 1500000.0, 'USD', 12)
    """
    e = f.end
    if f.value is None:
        return
    nxt = text[e : e + 1]
    if not nxt or nxt in _NO_SUFFIX:
        return  # the common case, decided without a regex
    if nxt.isspace():
        w = _NEXT_WORD.match(text, e)
        if w is None:
            return
        word = w.group(1).lower().rstrip(".")
        if word not in p.SUFFIX_STARTS and word != "+/-":
            sign_after = text[w.end(1) : w.end(1) + 1] in p.SIGNS  # "5 CA$"
            scale_words = text[e - 1].isalpha() and _ends_in_scale(text, f, p)  # "millions d'euros"
            if not (sign_after or scale_words):
                return
    if f.kind is _CARDINAL:
        sc = p.SCALE_AFTER.match(text, e) if may_open(p.SCALE_OPENERS, nxt) else None
        if sc is not None:
            f.scaled = scale_of(sc.group(1), p.SCALE_WORDS)
            if text[e - 1].isalpha():  # "one billion twenty-five millions"
                f.value = _scaled_words(text, f, f.scaled, p)
            else:
                f.value *= f.scaled
            f.end = sc.end()
            _more_scale(text, f, p)
            e = f.end
        elif (sl := p.SCALE_LETTER.match(text, e)) is not None and _scale_letter(text, f, sl, p):
            f.scaled = p.SCALE_LETTERS[sl.group(2).lower()]
            f.value *= f.scaled
            e = f.end = sl.end()
        elif (
            text[e : e + 2].strip()[:1].lower() in p.CURRENCY_SCALE_FIRST
            and (cs := p.CURRENCY_SCALE.match(text, e)) is not None
        ):
            f.scaled = p.CURRENCY_SCALES[cs.group(1).lower()]
            f.value *= f.scaled
            e = f.end = cs.end()
    at = text[e : e + 1]
    cur = p.CURRENCY_AFTER.match(text, e) if may_open(p.CURRENCY_AFTER_OPENERS, at) else None
    if cur is None and (f.scaled > 1 or _ends_in_scale(text, f, p)):
        cur = p.MONEY_OF_AFTER.match(text, e)  # "53 millions d'euros", "trois millions d'euros"
    if cur is not None and f.kind in (_CARDINAL, _MONEY):
        word = cur.group(1)
        last = word.split()[-1].lower()
        code = p.cur.code(word)
        ok = code is not None and (
            last not in p.cur.ambiguous or f.scaled > 1 or len(word.split()) > 1
        )
        if ok and last in p.cur.cued and len(word.split()) == 1:  # "livres": pounds or books
            cue = p.MONEY_CUE_BEFORE
            ok = cue is not None and cue.search(text, max(0, f.start - 40), f.start) is not None
        if last == "pounds" and p.PERCENT_AFTER.match(text, cur.end()) is None:
            ok = ok and p.OF_AFTER.match(text, cur.end()) is None
        if ok:
            if f.kind is _CARDINAL:
                f.kind = _MONEY
                f.unit = code
                f.value *= p.cur.worth(word)
            f.end = cur.end()
            return
    if f.kind is _MONEY:
        return
    pc = p.PERCENT_AFTER.match(text, e)
    if pc is not None:
        f.kind, f.unit, f.end = _PERCENT, p.percent_unit(pc.group(1) or pc.group(2)), pc.end()
        return
    du = p.DURATION_AFTER.match(text, e)
    if du is not None:
        age = p.AGE_AFTER.match(text, du.end())
        if age is not None:  # "a 9-year-old", "ten years old": an age, not a duration
            unit, _, _ = duration_of(" ".join(du.group(1).split()), p.lex.durations)
            f.unit, f.end = f"{unit}s old", age.end()
            return
        if p.AGE_BEFORE is not None and _age_before(text, f.start, p.AGE_BEFORE, p):
            unit, _, _ = duration_of(" ".join(du.group(1).split()), p.lex.durations)
            f.unit, f.end = f"{unit}s old", du.end()  # "âgé de 34 ans": an age, as "34 years old"
            return
        half = p.AND_A_HALF.match(text, du.end())
        if half is not None:  # "deux heures et demie", "two hours and a half"
            f.value += 1.0 / p.FRACTIONS[half.group(1).lower()]
        set_duration(f, du.group(1), p)
        f.end = du.end() if half is None else half.end()
        return
    if text[e : e + 1] == "p" and not text[e + 1 : e + 2].isalnum() and "p" in p.cur.subunits:
        f.kind, f.unit, f.value, f.end = _MONEY, "GBP", f.value * 0.01, e + 1
        return
    let = LETTERS_AFTER.match(text, e)
    if let is not None:
        f.end = let.end()
        letters = let.group()
        if "/" in text[f.start : e] and p.ORDINAL_SUFFIX.fullmatch(letters.removesuffix("s")):
            return  # "1/4th", "2/3rds": the denominator said as an ordinal, still a fraction
        f.unit = letters
        if letters not in _UNIT_ABBR:
            f.kind = _IDENTIFIER
            if not letters.isalpha():
                f.value = None
        return
    pm = PLUS_MINUS.match(text, e)
    if pm is not None:
        f.end = pm.end()
    hy = HYPHEN_UNIT.match(text, f.end)
    if hy is not None and not _hyphen_ratio(hy.group(1), p, text, hy.end()):
        f.end = hy.end()
        month = p.lex.months.get(hy.group(1).lower()) if hy.group(1)[:1].isupper() else None
        if hy.group(1).lower() in ("ish", "odd"):  # "40-ish", "80-odd": a hedge, not a unit
            f.approximate, f.qualifier = True, hy.group(1)
        elif month and f.value is not None and f.value in _DAYS:
            # "le 11-Septembre", "le 14-Juillet": the day a name gives an event, a date
            f.kind, f.normalized, f.value, f.lower, f.upper = (
                _DATE,
                f"--{month:02d}-{int(f.value):02d}",
                None,
                None,
                None,
            )
        else:
            f.unit = hy.group(1)  # "27-kilometer": one token, unit inside


_DAYS = frozenset(float(d) for d in range(1, 32))


def _hyphen_ratio(word: str, p: Patterns, text: str, e: int) -> bool:
    """ "in-five" after "one", or "in" before "-100" after "1": a proportion written with
    hyphens ("a one-in-five chance", "a 1-in-100 chance"), no unit."""
    head, _, tail = word.lower().partition("-")
    if head not in p.lex.ratio_words:
        return False
    return tail in p.NUMBER_WORDS or (
        not tail and text[e : e + 1] == "-" and text[e + 1 : e + 2].isdigit()
    )


def _ends_in_scale(text: str, f: Fig, p: Patterns) -> bool:
    """Whether a number in words ends in a scale word: "trois millions" (then "d'euros"),
    or in a scale word and its half: "trois milliards et demi" (then "d'euros")."""
    words = text[f.start : f.end].split()
    joiners = p.JOINERS | p.TENS_JOINERS  # "and", "et"
    if len(words) > 2 and words[-1].lower() in p.FRACTIONS and words[-2].lower() in joiners:
        words = words[:-2]  # "milliards et demi"
    last = p.WORDS.get(words[-1].lower()) if words else None
    return last is not None and last.kind == "scale" and not last.ordinal


def _age_before(text: str, s: int, age: re.Pattern[str], p: Patterns) -> bool:
    """Whether a word of age ends just before ``s`` ("âgé de 34 ans"), or before a qualifier
    there ("âgé d'environ 12 ans", "âgée de près de 40 ans")."""
    word = text[max(0, s - 12) : s].rstrip(" \t").rpartition(" ")[2].lower()
    # the cheap test first: a word that ends an age's phrase just before
    if word in p.AGE_LAST and age.search(text, max(0, s - 24), s):
        return True
    last = _unelided(word)
    if last not in p.QUALIFIER_ENDS:
        return False  # the cheap test first: no qualifier's last word just before
    q = p.QUALIFIER.search(text, max(0, s - 30), s)
    return q is not None and age.search(text, max(0, q.start() - 24), q.start()) is not None


def named_line(text: str, m: re.Match[str], p: Patterns) -> Fig | None:
    """A currency's letters written apart from a bare whole number that names the line, route
    or model after it: "the TL 5 bus", "the RM 5 line" are names (an identifier), no money
    ("TL5 bus fare", "TL 5 per ride", "TL 5 million" stay amounts)."""
    cur, num = m.group("cur"), m.group("mnum")
    if not cur[-1:].isalpha() or not num.isdigit() or m.group("msign"):
        return None
    if text[m.end("cur") : m.start("mnum")] not in (" ", "\t"):
        return None
    w = _NEXT_WORD.match(text, m.end("mnum"))
    if w is None or w.group(1).lower() not in p.lex.line_nouns:
        return None
    return Fig(m.start(), m.end("mnum"), _IDENTIFIER, None)


def line_name(text: str, s: int, e: int, p: Patterns) -> bool:
    """Whether the bare number ``text[s:e]`` names a line, route or model, no count: after a
    word of ``line_number_before`` and before a noun of ``line_nouns`` ("the 73 bus", "the
    number 73 bus"), or after such a noun and its determiner ("la ligne 13", "le bus 38");
    the name then ends at a mark or a word of ``line_name_followers`` ("the 20 bus routes",
    "un bus 100 % électrique" count)."""
    lex = p.lex
    if e - s > 3 or not text[s:e].isdigit() or text[s - 1 : s] not in (" ", "\t"):
        return False
    before = text[max(0, s - 24) : s].lower().split()
    after = text[e : e + 32].split(None, 2)
    if not before or not after:
        return False
    if before[-1] in lex.line_number_before:  # "the 73 bus"
        noun = after[0].lower()
        if text[e : e + 1] not in (" ", "\t") or noun.rstrip(".,;:)") not in lex.line_nouns:
            return False
        return noun[-1] in ".,;:)" or len(after) < 2 or _ends_name(after[1], lex)
    if len(before) > 1 and before[-1] in lex.line_nouns:  # "la ligne 13"
        return before[-2] in lex.line_noun_determiners and _ends_name(after[0], lex)
    return False


def _ends_name(word: str, lex: NumberLexicon) -> bool:
    """Whether ``word`` after a line's name ends it: a mark or a word of
    ``line_name_followers``."""
    return word[0] in ".,;:)!?" or word.rstrip(".,;:)").lower() in lex.line_name_followers


def multiple(text: str, s: int, e: int, value: float, floor: int, p: Patterns) -> Fig | None:
    """A multiplicative word as a figure, a count of times, where it compares: "twice as
    many", "twice the size" (a word of the language's ``multiplicative_after`` follows),
    "le double de", "au triple du prix", "a payé le double." (after a word of
    ``multiplicative_before``, a word after or the clause's end); ``None`` elsewhere ("hit
    twice", "le double champion", "le triple saut", "en double")."""
    lex = p.lex
    nxt = _NEXT_WORD.match(text, e)
    word = nxt.group(1).lower().replace("’", "'") if nxt is not None else ""
    elided = word.partition("'")[0] + "'" if "'" in word else ""  # "d'un"
    after = word in lex.multiplicative_after or elided in lex.multiplicative_after
    if lex.multiplicative_before:
        before = text[max(floor, s - 6) : s].rstrip(" \t").rpartition(" ")[2].lower()
        if before not in lex.multiplicative_before:
            return None
        end = text[e : e + 1]
        after = after or not end or end in ",.;:)!?"
    if not after or (nxt is not None and _opens_role(text, nxt, p)):
        return None  # "came on twice as a replacement": a count of occasions, no comparison
    f = Fig(s, e, _MULTIPLE, value)
    f.unit = lex.multiplicative_unit
    qualify(text, f, floor, p)  # "nearly twice as many"
    return f


def fraction_multiple(text: str, f: Fig, p: Patterns) -> None:
    """A fraction word that compares is a multiple: "half as many" counts a half "times", as
    "twice as many" counts two ("half the people" stays a share)."""
    nxt = _NEXT_WORD.match(text, f.end)
    if nxt is not None and nxt.group(1).lower() in p.lex.fraction_multiple_after:
        f.kind, f.unit = _MULTIPLE, p.lex.multiplicative_unit


def compared_times(text: str, f: Fig, p: Patterns) -> None:
    """A count of times that compares two amounts is a multiple: "three times as many",
    "five times the size", "trois fois plus de morts" (a word of the language's
    ``multiple_comparatives`` after the unit); "hit three times", "three times a week" and
    "trois fois de suite" stay counts of occasions. Called only for a cardinal whose unit
    opens with the multiplicative unit ("fois supérieur": the unit becomes "fois")."""
    unit = p.lex.multiplicative_unit
    words = text[f.end : f.end + 40].split(None, 2)
    if len(words) < 2 or words[0].lower() != unit:
        return
    if words[1].lower().rstrip(",.;:!?") not in p.lex.multiple_comparatives:
        return
    nxt = _NEXT_WORD.match(text, text.find(words[1], f.end))
    if nxt is None or not _opens_role(text, nxt, p):  # "won it four times as a player"
        f.kind, f.unit = _MULTIPLE, unit


def factor_or_unit(text: str, f: Fig, p: Patterns) -> None:
    """What a cardinal's suffix or the phrase before it names. A factor, kind multiple: a
    number word or digits with the language's ``multiplier_suffixes`` ("a tenfold rise",
    "rose 2.5-fold"), digits with a letter of ``multiplier_letters`` glued after them ("15x
    earnings", "a 3x rise"; "4x4" is a name), or a number after a phrase of
    ``factor_before`` ("multiplié par trois", "by a factor of 10"), or its inverse after one
    of ``divisor_before`` ("divisé par deux": 0.5). Or its unit, named by a
    word of ``unit_before`` right before it, a space or a hyphen between them ("a magnitude
    6.2 earthquake", "un séisme de magnitude 6,2"; "earthquake" is then no unit). The
    caller tests the last letters first (``Patterns.FACTOR_LAST``, ``BEFORE_LAST``)."""
    lex = p.lex
    if (
        text.endswith(lex.multiplier_suffixes, f.start, f.end)
        or (
            text.endswith(lex.multiplier_letters, f.start, f.end)
            and text[f.end - 2 : f.end - 1].isdigit()
        )
        or text.endswith(lex.factor_before, 0, f.start)
    ):
        f.kind, f.unit = _MULTIPLE, lex.multiplicative_unit
        return
    if f.value and lex.divisor_before and text.endswith(lex.divisor_before, 0, f.start):
        f.kind, f.unit = _MULTIPLE, lex.multiplicative_unit  # "divisé par deux": 0.5 "fois"
        f.value = f.raw = 1 / f.value
        return
    before = lex.unit_before
    if text.endswith(before, 0, f.start):
        f.unit = next(w for w in before if text.endswith(w, 0, f.start))[:-1].lower()


def street_number(text: str, f: Fig, p: Patterns) -> None:
    """A whole number in digits before a street is the number of an address, no figure:
    "10 Downing Street", "1600 Pennsylvania Avenue", "au 10, rue de Rivoli", "55 rue du
    Faubourg-Saint-Honoré" (the language's ``street_nouns_after_name`` and
    ``street_nouns_before_name``). A noun after the street makes it a count: "12 Wall Street
    banks". The caller tests the letter after the space first (``Patterns.STREET_FIRST``)."""
    street = p.STREET
    if street is None:
        return
    m = street.match(text, f.end)
    if m is None or not text[f.start : f.end].isdigit():
        return
    if m.lastgroup == "named" and noun_follows(text, m.end()):
        return  # "12 Wall Street banks": a count
    f.kind, f.unit, f.lower, f.upper = _IDENTIFIER, None, None, None


def _opens_role(text: str, word: re.Match[str], p: Patterns) -> bool:
    """Whether ``word``, after a multiple, opens a role or a clause rather than a comparison:
    "as" (``multiple_role_words``) before an article or pronoun (``multiple_role_openers``)
    or a capitalised name ("four times as a player", "twice as Ulster lost"; "twice as many",
    "Twice As Many" compare)."""
    lex = p.lex
    if word.group(1).lower() not in lex.multiple_role_words:
        return False
    nxt = _NEXT_WORD.match(text, word.end())
    if nxt is None:
        return False
    after = nxt.group(1)
    capital = after[:1].isupper() and not word.group(1)[:1].isupper()
    return capital or after.lower() in lex.multiple_role_openers


def bare_age(text: str, f: Fig, p: Patterns) -> None:
    """A bare count after a word of age is an age in years: "aged 20", "aged between 20 and
    30", "aged about 40" (the qualifier is in the span), as "20 years old"."""
    ends = p.BARE_AGE_ENDS
    if not ends:
        return
    tail = text[max(0, f.start - 12) : f.start].rstrip(" \t").lower()
    if not tail.endswith(ends):  # one C call for most numbers, no regex
        return
    for phrase in ends:
        if tail.endswith(phrase):
            before = tail[-len(phrase) - 1 : -len(phrase)]
            if not before or not (before.isalnum() or before in "'’"):  # "aged", not "staged"
                f.unit = AGE_IN_YEARS
            return


def _scale_letter(text: str, f: Fig, sl: re.Match[str], p: Patterns) -> bool:
    """Whether a letter after a number is a scale: "25k", "4.7b", "1.5m people", "1.5 m people".

    Glued "k" always is; glued "m" or "b" after a decimal is; otherwise (always with a
    space or a capital: "2 m tall", "32K word") only a plural noun or a currency after it.
    """
    if _length_after(text, sl.end(), p):
        return False  # "2 m tall", "6.5m across" ("across" is no plural noun)
    if p.PLURAL_AFTER.match(text, sl.end()) is not None:
        return True
    if sl.group(1) or sl.group(2).isupper():
        return False  # "573.15K" (kelvin), "32K word"
    if _length_before(text, f.start, p):
        return False  # "cleared 2.05m"
    return sl.group(2) == "k" or p.decimal in text[f.start : sl.start()]


def _length_before(text: str, s: int, p: Patterns) -> bool:
    """Whether a verb of the field events ends right before ``s``: "cleared 2.05m", "threw
    70.52m" (metres, not millions)."""
    before = text[max(0, s - 12) : s].split()
    return bool(before) and before[-1].lower() in p.lex.length_before


def measured_after(text: str, e: int, p: Patterns) -> bool:
    """Whether a dimension word follows ``e``, at once or after one unit: "a runway 3 km
    long", "runway 3km long" (a length, where "runway 28L" names a runway)."""
    if _length_after(text, e, p):
        return True
    unit = _DIMENSION_WORD.match(text, e)
    return unit is not None and _length_after(text, unit.end(), p)


def _length_after(text: str, e: int, p: Patterns) -> bool:
    """Whether a dimension word follows ``e``: "2.5m high", "1.8m-tall" (metres, not millions)."""
    w = _DIMENSION_WORD.match(text, e)
    return w is not None and w.group(1).lower() in p.lex.length_after


def counted(text: str, f: Fig, p: Patterns) -> str | None:
    """What the figure ``f`` counts (see :func:`counted_unit`); "one" takes a verb in -s.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(0, 5, K.CARDINAL, 1e3)
        >>> counted("1,000 wounded prisoners from each side", f, patterns("en"))
        'wounded prisoners'
    """
    if not p.lex.counted_nouns:
        if not p.lex.stop_words:
            return None
        of = p.OF_AFTER.match(text, f.end) if f.approximate else None  # "une trentaine de"
        return plain_counted_unit(text, f.end if of is None else of.end(), p.lex.stop_words)
    return counted_unit(text, f.end, singular=f.value == 1.0)


def qualify(text: str, f: Fig, floor: int, p: Patterns) -> None:
    """Extend ``f`` back over a qualifier and set ``approximate`` and the bounds.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(10, 11, K.CARDINAL, 5.0)
        >>> qualify("more than 5 people", f, 0, patterns("en"))
        >>> (f.start, f.qualifier, f.lower, f.upper)
        (0, 'more than', 5.0, None)
    """
    lo = max(floor, f.start - 24)
    words = text[max(lo, f.start - 16) : f.start].rsplit(None, 1)
    last = words[-1].lower() if words else ""
    if last not in p.QUALIFIER_ENDS and (last.isalpha() or _unelided(last) not in p.QUALIFIER_ENDS):
        return  # the cheap test first: most numbers have no qualifier ("d'environ": environ)
    q = qualifier_before(text, lo, f.start, p)
    if q is None:
        return
    written = text[q[0] : q[1]]
    if _particle(text, written, q[0], p):
        return  # "ticked up to 3.9%": a verb and its particle, then the new level
    cls = p.qualifier_class(written)
    f.qualifier = written
    f.start = q[0]
    if cls.startswith("approximate"):
        f.approximate = True
    if f.value is None:
        return
    if cls.endswith("lower"):
        f.lower = f.value
    elif cls.endswith("upper"):
        f.upper = f.value


def _unelided(word: str) -> str:
    """A word without the elided article or preposition glued before it ("d'environ")."""
    return word.rpartition("'")[2].rpartition("’")[2]


def qualifier_before(text: str, lo: int, end: int, p: Patterns) -> tuple[int, int] | None:
    """The span of the qualifier that spaces alone part from ``end``, looked for from ``lo``.

    The span of group 1 of ``p.QUALIFIER.search(text, lo, end)``; an ASCII window is
    lowered and searched with ``p.QUALIFIER_LOWERED`` (the window keeps the character
    before ``lo``, which tells whether a word starts there).

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> text = "It cost MORE THAN 5 dollars"
        >>> qualifier_before(text, 0, 18, patterns("en"))
        (8, 17)
    """
    start = lo - 1 if lo > 0 else 0
    window = text[start:end]
    if p.QUALIFIER_LOWERED is None or not window.isascii():
        q = p.QUALIFIER.search(text, lo, end)
        return None if q is None else q.span(1)
    m = p.QUALIFIER_LOWERED.search(window.lower(), lo - start)
    return None if m is None else (start + m.start(1), start + m.end(1))


def _particle(text: str, written: str, at: int, p: Patterns) -> bool:
    """Whether the qualifier ``written`` at ``at`` opens with the particle of the verb before it."""
    if " ".join(written.lower().split()) not in p.lex.particle_qualifiers:
        return False
    before = text[max(0, at - 24) : at].rsplit(None, 1)
    return bool(before) and before[-1].lower() in p.lex.particle_verbs


def glued(text: str, e: int, p: Patterns) -> bool:
    """Whether a unit, scale, percent or currency follows: then 2000 is not a year.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> glued("2000 pct", 4, patterns("en")), glued("2000 the", 4, patterns("en"))
        (True, False)
    """
    nxt = text[e : e + 1]
    if nxt and (nxt.isalpha() or nxt in "%°"):
        return True
    if not nxt or nxt in _NO_SUFFIX:
        return False
    if nxt.isspace():
        w = _NEXT_WORD.match(text, e)
        if w is None or w.group(1).lower().rstrip(".") not in p.SUFFIX_STARTS:
            return False
    return bool(
        p.PERCENT_AFTER.match(text, e)
        or p.SCALE_AFTER.match(text, e)
        or p.CURRENCY_AFTER.match(text, e)
        or p.DURATION_AFTER.match(text, e)
    )


_LETTER_SCALES = wordset("m mn bn b k")


def _amount_form(text: str, f: Fig, word_start: int, p: Patterns) -> bool:
    """A plain number written as an amount: digit groups or cents, after a bare currency name.

    "rupees 40,000", "dollars 12.50" (wire style); not "billions of dollars 10 years ago",
    nor "paid in dollars 2,000 times" (a currency named after "of" or "in").

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> _amount_form("rupees 40,000", Fig(7, 13, K.CARDINAL, 4e4), 0, patterns("en"))
        True
        >>> _amount_form("dollars 10", Fig(8, 10, K.CARDINAL, 10.0), 0, patterns("en"))
        False
    """
    if f.kind is not _CARDINAL or f.unit is not None:
        return False
    written = text[f.start : f.end]
    dec = written.rpartition(p.decimal)[2] if p.decimal in written else ""
    grouped = p.lex.group in written
    if not (grouped or (len(dec) == 2 and dec.isdigit())):
        return False
    return p.CURRENCY_NAME_BLOCKED.search(text, max(0, word_start - 8), word_start) is None


def currency_before(text: str, f: Fig, floor: int, p: Patterns) -> None:
    """Make ``f`` money when a currency is named just before it ("Australian dollars 648m").

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f = Fig(27, 30, K.CARDINAL, 648.0)
        >>> f.end, f.unit = 31, "m"
        >>> currency_before("It paid Australian dollars 648m", f, 0, patterns("en"))
        >>> (f.kind.value, f.unit, f.value, f.start)
        ('money', 'AUD', 648000000.0, 8)
    """
    if f.value is None or f.raw is None or not text[f.start - 2 : f.start - 1].isalpha():
        return
    last = text[max(floor, f.start - 12) : f.start].rsplit(None, 1)
    if not last or last[-1].lower() not in p.CURRENCY_NAMES:
        return  # the cheap test first: no currency name just before
    lo = max(floor, f.start - 40)
    cur = p.CURRENCY_BEFORE.search(text, lo, f.start)
    if cur is None:
        return
    written = cur.group(1)
    letter = f.unit in _LETTER_SCALES and f.scaled == 1.0
    named = " " in written.strip()  # "Australian dollars", "US dollars"
    if not (letter or f.scaled > 1.0 or named or _amount_form(text, f, cur.start(1), p)):
        return  # "billions of dollars 10 years ago": not an amount
    code = p.cur.code(written)
    if written.split()[-1].lower() in p.cur.ambiguous or (
        f.unit is not None and f.unit not in _LETTER_SCALES
    ):
        return
    if code is None or written.split()[-1].lower() in p.cur.subunits:
        return
    if letter:
        f.scaled = scale_of(str(f.unit), p.SCALE_WORDS)
        f.value = f.raw * f.scaled
    f.kind, f.unit, f.start = _MONEY, code, cur.start(1)


def carry_currency(f: Fig, g: Fig, p: Patterns) -> None:
    """Give the bare second half of a money range the first half's currency ("$779m-798m").

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> f, g = Fig(0, 5, K.MONEY, 779e6), Fig(6, 10, K.CARDINAL, 798.0)
        >>> f.unit, f.scaled, g.unit = "USD", 1e6, "m"
        >>> carry_currency(f, g, patterns("en"))
        >>> (g.kind.value, g.unit, g.value)
        ('money', 'USD', 798000000.0)
    """
    if g.raw is None or g.value is None:
        return
    if g.unit in _LETTER_SCALES and g.scaled == 1.0:
        g.scaled = scale_of(str(g.unit), p.SCALE_WORDS)
        g.value = g.raw * g.scaled
    elif g.unit is not None:
        return  # "$5 to 10 people": the second half counts something else
    g.kind, g.unit = _MONEY, f.unit
