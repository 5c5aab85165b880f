"""Proportions: "one in five", "9 out of 10", "un Belge sur cinq" are one figure, the share.

The scanner reads the two numbers of a proportion as two counts; :func:`join_proportions`
makes one figure of each such pair once a text is read, its value the first number over
the second (0.2 for "one in five", as the wire guideline annotates "Less than one in 10":
0.1), with the first number's qualifier and bounds scaled alike, and the second's counted
noun. The words between the numbers are language data (``ratio_words``; ``ratio_noun_gap``
lets the counted noun sit between them after a one: "un Français sur cinq").
"""

from __future__ import annotations

import operator
import re
from itertools import compress, repeat
from typing import TYPE_CHECKING

from provenance.enums import CARDINAL as _CARDINAL
from provenance.enums import DURATION as _DURATION
from provenance.extractors.figures.context import Fig, fmt

if TYPE_CHECKING:
    from provenance.extractors.figures.patterns import Patterns

__all__ = ["GAP_WORD", "join_proportions", "ratio_first"]

#: one word after a space: the noun counted between a proportion's numbers ("un *Français* sur")
GAP_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def ratio_first(text: str, e: int, p: Patterns) -> bool:
    """A number ending at ``e`` that is the first number of a proportion: "un sur cinq".

    With ``ratio_noun_gap``, the noun counted may sit between ("un Français sur cinq"), but
    not when a plural noun follows the second number ("un accord sur deux points": "sur" is
    "on") or a time unit ("un rapport sur 20 ans").
    """
    if p.RATIO_AFTER is None:
        return False
    r = p.RATIO_AFTER.match(text, e)
    gap = None if r is not None or not p.lex.ratio_noun_gap else GAP_WORD.match(text, e)
    if gap is not None:  # "un Français sur cinq": the noun counted sits between
        r = p.RATIO_AFTER.match(text, gap.end())
    if r is None:
        return False
    n = p.SCAN.match(text, r.end())
    if n is None or n.lastgroup not in ("num", "words"):
        return False
    if gap is None:
        return True
    nxt = GAP_WORD.match(text, n.end())  # "un accord sur deux points": "sur" is "on"
    word = nxt.group(1).lower() if nxt is not None else ""
    if word in p.lex.durations:
        return False  # "un rapport sur 20 ans"
    return not (len(word) > 3 and word[-1] in "sx" and word not in p.lex.stop_words)


def _whole(f: Fig, text: str = "") -> bool:
    """A whole count; with ``text``, also a span of years hyphenated to a proportion's link
    before it, whose second number it is ("a 1-in-*100-year* flood")."""
    kind = f.kind is _CARDINAL or (f.kind is _DURATION and text[f.start - 1 : f.start] == "-")
    return kind and f.value is not None and f.value >= 1 and f.value.is_integer()


def _pair(text: str, a: Fig, b: Fig, p: Patterns) -> bool:
    """``a`` and ``b`` are the two numbers of one proportion."""
    if p.RATIO_AFTER is None or b.start - a.end > 40 or not (_whole(a) and _whole(b, text)):
        return False
    assert a.value is not None
    assert b.value is not None
    if a.value >= b.value or b.qualifier is not None:
        return False
    if p.RATIO_AFTER.fullmatch(text, a.end, b.start):
        return a.unit is None  # "one in five", "9 out of 10", "neuf sur dix"
    if a.value != 1 or not p.lex.ratio_noun_gap:
        return False
    gap = GAP_WORD.match(text, a.end, b.start)  # "un Belge sur cinq", "1 sinistre sur 4"
    return (
        gap is not None
        and a.unit in (None, gap.group(1))
        and p.RATIO_AFTER.fullmatch(text, gap.end(), b.start) is not None
        and ratio_first(text, a.end, p)
    )


def _share(a: Fig, b: Fig) -> Fig:
    """One figure of the proportion ``a`` in ``b``: the share, with ``a``'s qualifier."""
    assert a.value is not None
    assert b.value is not None
    whole = b.value
    f = Fig(a.start, b.end, _CARDINAL, a.value / whole)
    f.lower = None if a.lower is None else a.lower / whole
    f.upper = None if a.upper is None else a.upper / whole
    f.qualifier, f.approximate, f.unit = a.qualifier, a.approximate, b.unit or a.unit
    f.normalized = f"{fmt(a.value)}/{fmt(whole)}"
    return f


def join_proportions(text: str, figs: list[Fig], p: Patterns) -> list[Fig]:
    """``figs`` (in text order) with each proportion's two numbers made one figure.

    Example:
        >>> from provenance.extractors.figures.patterns import patterns
        >>> p = patterns("en")
        >>> a, b = Fig(0, 3, _CARDINAL, 1.0), Fig(7, 11, _CARDINAL, 5.0)
        >>> [(f.start, f.end, f.value) for f in join_proportions("one in five", [a, b], p)]
        [(0, 11, 0.2)]
    """
    links = p.RATIO_LINKS
    if not links or len(figs) < 2:
        return figs
    # the first numbers that may open one, found without a Python step per figure: a link
    # right after ("one *in* five"), or a one before a noun counted ("un Belge sur cinq")
    firsts = range(len(figs) - 1)
    at = set(compress(firsts, map(text.startswith, repeat(links), map(_END, figs))))
    if p.lex.ratio_noun_gap:
        at.update(compress(firsts, map(operator.eq, map(_VALUE, figs), repeat(1.0))))
    pairs = [i for i in sorted(at) if _pair(text, figs[i], figs[i + 1], p)]
    if not pairs:
        return figs
    out = list(figs)
    for i in reversed(pairs):  # from the end: a pair's indices stay put
        if out[i + 1] is figs[i + 1]:  # not taken by the pair after ("1 in 2 in 3")
            out[i : i + 2] = [_share(figs[i], figs[i + 1])]
    return out


_END = operator.attrgetter("end")
_VALUE = operator.attrgetter("value")
