"""Compound noun cues: "faced sexual misconduct allegations" says what "allegations of
sexual misconduct" says. Forms, the content span, and neighbours that must not match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.compounds import compound_claims
from provenance.extractors.claims.family_parts import Taken
from provenance.lexicon.cues import cue_lexicon


def _compounds(text: str) -> list[tuple[str, str | None, ClaimStatus]]:
    """(content, cue, status) of the claims a text's compound nouns give."""
    words = [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z]+", text)]
    found = compound_claims(text, words, cue_lexicon("en"), Taken([]))
    return [(text[d.start : d.end], d.cue, d.status) for d in found]


@pytest.mark.parametrize(
    ("text", "content", "status"),
    [
        ("Moore has faced sexual misconduct allegations.", "sexual misconduct", "hedged"),
        ("He quit under a cloud of sexual harassment allegations.", "sexual harassment", "hedged"),
        ("The firm settled amid bribery accusations.", "bribery", "asserted"),
        ("The firm settled amid price-fixing allegations.", "price-fixing", "hedged"),
        ("He faces unsubstantiated fraud allegations.", "fraud", "unconfirmed"),
    ],
)
def test_the_compound_before_the_noun_is_the_claim(text: str, content: str, status: str) -> None:
    """The words before the noun are the charge; the noun's status (or unconfirmed) holds."""
    claims = [c for c in find_claims(text) if c.cue in {"allegations", "accusations"}]
    assert [(c.text, c.status.value) for c in claims] == [(content, status)]


@pytest.mark.parametrize(
    "text",
    [
        "Trump has denied the sexual misconduct allegations.",  # given: named before
        "He rejected these fraud allegations.",
        "New allegations surfaced on Monday.",  # no compound, only a quantity word
        "The office cannot probe allegations, its director said.",  # a verb's object
        "The panel is investigating allegations.",
        "Moore's allegations were false.",  # a possessor is the source, no content
        "Russian allegations were dismissed.",  # a capital: a source or place, not content
        "Initial jobless claims rose by 5,000.",  # "claims" is no compound noun
        "He faces murder charges.",  # nor are "charges"
        "There are allegations in the lawsuit.",  # a copula, no content
        "They have allegations to answer.",
    ],
)
def test_no_compound_claim_for_the_neighbours(text: str) -> None:
    """Determiners, quantities, verbs, possessors and other nouns give no compound claim."""
    assert _compounds(text) == []


def test_allegations_of_keep_their_own_content() -> None:
    """'allegations of fraud' is the noun family's: the compound step adds nothing."""
    text = "The committee is investigating allegations of fraud."
    claims = [c for c in find_claims(text) if c.cue == "allegations"]
    assert [c.text for c in claims] == ["fraud"]


def test_a_compound_noun_must_be_a_noun_cue() -> None:
    """The lexicon refuses a compound noun that is no form of its noun cues."""
    lex = cue_lexicon("en")
    assert lex.compound_nouns <= lex.noun_forms
    assert not lex.compound_nouns & lex.compound_stopwords


@given(st.text(alphabet="abc -.,'\t", max_size=80))
def test_a_compound_content_always_ends_right_before_its_noun(prefix: str) -> None:
    """Whatever comes before, a content is whole lower-case words, then only blanks, then
    the cue."""
    text = prefix + " allegations"
    words = [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z]+", text)]
    for d in compound_claims(text, words, cue_lexicon("en"), Taken([])):
        assert d.cue_start is not None
        assert text[d.cue_start : d.cue_end] == "allegations"
        assert text[d.end : d.cue_start].isspace()
        assert d.start == 0 or text[d.start - 1].isspace()
        assert re.fullmatch(r"[a-z-]+(?:\s+[a-z-]+)*", text[d.start : d.end])
