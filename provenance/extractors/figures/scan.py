"""The figure scanner: every number in a news text, as ``FigureSpan`` records.

The scanner walks the text once: two cheap trigger regexes (digits and signs;
number words and month names) find where a figure may start, and the master
regex of :mod:`provenance.extractors.figures.patterns` is matched there. Each hit
is read into a figure (:mod:`provenance.extractors.figures.reader`):
its value, then what follows it (scale word, currency, percent, time unit,
the second half of a range) and what precedes it (a qualifier such as
"about" or "more than"). Numbers that are not figures (times of day, model
names, phone numbers, list markers) are kept and classed as such, so no digit
in the text goes unaccounted for.
"""

from __future__ import annotations

import datetime as dt
import functools
from math import isfinite
from typing import TYPE_CHECKING, Any

from provenance.enums import CARDINAL as _CARDINAL
from provenance.enums import IDENTIFIER as _IDENTIFIER
from provenance.enums import MARKER as _MARKER
from provenance.enums import MONEY as _MONEY
from provenance.enums import FigureKind
from provenance.extractors.figures.context import (
    compared_times,
    factor_or_unit,
    street_number,
)
from provenance.extractors.figures.patterns import digit_marks, next_digit, patterns
from provenance.extractors.figures.ratios import join_proportions
from provenance.extractors.figures.reader import Fig, fmt, read
from provenance.extractors.records import FigureSpan, slots_twin
from provenance.extractors.text.wordscan import latin1
from provenance.lexicon._files import language_key

if TYPE_CHECKING:
    import pandas as pd

    from provenance.extractors.figures.patterns import Patterns

__all__ = ["figures_frame", "find_figures"]

K = FigureKind
FRAME_COLUMNS = (
    "text",
    "value",
    "lower",
    "upper",
    "approximate",
    "kind",
    "unit",
    "normalized",
    "qualifier",
    "start",
    "end",
)
_EXACT_KINDS = frozenset(
    {K.CARDINAL, K.ORDINAL, K.PERCENT, K.MONEY, K.YEAR, K.DURATION, K.MULTIPLE}
)


def find_figures(
    text: str, *, reference_date: dt.date | None = None, language: str | None = "en"
) -> tuple[FigureSpan, ...]:
    """Find every number in ``text``: figures, and the numbers that are not figures.

    Spans are sorted, never overlap and always slice the text
    (``text[f.start:f.end] == f.text``). A qualifier ("about", "more than") is
    part of the span; the counted noun is not, it goes in ``unit``.
    ``language`` is a lexicon key or a BCP 47 tag ("fr", "fr-FR"); a language
    the lexicon does not know gets digits and symbols only, never English words.

    Example:
        >>> [(f.text, f.kind.value, f.value, f.unit)
        ...  for f in find_figures("about 53,000 Russian soldiers were involved")]
        [('about 53,000', 'cardinal', 53000.0, 'Russian soldiers')]
        >>> [(f.text, f.value, f.unit) for f in find_figures("environ 53 000 soldats russes",
        ...                                                    language="fr")]
        [('environ 53 000', 53000.0, 'soldats russes')]

    Raises:
        LexiconError: a lexicon data file is malformed (never for the text itself).
    """
    p = _patterns_for(language)
    out: list[Fig] = []
    pos = 0
    floor = 0  # figures never reach back before the end of the previous one
    scan, back, word = p.SCAN, p.BACK, p.WORD_TRIGGER
    at_digit, at_sign, at_word = p.SCAN_AT_DIGIT, p.SCAN_AT_SIGN, p.SCAN_AT_WORD
    # Two scans, each fast on its own; the next hit of each is kept until passed.
    raw = latin1(text)  # one byte a character, for both scans
    marks = digit_marks(p, text, raw)
    dig = next_digit(p, text, 0, marks)
    words = word.matches(text, raw)
    wt = next(words, None)  # (start, end) of the next word trigger
    while dig is not None or wt is not None:
        if dig is not None and dig.start() < pos:
            dig = next_digit(p, text, pos, marks)
            continue
        if wt is not None and wt[0] < pos:
            wt = next(words, None)
            continue
        if wt is None or (dig is not None and dig.start() <= wt[0]):
            assert dig is not None
            s, t_end, is_digit = dig.start(), dig.end(), True
        else:
            (s, t_end), is_digit = wt, False
        m = None
        if is_digit and s > pos and _may_start_before(text, s, p.LOWER_NAMES):
            # the figure may start before its first digit: "US$5", "F-16", "Boeing 737"
            b = back.search(text, max(pos, s - 24), s)
            if b is not None:
                m = scan.match(text, b.start())
                if m is not None and m.end() <= s:
                    m = None
        if m is None:  # at the trigger: the alternatives its first character can open
            if not is_digit:
                m = at_word.match(text, s)
            else:
                m = (at_digit if text[s].isdecimal() else at_sign).match(text, s)
            if m is None:
                # a failed word trigger ("a sixth" not followed by "of") may hide a
                # shorter one inside it ("sixth"): resume just after its start
                pos = max(t_end, s + 1) if is_digit else s + 1
                continue
        figs, end = read(text, m, reference_date, floor, with_range=True, p=p)
        for f in figs:
            f.start = max(f.start, floor)  # a safety net: spans never overlap
            if f.end > f.start:
                out.append(f)
                floor = f.end
        pos = max(end, m.start() + 1)
    out = join_proportions(text, out, p)  # "one in five": one figure, the share
    return tuple(_freeze(text, f, p) for f in out)


