"""Stop 41's cue index finds "in" and "In" (of "in the words of") from the rarer "words".

A short first word opening one rest of fixed words ("in the words of") is found from the
rest's longest word (:data:`~provenance.extractors.claims.cues._KEYED_WORDS`): the index
finds the cues of the plain walk, which tries :data:`~provenance.extractors.claims.cues.
CUE_RE` at every first word, on texts mixing upper case, Latin-1 letters, characters
outside Latin-1 and curly quotes.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import cues
from provenance.extractors.claims.extract import _vocabulary
from tests.extractors.test_speed_shortcuts import _cue_index_full_pattern

_PIECES = st.lists(
    st.sampled_from(
        [
            "in",
            "In",
            "IN",
            "the",
            "The",
            "words",
            "Words",
            "of",
            "wordsmith",
            "win",
            "said",
            "has",
            "not",
            "also",
            "according",
            "to",
            "é",
            "ÿ",
            "ж",
            "“",
            "”",
            "’",
            "'",
            "5",
            "_",
            " ",
            "  ",
            "\n",
            "\t",
            "\xa0",
            "\u2003",
            ",",
            ".",
        ]
    ),
    max_size=16,
)


def _key(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.span("aux"), m.span("verb")) for m in matches]


@settings(max_examples=800, deadline=None)
@given(_PIECES, st.sampled_from(["", " ", "é", "ж", "\n"]))
@example(["In", " ", "the", " ", "words", " ", "of", " ", "the", " ", "minister"], "")
@example(["in", "\xa0", "the", "\n", "words", "\t", "of"], "")
@example(["é", "in", " ", "the", " ", "words", " ", "of"], "")
@example(["ж", "in", " ", "the", " ", "words", " ", "of"], "")
@example(["win", " ", "the", " ", "words", " ", "of"], "")
@example(["in", " ", "the", " ", "wordsmith", " ", "of"], "")
@example(["said", " ", "in", " ", "the", " ", "words", " ", "of"], "")
def test_keyed_words_find_the_cues_of_the_plain_walk(pieces: list[str], glue: str) -> None:
    """The index finds the cues of a walk over every first word, whether it scans the
    text itself or is given the claims step's shared scan."""
    text = glue.join(pieces)
    expected = _key(_cue_index_full_pattern(text))
    assert _key(cues.CueIndex(text).matches) == expected
    words = cues.scan_words(text, _vocabulary())
    assert _key(cues.CueIndex(text, words).matches) == expected


def test_in_is_keyed_on_words() -> None:
    """ "in" and "In" are no scanned word of the cue index: "words" stands for them."""
    assert cues._KEYED_WORDS == {"words": (("In", ("the",)), ("in", ("the",)))}
    assert "in" not in cues.CUE_SCAN_WORDS
    assert "words" in cues.CUE_SCAN_WORDS
    text = "He lives in the west. In the words of one aide, “no”."
    assert [m.group(0) for m in cues.CueIndex(text).matches] == ["In the words of"]
