"""Hedge and denial cues in constructions of ordinary news English (issue 6, cues31).

The PolNeAR guideline classes a cue as a hedge by its lemma (claim, allege, purport,
assert, insist) and as a denial likewise (deny, reject, dismiss, refute, dispute). These
tests hold the constructions those lemmas take in news copy that the extractor missed:
catenatives before the cue ("continue to insist", "seek to deny"), a possessive
subject after a hedge verb ("claimed its fighters shot down"), a noun cue's content
clause with no "that" ("allegations he pressured the auditor"), ", something X denies",
and a relative whose subject is a common noun ("which critics claim is unfair"); with
neighbours that must not read so.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.possessive_clauses import possessive_clause
from provenance.extractors.claims.zero_that_clauses import zero_that_clause_branch
from provenance.lexicon.cues import cue_lexicon
from tests.extractors.attributed import cue_contents, cue_statuses

# (sentence, cue word, status)
FOUND = [
    # catenatives before the cue: their plural and base forms
    ("Officials continue to insist the project is on schedule.", "insist", "hedged"),
    ("Officials continue to deny that the project is late.", "deny", "denied"),
    ("The spokesman attempted to dismiss the report.", "dismiss", "denied"),
    ("Aides seek to deny the story.", "deny", "denied"),
    # a possessive subject and a past verb after a hedge verb
    ("The group claimed its fighters shot down the jet.", "claimed", "hedged"),
    ("The ministry claimed their men fled the town.", "claimed", "hedged"),
    # a noun cue's content with no "that"
    ("The minister resigned over allegations he misused public funds.", "allegations", "hedged"),
    ("Mr Lee rejected allegations he pressured the auditor to sign.", "allegations", "hedged"),
    ("The company faces allegations it dumped toxic waste in the river.", "allegations", "hedged"),
    ("The firm is fighting allegations it forces rivals out of business.", "allegations", "hedged"),
    ("Police are investigating claims the school covered up abuse.", "claims", "hedged"),
    ("The minister denied claims he misled parliament.", "claims", "hedged"),
    ("The company denied claims it had misled investors.", "claims", "hedged"),
    ("The film was dropped over claims it was not scary enough.", "claims", "hedged"),
    # ", something X denies": the pronoun renames the clause before the comma
    ("The paper said the minister took bribes, something he denies.", "denies", "denied"),
    (
        "Critics say the law targets the poor, something the government has rejected.",
        "rejected",
        "denied",
    ),
    # a relative whose subject is a common noun
    ("The policy, which critics claim is unfair, was passed.", "claim", "hedged"),
    ("The policy, which the minister claims is fair, was passed.", "claims", "hedged"),
]


@pytest.mark.parametrize(("text", "word", "status"), FOUND)
def test_cue_is_read_with_its_status(text: str, word: str, status: str) -> None:
    assert status in cue_statuses(text, word)


# (sentence, cue word): no hedge or denial there
NEIGHBOURS = [
    ("The company claimed its share of the market.", "claimed"),
    ("They claimed their luggage at the airport.", "claimed"),
    ("He claimed his land seized by the state.", "claimed"),
    ("The claims he made on Monday were false.", "claims"),
    ("The allegations he faced in 2015 were dropped.", "allegations"),
    ("The claims Trump repeated at the rally have been debunked.", "claims"),
    ("The claims the army made could not be verified.", "claims"),
    ("The allegations the paper detailed were shocking.", "allegations"),
    ("The claims the lawyer argued in court failed.", "claims"),
    ("He said that opposition claims are false.", "claims"),
    ("Data showed that jobless claims increased by 5 percent.", "claims"),
    ("The ministry refuses to deny the report.", "deny"),
    ("The ministry declined to deny the report.", "deny"),
    ("Officials continue to say the project is on schedule.", "say"),
    ("He made an attempt to deny the report.", "deny"),
    # "it" after a verb is its object, no clause's subject
    ("They made a hash of claiming it as the ball bounced into touch.", "claiming"),
    ("The claims it has made are false.", "claims"),
]


@pytest.mark.parametrize(("text", "word"), NEIGHBOURS)
def test_neighbour_is_no_hedge_or_denial(text: str, word: str) -> None:
    assert not cue_statuses(text, word) & {"hedged", "denied"}


def test_zero_that_content_is_the_clause() -> None:
    text = "The company faces allegations it dumped toxic waste in the river."
    assert cue_contents(text, "allegations") == ["it dumped toxic waste in the river"]


def test_something_denied_takes_the_clause_before_the_comma() -> None:
    text = "The paper said the minister took bribes, something he denies."
    assert cue_contents(text, "denies") == ["the minister took bribes"]


def test_possessive_clause_needs_a_past_verb_with_words_after_it() -> None:
    lex = cue_lexicon("en")
    assert possessive_clause("its fighters shot down the jet.", lex)
    assert not possessive_clause("its fighters.", lex)
    assert not possessive_clause("its share of the vote.", lex)
    assert not possessive_clause("his land seized by the state.", lex)


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(sorted(cue_lexicon("en").zero_that_relative_verbs)),
    subject=st.sampled_from(["he", "she", "it", "they", "the company", "Smith"]),
)
def test_a_verb_that_may_take_the_noun_opens_no_content(verb: str, subject: str) -> None:
    """ "the claims he made ...": a verb that may take the noun keeps the clause relative."""
    import re

    branch = re.compile(zero_that_clause_branch(cue_lexicon("en"))[1:])
    assert branch.match(f"{subject} {verb} in court last week") is None
