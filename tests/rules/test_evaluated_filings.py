"""A filing evaluated by a copula: "Exxon said the lawsuit was without merit."

A lawsuit, a complaint or a petition makes a claim (the cue lexicon's ``alleging_heads``),
so a source calling it baseless, false or without merit denies what it claims, as "the
allegations were without merit" does. A denial verb taking one as its object stays a
ruling or a refusal ("The judge dismissed the lawsuit", "The request was denied"), and a
filing's predicate that evaluates nothing ("was filed in Delaware", "were expensive")
raises no flag.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from tests.rules.helpers import flags_of

_FLAGGED = {
    "lawsuit": ("Exxon said the lawsuit was without merit.", "the lawsuit"),
    "suit-and": (
        "A spokeswoman said the suit was baseless and that the bank would fight it.",
        "the suit",
    ),
    "complaint-perfect": (
        "The council said the residents' complaint had been without merit from the start.",
        "the residents' complaint",
    ),
    "petition-false": ("The ministry said the petition was false.", "the petition"),
    "allegations": ("The mayor said the allegations were without merit.", "the allegations"),
}

_QUIET = {
    "dismissed": "The judge dismissed the lawsuit on Friday.",
    "passive-denied": "The request was denied by the judge on Friday.",
    "filed": "The company said the lawsuit was filed in Delaware.",
    "expensive": "The company said the lawsuits were expensive.",
    "demands": "The minister said the demands were reasonable.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    texts = {key: text for key, (text, _) in _FLAGGED.items()}
    return flags_of({**texts, **_QUIET})


@pytest.mark.parametrize("key", list(_FLAGGED))
def test_an_evaluated_filing_is_contradicted(key: str) -> None:
    """One contradiction, of the filing the predicate evaluates."""
    _, filing = _FLAGGED[key]
    assert [(kind, text) for kind, _, text in _flags()[key]] == [("contradiction", filing)]


@pytest.mark.parametrize("key", list(_QUIET))
def test_a_ruling_or_a_plain_predicate_is_no_flag(key: str) -> None:
    """A denial verb's filing is refused or ruled on; a plain predicate evaluates nothing."""
    assert _flags()[key] == []


@settings(max_examples=40, deadline=None)
@given(
    head=st.sampled_from(("lawsuit", "suit", "complaint", "petition")),
    copula=st.sampled_from(("was", "is", "had been")),
    evaluation=st.sampled_from(("without merit", "baseless", "false", "unfounded")),
)
def test_every_filing_evaluation_is_one_claim(head: str, copula: str, evaluation: str) -> None:
    """Whatever the filing, copula or evaluation: one claim, the filing, cued by the
    predicate and made by the sayer."""
    text = f"The company said the {head} {copula} {evaluation}."
    found = [c for c in find_claims(text) if c.cue and c.cue.endswith(evaluation)]
    assert [(c.text, c.status) for c in found] == [(f"the {head}", ClaimStatus.ASSERTED)]
    assert found[0].source is not None
    assert found[0].source.name == "company"
