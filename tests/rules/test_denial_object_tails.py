"""What a denial verb adds after the object it points back with: a label, a time, a channel.

A label: "the army rejected the toll as inflated".

"Activists said 30 people were killed. The army rejected [the toll] as inflated": the
object before "as" is what the army denies and the label after it (one of the cue
lexicon's ``evaluations`` or the matching lexicon's ``quantity_comparatives``) says why,
so "the toll" points back to the activists' count as "disputed the toll" does; so do "it",
"the report" and "the allegations" before such a label ("dismissed it as propaganda",
"dismissed the report as “fake news”").

Adjuncts of when, how often or through whom (the matching lexicon's ``object_adjuncts``,
and its ``window_words`` after ``adjunct_prepositions``): "the mayor denied the
allegations again", "... through a spokesman", "the army disputed the figure on Monday",
"... last week" point back as the bare object does.

Neighbours: a denial stating its own time ("denied that the attack happened on Monday")
still denies what it states; a label that says no claim is false ("rejected the plan as too costly",
"described the report as accurate"), a ruling ("dismissed the lawsuit as meritless"), and
a labelled pronoun pointing to no claim ("Moscow dismissed it as propaganda" alone, which
states nothing to check) flag no contradiction.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from provenance.rules.claims import _bare_object
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
    "again": _STORY + "The mayor denied the allegations again.",
    "spokesman": _STORY + "The mayor has denied the allegations through a spokesman.",
    "last_week": _STORY + "The mayor denied the report last week.",
    "monday": _COUNT + "The army disputed the figure on Monday night.",
    "both": _COUNT + "The army rejected the toll as inflated on Monday.",
    "own_time": _STORY + "The mayor denied that the losses were hidden on Monday.",
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
        ("again", "the mayor had hidden the losses"),
        ("spokesman", "the mayor had hidden the losses"),
        ("last_week", "the mayor had hidden the losses"),
        ("monday", "30 people were killed in the protests"),
        ("both", "30 people were killed in the protests"),
    ],
)
def test_a_labelled_object_points_back_to_the_claim_it_denies(key: str, claim: str) -> None:
    """The earlier claim of another source is contradicted, not "the toll as inflated"."""
    assert _contradicted(key) == [claim]


def test_a_denial_stating_its_own_time_denies_what_it_states() -> None:
    """'denied that the losses were hidden on Monday' keeps its content, time and all."""
    assert _contradicted("own_time") == ["that the losses were hidden on Monday"]


@pytest.mark.parametrize("key", ["plan", "accurate", "lawsuit", "alone"])
def test_labels_that_deny_no_claim_flag_no_contradiction(key: str) -> None:
    """'rejected the plan as too costly', 'described the report as accurate', a ruling,
    a pronoun pointing to nothing: no contradiction."""
    assert _contradicted(key) == []


def test_only_a_whole_tail_is_taken_off() -> None:
    """The label and adjuncts must end the object, a label maybe quoted or after a degree."""
    got = _bare_object(
        pd.Series(
            [
                "the toll as grossly exaggerated",
                "it as “fake news.”",
                "the figures as being inflated",
                "the allegations again, on monday night",
                "the report this week as false",
                "the report on monday about the vote",
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
        "the allegations",
        "the report",
        "the report on monday about the vote",
        "the plan as too costly",
        "the report as false and the",
        "the report",
    ]
