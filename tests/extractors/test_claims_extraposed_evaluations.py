"""An expletive "it" before an evaluation of truth and a "that" clause denies the clause.

"The ministry said it was false that [its jets bombed the hospital]": the subject "it"
stands for the clause after the evaluation (one of the cue lexicon's
``extraposed_evaluations``), and the clause is the claim contradicted. Neighbours: an
evaluation of a fact rather than of its truth ("it was wrong that the town had no
shelter"), "it was false" with no clause, a plain "it is true that".
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.lexicon.cues import cue_lexicon
from tests.rules.helpers import flags_of

_TEXTS = {
    "false": "The ministry said it was false that its jets had bombed the hospital.",
    "not_true": "The senator said it is not true that he met the lobbyist in Paris.",
    "quoted": "The senator said it was “absolutely false” that he met the lobbyist.",
    # neighbours
    "wrong": "Officials said it was wrong that the town had no shelter.",
    "bare": "The senator said it was false.",
    "true": "The senator said it is true that he met the lobbyist in Paris.",
}
_DENIED = {
    "false": "its jets had bombed the hospital",
    "not_true": "he met the lobbyist in Paris",
    "quoted": "he met the lobbyist",
}


def _contradicted(texts: dict[str, str]) -> dict[str, list[str]]:
    return {
        key: [c for kind, _, c in found if kind == "contradiction"]
        for key, found in flags_of(texts).items()
    }


def test_the_clause_after_the_evaluation_is_denied() -> None:
    """The clause, not the pronoun, is the claim a contradiction flags."""
    found = _contradicted(_TEXTS)
    for key, clause in _DENIED.items():
        assert found[key] == [clause], key


@pytest.mark.parametrize("key", ["wrong", "bare", "true"])
def test_no_clause_denied_without_an_evaluation_of_truth(key: str) -> None:
    """A judgement of a fact, no clause, or a confirmation: nothing is flagged."""
    assert _contradicted({key: _TEXTS[key]})[key] == []


def test_the_evaluations_are_language_data() -> None:
    """The evaluations of truth are the cue lexicon's, lower-cased, and no moral words."""
    words = cue_lexicon(None).extraposed_evaluations
    assert {"false", "untrue", "not true"} <= words
    assert "wrong" not in words


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    evaluation=st.sampled_from(["false", "untrue", "not true"]),
    copula=st.sampled_from(["is", "was"]),
)
def test_any_evaluation_of_truth_denies_the_clause(evaluation: str, copula: str) -> None:
    """Whatever the copula and the evaluation of truth, the clause is what is denied."""
    text = f"The minister said it {copula} {evaluation} that the army shelled the port."
    assert _contradicted({"x": text})["x"] == ["the army shelled the port"]
