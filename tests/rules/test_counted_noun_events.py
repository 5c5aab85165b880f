"""Rival counts whose counted noun is itself an event word (issue 6, wire33).

"Police said 12 [protesters] were arrested. Organisers said 50 had been detained.": the
counted noun "protesters" is a form of the protest event, but it names what is counted, not
what befell it; the claim's other words name the arrest, so the two counts count one thing.
"houses" and "homes" count one thing (matching.yaml ``unit_synonyms``).
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from provenance.rules.figures import _events
from tests.rules.helpers import flags_of

_TEXTS = {
    "arrested": "Police said 12 protesters were arrested. Organisers said 50 had been detained.",
    "fled": "Officials said 200 refugees fled the town. Aid groups said 600 had fled.",
    "homes": "The ministry said 300 houses were destroyed. The Red Cross said 1,200 homes "
    "were destroyed.",
    # neighbours: another event, the same source
    "injured": "Police said 12 protesters were arrested. Organisers said 40 were injured.",
    "own": "Police said 12 protesters were arrested. Police later said 50 had been detained.",
}


@cache
def _contradicted() -> dict[str, list[str]]:
    return {
        key: sorted(text for kind, _, text in found if kind == "contradiction")
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["arrested", "fled", "homes"])
def test_rival_counts_of_one_thing_contradict_each_other(key: str) -> None:
    assert len(_contradicted()[key]) == 2


@pytest.mark.parametrize("key", ["injured", "own"])
def test_counts_of_two_things_or_of_one_source_do_not(key: str) -> None:
    assert _contradicted()[key] == []


def test_house_and_home_are_one_unit() -> None:
    lex = match_lexicon("en")
    assert lex.unit_key("houses") == lex.unit_key("homes")


def _one(text: str, unit: str | None) -> object:
    figures = pd.DataFrame({"claim_id": ["c"], "unit": [unit], "language": ["en"]})
    claims = pd.DataFrame({"claim_id": ["c"], "text": [text]})
    return _events(figures, claims).iloc[0]


def test_the_counted_noun_names_no_event_when_the_rest_names_one() -> None:
    assert _one("12 protesters were arrested", "protesters") == "detention"
    assert _one("12 protesters were arrested", None) is None  # two events, no unit to set aside
    assert _one("12 protesters marched", "protesters") == "protest"  # only the noun's event


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["protesters", "refugees", "prisoners", "people"]),
    st.sampled_from(["were killed", "were injured", "were arrested", "went missing"]),
)
def test_a_claim_with_one_other_event_reads_that_event(noun: str, predicate: str) -> None:
    (event,) = match_lexicon("en").events_of(predicate)
    assert _one(f"12 {noun} {predicate}", noun) == event
