"""A denial naming whose claim it denies by a possessive answers that source's first claim.

"The plaintiffs said [they are legally injured]. ... The judge said [the plaintiffs’
claims] were speculative.": the possessor names the source, and the claim denied is the
first one that source made before the denial, however far back. Neighbours: a possessor
who made no claim before, the denier's own claim, a possessive of no claim head, a
possessor named only after the denial.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from provenance.rules.owners import owned_claim
from tests.rules.helpers import flags_of

_FIRST = "they are legally injured when foreign governments pay to use his hotels"
_LATER = "this leads them to have lost wages and commissions"
_FILLER = (
    "The case was filed in Manhattan federal court in January. "
    "A Justice Department spokeswoman said the administration “appreciates the court’s "
    "ruling.” Critics have said that is not a sufficient safeguard. "
)

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "plural": f"The plaintiffs said {_FIRST}. They also said {_LATER}. {_FILLER}"
    "U.S. District Judge George Daniels said the plaintiffs’ claims were speculative.",
    "singular": f"Critics said {_FIRST}. {_FILLER}"
    "The minister said the critics’ accusations were baseless.",
    "named": f"Steve Bannon said {_FIRST}. {_FILLER}"
    "Senator Orrin Hatch said Bannon’s claims were false.",
    # neighbours
    "no_claim_before": f"{_FILLER}The judge said the plaintiffs’ claims were speculative.",
    "own_claim": f"The plaintiffs said {_FIRST}. {_FILLER}"
    "The plaintiffs said the plaintiffs’ claims were misunderstood.",
    "no_claim_head": f"The plaintiffs said {_FIRST}. {_FILLER}"
    "The judge said the plaintiffs’ lawyers were wrong.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


@pytest.mark.parametrize("key", ["plural", "singular", "named"])
def test_a_possessed_claim_noun_contradicts_the_possessors_first_claim(key: str) -> None:
    """The possessor's first claim is flagged as contradicted, however far back."""
    flags = _flags()[key]
    assert ("contradiction", "claim.denial_contradicts", _FIRST) in flags
    assert not any(kind == "contradiction" and text == _LATER for kind, _, text in flags)


@pytest.mark.parametrize("key", ["no_claim_before", "own_claim", "no_claim_head"])
def test_no_possessors_claim_no_pairing(key: str) -> None:
    """A possessor with no claim before, the denier's own, or no claim head: no pair."""
    flags = _flags()[key]
    assert not any(rule == "claim.denial_contradicts" for _, rule, _ in flags)


def test_owned_claim_takes_the_first_claim_of_the_possessor() -> None:
    """On the rule itself: the first claim of the source named, not the last or another's."""
    claims = pd.DataFrame(
        {
            "claim_id": ["p1", "p2", "o", "d"],
            "article_id": ["x"] * 4,
            "source_id": ["plaintiffs", "plaintiffs", "critics", "daniels"],
            "source_text": ["The plaintiffs", "They", "Critics", "Daniels"],
            "start": [0, 50, 100, 200],
            "end": [40, 90, 140, 222],
            "text": [_FIRST, _LATER, "that is not enough", "the plaintiffs’ claims"],
        }
    )
    got = owned_claim(claims, pd.Series([False, False, False, True]))
    assert got.tolist() == [None, None, None, "p1"]
    # a possessor naming no source before: none
    claims.loc[3, "text"] = "the prosecutors’ claims"
    assert owned_claim(claims, pd.Series([False, False, False, True])).tolist() == [None] * 4
