"""A charged report holding a claim passes the charge to it (``charge_to_nested``).

"[Paul told police that [Boucher tackled him]], the Daily News reported": the outlet's
report frame is a claim of its own, and the claim it carries is the shortest clause
stating what a fact-checker must verify. One flag, on the nested claim; a frame holding
no claim keeps its own flag, and a nested hedge is flagged by its own cue.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from provenance.rules.trailing import charge_to_nested
from tests.rules.helpers import flags_of

_TEXTS = {
    "daily_news": "Paul told police that Boucher tackled him from behind, "
    "the Bowling Green Daily News reported, citing an arrest warrant.",
    "report_of_report": "The Associated Press reported that an aide said that "
    "the talks had failed.",
    # neighbours
    "plain": "The New York Times reported that the talks had failed.",
    "hedged": "Smith claimed the vote was rigged, The New York Times reported.",
    "person": "Smith demanded an apology, a spokesman for the senator said.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("daily_news", "Boucher tackled him from behind"),
        ("report_of_report", "the talks had failed"),
    ],
)
def test_the_nested_claim_carries_the_charge_alone(key: str, claim: str) -> None:
    """One flag, on the claim nested in the outlet's report, not on the whole clause."""
    assert _flags()[key] == [("unverified", "claim.charge", claim)]


def test_a_report_holding_no_claim_keeps_its_charge() -> None:
    """Neighbour: "The Times reported that X" with nothing nested flags X itself."""
    assert _flags()["plain"] == [("unverified", "claim.charge", "the talks had failed")]


def test_a_nested_hedge_is_flagged_once_by_its_own_cue() -> None:
    """Neighbour: "Smith claimed X, the Times reported": the hedge, not a second charge."""
    assert _flags()["hedged"] == [("unverified", "claim.hedged", "the vote was rigged")]


def test_a_persons_frame_charges_nothing() -> None:
    """Neighbour: a spokesman's frame is no outlet's report."""
    assert _flags()["person"] == []


def test_without_parents_nothing_moves() -> None:
    """A claims table with no ``parent_claim_id`` column keeps the charges it is given."""
    claims = pd.DataFrame({"claim_id": ["a", "b"], "status": ["asserted"] * 2})
    charged = pd.Series([True, False])
    assert charge_to_nested(claims, charged).tolist() == [True, False]
