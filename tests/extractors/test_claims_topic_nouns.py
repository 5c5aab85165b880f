"""Stance nouns whose content is their preposition's object, and their neighbours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.errors import LexiconError
from provenance.extractors.claims.topic_nouns import topic_claims, topic_grammar
from provenance.lexicon.cues import _topic_nouns
from tests.extractors.claim_pairs import attributed_pairs


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Mr. Trump stepped up his attacks on Mrs. Clinton.", "Mrs. Clinton", "his"),
        ("Trump's criticism of the Federal Reserve grew louder.", "the Federal Reserve", "Trump"),
        ("Obama expressed concerns about the economy.", "the economy", "Obama"),
        (
            "The report renewed Republican calls for a special prosecutor.",
            "a special prosecutor",
            "Republican",
        ),
        ("Senators raised questions about her emails.", "her emails", "Senators"),
        ("Their endorsement of Smith came late.", "Smith", "Their"),
    ],
)
def test_topic_noun_gives_its_object_to_its_holder(text: str, content: str, source: str) -> None:
    """The preposition's object is the content; the possessor or light-verb subject its source."""
    found = attributed_pairs(text)
    assert (content, source) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The attack on the embassy killed four people.",  # no holder: no one's stance
        "Questions about the budget remain.",  # sentence-initial, no holder
        "His support for the bill was clear.",  # "support for" is left out of the lexicon
        "His attacks were fierce.",  # no preposition, no content
        "Her criticism was ignored by the board.",
        "The calls to the hotline rose.",  # "calls" takes "for", not "to"
    ],
)
def test_topic_noun_neighbours_give_no_claim(text: str) -> None:
    """Neighbours: no holder, a left-out noun or the wrong preposition attribute nothing."""
    assert attributed_pairs(text) == []


def test_topic_noun_used_by_a_verb_cue_gives_nothing_more() -> None:
    """ "Sanders calls for X": the verb cue "call for" took the words; no second claim."""
    found = attributed_pairs("Sanders calls for a higher minimum wage.")
    assert found == [("a higher minimum wage", "Sanders")], found


def test_topic_nouns_need_their_prepositions() -> None:
    """A lexicon entry without ``follows`` is rejected, naming the file."""
    data = {"topic_nouns": [{"lemma": "criticize", "forms": ["criticism"]}]}
    with pytest.raises(LexiconError, match="follows"):
        _topic_nouns(data, "en/cues.yaml")


@given(st.text(alphabet="his attacks on Clinton.,'s ", max_size=80))
def test_topic_claims_slice_inside_the_text(text: str) -> None:
    """Whatever the text, content and source spans lie inside it, the source before the cue."""
    words = [(i, w) for i, w in _words(text) if w in topic_grammar().anchors]
    for d in topic_claims(text, [(0, len(text))], [], words):
        assert 0 <= d.start < d.end <= len(text)
        assert d.source_start is not None
        assert d.source_end is not None
        assert d.cue_start is not None
        assert d.source_end <= d.cue_start


def _words(text: str) -> list[tuple[int, str]]:
    import re

    return [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z]+", text)]