@functools.lru_cache(maxsize=64)
def _patterns_for(language: str | None) -> Patterns:
    """The patterns for a language tag (resolving a tag lists the lexicon folders: cache it)."""
    return patterns(language_key(language))


def _may_start_before(text: str, s: int, lower_names: frozenset[str]) -> bool:
    """Cheap test: could a name, code or letters just before ``s`` belong to the figure?

    A lower-case word before a space opens no name ("rose 5"), unless it is one of the
    lower-case ``lower_names`` (after an elision: "l'article 5", "type 2 diabetes").
    """
    c = text[s - 1]
    if c.isalpha() or c in "-/.−^$¢°":  # "GH¢5m": a cent sign closing a currency's letters
        return True  # "n°17854": the sign of a number's name
    if c in " \t" and s >= 2 and (text[s - 2].isalpha() or text[s - 2] in ".:¢°"):
        last = text[max(0, s - 14) : s - 1].rsplit(None, 1)
        if not last:
            return False
        w = last[-1]
        if not w[:2].islower():
            return True  # "Boeing 737", "iPhone 15"
        return w in lower_names or w[2:] in lower_names  # "l'article 5", "d’article 3"
    return False


def figures_frame(
    text: str, *, reference_date: dt.date | None = None, language: str | None = "en"
) -> pd.DataFrame:
    """The figures of ``text`` as a dataframe, one row per figure.

    Columns: text, value, lower, upper, approximate, kind, unit, normalized,
    qualifier, start, end.

    Example:
        >>> figures_frame("Prices rose 5 pct in 1987.")[["text", "kind", "value"]].values.tolist()
        [['5 pct', 'percent', 5.0], ['1987', 'year', 1987.0]]
    """
    import pandas as pd

    rows = [
        (
            f.text,
            f.value,
            f.lower,
            f.upper,
            f.approximate,
            f.kind.value,
            f.unit,
            f.normalized,
            f.qualifier,
            f.start,
            f.end,
        )
        for f in find_figures(text, reference_date=reference_date, language=language)
    ]
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    return frame.astype(
        {"value": "float64", "lower": "float64", "upper": "float64", "approximate": "bool"}
    )


def _round10(v: Any) -> Any:
    """``round(v, 10)`` for a finite value, without the decimal conversion when ``v`` is whole.

    A whole float (most figures: "53,000", "1987") is its own rounding to ten places;
    anything else (a fraction, an ``int``) goes through :func:`round`, so an ``int`` stays
    an ``int`` in both builds. Typed ``Any`` (an int or a float, returned as the same type)
    on purpose: compiled (mypyc), a parameter annotated ``float``, ``int | float`` (which
    mypy reads as ``float``) or overloads of both turns the ``int`` it is given into a
    ``float``, and a constrained type variable fails mypyc's own type check (``round`` of
    it returns ``Any`` there). ``Any`` is an object to mypyc, passed as it is.

    Example:
        >>> _round10(53000.0), _round10(0.1 + 0.2), _round10(7)
        (53000.0, 0.3, 7)
    """
    if type(v) is float:
        return v if v.is_integer() else round(v, 10)
    return round(v, 10)


