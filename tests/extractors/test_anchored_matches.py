"""``anchored_matches`` finds exactly what ``finditer`` finds, for the patterns that use it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.evidence_participles import _pattern as evidence_pattern
from provenance.extractors.claims.passive_agents import _fronted_pattern
from provenance.extractors.text.wordscan import anchored_matches, may_hold_any, may_match_lowered
from provenance.lexicon.cues import cue_lexicon

_LEX = cue_lexicon("en")
_WORDS = st.sampled_from(
    [
        *_LEX.question_participles,
        *(w.upper() for w in _LEX.question_participles),
        *(w.title() for w in _LEX.question_participles),
        *_LEX.question_lead_subordinators,
        *(w.lower() for w in _LEX.question_lead_subordinators),
        *_LEX.passive_auxiliaries,
        *_LEX.question_openers[:5],
        *_LEX.evidence_participle_heads[:8],
        *(w.title() for w in _LEX.evidence_participle_heads[:4]),
        *_LEX.evidence_participles,
        "by",
        "that",
        "unasked",
        "pollster",
        "Whenasked",
        "Trump",
        "said",
        ",",
        ".",
        "“",
        "(",
        "İ",
        "ſ",
        "x_asked",
    ]
)
_SPACES = st.sampled_from([" ", "  ", "\n", "\t", " \u00a0", ""])


def _text(words: list[str], spaces: list[str]) -> str:
    return "".join(w + s for w, s in zip(words, spaces, strict=False))


def _same(pattern: re.Pattern[str], text: str, anchors: tuple[str, ...], before: bool) -> None:
    want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    found = anchored_matches(pattern, text, anchors, word_before=before)
    got = [(m.span(), m.groupdict()) for m in found]
    assert got == want


@settings(max_examples=600, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14), st.lists(_SPACES, min_size=14, max_size=14))
def test_fronted_questions_match_as_finditer(words: list[str], spaces: list[str]) -> None:
    """Participles in any case, with or without their one-word lead, and their neighbours."""
    pattern = _fronted_pattern("en")
    assert pattern is not None
    _same(pattern, _text(words, spaces), _LEX.question_participles, True)


@settings(max_examples=600, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14), st.lists(_SPACES, min_size=14, max_size=14))
def test_evidence_participles_match_as_finditer(words: list[str], spaces: list[str]) -> None:
    """Evidence nouns in any case before their participle, and words holding them."""
    _same(evidence_pattern("en"), _text(words, spaces), _LEX.evidence_participle_heads, False)


def test_forms_and_neighbours() -> None:
    """A lead word is taken; a participle inside a word, or a lead joined to it, is not."""
    pattern = _fronted_pattern("en")
    assert pattern is not None
    text = "When asked whether he ran, unasked whether, Whenasked about it, he was Asked about X."
    found = anchored_matches(pattern, text, _LEX.question_participles, word_before=True)
    got = [m.group(0) for m in found]
    assert got == [m.group(0) for m in pattern.finditer(text)]
    assert got[0].startswith("When asked")
    assert all("unasked" not in g for g in got)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14), st.lists(_SPACES, min_size=14, max_size=14))
def test_lowered_text_handed_in_changes_nothing(words: list[str], spaces: list[str]) -> None:
    """``low=text.lower()`` (lowered once by the caller) gives the answers of lowering here."""
    text = _text(words, spaces)
    low = text.lower()
    anchors = _LEX.question_participles
    assert may_hold_any(text, anchors, low=low) == may_hold_any(text, anchors)
    hint = re.compile(r"asked\s+by\s")
    assert may_match_lowered(text, hint, low=low) == may_match_lowered(text, hint)
    pattern = _fronted_pattern("en")
    assert pattern is not None
    want = [m.span() for m in anchored_matches(pattern, text, anchors, word_before=True)]
    got = anchored_matches(pattern, text, anchors, word_before=True, low=low)
    assert [m.span() for m in got] == want


def test_may_hold_any_forms_and_neighbours() -> None:
    """A participle in any case is held; one inside no text, or another word, is not."""
    assert may_hold_any("He was ASKED by them.", ("asked",), low="he was asked by them.")
    assert not may_hold_any("He was tasked.", ("asks",), low="he was tasked.")
    assert may_match_lowered("Asked  by X", re.compile(r"asked\s+by\s"), low="asked  by x")
    assert not may_match_lowered("Asked of X", re.compile(r"asked\s+by\s"), low="asked of x")
