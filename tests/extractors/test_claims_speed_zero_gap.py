"""The zero relative ("charges he denies") is looked for only where a claim noun stands.

The gate must never change a result: the pattern's match, when its head is a claim noun,
is the same with and without it.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.constructions import (
    _zero_gap_re,
    _zero_heads,
    _zero_relative,
    relative_gap,
)
from provenance.lexicon.cues import cue_lexicon

LEX = cue_lexicon("en")


def _plain(text: str, floor: int, cue_start: int) -> re.Match[str] | None:
    """The search without the gate: the pattern, then the head test."""
    gap = _zero_gap_re("en").search(text, floor, cue_start)
    if gap is None:
        return None
    head = text[gap.start("np") : gap.end("np")].split()[-1].lower()
    return gap if head in {h.lower() for h in LEX.claim_heads} else None


def test_claim_noun_gap_found() -> None:
    text = "He faces charges he has denied"
    gap = _zero_relative(text, 0, text.index("denied"), LEX)
    assert gap is not None
    assert gap.group("np").split()[-1] == "charges"


def test_a_window_without_claim_noun_compiles_nothing() -> None:
    text = "The bid came after Qwest Communications, which had an earlier offer for MCI "
    _zero_gap_re.cache_clear()
    assert _zero_relative(text, 0, len(text), LEX) is None
    assert _zero_gap_re.cache_info().currsize == 0
    assert relative_gap(text, 0, len(text), LEX) is None


def test_heads_are_word_runs() -> None:
    heads, whole_words = _zero_heads("en")
    assert whole_words
    assert "charges" in heads


_WORDS = [
    "charges",
    "Charges",
    "claims",
    "it",
    "that",
    "he",
    "they",
    "Trump",
    "the",
    "company",
    "has",
    "have",
    "always",
    "strongly",
    "faces",
    "offer",
    "anti-charges",
    "charges’",
    "x-claims",
    ",",
    "which",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9), st.integers(0, 12))
def test_gate_keeps_every_result(words: list[str], cut: int) -> None:
    text = " ".join(words) + " "
    floor = min(cut, len(text))
    got = _zero_relative(text, floor, len(text), LEX)
    want = _plain(text, floor, len(text))
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert got.span("np") == want.span("np")
        assert got.span("subj") == want.span("subj")
