"""The shortcuts of ``find_subject`` (feat/fspeed15) against the code they replace.

Each guard only decides whether a pattern or a helper is tried: it must answer False
only where the pattern finds nothing, or where the helper returns its input.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.subjects import (
    _ASIDE_CLOSERS,
    _ROLES,
    _SUBJECT_ADJUNCT,
    _may_end_in_adjunct,
    _named_before_title,
    _skip_parenthetical,
    _time_lead,
    find_subject,
)

_PIECES = st.sampled_from(
    [
        "Sanders",
        "Mr Blair",
        " ",
        "  ",
        "\n",
        "\u00a0",
        "on",
        "last",
        "this",
        "in",
        "earlier",
        "later",
        "Tuesday",
        "Monday",
        "week",
        "year",
        "morning",
        "night",
        "2010",
        "1",
        ",",
        "x",
        "On",
        "Last",
        "This",
        "Last week",
        "the",
        "(",
        ")",
        "—",
        "–",
        "President",
        "of",
        "said",
        ".",
        "In",
        "Zelensky",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.integers(0, 40), st.integers(0, 80))
@example(["Sanders", " ", "on", " ", "Tuesday"], 0, 80)
@example(["Sanders", " ", "in", " ", "2010"], 0, 80)
@example(["who", " ", "last", " ", "week"], 0, 80)
@example(["Sanders", " ", "on", " ", "Tuesday", " ", "morning"], 0, 80)
@example(["Sanders", "\n", "on", "\u00a0", "Monday", "\n"], 0, 80)
def test_adjunct_guard_never_hides_a_match(pieces: list[str], lo: int, end: int) -> None:
    """Where the guard says no, the adjunct pattern finds nothing in the window."""
    text = "".join(pieces)
    end = min(end, len(text))
    lo = min(lo, end)
    if not _may_end_in_adjunct(text, lo, end):
        assert _SUBJECT_ADJUNCT.search(text, lo, end) is None


def test_adjunct_guard_passes_the_adjuncts_it_guards() -> None:
    """The forms the pattern reads pass; a window with no opener word does not."""
    for text in ("Sanders on Tuesday", "Sanders last week", "who in 2010", "X on Monday morning"):
        assert _may_end_in_adjunct(text, 0, len(text))
        assert _SUBJECT_ADJUNCT.search(text, 0, len(text)) is not None
    for text in ("Sanders", "the union leader", "Sanders Tuesday", "upon Tuesday"):
        assert not _may_end_in_adjunct(text, 0, len(text))


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.integers(0, 40), st.integers(0, 80))
def test_time_lead_openers_never_hide_a_match(pieces: list[str], start: int, end: int) -> None:
    """The time lead matches only where the text opens with one of its openers."""
    pattern, openers = _time_lead()
    text = "".join(pieces)
    end = min(end, len(text))
    start = min(start, end)
    if not text.startswith(openers, start):
        assert pattern.match(text, start, end) is None


def test_time_lead_reads_days_and_phrases() -> None:
    pattern, openers = _time_lead()
    assert {"On", "Last week", "This week"} <= set(openers)
    for text in ("On Thursday Mr Blair", "Last week the minister", "This week Smith"):
        assert text.startswith(openers)
        assert pattern.match(text) is not None
    for text in ("Ona Smith", "Lastly the minister", "Officials"):
        assert pattern.match(text) is None


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.integers(0, 40), st.integers(0, 80))
def test_aside_guard_equals_the_helper(pieces: list[str], floor: int, end: int) -> None:
    """``_skip_parenthetical`` moves only an end after ")" or a dash."""
    text = "".join(pieces)
    end = min(end, len(text))
    floor = min(floor, end)
    if not (end > floor and text[end - 1] in _ASIDE_CLOSERS):
        assert _skip_parenthetical(text, floor, end) == end


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.integers(0, 20), st.sampled_from(sorted(_ROLES)[:40]))
def test_title_guard_equals_the_helper(pieces: list[str], floor: int, role: str) -> None:
    """``_named_before_title`` answers ``None`` for every word that is no role."""
    text = "".join(pieces)
    floor = min(floor, len(text))
    for word in ("sanders", "officials", "the", role + "x"):
        if word not in _ROLES:
            for start in range(floor, len(text) + 1):
                assert _named_before_title(text, floor, start, word) is None


def test_find_subject_still_reads_adjuncts_leads_asides_and_titles() -> None:
    """Forms each guarded step reads, and neighbours that must stay unread."""

    def subject(text: str) -> str | None:
        span = find_subject(text, 0, text.rindex(" said") + 1)
        return None if span is None else text[span[0] : span[1]]

    assert subject("Sanders on Tuesday said") == "Sanders"
    assert subject("Sanders last week said") == "Sanders"
    assert subject("On Thursday Mr Blair said") == "Mr Blair"
    assert subject("Last week Mr Blair said") == "Mr Blair"
    assert subject("This week Smith said") == "Smith"
    assert subject("Rep. Gwen Moore (D-Wis.) said") == "Rep. Gwen Moore"
    assert subject("Sims — a teacher — said") == "Sims"
    assert subject("Ona Smith said") == "Ona Smith"
    assert subject("Smith, President of the club, which won, said") == "Smith"
    assert subject("Smith, President of the club, said") == "Smith"
    assert subject("Smith, the president, said") == "Smith"
