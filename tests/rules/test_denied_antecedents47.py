"""A later denial naming an earlier claim by a plain claim noun (flagsU47).

"The ministry said [rebels had shelled the village]. The rebels denied the claim.": the
noun only names what the ministry said, so the claim is contradicted and nothing more; the
wire guideline flags it unverified only when its own cue hedges it. A charge noun still
calls it a charge ("The Kremlin denies the allegation": wire dev annotates both flags), and
a claim hedged by its own cue ("claimed", an outlet's report) stays unverified when denied.
"""

from __future__ import annotations

from functools import cache
from itertools import product

import pytest

from provenance.lexicon.cues import cue_lexicon
from tests.rules.helpers import flags_of

_CLAIM = "rebels had shelled the village"
_SAID = f"The ministry said {_CLAIM}. "

#: the denial verbs a later sentence answers with
_VERBS = ("denied", "rejected", "disputed", "dismissed")

#: the nouns that call the claim a charge when a denial names it by them
_CHARGES = ("allegation", "allegations", "accusation", "accusations")

_PLAIN = tuple(sorted(cue_lexicon("en").plain_claim_nouns))

_TEXTS = {
    **{
        f"plain_{verb}_{noun}": f"{_SAID}The rebels {verb} the {noun}."
        for verb, noun in product(_VERBS, _PLAIN)
    },
    **{
        f"charge_{verb}_{noun}": f"{_SAID}The rebels {verb} the {noun}."
        for verb, noun in product(_VERBS, _CHARGES)
    },
    # a denial with an evaluation after the noun ("rejected the claim as groundless")
    "plain_as_label": f"{_SAID}The rebels rejected the claim as groundless.",
    "plain_with_reason": f"{_SAID}The rebels disputed the report, saying no shells were fired.",
    # neighbours: a pronoun, a claim hedged by its own cue, a nested claim noun
    "pronoun": f"{_SAID}The rebels denied it.",
    "own_hedge": f"The ministry claimed {_CLAIM}. The rebels denied the claim.",
    "nested": f"The rebels denied reports that {_CLAIM}.",
    "undenied": f"{_SAID}The rebels repeated the claim.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _kinds(key: str) -> set[str]:
    return {kind for kind, _, claim in _flags()[key] if claim == _CLAIM}


def test_the_plain_claim_nouns_are_claim_and_report_words() -> None:
    """The lexicon's plain names include "the claim" and "the report", no charge noun."""
    assert {"claim", "report"} <= set(_PLAIN)
    assert not set(_PLAIN) & set(_CHARGES)


@pytest.mark.parametrize(("verb", "noun"), list(product(_VERBS, _PLAIN)))
def test_a_claim_a_denial_names_plainly_is_only_contradicted(verb: str, noun: str) -> None:
    """'X said Y. Z denied the claim.': one contradiction, no unverified flag."""
    assert _kinds(f"plain_{verb}_{noun}") == {"contradiction"}


@pytest.mark.parametrize(("verb", "noun"), list(product(_VERBS, _CHARGES)))
def test_a_claim_a_denial_names_a_charge_is_also_unverified(verb: str, noun: str) -> None:
    """'X said Y. Z denied the allegation.': the noun calls Y a charge, as wire dev does."""
    assert _kinds(f"charge_{verb}_{noun}") == {"contradiction", "unverified"}


@pytest.mark.parametrize("key", ["plain_as_label", "plain_with_reason", "pronoun"])
def test_a_plain_denial_with_more_words_or_a_pronoun_is_only_a_contradiction(key: str) -> None:
    """A label or a reason after the noun, or "denied it", adds no charge."""
    assert _kinds(key) == {"contradiction"}


def test_a_claim_hedged_by_its_own_cue_stays_unverified_when_denied() -> None:
    """'The ministry claimed Y. The rebels denied the claim.': "claimed" hedges Y."""
    assert _kinds("own_hedge") == {"contradiction", "unverified"}


def test_a_nested_claim_noun_and_an_undenied_one_are_unchanged() -> None:
    """'denied reports that Y' contradicts Y alone; 'repeated the claim' flags nothing."""
    assert _kinds("nested") == {"contradiction"}
    assert _flags()["undenied"] == []
