"""Negated denials that deny nothing: few or none as the subject, "hardly", "not yet",
"stopped short of".

"Few dispute that the economy grew", "None of the officials denied the report": the
subject all but says no one denies it. "He hardly disputed the figures", "The firm has
not yet denied the report", "Smith stopped short of denying the report": the denial is
not made. The neighbours keep their denials: "a few" is some people, a subject that is
no partitive of "none", "yet" as a conjunction.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def denied(text: str) -> list[str]:
    """The cue words of the denied claims of ``text``."""
    return [c.cue or "" for c in find_claims(text) if c.status is ClaimStatus.DENIED]


@pytest.mark.parametrize(
    "text",
    [
        "Few dispute that the economy grew.",
        "Few economists dispute that the economy grew.",
        "None of the officials denied the report.",
        "Neither of the men disputed the figures.",
        "He hardly disputed the figures.",
        "The firm has not yet denied the report.",
        "Okafor stopped short of denying the report.",
    ],
)
def test_a_negated_denial_is_no_denial(text: str) -> None:
    """A negative subject, "hardly", "not yet" or "stopped short of" makes no denial."""
    assert denied(text) == [], find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A few dispute that the economy grew.", "dispute"),
        ("A few economists dispute that the economy grew.", "dispute"),
        ("Those few who have denied their responsibility were named.", "denied"),
        ("The few who disputed the figures were ignored.", "disputed"),
        ("The officials denied the report.", "denied"),
        ("Officials at the ministry denied the report.", "denied"),
        ("The minister was in the room, yet denied that he had seen the memo.", "denied"),
    ],
)
def test_neighbours_of_a_negated_denial_keep_it(text: str, cue: str) -> None:
    """ "a few", "those few", a plain subject and "yet" as a conjunction keep the denial."""
    assert any(cue in c for c in denied(text)), find_claims(text)


def test_not_yet_confirmed_is_unconfirmed() -> None:
    """ "has not yet confirmed" leaves the claim unconfirmed, as "has not confirmed" does."""
    found = find_claims("The ministry has not yet confirmed the deaths.")
    assert [c.status for c in found if c.cue] == [ClaimStatus.UNCONFIRMED]
