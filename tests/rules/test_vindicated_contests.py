"""A vindication answers whoever contested the side it vindicates (issue 6, stop 38).

"A panel ruled that X. The regulator asked a state court to reconsider, arguing that [Y].
... “We believe the court acted appropriately,” a spokesman said": the vindication (the
matching lexicon's ``vindications``) answers the charge of the story a few paragraphs back
(:func:`~provenance.rules.exculpations.far_charge`), and a claim contesting another's is
such a charge: the spokesman contradicts Y. With no charge and no contest before it, a
vindication answers nothing; an exculpation still answers only charges.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from provenance.rules.exculpations import far_charge
from tests.rules.helpers import flags_of

_APPEAL = (
    "A three-judge panel ruled that the merger could go ahead. The regulator asked a state "
    "court to reconsider on Tuesday, arguing that the merger would raise prices."
)
_FILLER = (
    " The two companies sell most of the country's cement. Their shares rose on Monday in "
    "early trading in New York."
)
_VINDICATION = " “We believe the court acted appropriately,” a company spokesman said."

_TEXTS = {
    "vindicated": _APPEAL + _FILLER + _VINDICATION,
    # neighbour: a plain claim before the vindication, no contest and no charge
    "plain": "The regulator said the merger would raise prices." + _FILLER + _VINDICATION,
}


@cache
def _contradicted() -> dict[str, list[str]]:
    return {
        key: sorted(text for kind, _, text in found if kind == "contradiction")
        for key, found in flags_of(_TEXTS).items()
    }


def test_a_vindication_answers_the_contest_before_it() -> None:
    assert _contradicted()["vindicated"] == [
        "the merger could go ahead",
        "the merger would raise prices",
    ]


def test_a_vindication_with_no_contest_or_charge_answers_nothing() -> None:
    assert _contradicted()["plain"] == []


def _claims() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "claim_id": ["r", "y", "v"],
            "article_id": ["x"] * 3,
            "source_id": ["panel", "regulator", "spokesman"],
            "start": [0, 60, 400],
            "end": [40, 100, 440],
            "status": ["asserted"] * 3,
            "cue": ["ruled", "arguing", "said"],
        }
    )


def test_contests_count_as_charges_only_when_given() -> None:
    claims = _claims()
    answered = pd.Series([None, "r", None], index=claims.index, dtype=object)
    open_ = pd.Series([False, False, True], index=claims.index)
    # without contests: the ruling answered by the regulator is the charge
    assert far_charge(claims, open_, answered).tolist() == [None, None, "r"]
    contests = answered.notna()
    assert far_charge(claims, open_, answered, contests).tolist() == [None, None, "y"]
