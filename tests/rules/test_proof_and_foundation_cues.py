"""The wire guideline's "said without providing evidence" and denials by evaluation, more forms.

"said, without offering proof, that ...", "..., but offered no proof" hedge the claim they
follow or frame (cues.yaml ``phrases``, frame ``previous``), as "without providing
evidence" does: unverified. "The allegations are without foundation" evaluates a claim as
baseless (cues.yaml ``evaluations``): a contradiction. Neighbours: an adjunct with "without"
that says nothing of evidence ("without delay") hedges nothing, and "without funding" said
of a plan is no evaluation of a claim.
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.lexicon.cues import cue_lexicon
from tests.rules.helpers import flags_of

_CLAIM = "they had shot down a military jet"

_TEXTS = {
    "offering": f"The rebels said, without offering proof, that {_CLAIM}.",
    "any_proof": f"The rebels said, without providing any proof, that {_CLAIM}.",
    "offered_no": f"The rebels said {_CLAIM}, but offered no proof.",
    "presenting": f"The rebels said {_CLAIM}, without presenting evidence.",
    "foundation": "The company said the allegations were without foundation.",
    "basis": "The minister said the reports were without any basis in fact.",
    # neighbours
    "delay": f"The rebels said, without delay, that {_CLAIM}.",
    "funding": "The mayor said the plan was without funding for next year.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


@pytest.mark.parametrize("key", ["offering", "any_proof", "offered_no", "presenting"])
def test_a_claim_given_without_proof_is_unverified(key: str) -> None:
    """The claim is flagged unverified, its content the clause itself."""
    flags = _flags()[key]
    assert ("unverified", "claim.hedged", _CLAIM) in flags


@pytest.mark.parametrize("key", ["foundation", "basis"])
def test_a_claim_said_to_be_without_foundation_is_contradicted(key: str) -> None:
    """The evaluated noun phrase is flagged as contradicted."""
    assert any(kind == "contradiction" for kind, _, _ in _flags()[key])


@pytest.mark.parametrize("key", ["delay", "funding"])
def test_other_without_phrases_flag_nothing(key: str) -> None:
    """'without delay', 'without funding': no hedge and no denial."""
    assert _flags()[key] == []


def test_the_forms_are_language_data() -> None:
    """The new forms come from the English cue lexicon."""
    lex = cue_lexicon("en")
    assert {"without foundation", "without any basis in fact"} <= set(lex.evaluations)
