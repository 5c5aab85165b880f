"""The shortcuts of ``find_subject`` (feat/fspeed15) against the code they replace.

Each guard only decides whether a pattern or a helper is tried: it must answer False
only where the pattern finds nothing, or where the helper returns its input.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import subjects
from provenance.extractors.claims.subjects import (
    _ASIDE_CLOSERS,
    _ROLES,
    _SUBJECT_ADJUNCT,
    _TOKEN,
    _last_token_start,
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


# --- the last token found by walking back (feat/fspeed19) ---------------------------

_TOKEN_PIECES = st.sampled_from(
    [
        "a",
        "Smith",
        "he",
        "2015",
        "16",
        "7",
        "٣",  # an Arabic-Indic digit: a decimal digit for ``\d``
        "²",  # a superscript: a digit for ``str.isdigit`` but not for ``\d``
        "–",
        "—",
        "-",
        " ",
        "\n",
        "\u00a0",
        ",",
        ";",
        ":",
        "(",
        ")",
        "“",
        "”",
        '"',
        ".",
        "'s",
        "’",
    ]
)


@contextmanager
def _reference_token_finder() -> Iterator[None]:
    """``find_subject`` as it was: its last token from the window's token list, and that
    whole list for the walk (no nearer list first; restored after)."""
    fast, reach = subjects._last_token_start, subjects._NEAR_REACH
    subjects._last_token_start = _reference_last_token_start
    subjects._NEAR_REACH = 10**9  # no space that far back: the whole window's list
    try:
        yield
    finally:
        subjects._last_token_start, subjects._NEAR_REACH = fast, reach


@contextmanager
def _near_reach(chars: int) -> Iterator[None]:
    """``find_subject`` reading its nearer token list from ``chars`` back (restored after)."""
    reach = subjects._NEAR_REACH
    subjects._NEAR_REACH = chars
    try:
        yield
    finally:
        subjects._NEAR_REACH = reach


def _reference_last_token_start(text: str, lo: int, end: int) -> int | None:
    """The code replaced: the whole window's token list, then its last token."""
    tokens = list(_TOKEN.finditer(text, lo, end))
    if not tokens or tokens[-1].end() != end:
        return None
    return tokens[-1].start()


@settings(max_examples=1500, deadline=None)
@given(st.lists(_TOKEN_PIECES, max_size=16), st.integers(0, 60), st.integers(0, 90))
@example(["2015", "–", "16"], 0, 90)
@example(["2015", "–", "16"], 4, 90)
@example(["2015", "–", "16"], 5, 90)
@example(["2015", "–", "16"], 3, 90)
@example(["2015", "–"], 0, 90)
@example(["a", "–", "16"], 0, 90)
@example(["7", "–", "٣"], 0, 90)
@example(["²", "–", "7"], 0, 90)
def test_last_token_start_equals_the_token_list(pieces: list[str], lo: int, end: int) -> None:
    """The walk back finds the start the window's token list gives its last token."""
    text = "".join(pieces)
    end = min(end, len(text))
    lo = min(lo, end)
    assert _last_token_start(text, lo, end) == _reference_last_token_start(text, lo, end)


_SUBJECT_PIECES = st.sampled_from(
    [
        "Smith",
        "Mr Blair",
        "he",
        "He",
        "he's",
        "they’re",
        "officials",
        "the",
        "The",
        "a",
        "bank",
        "and",
        "of",
        "in",
        "to",
        "56",
        "percent",
        "voters",
        "polled",
        "surveyed",
        "asked",
        "quickly",
        "Smith's",
        "don't",
        "2015–16",
        "–",
        "—",
        "close",
        "familiar",
        "with",
        "In",
        "More",
        "than",
        "on",
        "Committee",
        "filed",
        "by",
        " ",
        " ",
        " ",
        ",",
        ".",
        "“",
        "(",
        ")",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_SUBJECT_PIECES, max_size=14), st.integers(0, 30))
@example(["polled"], 0)
@example(["voters", " ", "polled"], 0)
@example(["56", " ", "percent", " ", "of", " ", "voters", " ", "polled"], 0)
@example(["voters", " ", "surveyed"], 0)
@example(["the", " ", "2015–16", " ", "percent"], 0)
@example(["he", "."], 0)
@example(["He", " "], 0)
def test_find_subject_equals_the_token_list_path(pieces: list[str], floor: int) -> None:
    """``find_subject`` answers as it did when it built the token list first.

    The reference is the same function with its last token taken from the token list
    (the code replaced); the answers for each cue position must be equal.
    """
    text = "".join(pieces) + " said"
    floor = min(floor, len(text) - 5)
    cue = len(text) - 4
    fast = find_subject(text, floor, cue)
    with _reference_token_finder():
        slow = find_subject(text, floor, cue)
    assert fast == slow


def test_find_subject_reads_polled_participles_and_pronouns() -> None:
    """A polled participle ends a phrase only after another word; a pronoun stands alone."""

    def subject(text: str) -> str | None:
        span = find_subject(text, 0, text.rindex(" said") + 1)
        return None if span is None else text[span[0] : span[1]]

    assert subject("Half of those polled said") == "Half of those polled"
    assert subject("Cuban-Americans polled said") == "Cuban-Americans polled"
    assert subject("polled said") is None
    assert subject("quickly said") is None
    assert subject("Later, he said") == "he"
    assert subject("He's said") == "He"
    assert subject("the 2015–16 survey said") == "the 2015–16 survey"
    assert subject("Officials said") == "Officials"


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(_SUBJECT_PIECES, max_size=40),
    st.integers(0, 30),
    st.sampled_from([0, 3, 8, 20, 60]),
)
@example(["a", " ", "source", " ", "close", " ", "to", " ", "the", " ", "talks"], 0, 3)
@example(["supporters", " ", "of", " ", "the", " ", "bank", " ", "officials"], 0, 8)
@example(["Mr Blair", " ", "and", " ", "the", " ", "bank"], 0, 0)
def test_find_subject_walk_from_a_nearer_list(pieces: list[str], floor: int, reach: int) -> None:
    """The walk over tokens after a nearer space answers as over the window's whole list.

    A short reach makes the walk come near that list's start, and start again, often.
    """
    text = "".join(pieces) + " said"
    floor = min(floor, len(text) - 5)
    cue = len(text) - 4
    with _near_reach(reach):
        fast = find_subject(text, floor, cue)
    with _reference_token_finder():
        slow = find_subject(text, floor, cue)
    assert fast == slow
