"""Hedge cues in infinitive constructions, and denial verbs that withhold (issue 6, cues33).

A hedge verb's base form after a bare "to" that reports a clause ("went on television to
claim his rival had lied"), a hedge noun with an infinitive of being or having ("Smith's
claim to be the strongest candidate", "the claim to have tested a bomb"), and a denial
verb with an object pronoun before a determiner, which withholds a thing and denies no
claim ("denied them a loan", "denied her the chance to play"); with neighbours that must
not read so. The sentences are built from parts, so each construction is held with
several subjects, verbs and tails.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.infinitive_clauses import infinitive_clause, stative_infinitive
from provenance.lexicon.cues import cue_lexicon
from tests.extractors.attributed import cue_contents, cue_statuses

# --- a hedge verb after a bare "to" that takes a clause --------------------------------

INFINITIVE_CLAUSES = [
    (f"{lead} to {verb} {clause}.", verb)
    for lead, verb, clause in itertools.product(
        ["He used the speech", "She went on television", "The firm cited the survey"],
        ["claim", "insist", "assert", "allege"],
        [
            "that the plan had failed",
            "the senator's budget was a fraud",
            "his rival had lied to voters",
            "their product is the safest",
        ],
    )
]


@pytest.mark.parametrize(("text", "word"), INFINITIVE_CLAUSES)
def test_infinitive_hedge_with_a_clause(text: str, word: str) -> None:
    assert "hedged" in cue_statuses(text, f"to {word}")


def test_infinitive_hedge_content_is_the_clause() -> None:
    text = "He used the speech to claim the senator's budget was a fraud."
    assert "the senator's budget was a fraud" in cue_contents(text, "to claim")


INFINITIVE_THINGS = [
    (f"{lead} to {verb} {obj}.", verb)
    for lead, verb, obj in itertools.product(
        ["He has enough delegates", "She went to the office", "They rushed"],
        ["claim", "assert"],
        [
            "the nomination",
            "their luggage",
            "his rights as an owner",
            "the prize money at the event",
        ],
    )
] + [
    ("They have the leverage to insist on a justice they can accept.", "insist"),
    ("The party has the votes to insist upon a ballot it can win.", "insist"),
    ("She declined to claim that the vote was rigged.", "claim"),
    ("The board met to reject the request.", "reject"),
    ("The senators voted to deny the nominee a hearing.", "deny"),
]


@pytest.mark.parametrize(("text", "word"), INFINITIVE_THINGS)
def test_infinitive_with_a_thing_is_no_hedge(text: str, word: str) -> None:
    assert not cue_statuses(text, f"to {word}") & {"hedged", "denied"}


def test_infinitive_clause() -> None:
    lex = cue_lexicon("en")
    text = "used the speech to claim his rival had lied"
    assert infinitive_clause(text, "claim", text.index(" his"), lex)
    text = "went to court to insist that it was hers"
    assert infinitive_clause(text, "insist", text.index(" that"), lex)
    text = "enough delegates to claim the nomination"
    assert not infinitive_clause(text, "claim", text.index(" the"), lex)
    text = "leverage to insist on a justice they can accept"
    assert not infinitive_clause(text, "insist", text.index(" on"), lex)
    text = "voted to reject the idea was sound"
    assert not infinitive_clause(text, "reject", text.index(" the"), lex)  # no hedge verb


# --- a hedge noun with "to be" or "to have" --------------------------------------------

NOUN_INFINITIVES = [
    (f"{lead} {owner} {noun} {infinitive} {rest}", noun)
    for lead, owner, noun, (infinitive, rest) in itertools.product(
        ["Reporters doubted", "The win would bolster", "Critics mocked"],
        ["Smith's", "the company's", "North Korea's"],
        ["claim", "claims"],
        [
            ("to be", "the strongest candidate."),
            ("to be", "a victim of fraud."),
            ("to have", "tested a new bomb."),
            ("to have", "been attacked in the street."),
            ("to have", "written the whole report."),
        ],
    )
]


@pytest.mark.parametrize(("text", "word"), NOUN_INFINITIVES)
def test_noun_claim_with_an_infinitive_of_being_or_having(text: str, word: str) -> None:
    assert "hedged" in cue_statuses(text, f" {word} ")


def test_noun_infinitive_content_holds_the_infinitive() -> None:
    text = "Leaders condemned North Korea's claim to have tested a bomb."
    assert cue_contents(text, "claim") == ["to have tested a bomb"]


NOUN_INFINITIVE_NEIGHBOURS = [
    ("The town's claim to fame is its old bridge.", "claim"),
    ("His claim to the throne was weak.", "claim"),
    ("Their claims to the land date back centuries.", "claims"),
    ("They filed a claim to have the debt cancelled.", "claim"),
    ("The claim to be filed next week is large.", "claim"),
    ("The claims to be paid this year rose sharply.", "claims"),
]


@pytest.mark.parametrize(("text", "word"), NOUN_INFINITIVE_NEIGHBOURS)
def test_noun_claim_with_another_to_is_no_hedge(text: str, word: str) -> None:
    assert "hedged" not in cue_statuses(text, word)


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(sorted(cue_lexicon("en").infinitive_participles)))
def test_participle_makes_a_perfect_claim_and_a_passive_thing(word: str) -> None:
    lex = cue_lexicon("en")
    assert stative_infinitive("to have", f"{word} it", 0, lex)
    assert not stative_infinitive("to be", f"{word} soon", 0, lex)


def test_other_follow_words_are_left_alone() -> None:
    lex = cue_lexicon("en")
    assert stative_infinitive("that", "filed soon", 0, lex)
    assert stative_infinitive("to be", "the best", 0, lex)
    assert not stative_infinitive("to have", "the debt cancelled", 0, lex)


# --- a denial verb with an object pronoun before a determiner: a refusal ---------------

WITHHELD = [
    (f"{subject} {verb} {pronoun} {thing}.", verb)
    for subject, verb, pronoun, thing in itertools.product(
        ["The bank", "The club", "The new law"],
        ["denied", "denies", "has denied"],
        ["them", "her", "us", "him"],
        ["a loan", "the chance to play", "any role in the talks", "a seat at the table"],
    )
]


@pytest.mark.parametrize(("text", "word"), WITHHELD)
def test_pronoun_and_a_thing_withheld_is_no_denial(text: str, word: str) -> None:
    assert "denied" not in cue_statuses(text, word)


DENIED_STILL = [
    ("The party denied her claims of abuse.", "denied"),
    ("The party denied her involvement in the plot.", "denied"),
    ("The minister read the reports and denied them.", "denied"),
    ("She dismissed them as lies.", "dismissed"),
    ("He denied them all.", "denied"),
    ("The ministry rejected her account of the meeting.", "rejected"),
]


@pytest.mark.parametrize(("text", "word"), DENIED_STILL)
def test_pronoun_standing_for_claims_is_still_denied(text: str, word: str) -> None:
    assert "denied" in cue_statuses(text, word)