def _round_tiny(v: Any) -> Any:
    """A value closer to zero than 0.0001 to ten significant digits, not ten places (which
    would keep one or two of its digits: the share of "1 in 292.2 million"); zero and an
    ``int`` as :func:`_round10`.

    Example:
        >>> _round_tiny(1 / 292.2e6), _round_tiny(0.0), _round_tiny(0)
        (3.422313484e-09, 0.0, 0)
    """
    if type(v) is float and v != 0.0:
        return float(f"{v:.10g}")
    return _round10(v)


def _freeze(text: str, f: Fig, p: Patterns) -> FigureSpan:
    times = p.lex.multiplicative_unit
    if times and f.unit is not None and f.unit.startswith(times) and f.kind is _CARDINAL:
        compared_times(text, f, p)  # "three times as many": a multiple, not a count
    if f.kind is _CARDINAL:
        # the last letters first: a call only where a suffix or a phrase may be
        s, e = f.start, f.end
        if text[e - 1] in p.FACTOR_LAST or text[s - 2 : s - 1] in p.BEFORE_LAST:
            factor_or_unit(text, f, p)  # "a tenfold rise", "multiplié par trois", "magnitude 6"
        if text[e + 1 : e + 2] in p.STREET_FIRST or (
            text[e + 2 : e + 3] in p.STREET_COMMA_FIRST and text[e : e + 1] == ","
        ):
            street_number(text, f, p)  # "10 Downing Street", "au 10, rue de Rivoli"
    value, lower, upper = f.value, f.lower, f.upper
    # an infinite or undefined number is no value (most figures have no bounds to check)
    if value is not None and not isfinite(value):
        value = None
    if lower is not None and not isfinite(lower):
        lower = None
    if upper is not None and not isfinite(upper):
        upper = None
    rounded = None  # the value once rounded: a bound that is it is not rounded again
    if value is not None and f.kind in _EXACT_KINDS:
        value = rounded = _round10(value) if not -1e-4 < value < 1e-4 else _round_tiny(value)
        exact = f.qualifier is None and not f.approximate
        if exact or p.qualifier_class(f.qualifier or "") == "exact":
            lower = value if lower is None else lower
            upper = value if upper is None else upper
    normalized = f.normalized
    if normalized is None:
        if f.kind is _MONEY and value is not None:
            normalized = f"{f.unit} {fmt(value)}"
        elif f.kind in (_IDENTIFIER, _MARKER):
            normalized = text[f.start : f.end].strip()
        elif value is not None:
            normalized = fmt(value)
        elif lower is not None and upper is not None:
            prefix = f"{f.unit} " if f.kind is _MONEY else ""
            normalized = f"{prefix}{fmt(lower)}/{fmt(upper)}"
    if lower is not None and lower is not rounded:
        lower = _round10(lower) if not -1e-4 < lower < 1e-4 else _round_tiny(lower)
    if upper is not None and upper is not rounded:
        upper = _round10(upper) if not -1e-4 < upper < 1e-4 else _round_tiny(upper)
    return _figure_span(  # positional: the field order of FigureSpan
        text[f.start : f.end],
        f.start,
        f.end,
        f.kind,
        value,
        lower,
        upper,
        f.approximate,
        f.unit,
        normalized,
        f.qualifier,
    )


#: FigureSpan's fields filled by plain stores, then given FigureSpan's class (see
#: :func:`~provenance.extractors.records.slots_twin`).
_FigureSlots: type = slots_twin(FigureSpan)


def _figure_span(
    text: str,
    start: int,
    end: int,
    kind: FigureKind,
    value: float | None,
    lower: float | None,
    upper: float | None,
    approximate: bool,
    unit: str | None,
    normalized: str | None,
    qualifier: str | None,
) -> FigureSpan:
    """``FigureSpan(...)`` with every field given, built faster (see ``_FigureSlots``)."""
    span: Any = _FigureSlots()
    span.text = text
    span.start = start
    span.end = end
    span.kind = kind
    span.value = value
    span.lower = lower
    span.upper = upper
    span.approximate = approximate
    span.unit = unit
    span.normalized = normalized
    span.qualifier = qualifier
    span.__class__ = FigureSpan
    built: FigureSpan = span
    return built
