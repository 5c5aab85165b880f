"""A court's ruling is the claim a source disputes when it contests the ruling by name.

"The judge ruled that X. ... A spokeswoman said the department disagrees with the
judge's ruling": a ruling noun phrase (matching.yaml ``ruling_heads``) taken by a
contesting word (``ruling_contests``), as the cue or inside the content, or said to be
one of the cue lexicon's evaluations ("the decision was wrong"), contradicts the
nearest earlier claim of another source stating a ruling (``ruling_verbs``, a court
among ``ruling_sources``). Neighbours that must flag nothing: a ruling praised or
described, a contest of something else, a ruling contested with no ruling stated
before it, "ruled out", the ruling of the same source, and a claim of the Justice
Department (a department, no court).
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import flags_of

_RULED = "Judge James Robart ruled on Friday that the refugees could still be admitted. "
_COURT = "The appeals court said on Monday it was denying the government's request. "
_PANEL = (
    "A three-judge panel ruled that the disputed ballot should be counted for Yancey, "
    "the Virginian-Pilot newspaper reported. "
)

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "disagrees": _RULED + "A spokeswoman said the department disagrees with Robart's ruling.",
    "quoted": _COURT + "“We disagree with the court's ruling,” a Justice Department official said.",
    "slammed": _PANEL + "Democrats slammed the decision on Thursday.",
    "wrong": _PANEL + "“Today's decision by the court was wrong,” their lawyer said.",
    "rejected": _RULED + "The State Department rejected the judge's ruling on Saturday.",
    # neighbours
    "praised": _RULED + "Advocacy groups praised Robart's decision.",
    "described": _RULED + "“This ruling brings relief to thousands of refugees,” Hirose said.",
    "other": _RULED + "A spokeswoman said the department disagrees with the new policy.",
    "no_ruling": (
        "The senator said the refugees could still be admitted. "
        "A spokeswoman said the department disagrees with the court's ruling."
    ),
    "ruled_out": (
        "The minister ruled out new taxes on Friday. "
        "A spokeswoman said the party disagrees with the decision."
    ),
    "own": _RULED + "Robart said he disagrees with the earlier ruling.",
    "department": (
        "The Justice Department said on Friday the refugees could still be admitted. "
        "A spokesman said the group disagrees with the decision."
    ),
}


@cache
def _contradictions() -> dict[str, list[str]]:
    """Per text: the text of every claim a contradiction flags."""
    return {
        key: [claim for kind, _, claim in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["disagrees", "rejected"])
def test_a_ruling_disputed_by_name_is_contradicted(key: str) -> None:
    """'disagrees with Robart's ruling', 'rejected the judge's ruling' contradict what
    Robart ruled."""
    assert _contradictions()[key] == ["the refugees could still be admitted"]


def test_a_court_is_a_ruling_source() -> None:
    """'the court's ruling' names what the appeals court said it was doing."""
    flagged = _contradictions()["quoted"]
    assert len(flagged) == 1
    assert flagged[0].endswith("it was denying the government's request")


@pytest.mark.parametrize("key", ["slammed", "wrong"])
def test_a_ruling_held_in_a_report_is_contradicted(key: str) -> None:
    """'slammed the decision' / 'the decision was wrong' after 'a panel ruled that X,
    the newspaper reported': the flagged claim holds the ruling."""
    flagged = _contradictions()[key]
    assert len(flagged) == 1
    assert "the disputed ballot should be counted for Yancey" in flagged[0]


@pytest.mark.parametrize(
    "key", ["praised", "described", "other", "no_ruling", "ruled_out", "own", "department"]
)
def test_neighbours_of_a_disputed_ruling_flag_nothing(key: str) -> None:
    """A ruling praised or described, another thing contested, no ruling before, a
    minister's 'ruled out', a judge's word on his own ruling, and the Justice
    Department's claim (no court) contradict nothing."""
    assert _contradictions()[key] == []


def test_ruled_that_reports_a_claim_and_ruled_out_does_not() -> None:
    """'ruled that X' is an asserted claim of the court; 'ruled out X' is none."""
    found = [c for c in find_claims(_RULED + "The minister ruled out new taxes.") if c.cue]
    assert [(c.cue, c.text, c.status) for c in found] == [
        ("ruled", "the refugees could still be admitted", ClaimStatus.ASSERTED)
    ]


def test_the_matching_lexicon_states_the_ruling_family() -> None:
    """The ruling nouns, contesting words, verbs and sources are language data."""
    lex = match_lexicon("en")
    assert "ruling" in lex.ruling_heads
    assert "disagrees with" in lex.ruling_contests
    assert "ruled" in lex.ruling_verbs
    assert "court" in lex.ruling_sources
