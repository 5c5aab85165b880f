"""An appositive renaming a clause, denied in a reduced passive or by a count's source.

"Rebels said they shot down a jet, a claim denied by the army": the appositive renames
the clause before its comma as the full passive does (", a claim that was denied by the
army"), with no relative and no auxiliary, maybe an adverb of the cue lexicon before the
participle ("a figure strongly disputed by organisers"); the agent denies the clause, and
the rebels' claim is the one contradicted. A clause stating a count is a clause however
few of its words are letters: "Police said 30 people died, a figure the army disputed".

Neighbours: a participle that denies nothing ("a claim backed by the army", "a figure
later revised by officials", "a report published by the Times") contradicts nothing.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

_JET = "Rebels said they shot down a jet"
_DEAD = "Police said 30 people died"

_TEXTS = {
    "claim": f"{_JET}, a claim denied by the army.",
    "monday": f"{_DEAD}, a figure disputed by organisers on Monday.",
    "adverb": f"{_DEAD}, a figure strongly disputed by organisers.",
    "allegation": (
        "The newspaper said the mayor hid the losses, an allegation rejected by his office."
    ),
    "count": f"{_DEAD}, a figure the army disputed.",
    # neighbours
    "backed": f"{_JET}, a claim backed by the army.",
    "revised": f"{_DEAD}, a figure later revised by officials.",
    "published": "The paper said the mayor hid the losses, a report published by the Times.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradictions(key: str) -> list[tuple[str, str]]:
    return [(rule, text) for kind, rule, text in _flags()[key] if kind == "contradiction"]


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("claim", "they shot down a jet"),
        ("monday", "30 people died"),
        ("adverb", "30 people died"),
        ("allegation", "the mayor hid the losses"),
        ("count", "30 people died"),
    ],
)
def test_the_agent_contradicts_the_renamed_clause(key: str, claim: str) -> None:
    """One contradiction of the clause before the comma, not of "by the army"."""
    assert _contradictions(key) == [("claim.denial_contradicts", claim)]


@pytest.mark.parametrize("key", ["backed", "revised", "published"])
def test_participles_that_deny_nothing_contradict_nothing(key: str) -> None:
    """'a claim backed by', 'a figure later revised by', 'a report published by'."""
    assert _contradictions(key) == []
