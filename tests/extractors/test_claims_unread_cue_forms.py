"""Hedge and denial cues in forms the extractor left unread (issue 6, cues32).

A quoted first-person denial of a gerund ("“I deny taking a bribe,” he told the court"),
a hedge verb in a free relative whose gap is the reported clause's subject ("condemned
what he claimed was a cover-up"), a possessive subject with a present verb after a hedge
verb ("claims its product cures baldness"); with neighbours that must not read so. The
sentences are built from parts, so that each construction is held with several subjects,
verbs and tails.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.possessive_clauses import possessive_clause
from provenance.extractors.claims.quoted_denials import gerund_object
from provenance.lexicon.cues import cue_lexicon
from tests.extractors.attributed import cue_contents, cue_statuses

# --- a quoted first-person denial of a gerund -------------------------------------------

QUOTED_GERUNDS = [
    (f"“{subject} {lead}{gerund},” {tag}.", "deny")
    for subject, lead, gerund, tag in itertools.product(
        ["I deny", "We deny", "We strongly deny", "They deny", "I categorically deny"],
        ["", "ever "],
        ["taking a bribe", "having met him", "knowing about the payments", "leaking the memo"],
        ["he said", "he told the court", "the company said in a statement", "she told reporters"],
    )
] + [
    ("'I deny ever taking a bribe,' he told the court.", "deny"),
    ('"We deny having any role in the attack," the group said.', "deny"),
]


@pytest.mark.parametrize(("text", "word"), QUOTED_GERUNDS)
def test_quoted_denial_of_a_gerund(text: str, word: str) -> None:
    assert "denied" in cue_statuses(text, word)


def test_quoted_gerund_denial_content() -> None:
    text = "“I deny ever taking a bribe,” he told the court."
    assert any("taking a bribe" in c for c in cue_contents(text, "deny"))


QUOTED_NON_DENIALS = [
    (f"“{subject} {verb} {obj},” {tag}.", verb)
    for subject, verb, obj, tag in itertools.product(
        ["I", "We"],
        ["deny", "reject"],
        ["nothing", "anything that is false", "something like that"],
        ["he said", "she told the court"],
    )
]


@pytest.mark.parametrize(("text", "word"), QUOTED_NON_DENIALS)
def test_quoted_base_form_with_no_gerund_denies_nothing(text: str, word: str) -> None:
    assert "denied" not in cue_statuses(text, word)


def test_gerund_object() -> None:
    assert gerund_object("I deny ever taking a bribe", 6)
    assert gerund_object("We deny having met him", 7)
    assert not gerund_object("I deny nothing", 6)
    assert not gerund_object("I deny the charges", 6)


@settings(max_examples=40, deadline=None)
@given(word=st.sampled_from(sorted(cue_lexicon("en").non_gerunds)))
def test_no_gerund_word_is_a_gerund(word: str) -> None:
    assert not gerund_object(f"I deny {word}", 6)


# --- a hedge verb in a free relative ----------------------------------------------------

FREE_RELATIVES = [
    (f"{outer} what {subject} {verb} {aux} {pred}.", verb)
    for outer, subject, (verb, aux), pred in itertools.product(
        ["He condemned", "Protesters rejected", "The paper published", "Voters mocked"],
        ["he", "the government", "officials", "the minister"],
        [
            ("claimed", "was"),
            ("alleged", "were"),
            ("insisted", "was"),
            ("claims", "is"),
            ("insists", "is"),
        ],
        ["a cover-up", "an accident"],
    )
] + [
    ("He rejected what the government claims is a crackdown.", "claims"),
    ("Critics mocked what the firm alleges were bribes paid abroad.", "alleges"),
]


@pytest.mark.parametrize(("text", "word"), FREE_RELATIVES)
def test_free_relative_hedge(text: str, word: str) -> None:
    assert "hedged" in cue_statuses(text, word)


def test_free_relative_content_is_the_clause_after_the_cue() -> None:
    text = "He condemned what he claimed was a cover-up."
    assert cue_contents(text, "claimed") == ["was a cover-up"]


FREE_RELATIVE_NEIGHBOURS = [
    (f"{outer} what {subject} {verb} {aux} a fact.", verb)
    for outer, subject, verb, aux in itertools.product(
        ["He repeated", "She praised", "They read"],
        ["he", "the minister", "officials"],
        ["said", "wrote", "believed", "thought"],
        ["was", "is"],
    )
] + [
    ("He condemned what he claimed in court.", "claimed"),
]


@pytest.mark.parametrize(("text", "word"), FREE_RELATIVE_NEIGHBOURS)
def test_free_relative_neighbour_is_no_hedge(text: str, word: str) -> None:
    assert "hedged" not in cue_statuses(text, word)


# --- a possessive subject with a present verb after a hedge verb ------------------------

POSSESSIVE_PRESENTS = [
    (f"{subject} {verb} {possessive} {noun} {rest}.", verb)
    for subject, verb, possessive, noun, rest in itertools.product(
        ["The company", "The group", "Smith"],
        ["claims", "insists", "asserts"],
        ["its", "his", "their"],
        ["product", "new drug"],
        ["cures baldness", "prevents heart disease", "remains the best"],
    )
]


@pytest.mark.parametrize(("text", "word"), POSSESSIVE_PRESENTS)
def test_possessive_subject_with_a_present_verb(text: str, word: str) -> None:
    assert "hedged" in cue_statuses(text, word)


POSSESSIVE_THINGS = [
    (f"{subject} {verb} {possessive} {obj}.", verb)
    for subject, verb, possessive, obj in itertools.product(
        ["The team", "The party", "She", "The firm"],
        ["claimed", "claims"],
        ["its", "their", "her"],
        [
            "first points in the league",
            "seats in parliament",
            "expenses each month",
            "rights as owners",
            "third title this season",
            "benefits for the year",
            "prize money at the event",
        ],
    )
]


@pytest.mark.parametrize(("text", "word"), POSSESSIVE_THINGS)
def test_possessive_thing_taken_is_no_hedge(text: str, word: str) -> None:
    assert "hedged" not in cue_statuses(text, word)


def test_possessive_clause_present_verb() -> None:
    lex = cue_lexicon("en")
    assert possessive_clause("its product cures baldness.", lex)
    assert possessive_clause("his client wants a fair trial.", lex)
    assert not possessive_clause("their first points in the league.", lex)
    assert not possessive_clause("its third title this season.", lex)
    assert not possessive_clause("his expenses each month.", lex)
