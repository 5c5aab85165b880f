"""The tail after a cue is read as a bare adjunct only where a frame may close the words
before it (a lead ending in a comma or a quotation mark, or a quotation right before the
unit); the readings stay as they were."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.attribute import _bare_tail, _quotation_before
from provenance.extractors.claims.cues import cue_grammar, cue_info
from provenance.extractors.claims.spans import Context
from provenance.extractors.text.quotes import quote_spans

from .attributed import drafts


def test_frame_after_its_content_with_a_bare_adjunct() -> None:
    text = "The plan will fail, the minister said on Monday."
    assert drafts(text) == [("The plan will fail", "said", "the minister")]


def test_frame_inside_its_content() -> None:
    text = "The plan, the minister said, will fail badly."
    assert drafts(text) == [(text[:-1], "said", "the minister")]


def test_fronted_adjunct_is_no_content() -> None:
    text = "Later in the day, the FBI said it would cooperate."
    assert drafts(text) == [("it would cooperate", "said", "the FBI")]


def test_people_told_are_a_bare_tail() -> None:
    text = "The plan will fail, Carter told a Senate panel on Wednesday."
    assert drafts(text) == [("The plan will fail", "told", "Carter")]


def test_bare_attribution_after_a_closed_quotation() -> None:
    text = "“Why would we stop now?” Vitter demanded."
    assert drafts(text) == [("“Why would we stop now?”", "demanded", "Vitter")]


def test_cue_opening_its_content_keeps_the_clause() -> None:
    text = "The minister said on Monday that the plan would fail."
    assert drafts(text) == [("the plan would fail", "said", "The minister")]


def test_bare_tail_reading() -> None:
    lex = cue_grammar().lexicon
    assert _bare_tail(" on Monday.", cue_info("said"), lex) == (" on Monday", True)
    assert _bare_tail(" he would go.", cue_info("said"), lex)[1] is False
    assert _bare_tail(" on MSNBC’s “Morning Joe.”", cue_info("said"), lex) == (
        " on MSNBC’s T",
        True,
    )
    assert _bare_tail(" on Monday, noting the polls.", cue_info("said"), lex) == (
        " on Monday",
        True,
    )


def _quotation_before_sliced(text: str, a: int, context: Context) -> tuple[int, int] | None:
    """:func:`_quotation_before` as it read before it stopped copying ``text[:a]``."""
    end = len(text[:a].rstrip())
    if end < 3 or text[end - 1] not in '”"' or text[end - 2] not in ".!?" or "\n" in text[end:a]:
        return None
    span = context.covering(end - 1)
    if span is None or span[1] != end or end - span[0] < 10:
        return None
    return span


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["“", "”", '"', ".", "?", " ", "  ", "\n", "\u3000", "We win", "Yes"]),
        max_size=12,
    ).map("".join),
    st.integers(min_value=0, max_value=60),
)
def test_quotation_before_without_a_copy_keeps_every_answer(text: str, a: int) -> None:
    a = min(a, len(text))
    context = Context(text, quote_spans(text))
    assert _quotation_before(text, a, context) == _quotation_before_sliced(text, a, context)
