"""A charge noun naming its target before its content ("allegations against X of Y").

"allegations against the mayor of bribery" hedge the bribery, as "allegations of
bribery against the mayor" do; the target is no content. Only the charge nouns of the
lexicon's ``targeted_nouns`` take a target so: "claims against the estate of ..." are
demands for money, no hedge.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon


def hedged(text: str, noun: str) -> list[str]:
    """The contents of the hedged (or flagged, for "accusations") claims of ``text`` whose
    cue is ``noun``."""
    ok = (ClaimStatus.HEDGED, ClaimStatus.ASSERTED) if noun.lower().startswith("accus") else ()
    return [
        c.text
        for c in find_claims(text)
        if c.cue == noun and (c.status is ClaimStatus.HEDGED or c.status in ok)
    ]


@pytest.mark.parametrize(
    ("text", "noun", "content"),
    [
        ("The allegations against the mayor of bribery grew.", "allegations", "bribery"),
        ("Accusations against him of fraud were dropped.", "Accusations", "fraud"),
        ("She repeated her allegation against the senator of perjury.", "allegation", "perjury"),
    ],
)
def test_the_target_is_no_part_of_the_content(text: str, noun: str, content: str) -> None:
    """The content follows "of" after the target."""
    assert hedged(text, noun) == [content], find_claims(text)


def test_a_that_clause_after_the_target_is_the_content() -> None:
    """ "allegations against him that he lied": the clause is hedged."""
    text = "Allegations against him that he lied under oath surfaced."
    assert [c.startswith("he lied under oath") for c in hedged(text, "Allegations")] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "The allegations against the mayor are serious.",
        "Claims against the estate of his father were settled.",
        "The allegations against the mayor, of which there are many, grew.",
    ],
)
def test_no_content_after_the_target_or_no_charge_noun_hedges_nothing(text: str) -> None:
    """No "of"/"that" after the target, a non-charge noun, or a clause stop: no content."""
    for noun in ("allegations", "Claims"):
        assert not [c for c in hedged(text, noun) if "mayor" in c or "father" in c], find_claims(
            text
        )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    noun=st.sampled_from(cue_lexicon("en").targeted_nouns),
    target=st.sampled_from(["him", "the mayor", "Senator Brooks", "the city council"]),
)
def test_every_targeted_noun_takes_any_target(noun: str, target: str) -> None:
    """Each listed noun, whatever its target, keeps the charge after "of" as its content."""
    text = f"The {noun} against {target} of bribery were discussed."
    assert hedged(text, noun) == ["bribery"], find_claims(text)
