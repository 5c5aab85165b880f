"""Wire constructions that leave a claim unverified, read from the cue lexicon.

* "a complaint alleging [fraud]": "allege" takes a charge as its object, so its participle
  after a legal document's noun (a reduced relative; the lexicon's ``alleging_heads``)
  hedges that noun phrase, as "alleges fraud" does; "claiming 41 percent of the vote" and
  "claiming tax breaks" still take a thing, and "detailed alleged abuses" is an adjective.
* "The army said [it killed 30 militants], a claim that could not be independently
  verified": the appositive stands for the clause before its comma, so that clause ends
  there and is unconfirmed.
* "It was not immediately possible to verify the report": the impersonal form of "could
  not verify", marking the claim before it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def _with_status(text: str, status: ClaimStatus) -> list[tuple[str | None, str]]:
    """(cue, content) of every claim of ``text`` with ``status``."""
    return [(c.cue, c.text) for c in find_claims(text) if c.status is status]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The firms were sued in a complaint alleging fraud by their managers.",
            "fraud by their managers",
        ),
        ("She filed a grievance alleging bribery.", "bribery"),
        (
            "The office settled four claims against senators alleging harassment or bias.",
            "harassment or bias",
        ),
        ("The suit, alleging negligence, was filed on Friday.", "negligence"),
    ],
)
def test_a_participle_of_allege_after_a_noun_hedges_its_object(text: str, content: str) -> None:
    """'a complaint alleging [fraud]': the noun phrase after the participle is the charge."""
    assert ("alleging", content) in _with_status(text, ClaimStatus.HEDGED)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor won re-election, claiming 41 percent of the vote.",
        "Residents filed returns claiming tax breaks for the repairs.",
    ],
)
def test_other_hedge_participles_still_take_a_thing(text: str) -> None:
    """'claiming 41 percent of the vote': a thing claimed, no hedged claim."""
    assert _with_status(text, ClaimStatus.HEDGED) == []


@pytest.mark.parametrize(
    "text",
    [
        "The report detailed alleged abuses by the militia.",
        "Prosecutors are investigating alleged fraud at the bank.",
    ],
)
def test_an_attributive_alleged_after_a_verb_is_no_hedge(text: str) -> None:
    """'detailed alleged abuses': an adjective, not the verb taking an object."""
    assert _with_status(text, ClaimStatus.HEDGED) == []


def test_a_clause_after_alleging_keeps_its_own_reading() -> None:
    """'a lawsuit alleging that [X]': the clause after "that", as before."""
    text = "She filed a lawsuit alleging that the firm misled its investors."
    assert ("alleging", "the firm misled its investors") in _with_status(text, ClaimStatus.HEDGED)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The army said it killed 30 militants, a claim that could not be verified.",
            "it killed 30 militants",
        ),
        (
            "The ministry said 12 had died, a figure that could not be independently confirmed.",
            "12 had died",
        ),
        (
            "The rebels said they had seized two towns, which could not be verified.",
            "they had seized two towns",
        ),
        (
            "Police said the driver had fled, an account which Reuters was unable to verify.",
            "the driver had fled",
        ),
    ],
)
def test_an_unverifiable_appositive_ends_the_claim_it_follows(text: str, content: str) -> None:
    """The clause before the appositive's comma is the claim, and it is unconfirmed."""
    assert ("said", content) in _with_status(text, ClaimStatus.UNCONFIRMED)


def test_a_verified_appositive_changes_nothing() -> None:
    """'..., a figure that was later confirmed': no negation, the claim stays as it was."""
    text = "The ministry said 12 people had died, a figure that officials later confirmed."
    assert _with_status(text, ClaimStatus.UNCONFIRMED) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not immediately possible to verify the report.",
        "It was not possible to independently confirm the account.",
        "It is not possible to verify the figures.",
    ],
)
def test_not_possible_to_verify_marks_the_claim_before(sentence: str) -> None:
    """'It was not immediately possible to verify the report.' marks the rebels' claim."""
    text = "The rebels said they had shot down a fighter jet. " + sentence
    assert ("said", "they had shot down a fighter jet") in _with_status(
        text, ClaimStatus.UNCONFIRMED
    )


def test_possible_without_negation_marks_nothing() -> None:
    """'It was possible to verify the report': nothing left open."""
    text = "The rebels said they had shot down a fighter jet. It was possible to verify the report."
    assert _with_status(text, ClaimStatus.UNCONFIRMED) == []


_NOUNS = st.sampled_from(["figure", "claim", "account", "number"])
_VERBS = st.sampled_from(["could not be independently verified", "could not be confirmed"])


@settings(max_examples=25, deadline=None)
@given(noun=_NOUNS, verb=_VERBS, count=st.integers(min_value=2, max_value=900))
def test_the_cut_claim_never_holds_the_appositive(noun: str, verb: str, count: int) -> None:
    """Whatever the appositive's noun, the unconfirmed claim ends before its comma."""
    claim = f"{count} fighters were killed"
    text = f"The group said {claim}, a {noun} that {verb}."
    unconfirmed = _with_status(text, ClaimStatus.UNCONFIRMED)
    assert ("said", claim) in unconfirmed
    assert all(noun not in content for cue, content in unconfirmed if cue == "said")


@pytest.mark.parametrize(
    "sentence",
    [
        "The claims could not be independently corroborated.",
        "Those claims have not been substantiated.",
        "The allegation has not been proven.",
        "The accusations remain unproven.",
        "The account was uncorroborated.",
    ],
)
def test_synonyms_of_unverified_mark_the_claim_before(sentence: str) -> None:
    """'corroborated', 'substantiated', 'proven' and 'remain unproven' say what 'verified' does."""
    text = "Two former aides said the senator had paid the women. " + sentence
    assert ("said", "the senator had paid the women") in _with_status(text, ClaimStatus.UNCONFIRMED)


@pytest.mark.parametrize(
    "sentence",
    [
        "The allegations have been proven in court.",
        "The accusations are baseless.",
        "The claims were corroborated by two witnesses.",
    ],
)
def test_proven_or_denied_claims_are_not_unconfirmed(sentence: str) -> None:
    """No negation, or an evaluation that denies ("baseless"): not left unconfirmed."""
    text = "Two former aides said the senator had paid the women. " + sentence
    assert ("said", "the senator had paid the women") not in _with_status(
        text, ClaimStatus.UNCONFIRMED
    )
