"""Psych participles after a copula, phrasal participle cues and "sounded" topic nouns.

"Residents were frustrated that the plant closed": the participle is an adjective of
its subject, who holds the content; "was convinced by his aides" stays a passive.
", calling for his resignation" and ", pointing to the cost": a participle of a phrasal
cue after a comma takes the sentence's subject as its source, as ", urging X" does.
"The union sounded a call for a strike": "sound" is a light verb of a topic noun.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon


def attributed(text: str) -> list[tuple[str, str | None]]:
    """(content, source as written) of every attributed claim of ``text``."""
    return [
        (text[c.start : c.end], c.source_text)
        for c in find_claims(text)
        if c.attribution in (Attribution.DIRECT, Attribution.INDIRECT)
    ]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Tenants were frustrated that the landlord raised the rent again.",
            "the landlord raised the rent again",
            "Tenants",
        ),
        (
            "The coach is convinced that the team can win the title.",
            "the team can win the title",
            "The coach",
        ),
        ("Farmers are concerned that the river will flood.", "the river will flood", "Farmers"),
        (
            "The treasurer was worried that the fund would run dry.",
            "the fund would run dry",
            "The treasurer",
        ),
    ],
)
def test_a_psych_participle_before_that_reports_its_subject(
    text: str, content: str, source: str
) -> None:
    assert (content, source) in attributed(text), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was convinced by his brother to stay home.",
        "The council is concerned with road safety.",
        "Drivers were frustrated by the long delays.",
        "The plan was worried over for weeks.",
    ],
)
def test_a_psych_participle_without_that_gives_no_claim(text: str) -> None:
    assert attributed(text) == [], find_claims(text)


def test_experiencer_lemmas_are_cue_lemmas() -> None:
    lex = cue_lexicon("en")
    lemmas = {v.lemma for v in lex.verbs}
    assert lex.experiencer_lemmas
    assert lex.experiencer_lemmas <= lemmas


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Nurses rallied outside the hospital, calling for his resignation.",
            "his resignation",
            "Nurses",
        ),
        (
            "The governor spoke for an hour, pointing to the rising cost of housing.",
            "the rising cost of housing",
            "The governor",
        ),
        (
            "Parents gathered at the school, calling on the board to reopen it.",
            "the board to reopen it",
            "Parents",
        ),
    ],
)
def test_a_phrasal_participle_after_a_comma_takes_the_subject(
    text: str, content: str, source: str
) -> None:
    assert (content, source) in attributed(text), find_claims(text)


def test_sounded_a_call_for_is_a_topic_noun_claim() -> None:
    text = "The union sounded a call for a general strike on Friday."
    claims = attributed(text)
    assert any("a general strike" in c and s == "The union" for c, s in claims), claims


@given(
    subject=st.sampled_from(["Tenants", "The coach", "Farmers", "The mayor"]),
    copula=st.sampled_from(["were", "was", "is", "are"]),
    participle=st.sampled_from(["frustrated", "convinced", "concerned", "worried"]),
)
def test_a_psych_participle_before_by_is_never_its_subjects_claim(
    subject: str, copula: str, participle: str
) -> None:
    """Before "by" the participle is a passive: its subject holds no content."""
    text = f"{subject} {copula} {participle} by the news from the capital."
    assert all(s != subject for _, s in attributed(text)), find_claims(text)
