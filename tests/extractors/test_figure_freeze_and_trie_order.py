"""Speed rewrites that must give what the code they replace gave.

- ``_freeze`` checks and rounds only the bounds a figure has, and does not round twice
  a bound that is the rounded value; ``_freeze_as_it_was`` below is the code it replaces.
- ``trie`` orders a node's branches lower-case first; branches opening with different
  characters never match at one position, so the matches are those of the sorted order.
- ``WordStarts`` tests a word character with ``str.isalnum``, as ``\\w`` does.
- The fiscal-year and decade patterns of ``_digits`` run only where they can match.
"""

from __future__ import annotations

import math
import re
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.enums import FigureKind
from provenance.extractors.figures.context import Fig
from provenance.extractors.figures.patterns import patterns
from provenance.extractors.figures.reader import _FISCAL_YEAR, fmt
from provenance.extractors.figures.scan import (
    _figure_span,
    _freeze,
    _round10,
    _round_tiny,
    find_figures,
)
from provenance.extractors.records import FigureSpan
from provenance.extractors.text.wordscan import WordStarts, _is_word_char, trie

K = FigureKind
# a multiple ("twice as many") was a cardinal before it had a kind of its own: exact as one
_EXACT_KINDS = frozenset(
    {K.CARDINAL, K.ORDINAL, K.PERCENT, K.MONEY, K.YEAR, K.DURATION, K.MULTIPLE}
)


def _finite(v: float | None) -> float | None:
    return None if v is None or not math.isfinite(v) else v


def _rounded(v: float) -> float:
    """Ten places, or ten significant digits closer to zero than 0.0001 (since stop 46: the
    share of "1 in 292.2 million")."""
    return _round10(v) if not -1e-4 < v < 1e-4 else _round_tiny(v)


def _freeze_as_it_was(text: str, f: Fig) -> FigureSpan:
    p = patterns("en")
    value, lower, upper = _finite(f.value), _finite(f.lower), _finite(f.upper)
    if value is not None and f.kind in _EXACT_KINDS:
        value = _rounded(value)
        exact = f.qualifier is None and not f.approximate
        if exact or p.qualifier_class(f.qualifier or "") == "exact":
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
    return _figure_span(
        text[f.start : f.end],
        f.start,
        f.end,
        f.kind,
        value,
        None if lower is None else _rounded(lower),
        None if upper is None else _rounded(upper),
        f.approximate,
        f.unit,
        normalized,
        f.qualifier,
    )


# Floats, as ``Fig`` annotates its numbers: the reader gives no int (none of 25,380 figures
# of the BBC set at stop 37), and compiled (mypyc) an int stored where a float is annotated
# becomes a float, so an int here would test an input the code never gets.
_NUMBERS = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**6), 10**6).map(float),
    st.builds(lambda n, d: n / d, st.integers(-(10**6), 10**6), st.integers(1, 10**3)),
)


def _fields(span: FigureSpan) -> list[Any]:
    """The fields, with NaN made comparable and the sign of zero kept."""
    out: list[Any] = []
    for name in FigureSpan.__dataclass_fields__:
        v = getattr(span, name)
        if isinstance(v, float):
            v = ("nan",) if math.isnan(v) else (v, math.copysign(1.0, v), type(v))
        elif isinstance(v, int) and not isinstance(v, bool):
            v = (v, type(v))
        out.append(v)
    return out


@settings(max_examples=1500, deadline=None)
@given(
    kind=st.sampled_from(list(K)),
    value=_NUMBERS,
    lower=_NUMBERS,
    upper=_NUMBERS,
    same=st.sampled_from(["", "lower", "upper", "both"]),
    qualifier=st.sampled_from([None, "about", "more than", "exactly", "between", "up to"]),
    approximate=st.booleans(),
    unit=st.sampled_from([None, "USD", "people"]),
)
@example(K.CARDINAL, 0.1 + 0.2, None, None, "both", None, False, None)
@example(K.DATE, 0.1 + 0.2, None, None, "both", None, False, None)
@example(K.YEAR, 1980.0, None, 1989.0, "lower", None, False, None)
@example(K.CARDINAL, math.inf, 1.5, None, "", None, False, None)
def test_freeze_equals_the_freeze_it_replaces(
    kind: FigureKind,
    value: float | None,
    lower: float | None,
    upper: float | None,
    same: str,
    qualifier: str | None,
    approximate: bool,
    unit: str | None,
) -> None:
    """Bounds that are the very value object (as the reader sets them) are covered too."""
    text = "It was about 12.5 million people."
    f = Fig(13, 17, kind, value)
    f.lower = value if same in ("lower", "both") else lower
    f.upper = value if same in ("upper", "both") else upper
    f.qualifier, f.approximate, f.unit = qualifier, approximate, unit
    assert _fields(_freeze(text, f, patterns("en"))) == _fields(_freeze_as_it_was(text, f))


