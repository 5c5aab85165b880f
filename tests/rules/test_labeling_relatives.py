"""A source's label in a free relative (issue 6, wire36).

"Rebels carried out what officials described as 30 attacks", "shelled the village in what
residents called a massacre": the count and the name are the source's words, attributed
and unverified, and the figure in them is the source's; inside another claim's content
the claim holding the relative is flagged (matching.yaml
``labeling_relative_verbs``, provenance/rules/relatives.py). The neighbours: a plain
labeling statement ("Officials called the attacks a massacre"), a relative with another
verb ("what he wanted"), and the subject's own deed named in its own words in the
narrator's sentence ("Smith returned to begin what he called a fresh start").
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.lexicon.matching import match_lexicon
from provenance.rules.relatives import relative_lead
from tests.rules.helpers import figure_sources, flags_of

_TEXTS = {
    "described": "Rebels carried out what officials described as 30 attacks on the town.",
    "called": "The army shelled the village in what residents called a massacre.",
    "dubbed": "The strike hit what the ministry dubbed a training camp for 200 fighters.",
    "nested": "Police said rebels carried out what officials described as 12 raids.",
    "condemned": "The group condemned what it called a massacre of 40 villagers.",
    "plain": "Officials called the attacks a massacre and said 30 people died.",
    "other_verb": "The senator said what he wanted was a vote on the bill by Friday.",
    "own_deed": "Smith returned to the council on Monday to begin what he called a fresh start.",
    "contrary": "Contrary to what officials described, the town was calm on Sunday.",
}


@cache
def _unverified() -> dict[str, list[str]]:
    return {
        key: [text for kind, _, text in found if kind == "unverified"]
        for key, found in flags_of(_TEXTS).items()
    }


@cache
def _sources() -> dict[str, dict[str, str]]:
    return figure_sources(_TEXTS)


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("described", "30 attacks"),
        ("called", "a massacre"),
        ("dubbed", "a training camp"),
        ("nested", "12 raids"),
        ("condemned", "a massacre of 40 villagers"),
    ],
)
def test_a_label_in_a_free_relative_is_unverified(key: str, label: str) -> None:
    assert any(label in text for text in _unverified()[key])


@pytest.mark.parametrize("key", ["plain", "other_verb", "own_deed", "contrary"])
def test_no_label_of_a_free_relative_is_flagged(key: str) -> None:
    assert _unverified()[key] == []


@pytest.mark.parametrize(
    ("key", "figure", "source"),
    [("described", "30", "officials"), ("dubbed", "200", "ministry")],
)
def test_the_figure_of_a_label_is_the_labeling_source(key: str, figure: str, source: str) -> None:
    assert source in _sources()[key][figure].casefold()


def test_a_relative_inside_a_claim_flags_the_claim_holding_it() -> None:
    """The extractors make no claim of a relative inside another's content (the
    annotation of attributions counts none), so the outer claim is flagged whole."""
    assert _unverified()["nested"] == ["rebels carried out what officials described as 12 raids"]


@pytest.mark.parametrize(
    ("before", "source", "cue", "expected"),
    [
        ("shelled it in what residents called ", "residents", "called", True),
        ("carried out (what officials described ", "officials", "described", True),
        ("shelled it, and residents called ", "residents", "called", False),
        ("shelled it in what residents called ", "officials", "called", False),
        ("shelled it in what residents said ", "residents", "called", False),
        ("", "residents", "called", False),
    ],
)
def test_the_lead_of_a_labeling_relative(
    before: str, source: str, cue: str, expected: bool
) -> None:
    assert relative_lead(before, source, cue, frozenset({"what", "whatever"})) is expected


def test_the_labeling_verbs_are_language_data() -> None:
    assert {"called", "described", "dubbed"} <= match_lexicon("en").labeling_relative_verbs
    assert match_lexicon("fr").labeling_relative_verbs == frozenset()
