"""split_caption's cheap test before the caption regex: the same answers, fewer regex calls."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.ingest.decode import collapse
from provenance.ingest.wire import _caption_re, _labelled_tail, split_caption
from provenance.lexicon.credits import credit_lexicon


def _regex_only(paragraph: str) -> tuple[str, str] | None:
    """split_caption as it was before the cheap test: the regex on every paragraph ending in ")"."""
    text = paragraph.strip()
    if not text.endswith(")"):
        return None
    match = _caption_re().match(text)
    if not match:
        return None
    credit = collapse(match.group("credit"))
    if not credit:
        return None
    return collapse(match.group("caption")), credit


def test_no_caption_label_holds_a_parenthesis() -> None:
    """The cheap test reads the text after the last "(": it holds only if no label has one."""
    labels = [p.words for p in credit_lexicon().prefixes.values() if p.wire_caption]
    assert labels
    assert not [w for w in labels if "(" in w or ")" in w]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The minister spoke (BBC)", False),
        ("Prices rose (see the chart below)", False),
        ("The harbour at dawn (Photo: Ann Lee / AFP)", True),
        ("The harbour at dawn (PHOTOGRAPH BY Ann Lee)", True),
        ("He left (by car)", True),  # the test lets it through; the regex says no
    ],
)
def test_labelled_tail(paragraph: str, expected: bool) -> None:
    assert _labelled_tail(paragraph) is expected


def test_a_paragraph_without_a_label_needs_no_regex() -> None:
    """A paragraph ending in "(BBC)" is answered without building the caption regex."""
    _caption_re.cache_clear()
    try:
        assert split_caption("Viewers can watch it on BBC One (BBC)") is None
        assert _caption_re.cache_info().currsize == 0
    finally:
        _caption_re.cache_clear()


_PIECES = st.sampled_from(
    [
        *["(", ")", ":", " ", "by", "BY", "By ", "Photo", "photo", "Foto", "Source", "Credit"],
        *["AFP", "/", "x", "Ann Lee", ".", "\n", "（", "bY", "ph", "：", "ø", "\u00a0"],
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_same_answer_as_the_regex_alone(paragraph: str) -> None:
    assert split_caption(paragraph) == _regex_only(paragraph)
    assert split_caption(paragraph + ")") == _regex_only(paragraph + ")")
