"""Invariants of find_claims on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.text.sentences import split_sentences

_NEWSY = st.lists(
    st.sampled_from(
        [
            "Zelensky said ",
            "the Kremlin",
            " claimed that ",
            "“",
            "”",
            '"',
            ", ",
            ". ",
            "\n\n",
            "he said",
            "according to Kyiv",
            " 1,200 ",
            "which Moscow denied ",
            "officials",
            " told ",
            "Mr. ",
            "U.S. ",
            " wrote on X",
            ":",
            "''",
            "—",
            "(",
            ")",
            "PENCE: ",
            " ― Ana",
            " and said ",
            ", adding that ",
            "could not be verified",
        ]
    ),
    max_size=40,
).map("".join)
_TEXT = st.one_of(st.text(max_size=300), _NEWSY)
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_TEXT)
def test_never_raises_and_spans_slice(text: str) -> None:
    """find_claims never raises and every claim's text is text[start:end]."""
    for c in find_claims(text):
        assert 0 <= c.start <= c.end <= len(text)
        assert c.text == text[c.start : c.end]


@_SETTINGS
@given(_TEXT)
def test_parents_are_valid(text: str) -> None:
    """A parent index points to another claim that contains the child."""
    claims = find_claims(text)
    for i, c in enumerate(claims):
        if c.parent is not None:
            assert 0 <= c.parent < len(claims)
            assert c.parent != i
            outer = claims[c.parent]
            assert outer.start <= c.start
            assert c.end <= outer.end


@_SETTINGS
@given(_TEXT)
def test_every_word_character_is_covered(text: str) -> None:
    """Every word character of every sentence lies inside some claim."""
    claims = find_claims(text)
    for s, e in split_sentences(text):
        for i in range(s, e):
            if text[i].isalnum():
                assert any(c.start <= i < c.end for c in claims), (i, text)


@_SETTINGS
@given(_TEXT)
def test_narrator_claims_have_no_source(text: str) -> None:
    """Narrator claims carry no source; attributed ones always do."""
    for c in find_claims(text):
        if c.attribution is Attribution.NARRATOR:
            assert c.source is None
            assert c.source_text is None
        else:
            assert c.source is not None