def _sorted_trie(words: list[str]) -> str:
    """``trie`` as it was: every node's branches in code point order."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = ""

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        end = node.get("")
        if not alts:
            return end or ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end is None:
            return body
        return "(?:" + body + ")?" if not end else "(?:" + body + "|" + end + ")"

    return emit(tree) or r"(?!x)x"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text(alphabet="aAbB-é", min_size=1, max_size=4), min_size=1, max_size=8),
    st.text(alphabet="aAbB-é ", max_size=30),
)
@example(["Said", "said", "says", "SAID"], "He said SAID Said says")
def test_lower_case_first_trie_finds_what_the_sorted_trie_finds(
    words: list[str], text: str
) -> None:
    ours = re.compile(r"\b(?:" + trie(words) + ")")
    sorted_order = re.compile(r"\b(?:" + _sorted_trie(words) + ")")
    assert [m.span() for m in ours.finditer(text)] == [
        m.span() for m in sorted_order.finditer(text)
    ]


def test_trie_tries_lower_case_branches_first() -> None:
    assert trie(["Said", "said", "told"]) == "(?:said|told|Said)"


@settings(max_examples=2000, deadline=None)
@given(st.characters())
@example("_")
@example("²")
@example("٣")
@example("ſ")
def test_word_char_test_equals_the_pattern(c: str) -> None:
    assert _is_word_char(c) == (re.match(r"\w", c) is not None)


def test_word_starts_skips_a_word_after_a_letter_outside_ascii() -> None:
    """The ASCII scan's hit after "é" is inside a word: it is passed over."""
    scan = WordStarts(["said"], tail=r"(?!\w)")
    assert scan.search("résaid; he said") == (11, 15)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789/ ", max_size=10))
@example("1987/88")
@example("2003/4")
def test_a_fiscal_year_holds_a_slash(written: str) -> None:
    assert _FISCAL_YEAR.fullmatch(written) is None or "/" in written


def test_decades_are_read_only_from_two_or_four_digits_ending_in_zero() -> None:
    def read(text: str) -> list[tuple[str, str, str | None]]:
        return [(f.text, f.kind.value, f.normalized) for f in find_figures(text)]

    assert read("It began in the 1980s.") == [("1980s", "year", "198X")]
    assert read("Music of the '90s returned.") == [("'90s", "year", "199X")]
    assert read("He was in his 40s then.")[0][:2] == ("40s", "cardinal")
    assert read("They flew 737s and 15s.")[0][1] != "year"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aÉß -\t\u00a0İ", max_size=12))
@example("Quatre-Vingt  dix")
@example("twenty")
def test_norm_of_one_word_equals_the_folded_form(word: str) -> None:
    from provenance.extractors.figures.numwords import _SEP, norm

    assert norm(word) == _SEP.sub(" ", word.lower()).strip()


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="0123456789,. '’\u00a0\u202f", min_size=1, max_size=12), st.booleans())
@example("53,000.5", True)
@example("1'234", True)
@example("53 000,5", False)
def test_plain_number_skips_only_the_spaces_it_does_not_hold(written: str, english: bool) -> None:
    from provenance.extractors.figures.reader import _SPACES, _plain

    decimal = "." if english else ","

    def as_it_was() -> float | str:
        s = written if written.isdigit() else _SPACES.sub("", written)
        try:
            if decimal == ".":
                return float(s.replace(",", ""))
            if s.count(".") > 1:
                s = s.replace(".", "")
            elif "." in s and decimal not in s and len(s) - s.index(".") != 4:
                return float(s)
            return float(s.replace(".", "").replace(decimal, "."))
        except ValueError:
            return "error"

    try:
        got: float | str = _plain(written, decimal)
    except ValueError:
        got = "error"
    assert got == as_it_was()
