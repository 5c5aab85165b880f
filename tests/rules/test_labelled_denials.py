"""A denial verb that labels what it denies: "the army rejected the toll as inflated".

"Activists said 30 people were killed. The army rejected [the toll] as inflated": the
object before "as" is what the army denies and the label after it (one of the cue
lexicon's ``evaluations`` or the matching lexicon's ``quantity_comparatives``) says why,
so "the toll" points back to the activists' count as "disputed the toll" does; so do "it",
"the report" and "the allegations" before such a label ("dismissed it as propaganda",
"dismissed the report as “fake news”").

Neighbours: a label that says no claim is false ("rejected the plan as too costly",
"described the report as accurate"), a ruling ("dismissed the lawsuit as meritless"), and
a labelled pronoun pointing to no claim ("Moscow dismissed it as propaganda" alone, which
states nothing to check) flag no contradiction.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from provenance.rules.claims import _unlabeled
from tests.rules.helpers import flags_of

_COUNT = "Activists said 30 people were killed in the protests. "
_STORY = "A newspaper reported that the mayor had hidden the losses. "

_TEXTS = {
    "toll": _COUNT + "The army rejected the toll as inflated.",
    "figure": _COUNT + "The army dismissed that figure as grossly exaggerated.",
    "too_high": _COUNT + "Officials dismissed the estimate as far too high.",
    "report": _STORY + "The mayor dismissed the report as “fake news.”",
    "allegations": _STORY + "The mayor rejected the allegations as completely false.",
    "it": _STORY + "The mayor dismissed it as propaganda.",
    # neighbours
    "plan": "The mayor proposed a new tax. The council rejected the plan as too costly.",
    "accurate": _STORY + "The council described the report as accurate.",
    "lawsuit": "The union sued the city. The judge dismissed the lawsuit as meritless.",
    "alone": "Moscow dismissed it as propaganda.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradicted(key: str) -> list[str]:
    return [text for kind, _, text in _flags()[key] if kind == "contradiction"]


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("toll", "30 people were killed in the protests"),
        ("figure", "30 people were killed in the protests"),
        ("too_high", "30 people were killed in the protests"),
        ("report", "the mayor had hidden the losses"),
        ("allegations", "the mayor had hidden the losses"),
        ("it", "the mayor had hidden the losses"),
    ],
)
def test_a_labelled_object_points_back_to_the_claim_it_denies(key: str, claim: str) -> None:
    """The earlier claim of another source is contradicted, not "the toll as inflated"."""
    assert _contradicted(key) == [claim]


@pytest.mark.parametrize("key", ["plan", "accurate", "lawsuit", "alone"])
def test_labels_that_deny_no_claim_flag_no_contradiction(key: str) -> None:
    """'rejected the plan as too costly', 'described the report as accurate', a ruling,
    a pronoun pointing to nothing: no contradiction."""
    assert _contradicted(key) == []


def test_only_a_whole_label_is_taken_off() -> None:
    """The label must end the object, maybe quoted or after a degree word."""
    got = _unlabeled(
        pd.Series(
            [
                "the toll as grossly exaggerated",
                "it as “fake news.”",
                "the figures as being inflated",
                "the plan as too costly",
                "the report as false and the",
                "the report",
            ]
        )
    ).tolist()
    assert got == [
        "the toll",
        "it",
        "the figures",
        "the plan as too costly",
        "the report as false and the",
        "the report",
    ]
