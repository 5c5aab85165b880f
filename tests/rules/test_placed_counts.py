"""Counts a source places at a value (issue 6, wire32): "Organisers put the number at
10,000" is the organisers' count, not the narrator's, and a rival of another source's count
however far apart the two sentences stand.

The verbs and the count nouns are the matching lexicon's ``restating_verbs`` and
``restated_heads``; neighbours that must keep the narrator follow.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import provenance
from provenance.extractors.claims.restated_counts import restated_count_claims, restating_verbs
from tests.rules.helpers import flags_of, wire_documents

_TEXTS = {
    "number": "Police said 2,000 people marched on Saturday. Organisers put the number at 10,000.",
    "toll": "Police said 12 people died. Hospital officials put the toll at 30.",
    "crowd": "Officials estimated the crowd at about 3,000 on Sunday.",
    "death_toll": "Local health officials put the death toll at 30, higher than before.",
    # neighbours: a thing put somewhere, no value after "at", a cost, no subject
    "placed": "The ministry put the plan at the top of its agenda.",
    "no_value": "Organisers put the number at risk by cancelling the event.",
    "same": "Police said 12 people died. Hospital officials put the toll at 12.",
}


@cache
def _sources() -> dict[str, list[tuple[str, str]]]:
    result = provenance.check(wire_documents(_TEXTS, "put"), engine="pandas")
    t = result.tables
    names = t.sources.set_index("source_id")["name"]
    path = t.articles.set_index("article_id")["path"]
    out: dict[str, list[tuple[str, str]]] = {key: [] for key in _TEXTS}
    for f in t.figures.itertuples():
        out[str(path[f.article_id]).removeprefix("put/")].append((f.text, names[f.source_id]))
    return out


@pytest.mark.parametrize(
    ("key", "figure", "source"),
    [
        ("number", "10,000", "Organisers"),
        ("toll", "30", "Hospital officials"),
        ("crowd", "about 3,000", "Officials"),
        ("death_toll", "30", "Local health officials"),
    ],
)
def test_a_count_placed_at_a_value_is_the_subjects(key: str, figure: str, source: str) -> None:
    """The subject of "put the number at" gives the figure."""
    assert (figure, source) in _sources()[key]


def test_the_other_sources_count_keeps_its_own_source() -> None:
    assert ("2,000", "Police") in _sources()["number"]
    assert ("12", "Police") in _sources()["toll"]


def test_a_placed_count_rivals_the_count_before_it() -> None:
    """Police's 12 and the hospital officials' 30 conflict, whichever flag names which."""
    flagged = [c for kind, rule, c in flags_of({"t": _TEXTS["toll"]})["t"]]
    assert "12 people died" in flagged
    assert "the toll at 30" in flagged


def test_the_same_count_placed_again_rivals_nothing() -> None:
    assert flags_of({"s": _TEXTS["same"]})["s"] == []


@pytest.mark.parametrize("key", ["placed", "no_value"])
def test_a_thing_put_somewhere_is_no_count(key: str) -> None:
    """No value after "at" ("put the plan at the top", "put the number at risk"): no claim."""
    text = _TEXTS[key]
    words = [(text.index(" put ") + 1, "put")]
    assert restated_count_claims(text, [(0, len(text))], [], words) == []


def test_the_verbs_are_language_data() -> None:
    assert {"put", "estimated", "pegged"} <= restating_verbs("en")
    assert restating_verbs("fr") == frozenset()


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["toll", "number", "tally"]))
def test_any_value_placed_by_a_subject_is_claimed_by_it(value: int, head: str) -> None:
    text = f"Rescuers put the {head} at {value:,}."
    found = restated_count_claims(text, [(0, len(text))], [], [(9, "put")])
    assert [(text[d.source_start or 0 : d.source_end], d.cue) for d in found] == [
        ("Rescuers", "put")
    ]
    assert text[found[0].start : found[0].end] == f"the {head} at {value:,}"
