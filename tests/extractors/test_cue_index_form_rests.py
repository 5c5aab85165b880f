"""The cue index skips a first word no form can go on from, and finds the same cues.

"in" opens only the cue "in the words of", "according" only "according to", "made" only
"made clear", "made it clear" and "made no secret of": where the text does not go on
with such a rest, the index tries no pattern there. The cues it finds are compared with
the index that tries every first word (``_FORM_RESTS`` emptied). The index tests a rest
with one pattern per first word (``_FORM_REST_RES``): it matches where ``_goes_on`` holds.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import cues
from provenance.extractors.claims.cues import CueIndex, _form_rests, _goes_on, _rest_patterns

_PIECES = st.sampled_from(
    [
        "in",
        "In",
        "the",
        "words",
        "of",
        "according",
        "to",
        "made",
        "it",
        "clear",
        "no",
        "secret",
        "said",
        "has",
        "not",
        "also",
        "inform",
        "informed",
        "the minister",
        "He",
        " ",
        "  ",
        "\n",
        "\t",
        "\xa0",
        ",",
        ".",
        "-",
        "“",
    ]
)


def _cues(text: str, rests: dict[str, tuple[tuple[str, ...], ...]]) -> list[tuple[int, str]]:
    saved = cues._FORM_RESTS, cues._FORM_REST_RES
    cues._FORM_RESTS, cues._FORM_REST_RES = rests, _rest_patterns(rests)
    try:
        return [(m.start(), m.group(0)) for m in CueIndex(text).matches]
    finally:
        cues._FORM_RESTS, cues._FORM_REST_RES = saved


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=16))
@example(["In", "\n", "the", "  ", "words", " ", "of", " ", "the minister"])
@example(["in", " ", "the", " ", "wording"])
@example(["made", "\xa0", "it", " ", "clear"])
def test_skipped_first_words_open_no_cue(pieces: list[str]) -> None:
    """Words between pieces are joined as written: the same cues with and without the skip."""
    text = "".join(pieces)
    assert _cues(text, cues._FORM_RESTS) == _cues(text, {})


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In the words of the minister, “...”", ["In the words of"]),
        ("In  the\nwords of one aide", ["In  the\nwords of"]),
        ("He lives in the west and said so.", ["said"]),
        ("She made it clear that she would go.", ["made it clear"]),
        ("She made a cake.", []),
    ],
)
def test_cues_around_skipped_words(text: str, found: list[str]) -> None:
    assert [m.group(0) for m in CueIndex(text).matches] == found


def test_form_rests_leave_out_whole_forms_auxiliaries_and_joined_words() -> None:
    forms = ["in the words of", "in-house", "said", "would say"]
    assert _form_rests(forms, ["in", "said"], frozenset()) == {}  # "in-house" joins no space
    rests = _form_rests(["in the words of", "said"], ["in", "said"], frozenset())
    assert rests == {"in": (("the", "words", "of"),)}
    assert _form_rests(["would say"], ["would"], frozenset({"would"})) == {}


def test_goes_on_reads_each_word_after_white_space() -> None:
    rests = (("the", "words", "of"),)
    assert _goes_on("in\t the words of", 2, rests)
    assert not _goes_on("in the words", 2, rests)
    assert not _goes_on("inthe words of", 2, rests)


#: the words of every rest, white space and other characters
_REST_WORDS = sorted({w for rests in cues._FORM_RESTS.values() for rest in rests for w in rest})
_REST_PIECES = st.sampled_from([*_REST_WORDS, " ", "  ", "\n", "\t", "\xa0", ",", "-", "x"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_REST_PIECES, max_size=12), st.sampled_from(sorted(cues._FORM_RESTS)))
@example(["\n", "the", "  ", "words", " ", "of"], "in")
@example(["\xa0", "it", " ", "clear"], "made")
@example([" ", "it", "clear"], "made")
def test_rest_patterns_match_where_goes_on_holds(pieces: list[str], word: str) -> None:
    """Each first word's pattern, matched where the word ends, agrees with ``_goes_on``."""
    text = word + "".join(pieces)
    rests = cues._FORM_RESTS[word]
    got = cues._FORM_REST_RES[word].match(text, len(word)) is not None
    assert got == _goes_on(text, len(word), rests)


def test_rest_patterns_read_each_rest_of_a_word() -> None:
    pattern = _rest_patterns({"made": (("clear",), ("it", "clear"))})["made"]
    assert pattern.match("made  clear", 4)
    assert pattern.match("made it\tclear", 4)
    assert not pattern.match("made it", 4)
    assert not pattern.match("madeclear", 4)
