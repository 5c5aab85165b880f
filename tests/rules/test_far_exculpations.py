"""An exculpation answers the charge of the story however far back it stands.

"Republicans allege that [Clinton approved the sale in return for donations]. ... [several
sentences] ... Fernandez has said Clinton played no role in the approval": the exculpation
(the matching lexicon's ``exculpations``) answers the charge, as "denied the allegations"
names its claim at any distance. A charge is a claim the text already marks: hedged,
unconfirmed, an accusation ("have accused Smith of"), or answered by another denial.

Neighbours that must flag no contradiction: the same far exculpation after a plain
attributed statement (no charge), after a charge of its own source or one more than a few
paragraphs back, and the narrator's own "was not involved in".
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

#: Sentences between the charge and the exculpation: more than a pointing denial reads.
_FILLER = (
    " The committee, which is chaired by the Treasury Department, has nine members and "
    "approved the sale unanimously in a vote held in the autumn of that year."
    " The sale was also approved by the Nuclear Regulatory Commission, which oversees the "
    "licences of uranium mines in Wyoming, Utah and several other western states."
    " The records of the vote are kept by the department in Washington and were released "
    "to the committee in the spring of the following year."
)

_TEXTS = {
    "hedged": (
        "Republicans allege that Clinton approved the sale in return for donations."
        + _FILLER
        + " Fernandez has said Clinton played no role in the approval."
    ),
    "accused": (
        "Prosecutors have accused Smith of taking bribes from the contractor."
        + _FILLER
        + " Smith has said he did nothing wrong."
    ),
    "answered": (
        "Republicans have said Clinton approved the sale in return for donations. Democrats "
        "say the allegations are baseless."
        + _FILLER
        + " Fernandez has said Clinton played no role in the approval."
    ),
    "plain": (
        "Republicans have said Clinton met the company's chairman in 2010."
        + _FILLER
        + " Fernandez has said Clinton played no role in the approval."
    ),
    "own": (
        "Fernandez alleged that the company lobbied the committee for months."
        + _FILLER
        + " Fernandez has said Clinton played no role in the approval."
    ),
    "too_far": (
        "Republicans allege that Clinton approved the sale in return for donations."
        + _FILLER * 3
        + " Fernandez has said Clinton played no role in the approval."
    ),
    "narrator": (
        "Republicans allege that Clinton approved the sale in return for donations."
        + _FILLER
        + " Clinton was not involved in the approval."
    ),
}


@cache
def _contradictions() -> dict[str, list[str]]:
    """Per text: the flagged claim's text of every contradiction."""
    return {
        key: [claim for kind, _rule, claim in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize(("key", "denials"), [("hedged", 1), ("accused", 1), ("answered", 2)])
def test_a_far_exculpation_contradicts_the_charge(key: str, denials: int) -> None:
    """A hedged charge, an accusation, or a charge another denial answers, far back: one
    contradiction of it per source denying it (the Democrats' and Fernandez's)."""
    flagged = _contradictions()[key]
    assert len(flagged) == denials, flagged
    charge = "taking bribes" if key == "accused" else "Clinton approved the sale"
    assert all(charge in c for c in flagged), flagged


@pytest.mark.parametrize("key", ["plain", "own", "too_far", "narrator"])
def test_a_far_exculpation_without_a_charge_of_another_flags_nothing(key: str) -> None:
    """A plain statement far back, a charge of its own source or one beyond the window
    (``FAR_WINDOW``), or the narrator's sentence."""
    assert _contradictions()[key] == []
