"""A claim a denial names with the claim noun that hedges it (issue 6, wire35).

"Russia has denied [allegations of [meddling in the vote]]", "the challengers said the memo
contradicted [the claim that [the army was not ready]]": the claim noun is the denial's
object, and the claim it holds is flagged as contradicted, not as unverified as well. So is
a claim noun a source evaluates ("said [the allegations of [X]] were politically motivated":
flagsE46). A hedge the denial does not hold as its object stays unverified.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

_TEXTS = {
    "denied": "Russia has repeatedly denied allegations of meddling in the vote.",
    "rejected": "The ministry rejected claims that troops had crossed the border.",
    "rebuffed": "The ministry rebuffed allegations that it had hidden the data.",
    "contradicted": "The challengers said the memo contradicted the claim that the army was "
    "not ready.",
    # the claim noun as the subject of an evaluation: the evaluation's object (flagsE46)
    "evaluated": "The senator said the allegations of misconduct against him were politically "
    "motivated.",
    # neighbours: the hedge outside the denial, the claim noun as a subject of no
    # evaluation, no denial
    "apart": "Several women made allegations of misconduct against the senator, who has "
    "denied the accusations.",
    "subject": "The senator said the allegations of misconduct against him were serious.",
    "plain": "Prosecutors are investigating allegations of fraud at the bank.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _kinds(key: str, text: str) -> set[str]:
    return {kind for kind, _, flagged in _flags()[key] if flagged == text}


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("denied", "meddling in the vote"),
        ("rejected", "troops had crossed the border"),
        ("rebuffed", "it had hidden the data"),
        ("contradicted", "the army was not ready"),
        ("evaluated", "misconduct against him"),
    ],
)
def test_a_claim_named_by_its_denial_is_contradicted_only(key: str, claim: str) -> None:
    assert _kinds(key, claim) == {"contradiction"}


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("apart", "misconduct against the senator"),
        ("subject", "misconduct against him"),
        ("plain", "fraud at the bank"),
    ],
)
def test_a_hedge_the_denial_does_not_name_stays_unverified(key: str, claim: str) -> None:
    assert "unverified" in _kinds(key, claim)
