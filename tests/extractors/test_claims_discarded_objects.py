"""Objects that make a denial or hedge verb take a thing, not a claim.

A denial verb (or noun) that discards an agreement, a need, an attempt, a date, an
institution or a doctrine ("rejecting a treaty", "the need for one", "dismissed
attempts to") contradicts no claim; a hedge verb that takes a thing by its head
("claiming U.S. tax breaks", "claims the Senate seat") claims no fact. Each form
is tested with the neighbours that must stay denials or hedges.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def statuses(text: str, cue: str) -> list[ClaimStatus]:
    """The statuses of the claims of ``text`` whose cue holds the word ``cue``."""
    return [c.status for c in find_claims(text) if c.cue is not None and cue in c.cue]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Dutch voters dealt a blow to the EU by rejecting a treaty.", "reject"),
        ("The rejection of the treaty signals the end of the union, he said.", "rejection"),
        ("He has hired a pollster, having rejected the need for one in the primaries.", "reject"),
        ("Cardin said Republicans rejected his attempts to include language.", "reject"),
        ("Anuzis, who has long dismissed attempts to unhorse Trump, spoke.", "dismiss"),
        ("Insiders, long dismissive of attempts to block Trump, now agree.", "dismiss"),
        ("Clinton summarily rejected those days.", "reject"),
        ("It is possible that rejection of the establishment will end the story.", "rejection"),
        ("A candidate who has largely rejected the party's orthodoxy might unite it.", "reject"),
        ("The outlets created a false bubble denying science that scares Republicans.", "deny"),
        ("You have to deny the Islamic State sanctuary and the sense of momentum.", "deny"),
    ],
)
def test_a_discarded_thing_is_no_denial(text: str, cue: str) -> None:
    """Discarding a thing that states no claim gives no denied claim."""
    assert ClaimStatus.DENIED not in statuses(text, cue), find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("BuzzFeed denied the report, saying this year will meet expectations.", "denied"),
        ("He has always denied it.", "denied"),
        ("Mr. Obama dismissed the criticism as the voice of a coal company.", "dismissed"),
        ("He said he rejects Donald Trump's latest comments about Muslims.", "rejects"),
        ("The Sanders campaign rejected the idea as “ludicrous.”", "rejected"),
        ("Your letter disputes the substance of the two articles.", "disputes"),
        # "as" labels the discarded thing: a dismissal of what it claims
        ("He dismissed the attempts as a publicity stunt.", "dismissed"),
        # "such" points back to a claim made before
        ("Russia tried to sway the vote. Moscow denies any such effort.", "denies"),
        # a clause after the verb is a claim, whatever noun stands in it
        ("Trump denied that the attempts had failed.", "denied"),
        ("He rejected the establishment's claim that the vote was fair.", "rejected"),
    ],
)
def test_a_denied_claim_stays_a_denial(text: str, cue: str) -> None:
    """Neighbours: claims, anaphors, labels and clauses are still denied."""
    assert ClaimStatus.DENIED in statuses(text, cue), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her vow to go after companies that ship jobs overseas while claiming U.S. tax breaks.",
        "The Democrat claims the Senate seat after a recount.",
        "The attack claimed the lives of 30 people.",
    ],
)
def test_a_thing_claimed_by_its_head_is_no_hedge(text: str) -> None:
    """A hedge verb whose object's head is a thing (a tax break, a seat, lives) claims no fact."""
    assert ClaimStatus.HEDGED not in statuses(text, "claim"), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # a clause after the verb is still a claim
        "He claimed the seat was rigged against him.",
        "Trump claimed the Republican establishment had betrayed voters.",
        # the nomination and allegiance, like victory, are facts no one has checked
        "Mr. Trump officially claimed the nomination on Tuesday.",
        "A gunman claiming allegiance to ISIS killed 49 people.",
    ],
)
def test_a_claim_stays_a_hedge(text: str) -> None:
    """Neighbours: a clause, a nomination or an allegiance claimed stays hedged."""
    assert ClaimStatus.HEDGED in statuses(text, "claim"), find_claims(text)


def test_evidence_of_something_is_no_hedge_of_the_claim() -> None:
    """ "without evidence of her intent" is the clause's own words, not a remark on the claim."""
    text = (
        "He said there is no precedent for prosecuting a case like Clinton's without "
        "evidence of her intent to violate the law."
    )
    assert statuses(text, "said") == [ClaimStatus.ASSERTED]


def test_without_evidence_after_the_cue_hedges() -> None:
    """Neighbour: "said, without evidence, that ..." still hedges the claim."""
    text = "She also said, without evidence, that they are going to people."
    assert statuses(text, "said") == [ClaimStatus.HEDGED]
