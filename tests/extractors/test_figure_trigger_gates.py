"""Gated word triggers: a month name or a vague determiner is a trigger only where a
figure can open.

A month name opens a figure only as a date (a digit follows: "March 3", "Jan. 5,
2020"), a vague determiner only before a scale word ("several hundred"). The scanner
used to try its master pattern after every "in March" and "some people" and fail;
the gated trigger skips those places. Compared here with the ungated trigger on
generated English and French texts: no place where the master pattern matches is
dropped, and ``find_figures`` gives the same figures.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.extractors.figures.patterns import Patterns, patterns
from provenance.extractors.text.wordscan import WordStarts, trie

_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\u00a0",
        ",",
        ".",
        ", ",
        "-",
        "(",
        "1",
        "3",
        "12",
        "2019",
        "1,500",
        "3rd",
        "March",
        "Mar",
        "Mar.",
        "May",
        "June",
        "Sept",
        "Sep.",
        "September",
        "MARCH",
        "march",
        "some",
        "Some",
        "SOME",
        "many",
        "several",
        "a few",
        "A few",
        "a Few",
        "a couple",
        "a couple of",
        "of",
        "hundred",
        "Hundred",
        "thousands",
        "million",
        "dozen",
        "people",
        "one",
        "two",
        "a year",
        "XXI",
        "juin",
        "mai",
        "mars",
        "janv.",
        "plusieurs",
        "quelques",
        "Quelques",
        "centaines",
        "mille",
        "sept",
        "é",
    ]
)


def _ungated(p: Patterns) -> WordStarts:
    """The word trigger as it was before the gates: the same words, no lookaheads."""
    return WordStarts(p.TRIGGER_WORDS, tail=r"(?![^\W\d_])")


def _starts(trigger: WordStarts, text: str) -> list[int]:
    starts, hit = [], trigger.search(text)
    while hit is not None:
        starts.append(hit[0])
        hit = trigger.search(text, hit[0] + 1)
    return starts


@settings(max_examples=600, deadline=None)
@given(
    st.lists(_PIECES, max_size=12),
    st.sampled_from(["", " ", "\n"]),
    st.sampled_from(["en", "fr"]),
)
@example(["In", "March", "2019", "some", "hundred", "people"], " ", "en")
@example(["Jan.", "5,", "2020"], " ", "en")
@example(["a couple of", "people", "a couple of", "hundred"], " ", "en")
@example(["le", "3", "mai", "quelques", "centaines"], " ", "fr")
@example(["some", "1", "May", "-", "5", "several", "/", "3", "juin", ".", "2"], "", "en")
@example(["some", "1"], "", "en")
def test_gated_triggers_keep_every_place_a_figure_opens(
    pieces: list[str], joiner: str, language: str
) -> None:
    """Gated starts are ungated starts, and every ungated start where ``SCAN_AT_WORD``
    matches is kept; the scanner finds the same figures with either trigger."""
    text = joiner.join(pieces)
    p = patterns(language)
    gated, plain = _starts(p.WORD_TRIGGER, text), _starts(_ungated(p), text)
    assert set(gated) <= set(plain)
    opened = [s for s in plain if p.SCAN_AT_WORD.match(text, s) is not None]
    assert set(opened) <= set(gated), (text, opened, gated)
    found = find_figures(text, language=language)
    gated_trigger = p.WORD_TRIGGER
    p.WORD_TRIGGER = _ungated(p)  # the cached patterns, restored below
    try:
        assert find_figures(text, language=language) == found
    finally:
        p.WORD_TRIGGER = gated_trigger


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("It opened in March and closed in May.", []),
        ("It opened on March 3 and closed in May 2020.", [13, 35]),
        ("Due Jan. 5, 2020 or Sept\u00a012.", [4, 20]),
        ("Some people and many more came; several hundred stayed.", [32, 40]),
        ("A few thousand, a few days, SOME MILLION.", [0, 6, 28, 33]),
        ("a couple of people, a couple of hundred", [0, 20, 32]),
        ("codes some1, May-2 and Many/3", [6, 13, 23]),
    ],
)
def test_month_and_determiner_triggers_fire_only_before_a_reading(
    text: str, starts: list[int]
) -> None:
    assert _starts(patterns("en").WORD_TRIGGER, text) == starts


def test_gates_leave_words_that_are_other_triggers_alone() -> None:
    """A gated word is a month name or a vague determiner and no other trigger word."""
    for language in ("en", "fr"):
        p = patterns(language)
        assert p.TRIGGER_GATES
        others = set(p.TRIGGER_WORDS) - set(p.TRIGGER_GATES)
        assert not {w.lower() for w in p.TRIGGER_GATES} & {w.lower() for w in others}


_GATE_PIECES = st.sampled_from(["may", "maybe", "Ma", "be", " ", "5", "x", ".", "é"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_GATE_PIECES, max_size=10), st.integers(0, 20))
@example(["may", " ", "5"], 0)
@example(["maybe", " ", "x"], 0)
def test_gated_trie_equals_the_plain_alternation(pieces: list[str], pos: int) -> None:
    """A word's gate is the lookahead after it in a longest-first alternation."""
    text = "".join(pieces)
    words, gates = ["may", "maybe", "Ma", "be"], {"may": r"(?=[ \t]*\d)", "be": "(?=x)"}
    listed = sorted(words, key=len, reverse=True)
    plain = re.compile(
        r"\b(?:" + "|".join(re.escape(w) + gates.get(w, "") for w in listed) + r")(?!\w)"
    )
    fast = WordStarts(words, tail=r"(?!\w)", gates=gates)
    m = plain.search(text, pos)
    assert fast.search(text, pos) == (m.span() if m else None)
    assert fast.findall(text) == [(m.start(), m[0]) for m in plain.finditer(text)]
    assert re.fullmatch(trie(words, gates), "maybe") is not None
