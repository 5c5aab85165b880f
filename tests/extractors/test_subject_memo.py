"""The per-text memo of ``find_subject`` (feat/fspeed19): the same answers, each found once."""

from __future__ import annotations

import gc
import weakref

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import spans
from provenance.extractors.claims.attribute import attribute
from provenance.extractors.claims.coordination import coordinated_report
from provenance.extractors.claims.spans import Context
from provenance.extractors.claims.subjects import find_subject

_WORDS = st.sampled_from(
    ["Smith", "he", "officials", "the", "bank", "said", "and", ",", "who", "Mr", "Blair"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12), st.data())
def test_memo_answers_as_find_subject(words: list[str], data: st.DataObject) -> None:
    """Asked twice or more, in any order, the memo gives ``find_subject``'s answer."""
    text = " ".join(words)
    context = Context(text)
    for _ in range(4):
        cue = data.draw(st.integers(0, len(text)))
        floor = data.draw(st.integers(0, cue))
        assert context.subject(text, floor, cue) == find_subject(text, floor, cue)
        assert context.subject(text, floor, cue) == find_subject(text, floor, cue)


def test_memo_finds_each_subject_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []

    def counted(text: str, floor: int, cue: int) -> tuple[int, int] | None:
        calls.append((floor, cue))
        return find_subject(text, floor, cue)

    monkeypatch.setattr(spans, "find_subject", counted)
    text = "Most said Clinton is honest, and Sanders said no."
    context = Context(text)
    cue = text.index("said no")
    first = context.subject(text, 10, cue)
    assert first is not None
    assert text[first[0] : first[1]] == "Sanders"
    assert context.subject(text, 10, cue) == first
    assert calls == [(10, cue)]
    # another window is another question; another text is answered afresh, never kept
    context.subject(text, 0, cue)
    other = "Most said Clinton is honest, and Sanders said no!"
    assert context.subject(other, 10, cue) == first
    assert calls == [(10, cue), (0, cue), (10, cue)]
    assert len(context._subjects) == 2


def test_coordinated_report_through_the_memo() -> None:
    text = "Most said Clinton is honest, and three-quarters said the same of Sanders."
    context = Context(text)
    cue = text.index("said the")
    memo = coordinated_report(text, 10, cue, subject_of=context.subject)
    assert memo == coordinated_report(text, 10, cue)
    assert text[10:memo] == "Clinton is honest"
    assert (10, cue) in context._subjects


def test_attribution_keeps_no_text_alive() -> None:
    """The memo lives with one attribution's context: nothing holds the text after it."""

    class Text(str):
        __slots__ = ("__weakref__",)

    text = Text("Officials said the bridge would reopen, and the mayor said it was safe.")
    ref = weakref.ref(text)
    drafts = attribute(text, [(0, len(text))])
    assert [text[d.start : d.end] for d in drafts]
    del text, drafts
    gc.collect()
    assert ref() is None
