"""A non-restrictive "which" object of a denial verb denies the whole clause before it.

"Smith said the two firms had agreed to merge in March, which Jones denied on Tuesday":
the denial's content is the clause before the comma (cues.yaml ``clause_relative_lemmas``),
not the adjunct after the verb, and it is flagged as a contradiction. Neighbours: a
clause ending in a claim noun keeps the noun ("faces charges, which he denies"), a lemma
outside the list ("which Jones confirmed") denies nothing, and "which" as the subject
("which denied ...") is no object gap.
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon
from tests.rules.helpers import flags_of

_CLAUSE = "the two firms had agreed to merge in March"

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "adjunct": f"Smith said {_CLAUSE}, which Jones denied on Tuesday.",
    "aux": f"Smith said {_CLAUSE}, which Jones has repeatedly disputed in interviews.",
    "narrator": "Police fired tear gas at the crowd near the station, which the city "
    "rejected in a statement.",
    # neighbours
    "confirmed": f"Smith said {_CLAUSE}, which Jones confirmed on Tuesday.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


@pytest.mark.parametrize("key", ["adjunct", "aux"])
def test_the_clause_before_which_is_denied(key: str) -> None:
    """The clause Smith states is flagged as contradicted by Jones's denial."""
    flags = _flags()[key]
    assert any(kind == "contradiction" and text == _CLAUSE for kind, _, text in flags)


def test_a_narrator_clause_is_denied_from_the_sentence_start() -> None:
    """With no reported clause around it, the denied clause opens the sentence."""
    flags = _flags()["narrator"]
    assert (
        "contradiction",
        "claim.denied",
        "Police fired tear gas at the crowd near the station",
    ) in flags


def test_a_lemma_outside_the_list_denies_nothing() -> None:
    """'which Jones confirmed' confirms: no contradiction."""
    assert not any(kind == "contradiction" for kind, _, _ in _flags()["confirmed"])


def test_a_claim_noun_before_the_comma_stays_the_object() -> None:
    """'faces charges, which he denies': the charges are denied, not 'He faces charges'."""
    text = "He faces fraud charges, which he denies."
    denied = [text[c.start : c.end] for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert denied
    assert all(not d.startswith("He faces") for d in denied)


def test_which_as_subject_is_no_gap() -> None:
    """'..., which denied the report': 'which' is the subject; the report is the object."""
    text = "The ministry issued a statement on Monday, which denied the report."
    denied = [text[c.start : c.end] for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert "The ministry issued a statement on Monday" not in denied


def test_the_lemmas_are_language_data() -> None:
    """The denial lemmas that take a clause come from the English cue lexicon."""
    assert {"deny", "dispute", "reject"} <= cue_lexicon("en").clause_relative_lemmas
