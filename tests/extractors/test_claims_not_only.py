"""The correlative "not only ... but" is no negation of the cue it stands before.

"He not only denied the report but attacked reporters" denies the report; "he did not
deny the report" does not. Each form is tested with its negated neighbour.
"""

from __future__ import annotations

import pandas as pd
import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.rules.claims import flagged_cue


def statuses(text: str, cue: str) -> list[ClaimStatus]:
    """The statuses of the claims of ``text`` whose cue holds the word ``cue``."""
    return [c.status for c in find_claims(text) if c.cue is not None and cue in c.cue]


@pytest.mark.parametrize(
    ("text", "cue", "status"),
    [
        ("He not only denied the report but also attacked reporters.", "denied", "denied"),
        ("The Kremlin not only rejected the claims, it mocked them.", "rejected", "denied"),
        ("She has not only disputed the figures but sued.", "disputed", "denied"),
        ("Trump not only claimed that he won but demanded a recount.", "claimed", "hedged"),
    ],
)
def test_not_only_keeps_the_cue(text: str, cue: str, status: str) -> None:
    """A cue after "not only" keeps its own status."""
    assert ClaimStatus(status) in statuses(text, cue), find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He did not deny the report.", "deny"),
        ("The Kremlin has not rejected the claims.", "rejected"),
        ("Trump never claimed that he won.", "claimed"),
    ],
)
def test_a_plain_negation_still_negates(text: str, cue: str) -> None:
    """A negation with no "only" after it still takes the denial or hedge away."""
    got = statuses(text, cue)
    assert ClaimStatus.DENIED not in got, find_claims(text)
    assert ClaimStatus.HEDGED not in got, find_claims(text)


def test_flagged_cue_reads_not_only_as_a_charge() -> None:
    """ "not only accused" still charges; "did not accuse" does not."""
    claims = pd.DataFrame({"cue": ["not only accused", "did not accuse", "never only accused"]})
    assert flagged_cue(claims, None).tolist() == [True, False, True]
