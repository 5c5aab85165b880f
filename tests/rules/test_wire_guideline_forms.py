"""More of the wire guideline's constructions, in plain English forms.

Unverified: a hearsay passive ("is rumored to", cues.yaml ``hedging_passives``).
Contradiction: a claim noun said to be "not accurate" or "incorrect" (cues.yaml
``evaluations``), and "took issue with" a claim (matching.yaml ``claim_contesting_cues``).
Neighbours: the same words said of a thing that is no claim ("the address was incorrect",
"took issue with the plan") flag nothing.
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import flags_of

_TEXTS = {
    "rumored": "The singer is rumored to be planning a comeback tour.",
    "accurate": "The ministry said the report was not accurate.",
    "incorrect": "The bank said the newspaper's account was incorrect.",
    "issue": "The company took issue with the report, saying it relied on old data.",
    "issue_that": "The company has taken issue with claims that it polluted the river.",
    # neighbours
    "address": "The clerk said the address was incorrect.",
    "plan": "The mayor took issue with the plan to close the library.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def test_a_rumored_act_is_unverified() -> None:
    """'is rumored to be planning': hearsay, flagged unverified."""
    flags = _flags()["rumored"]
    assert [(kind, text) for kind, _, text in flags] == [
        ("unverified", "be planning a comeback tour")
    ]


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("accurate", "the report"),
        ("incorrect", "the newspaper's account"),
        ("issue", "the report"),
    ],
)
def test_a_claim_argued_against_is_contradicted(key: str, claim: str) -> None:
    """The claim noun phrase is flagged as contradicted."""
    assert ("contradiction", claim) in [(k, t) for k, _, t in _flags()[key]]


def test_taking_issue_with_a_that_claim_contradicts_it() -> None:
    """'has taken issue with claims that X': X is contradicted."""
    flags = _flags()["issue_that"]
    assert any(k == "contradiction" and t == "it polluted the river" for k, _, t in flags)


@pytest.mark.parametrize("key", ["address", "plan"])
def test_things_that_are_no_claims_are_not_contradicted(key: str) -> None:
    """'the address was incorrect', 'took issue with the plan': no contradiction."""
    assert not any(kind == "contradiction" for kind, _, _ in _flags()[key])


def test_the_contesting_forms_are_language_data() -> None:
    """'took issue with' is read from the English matching lexicon."""
    assert "took issue with" in match_lexicon("en").claim_contesting_cues


_MORE = {
    "exaggerated": "Activists said 30 people were killed. The army said the toll was exaggerated.",
    "inflated": "Activists said 30 people were killed. The army called the figure inflated.",
    "no_confirmation": "The army said it had killed 40 militants. "
    "There was no independent confirmation of the claim.",
    "but_no": "Rebels said they had downed a jet, but there was no immediate confirmation.",
    # neighbours
    "no_agreement": "The minister said the talks would resume. There was no agreement on a date.",
    "exaggerated_thing": "The designer said the shoulders of the jacket were exaggerated.",
}


@cache
def _more() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_MORE)


@pytest.mark.parametrize("key", ["exaggerated", "inflated"])
def test_a_figure_called_exaggerated_contradicts_the_count(key: str) -> None:
    """'the toll was exaggerated' answers the count given before it."""
    flags = _more()[key]
    assert any(k == "contradiction" and t == "30 people were killed" for k, _, t in flags)


@pytest.mark.parametrize(
    ("key", "claim"),
    [("no_confirmation", "it had killed 40 militants"), ("but_no", "they had downed a jet")],
)
def test_no_independent_confirmation_leaves_the_claim_unverified(key: str, claim: str) -> None:
    """'There was no independent confirmation': the claim before it is unverified."""
    assert ("unverified", claim) in [(k, t) for k, _, t in _more()[key]]


@pytest.mark.parametrize("key", ["no_agreement", "exaggerated_thing"])
def test_neighbours_of_the_new_forms_flag_nothing(key: str) -> None:
    """'There was no agreement', a jacket's 'exaggerated' shoulders: no flag."""
    assert _more()[key] == []


_CONFLICTS = {
    "estimates": "Police and organizers gave widely differing estimates of the size of the crowd.",
    "reports": "There were conflicting reports about the number of dead.",
    # neighbour: no "of"/"about" content, nothing to flag
    "bare": "The company said it had received conflicting reports.",
}


@cache
def _conflicts() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_CONFLICTS)


@pytest.mark.parametrize(
    ("key", "claim"),
    [("estimates", "the size of the crowd"), ("reports", "the number of dead")],
)
def test_conflicting_numbers_and_reports_are_contradictions(key: str, claim: str) -> None:
    """'differing estimates of X', 'conflicting reports about X': X is contradicted."""
    assert ("contradiction", claim) in [(k, t) for k, _, t in _conflicts()[key]]


def test_conflicting_reports_with_no_topic_flag_nothing() -> None:
    """'received conflicting reports.': no topic named, no contradiction."""
    assert not any(kind == "contradiction" for kind, _, _ in _conflicts()["bare"])
