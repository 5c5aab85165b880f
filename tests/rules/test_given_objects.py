"""A denied claim noun with a participle of provenance points back: "the claims first reported by".

"Since allegations of harassment surfaced against Weinstein, ... Weinstein has denied [the
claims first reported by the New York Times]": the participle (matching.yaml
``given_participles``) says where the claim came from, not what it says, so the object
names the claim made before it with any claim noun, within a few sentences. Neighbours:
the same object far back stays a denial of its own; a complement that states content
("the claims of fraud") and a "that" after the participle do not point back.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from provenance.rules.claims import _given_by_participle
from tests.rules.helpers import flags_of

_SINCE = (
    "Since allegations of harassment and assault surfaced against producer Harvey Weinstein, "
    "a campaign has galvanized women. "
)
_FILLER = (
    "A revived social media campaign has galvanized women to speak out about harassment by "
    "lawmakers at a number of state capitols. "
) * 3
_DENIED = "Weinstein has denied the claims first reported by the New York Times."

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {"near": _SINCE + _DENIED, "far": _SINCE + _FILLER + _DENIED}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def test_a_participle_of_provenance_points_back_to_the_claim_noun_before() -> None:
    """'the claims first reported by' answers 'allegations of [harassment and assault]'."""
    flags = _flags()["near"]
    assert ("contradiction", "claim.denial_contradicts", "harassment and assault") in flags


def test_beyond_the_answer_window_the_denial_stands_alone() -> None:
    """Any claim noun is a loose match: far back, the object is flagged as it is."""
    flags = _flags()["far"]
    assert ("contradiction", "claim.denial_contradicts", "harassment and assault") not in flags
    assert (
        "contradiction",
        "claim.denied",
        "the claims first reported by the New York Times",
    ) in flags


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("the claims first reported by the new york times", True),
        ("the allegations made against me", True),
        ("these accusations leveled against the senator", True),
        # neighbours: content of its own, a "that" clause, no pointing determiner
        ("the allegations of fraud", False),
        ("the claims made that he lied", False),
        ("allegations made against me", False),
        ("the claims", False),
    ],
)
def test_only_a_pointing_claim_noun_with_a_participle_of_provenance_is_given(
    text: str, given: bool
) -> None:
    """Determiner, claim head, participle; nothing stating content after it."""
    assert _given_by_participle(pd.Series([text])).tolist() == [given]
