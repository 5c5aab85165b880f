"""Per-cue searches started where their match must start, and tests that need no regex.

A comment clause's lead (", as SOURCE") and a relative lead before a source ("X, which
officials said") hold the last comma before the cue: they are searched from there. The
tail after a cue is a bare adjunct only when short and unquoted (a length and three
substring tests, not a pattern), a fronted adjunct ends with its comma and a coordinated
cue's lead with a joiner's or an adverb's last word (an ``endswith`` before the pattern),
a content points back only when it opens with a pointing object's first letter, and a
relative pronoun is looked for as a cue's source only when the words before it end with one.
Each shortcut is checked against the plain search it replaces; readings stay as they were.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import coordination, inversions
from provenance.extractors.claims.attribute import (
    _FIRST_WORD,
    _TAIL_OK_LENGTH,
    _adjuncts,
    _points_back,
)
from provenance.extractors.claims.coordination import (
    _LAST_WORD,
    _WINDOW,
    _WORD_BEFORE,
    _relative_pronouns,
    relative_clause_end,
    relative_subject,
)
from provenance.extractors.claims.cues import cue_grammar

from .attributed import drafts

_PIECES = st.sampled_from(
    [
        ",",
        ", ",
        ",”",
        "”,",
        '",',
        '"',
        "as",
        " as ",
        "which",
        " which ",
        "and",
        " and ",
        "but",
        " then",
        "also",
        "said",
        "officials",
        "Smith",
        " ",
        "  ",
        "\n",
        "\xa0",
        "x",
        "é",
        ";",
        "(",
        "In the end",
        "When asked",
    ]
)


def _from_last_comma(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    comma = text.rfind(",", lo, hi)
    return None if comma < 0 else pattern.search(text, max(lo, comma - 1), hi)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups()


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.integers(0, 6))
@example([",", " ", "as", " ", "Smith", " "], 0)
@example(["x", '"', ",", " as ", "officials", " "], 1)
@example(["x", ",", " which ", "officials", " "], 0)
def test_leads_searched_from_the_last_comma(pieces: list[str], lo: int) -> None:
    text = "".join(pieces)
    lo = min(lo, len(text))
    for pattern in (inversions._AS_LEAD, coordination._RELATIVE_LEAD):
        assert _same(
            _from_last_comma(pattern, text, lo, len(text)), pattern.search(text, lo, len(text))
        )


_OLD_TAIL_OK = re.compile(r"[^“”\"]{0,200}")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab “”\"',.", max_size=210))
@example("a" * 200)
@example("a" * 201)
def test_bare_tail_test_is_the_pattern(tail: str) -> None:
    short = len(tail) <= _TAIL_OK_LENGTH and not ("“" in tail or "”" in tail or '"' in tail)
    assert short is (_OLD_TAIL_OK.fullmatch(tail) is not None)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=10))
@example(["Smith", " and"])
@example(["Smith", " and", " then"])
@example(["In the end", ","])
@example(["When asked", " ", "x", ","])
def test_adjunct_gates_hold_wherever_the_patterns_match(pieces: list[str]) -> None:
    lead = "".join(pieces).rstrip()
    adjuncts = _adjuncts()
    if adjuncts.coordinated.search(lead) is not None:
        assert lead.endswith(adjuncts.coordinated_ends)
    if adjuncts.intro.fullmatch(lead) or adjuncts.question.fullmatch(lead):
        assert lead.endswith(",")


def test_comment_clause_still_credits_the_clause_before_it() -> None:
    text = "The race is a dead heat, as Cruz said on Monday."
    assert drafts(text) == [("The race is a dead heat", "said", "Cruz")]


def test_relative_clause_inside_a_source_still_ends_at_its_comma() -> None:
    text = "The changes, which officials said will start soon, will not apply."
    start = text.index("will start")
    ss = text.index("officials")
    end = relative_clause_end(text, (ss, ss + len("officials")), start, len(text) - 1)
    assert text[start:end] == "will start soon"


def test_coordinated_cue_and_fronted_adjunct_read_as_before() -> None:
    assert drafts("Scott freed up funds and said the state would pay.")[0][1:] == (
        "said",
        "Scott",
    )
    text = "Later in the day, the FBI said it would cooperate."
    assert drafts(text) == [("it would cooperate", "said", "the FBI")]


def _plain_points_back(text: str, start: int, end: int | None) -> bool:
    lex = cue_grammar().lexicon
    m = _FIRST_WORD.match(text, start, len(text) if end is None else end)
    if m is None or m.group(1) not in lex.pointing_objects:
        return False
    rest = text[m.end() : end]
    return not rest.strip(" ,.;") or _adjuncts().tail.match(rest) is not None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["this", "This", "thistle", " ", "\xa0", "on", "Monday", "week", ","])
    ),
    st.integers(0, 3),
    st.one_of(st.none(), st.integers(0, 30)),
)
@example(["this", " ", "on", " ", "Monday"], 0, None)
@example([" ", "this", " ", "week"], 0, None)
def test_points_back_gate_keeps_the_plain_reading(
    pieces: list[str], start: int, end: int | None
) -> None:
    text = "".join(pieces)
    lex = cue_grammar().lexicon
    assert _points_back(text, lex, start, end) is _plain_points_back(text, start, end)


def _plain_relative_subject(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    m = _LAST_WORD.search(text, max(floor, cue_start - _WINDOW), cue_start)
    if m is None or m.start() == floor:
        return None
    if m.group(1).lower() not in _relative_pronouns("en"):
        return None
    if not text[m.start() - 1].isspace() or not _WORD_BEFORE.search(
        text, max(floor, m.start() - 8), m.start()
    ):
        return None
    return m.span(1)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Voters", " ", "  ", "\n", "who", "Who", "WHICH", "that", "whom", "x", "é", "Σ", ","]
        ),
        max_size=14,
    ),
    st.integers(0, 4),
)
@example(["Voters", " ", "who", " "], 0)
@example(["Voters", " ", "WHICH", "\n"], 0)
def test_relative_pronoun_gate_keeps_the_plain_reading(pieces: list[str], floor: int) -> None:
    text = "".join(pieces) + "say"
    floor = min(floor, len(text) - 3)
    cue = len(text) - 3
    assert relative_subject(text, floor, cue) == _plain_relative_subject(text, floor, cue)
