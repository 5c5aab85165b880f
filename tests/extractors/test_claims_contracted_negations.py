"""A negation contracted onto its auxiliary ("didn't deny", "hasn't disputed").

"The senator didn't deny the story" reads as "did not deny": the cue keeps its subject
as the source and its negation, so a negated denial is no denial, a negated hedge no
hedge, and a negated confirmation leaves the claim unconfirmed. Both apostrophes count.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon

CONTRACTED = cue_lexicon("en").contracted_negations


def cue_claims(text: str, verb: str) -> list:
    """The claims of ``text`` whose cue holds ``verb``."""
    return [c for c in find_claims(text) if c.cue is not None and verb in c.cue]


@pytest.mark.parametrize(
    ("text", "verb", "status"),
    [
        ("The senator didn't deny the story.", "deny", ClaimStatus.ASSERTED),
        ("The senator wouldn't deny the story.", "deny", ClaimStatus.ASSERTED),
        ("The senator hasn't denied the story.", "denied", ClaimStatus.ASSERTED),
        ("The senator doesn't dispute the numbers.", "dispute", ClaimStatus.ASSERTED),
        ("The senator won't reject the story.", "reject", ClaimStatus.ASSERTED),
        ("The senator didn’t deny the story.", "deny", ClaimStatus.ASSERTED),
        ("The senator didn't claim that the vote was rigged.", "claim", ClaimStatus.ASSERTED),
        ("The senator hasn't insisted that the vote was rigged.", "insisted", ClaimStatus.ASSERTED),
        ("The ministry hasn't confirmed the story.", "confirmed", ClaimStatus.UNCONFIRMED),
        ("The ministry couldn’t verify the story.", "verify", ClaimStatus.UNCONFIRMED),
    ],
)
def test_contracted_negation_negates_the_cue(text: str, verb: str, status: ClaimStatus) -> None:
    """The contracted form reads as its spelled-out negation, with the subject as source."""
    claims = cue_claims(text, verb)
    assert claims, find_claims(text)
    assert {c.status for c in claims} == {status}, claims
    assert claims[0].source_text in ("The senator", "The ministry"), claims


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor didn't say that taxes would rise.", "The mayor"),
        ("The mayor wouldn’t say that taxes would rise.", "The mayor"),
        ("Officials haven't said whether the plant will close.", "Officials"),
    ],
)
def test_the_contraction_is_no_part_of_the_source(text: str, source: str) -> None:
    """ "The mayor didn't say": the source is "The mayor", not "The mayor didn't"."""
    claims = cue_claims(text, "say") + cue_claims(text, "said")
    assert [c.source_text for c in claims] == [source], find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator did deny the story.",
        "The senator denied the story.",
        "The senator has denied the story.",
    ],
)
def test_plain_denials_stay_denials(text: str) -> None:
    """Without a negation the denial holds."""
    assert ClaimStatus.DENIED in {c.status for c in cue_claims(text, "den")}, find_claims(text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(form=st.sampled_from(CONTRACTED))
def test_every_contracted_form_negates_a_denial(form: str) -> None:
    """Each listed contraction before "deny" (or "denied" after a perfect) negates it."""
    verb = "denied" if form.lower().startswith(("has", "have", "had")) else "deny"
    text = f"The minister {form} {verb} the story."
    claims = cue_claims(text, verb)
    assert claims, find_claims(text)
    assert ClaimStatus.DENIED not in {c.status for c in claims}, claims
    assert claims[0].source_text == "The minister", claims


def test_the_list_holds_both_apostrophes() -> None:
    """Every contraction is listed with the straight and the curly apostrophe."""
    straight = {f for f in CONTRACTED if "'" in f}
    curly = {f.replace("’", "'") for f in CONTRACTED if "’" in f}
    assert straight
    assert straight == curly
