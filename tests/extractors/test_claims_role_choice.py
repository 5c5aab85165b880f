"""'rejected X as a candidate': a denial verb followed by 'as' and a role denies no claim."""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def _rejected(text: str) -> list[ClaimStatus]:
    return [c.status for c in find_claims(text) if c.cue == "rejected"]


@pytest.mark.parametrize(
    "text",
    [
        "The board rejected Garcia as a nominee for the court.",
        "Delegates rejected the veteran as their leader.",
        "The council rejected the plan as the mayor said it would.",
    ],
)
def test_as_and_a_role_after_rejected_is_no_denial(text: str) -> None:
    """The role says who is turned down, or opens a comment clause: nothing is denied."""
    assert ClaimStatus.DENIED not in _rejected(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry rejected the report as baseless.",
        "The ministry rejected the report that troops had crossed the border.",
    ],
)
def test_rejected_with_an_evaluation_or_a_claim_still_denies(text: str) -> None:
    """'as baseless' evaluates the claim: the verb still denies it."""
    assert ClaimStatus.DENIED in _rejected(text)
