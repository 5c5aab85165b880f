"""Every number in a news text, as :class:`~provenance.extractors.records.FigureSpan` records.

The scanner walks the text once: two cheap trigger regexes (digits and signs;
number words and month names) find where a figure may start, and the master
regex of :mod:`provenance.extractors.figure_patterns` is matched there. Each hit
is read into a figure (:mod:`provenance.extractors.figure_reader`):
its value, then what follows it (scale word, currency, percent, time unit,
the second half of a range) and what precedes it (a qualifier such as
"about" or "more than"). Numbers that are not figures (times of day, model
names, phone numbers, list markers) are kept and classed as such, so no digit
in the text goes unaccounted for.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

from provenance.enums import FigureKind
from provenance.extractors import figure_patterns as fp
from provenance.extractors.figure_reader import Fig, fmt, read
from provenance.extractors.records import FigureSpan

if TYPE_CHECKING:
    import pandas as pd

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
_EXACT_Q = frozenset({"exactly", "precisely"})
_EXACT_KINDS = frozenset({K.CARDINAL, K.ORDINAL, K.PERCENT, K.MONEY, K.YEAR, K.DURATION})


def find_figures(
    text: str, *, reference_date: dt.date | None = None, language: str = "en"
) -> tuple[FigureSpan, ...]:
    """Find every number in ``text``: figures, and the numbers that are not figures.

    Spans are sorted, never overlap and always slice the text
    (``text[f.start:f.end] == f.text``). A qualifier ("about", "more than") is
    part of the span; the counted noun is not, it goes in ``unit``.

    Example:
        >>> [(f.text, f.kind.value, f.value, f.unit)
        ...  for f in find_figures("about 53,000 Russian soldiers were involved")]
        [('about 53,000', 'cardinal', 53000.0, 'Russian soldiers')]
    """
    out: list[Fig] = []
    pos = 0
    floor = 0  # figures never reach back before the end of the previous one
    scan, back, digit, word = fp.SCAN, fp.BACK, fp.DIGIT_TRIGGER, fp.WORD_TRIGGER
    # Two scans, each fast on its own; the next hit of each is kept until passed.
    dig = digit.search(text)
    wt = word.search(text)
    while dig is not None or wt is not None:
        if dig is not None and dig.start() < pos:
            dig = digit.search(text, pos)
            continue
        if wt is not None and wt.start() < pos:
            wt = word.search(text, pos)
            continue
        if wt is None or (dig is not None and dig.start() <= wt.start()):
            assert dig is not None
            t, is_digit = dig, True
        else:
            t, is_digit = wt, False
        s = t.start()
        m = None
        if is_digit and s > pos and _may_start_before(text, s):
            # the figure may start before its first digit: "US$5", "F-16", "Boeing 737"
            b = back.search(text, max(pos, s - 24), s)
            if b is not None:
                m = scan.match(text, b.start())
                if m is not None and m.end() <= s:
                    m = None
        if m is None:
            m = scan.match(text, s)
            if m is None:
                pos = max(t.end(), s + 1)
                continue
        figs, end = read(text, m, reference_date, floor, with_range=True)
        for f in figs:
            f.start = max(f.start, floor)  # a safety net: spans never overlap
            if f.end > f.start:
                out.append(f)
                floor = f.end
        pos = max(end, m.start() + 1)
    return tuple(_freeze(text, f) for f in out)


def _may_start_before(text: str, s: int) -> bool:
    """Cheap test: could a name, code or letters just before ``s`` belong to the figure?"""
    c = text[s - 1]
    if c.isalpha() or c in "-/.−^$":
        return True
    if c in " \t" and s >= 2 and (text[s - 2].isalpha() or text[s - 2] == "."):
        last = text[max(0, s - 14) : s - 1].rsplit(None, 1)
        return bool(last) and last[-1][:1].isupper()
    return False


def figures_frame(text: str, *, reference_date: dt.date | None = None) -> pd.DataFrame:
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
        for f in find_figures(text, reference_date=reference_date)
    ]
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    return frame.astype(
        {"value": "float64", "lower": "float64", "upper": "float64", "approximate": "bool"}
    )


def _freeze(text: str, f: Fig) -> FigureSpan:
    value, lower, upper = (
        None if v is None or not math.isfinite(v) else v for v in (f.value, f.lower, f.upper)
    )
    if value is not None and f.kind in _EXACT_KINDS:
        value = round(value, 10)
        if f.qualifier is None or f.qualifier.lower() in _EXACT_Q:
            lower = value if lower is None else lower
            upper = value if upper is None else upper
    normalized = f.normalized
    if normalized is None:
        if f.kind is K.MONEY and value is not None:
            normalized = f"{f.unit} {fmt(value)}"
        elif f.kind in (K.IDENTIFIER, K.MARKER):
            normalized = text[f.start : f.end].strip()
        elif value is not None:
            normalized = fmt(value)
        elif lower is not None and upper is not None:
            prefix = f"{f.unit} " if f.kind is K.MONEY else ""
            normalized = f"{prefix}{fmt(lower)}/{fmt(upper)}"
    return FigureSpan(
        text=text[f.start : f.end],
        start=f.start,
        end=f.end,
        kind=f.kind,
        value=value,
        lower=None if lower is None else round(lower, 10),
        upper=None if upper is None else round(upper, 10),
        approximate=f.approximate,
        unit=f.unit,
        normalized=normalized,
        qualifier=f.qualifier,
    )
