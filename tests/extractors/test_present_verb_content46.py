"""A noun cue's "that" clause with a present "-s" verb holds a verb of its own (flagsE46).

"the claim that the vaccine causes autism is false": the copula after the clause is the
evaluation's, not the clause's. A plural noun after a determiner or a possessive, or at the
clause's end, is no verb.
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims.noun_sources import has_finite_verb
from provenance.lexicon.cues import cue_lexicon


@pytest.mark.parametrize(
    "clause",
    ["the vaccine causes autism", "the measles vaccine causes autism", "Russia supplies drones"],
)
def test_a_present_verb_with_its_object_is_finite(clause: str) -> None:
    assert has_finite_verb(clause, 0, len(clause), cue_lexicon("en"))


@pytest.mark.parametrize(
    "clause",
    ["the articles", "the company's accounts", "the measles vaccine", "the players' wages"],
)
def test_a_plural_noun_is_no_verb(clause: str) -> None:
    assert not has_finite_verb(clause, 0, len(clause), cue_lexicon("en"))
