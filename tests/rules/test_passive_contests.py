"""The passive "is contested by", and a refusal word modifying a claim noun (flags45).

"[The official tally] is contested by [the opposition]": a verb that argues against what it
takes (cues.yaml ``appositive_denial_forms``) after a passive auxiliary, with its agent,
denies the claim its subject names when a claim noun heads that subject ("the tally of
64", "the company's account of the leak", "the claim that X"); "the seat was contested by
five candidates" is a race. "disputed the [official] tally": "official" is one of the
``refusal_objects`` ("dismissed the official"), but before a claim noun it modifies the
claim denied, which stays a denial; "dismissed the official on Monday" stays a dismissal.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.cues import cue_grammar
from tests.rules.helpers import flags_of

_TEXTS = {
    "toll": "The provincial toll of 212 is contested by several relief agencies.",
    "account": "The army's account of the raid was contested by villagers.",
    "claim_that": "The claim that the reservoir had been poisoned is contested by the water board.",
    "findings": "The audit's findings have been contested by the ministry, which says the funds "
    "were spent lawfully.",
    "official_tally": "The union disputed the official tally of the strike vote.",
    "official_figures": "Opposition leaders rejected the official figures on turnout.",
    "budget_estimate": "The governor rejected the budget estimates published by the council.",
    # neighbours: a race, no agent, a negation, a thing refused or dismissed
    "race": "The seat was contested by four candidates in the by-election.",
    "final": "The cup final was contested by two clubs from the north.",
    "agentless": "The provincial toll of 212 is hotly contested.",
    "negated": "The provincial toll of 212 was not contested by anyone.",
    "official": "The ministry dismissed the official on Monday after a review.",
    "calls": "The board rejected calls that the chairman resign.",
    "case": "A judge dismissed the case against the council.",
}

_CONTESTED = ["toll", "account", "claim_that", "findings"]
_DENIED = ["official_tally", "official_figures", "budget_estimate"]
_NEIGHBOURS = ["race", "final", "agentless", "negated", "official", "calls", "case"]


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradicted(key: str) -> list[str]:
    return [text for kind, _, text in _flags()[key] if kind == "contradiction"]


@pytest.mark.parametrize("key", _CONTESTED + _DENIED)
def test_a_contested_claim_is_a_contradiction(key: str) -> None:
    assert len(_contradicted(key)) == 1


@pytest.mark.parametrize("key", _NEIGHBOURS)
def test_races_refusals_and_negations_are_no_contradiction(key: str) -> None:
    assert _contradicted(key) == []


def test_the_contested_span_is_the_claim() -> None:
    assert _contradicted("claim_that") == ["the reservoir had been poisoned"]
    assert _contradicted("toll") == ["The provincial toll of 212"]


_MODIFIERS = st.sampled_from(["official", "aid", "budget", "deal", "staff", "plan"])
_HEADS = st.sampled_from(["figures", "tally", "account", "estimate", "toll", "report"])
_REFUSED = st.sampled_from(["calls", "request", "offer", "lawsuit", "appeal", "official"])


@settings(max_examples=40, deadline=None)
@given(_MODIFIERS, _HEADS)
def test_a_refusal_word_before_a_claim_noun_is_no_refusal(modifier: str, head: str) -> None:
    assert cue_grammar(None).refusal_re.match(f"the {modifier} {head}") is None


@settings(max_examples=40, deadline=None)
@given(_REFUSED, st.sampled_from(["on Monday", "to halt the war", "for a delay", ""]))
def test_a_refusal_word_heading_its_phrase_stays_a_refusal(refused: str, tail: str) -> None:
    assert cue_grammar(None).refusal_re.match(f"the {refused} {tail}".strip()) is not None
