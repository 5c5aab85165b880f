"""The coordinated-report cut seeks the next cue's subject only where a comma or a
coordinator between white space stands before that cue: every match of its patterns
holds one of the two, and lies before the subject, inside the content. Readings of
coordinated and plain reports stay as they were."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.coordination import (
    _WINDOW,
    _bare_coordinator_re,
    _coordinator_re,
    _spaced_coordinator,
    coordinated_report,
)
from provenance.extractors.claims.subjects import find_subject

from .attributed import drafts

_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", ",", ",”", ',"', "“", '"', "and", "AND", "And", "band", "but",
     "But", "yet", "while", "While", "whereas", "compared with", "compared\nto", "Smith",
     "three-quarters", "officials", "he", "said", "the plan", ".", "ſ", "K"]
)  # fmt: skip


def _gated(text: str, start: int, end: int) -> bool:
    """What the gate reads: no comma and no spaced coordinator in ``[start, end)``."""
    return text.find(",", start, end) < 0 and not _spaced_coordinator("en").search(text, start, end)


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join), st.data())
def test_no_coordinator_match_ends_in_a_gated_stretch(text: str, data: st.DataObject) -> None:
    """Where the gate holds for ``[start, end)``, neither pattern matches in any window the
    cut searches inside it (ending at any place a subject could start)."""
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    if not _gated(text, start, end):
        return
    clause, bare = _coordinator_re("en"), _bare_coordinator_re("en")
    assert clause is not None
    assert bare is not None
    for s0 in range(start, end + 1):
        lo = max(start, s0 - _WINDOW)
        assert clause.search(text, lo, s0) is None
        assert bare.search(text, lo, s0) is None


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join), st.data())
def test_a_subject_lies_between_the_floor_and_its_cue(text: str, data: st.DataObject) -> None:
    """The gate reads only ``[start, cue_start)``: the subject the cut ends before lies there."""
    floor = data.draw(st.integers(min_value=0, max_value=len(text)))
    cue = data.draw(st.integers(min_value=floor, max_value=len(text)))
    span = find_subject(text, floor, cue)
    if span is not None:
        assert floor <= span[0] <= span[1] <= cue


def test_coordinated_reports_are_still_cut() -> None:
    """Each coordinator form still ends the first report's content; its neighbours do not."""
    text = "Most said Clinton is honest, and three-quarters said the same of Sanders."
    end = coordinated_report(text, 10, text.index("said the"))
    assert end is not None
    assert text[10:end] == "Clinton is honest"
    text = "He said the plan works while officials said it failed."
    end = coordinated_report(text, 8, text.index("said it"))
    assert end is not None
    assert text[8:end] == "the plan works"
    text = "He denied meddling and Trump has said it happened."
    end = coordinated_report(text, 10, text.index("has said"), bare=True)
    assert end is not None
    assert text[10:end] == "meddling"
    # no coordinator before the subject: nested, not cut ("said officials told him X")
    text = "He said officials told him the plan works."
    assert coordinated_report(text, 8, text.index("told")) is None
    # "band" holds "and" but no coordinator between white space
    text = "He said the band Smith said."
    assert coordinated_report(text, 8, text.index("said.")) is None


def test_gate_leaves_readings() -> None:
    """A report with no comma or coordinator in its content reads as before."""
    assert drafts("Officials said the bridge was closed.") == [
        ("the bridge was closed", "said", "Officials")
    ]
    assert drafts("Smith said taxes rose, and Jones said they fell.") == [
        ("taxes rose", "said", "Smith"),
        ("they fell", "said", "Jones"),
    ]
