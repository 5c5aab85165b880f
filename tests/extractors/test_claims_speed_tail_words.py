"""A cue's tail is read in place: the pointing-object test on a span of the text gives
what it gave on the span cut out, and the tail's first word is read once.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.attribute import _points_back, attribute
from provenance.extractors.claims.cues import cue_grammar

_PIECES = st.sampled_from(
    [" ", "  ", "\n", "this", "This", "week", "on", "Monday", "in", "Abuja", ",", ".", "he", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=10), st.integers(0, 40), st.integers(0, 40))
def test_points_back_in_place_equals_on_the_cut_span(pieces: list[str], lo: int, hi: int) -> None:
    text = "".join(pieces)
    lex = cue_grammar().lexicon
    assert _points_back(text, lex, lo, hi) == _points_back(text[lo:hi], lex)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a nominative pronoun after the cue opens its clause: the content follows
        ("The plan failed, Smith said he thought.", "he thought"),
        # a pointing object then an adjunct: the content is the report before the cue
        ("The plan will fail. Mr Okoye said this on Monday.", "this"),
    ],
)
def test_tail_first_word_decides_the_reading(text: str, content: str) -> None:
    drafts = attribute(text, [(0, len(text))])
    assert content in [text[d.start : d.end] for d in drafts]
