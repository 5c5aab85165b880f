"""Two sides' counts, and counts of troops moving in (flags45).

"Kyiv said Moscow had lost 1,200 troops; Moscow said Kyiv had lost 700 soldiers": each
count belongs to the name its claim opens with (``owner_of``), so two sides' losses are two
things, not rivals; the same owner counted by two sources stays a conflict. "Crossed" and
"entered" say what "deployed" says (matching.yaml ``events``: deployment), so "3,000 soldiers
had entered" and "800 soldiers had crossed into" one region are one event's rival counts.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.lexicon.cues import cue_lexicon
from provenance.rules.figures import MAX_OWNER_WORDS, owner_of
from tests.rules.helpers import flags_of

_TEXTS = {
    "sides": "Kyiv said Moscow had lost 1,200 troops in the offensive; Moscow said Kyiv had "
    "lost 700 soldiers in the offensive.",
    "sides_names": "Armenia said Azerbaijan has lost 90 soldiers in the clashes. Azerbaijan "
    "said Armenia has lost 60 soldiers in the clashes.",
    "moves": "Officials said 3,000 soldiers had entered the region. Monitors said 800 soldiers "
    "had crossed into the region.",
    # neighbours that must stay: one owner counted by two sources
    "one_owner": "Kyiv said Moscow had lost 1,200 troops in the offensive. Western officials "
    "said Moscow had lost 800 soldiers in the offensive.",
    # neighbours that must raise nothing: another event, one source, one value
    "other_event": "Officials said 3,000 soldiers had entered the region. Monitors said 800 "
    "soldiers had been killed there.",
    "one_source": "Officials said 3,000 soldiers had entered the region. Officials later said "
    "800 soldiers had crossed into the region.",
    "one_value": "Officials said 3,000 soldiers had entered the region. Monitors said 3,000 "
    "soldiers had crossed into the region.",
}


@cache
def _contradicted() -> dict[str, list[str]]:
    return {
        key: sorted(text for kind, _, text in found if kind == "contradiction")
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["sides", "sides_names", "other_event", "one_source", "one_value"])
def test_no_rivals(key: str) -> None:
    assert _contradicted()[key] == []


@pytest.mark.parametrize("key", ["moves", "one_owner"])
def test_rival_counts_on_both_sides(key: str) -> None:
    assert len(_contradicted()[key]) == 2


_AUX = cue_lexicon("en").finite_auxiliaries
_NAME = st.sampled_from(["Kyiv", "Moscow", "Hamas", "North", "Korea", "Tesla", "Sudan", "Al"])
_VERB = st.sampled_from(["lost", "killed", "captured", "fired", "destroyed", "sent", "deployed"])


@given(
    st.lists(_NAME, min_size=1, max_size=MAX_OWNER_WORDS),
    st.lists(st.sampled_from(sorted(_AUX)), max_size=2),
    _VERB,
)
def test_a_name_opening_the_claim_owns_the_count(
    name: list[str], aux: list[str], verb: str
) -> None:
    assert owner_of(" ".join([*name, *aux, verb]) + " ", _AUX) == " ".join(name)


@pytest.mark.parametrize(
    "before",
    [
        "",  # the claim opens with the count
        "they had killed ",  # a pronoun names no owner
        "the army said it had killed ",  # not a name
        "Police in the city arrested ",  # a name, then more than a verb
        "One Two Three Four Five had lost ",  # too long for a name
        "Moscow had lost about ",  # no verb right before the count
    ],
)
def test_no_owner(before: str) -> None:
    assert owner_of(before, _AUX) is None
