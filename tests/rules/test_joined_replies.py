"""Two sources' claims set against each other in one sentence by a joiner.

"The firm said [it had paid its taxes], but the tax office said [it owed $3 million]": the
narrator's piece between the two claims opens with one of the matching lexicon's
``reply_joiners`` ("but", "while", "whereas") in lower case, and both claims are said with
a verb taking a clause. The first claim is contradicted by the second's source.

Neighbours that must flag nothing: one source on both sides, a joiner opening a sentence
("But ..."), a first piece that states no claim ("did not respond to a request for
comment, but ...", "defended the mayor, but ..."), a joiner with no second source.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import flags_of

_TEXTS = {
    "but": "The firm said it had paid all its taxes, but the tax office said it owed more.",
    "predicted": (
        "The governor predicted on Sunday that the senator will oppose the bill, but the"
        " senator’s office says he has not yet made up his mind."
    ),
    "while": "The ministry said 40 people were killed, while the rebels said 120 people died.",
    "whereas": "Police said the march was peaceful, whereas organizers said police used gas.",
    # neighbours
    "same": "The firm said it had paid its taxes, but the firm said it owed a small fee.",
    "sentence": "The firm said it had paid its taxes. But the tax office said it owed more.",
    "no_comment": (
        "The firm did not respond to a request for comment, but the tax office said it owed more."
    ),
    "defended": "The governor defended the mayor, but an aide said the mayor would resign.",
    "no_source": "The firm said it had paid its taxes, but it gave no figures.",
}

_FIRST = {
    "but": "it had paid all its taxes",
    "predicted": "the senator will oppose the bill",
    "while": "40 people were killed",
    "whereas": "the march was peaceful",
}


@cache
def _contradictions() -> dict[str, list[str]]:
    """Per text: the text of every claim a contradiction of a claim flags.

    Rival counts of one event ("40 people were killed", "120 people died") are also the
    figure rule's, which flags both counts (tests/rules/test_conflicts.py); left out here.
    """
    return {
        key: [
            claim
            for kind, rule, claim in found
            if kind == "contradiction" and rule != "figure.conflicting_values"
        ]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", sorted(_FIRST))
def test_a_joined_claim_of_another_source_is_contradicted(key: str) -> None:
    """The claim before the joiner is the one the second source contradicts."""
    assert _contradictions()[key] == [_FIRST[key]]


@pytest.mark.parametrize("key", ["same", "sentence", "no_comment", "defended", "no_source"])
def test_no_contradiction_without_two_sources_in_one_sentence(key: str) -> None:
    """One source, two sentences, or a piece stating no claim: nothing is flagged."""
    assert _contradictions()[key] == []


def test_the_joiners_are_language_data() -> None:
    """The joiners come from the matching lexicon, case-folded."""
    assert {"but", "while", "whereas"} <= set(match_lexicon(None).reply_joiners)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    joiner=st.sampled_from(["but", "while", "whereas"]),
    first=st.sampled_from(["The ministry", "Police", "The army"]),
    second=st.sampled_from(["the rebels", "witnesses", "residents"]),
)
def test_any_joiner_between_two_sources(joiner: str, first: str, second: str) -> None:
    """Whatever the joiner and the two sources, the first claim is the contradicted one."""
    text = f"{first} said the bridge was closed, {joiner} {second} said cars still crossed it."
    found = flags_of({"x": text})["x"]
    assert [c for kind, _, c in found if kind == "contradiction"] == ["the bridge was closed"]
