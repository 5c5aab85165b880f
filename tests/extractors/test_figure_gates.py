"""The first-character gates before the scale and currency patterns after a number.

``may_open(openers, c)`` says False only where the gated pattern cannot match: every
character that opens a match is among the openers (or outside ASCII). Checked on generated
texts of scale words, currency words, codes, symbols and spaces, in English and French,
and on each ASCII character before each such word.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.extractors.figures.patterns import Patterns, may_open, patterns
from provenance.lexicon.currencies import currency_table
from provenance.lexicon.numbers import number_lexicon


def _gated(p: Patterns) -> list[tuple[re.Pattern[str], frozenset[str]]]:
    return [(p.SCALE_AFTER, p.SCALE_OPENERS), (p.CURRENCY_AFTER, p.CURRENCY_AFTER_OPENERS)]


def _words(language: str) -> list[str]:
    lex, cur = number_lexicon(language), currency_table(language)
    return sorted(
        {
            *lex.scale_words,
            *cur.words,
            *cur.subunits,
            *cur.adjectives,
            *cur.codes,
            *cur.symbol_forms,
        }
    )


_LANGUAGES = ["en", "fr"]


@pytest.mark.parametrize("language", _LANGUAGES)
def test_a_closed_gate_means_no_match_before_any_word(language: str) -> None:
    """Each ASCII character, then each scale or currency word (as written, upper-cased,
    capitalized): where the gate is closed the pattern does not match."""
    p = patterns(language)
    words = _words(language)
    forms = {f for w in words for f in (w, w.upper(), w.capitalize())}
    for pattern, openers in _gated(p):
        for c in map(chr, range(128)):
            if may_open(openers, c):
                continue
            for w in forms:
                for text in (c + w, c + " " + w, c + w + " x"):
                    assert pattern.match(text) is None, (pattern.pattern[:40], text)


def test_the_gate_opens_on_spaces_and_outside_ascii() -> None:
    p = patterns("en")
    for _, openers in _gated(p):
        assert all(may_open(openers, c) for c in " \t\n\u00a0\u202fé€")
        assert not may_open(openers, "")
    assert not may_open(p.SCALE_OPENERS, "%")
    assert may_open(p.SCALE_OPENERS, "m")
    assert may_open(p.SCALE_OPENERS, "-")


_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", "\u00a0", "-", "%", ".", ",", "(", ")", "$", "€", "£", "x", "5",
     "million", "Million", "bn", "m", "k", "lakh", "crore", "dollars", "euros", "US", "USD",
     "Canadian", "pence", "p", "cents", "milliards", "livres", "de", "d'", "CA$", "’"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=8), st.sampled_from(_LANGUAGES))
def test_a_closed_gate_means_no_match_on_generated_text(pieces: list[str], language: str) -> None:
    p = patterns(language)
    text = "".join(pieces)
    for pattern, openers in _gated(p):
        for e in range(len(text) + 1):
            if not may_open(openers, text[e : e + 1]):
                assert pattern.match(text, e) is None, (text, e)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Prices rose 5% to $4.5bn, or 10 million dollars.", ["percent", "money", "money"]),
        ("It cost 10 lakh crore rupees; 5%.", ["money", "percent"]),
        ("About 3 million. Then 7%, 8 pct", ["cardinal", "percent", "percent"]),
    ],
)
def test_figures_after_the_gates(text: str, kinds: list[str]) -> None:
    """Scales, currencies and percents after numbers read as before the gates."""
    assert [f.kind.value for f in find_figures(text)] == kinds


_SIGNED_PIECES = st.sampled_from(
    ["CN¥", "JP¥", "GH₵", "E£", "¥", "£", "5", " ", "x", "GH", "CN", "E", "a", "US$", "-"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SIGNED_PIECES, max_size=8), st.sampled_from(_LANGUAGES))
def test_currency_prefix_matches_as_with_one_look_back_per_symbol(
    pieces: list[str], language: str
) -> None:
    """The currency symbols of letters and a sign ("CN¥") share one look back in
    ``CURRENCY_PREFIX``: the same matches as one look back written before each."""
    p = patterns(language)
    forms = currency_table(language).symbol_forms
    singles = {s for s in forms if len(s) == 1 and s != "$"}
    signed = [s for s in forms if len(s) > 1 and s[-1] in singles and s[:-1].isalpha()]
    if not signed:
        return
    shared = "(?<![A-Za-z])(?:" + "|".join(map(re.escape, signed)) + ")"
    assert shared in p.CURRENCY_PREFIX
    each = re.compile("|".join("(?<![A-Za-z])" + re.escape(s) for s in signed))
    text = "".join(pieces)
    for i in range(len(text) + 1):
        a, b = re.compile(shared).match(text, i), each.match(text, i)
        assert (a and a.span()) == (b and b.span())
