"""A nominal denial or rebuttal leading a source's own account (issue 6, stop 38).

"The union said the plan would cost jobs. The ministry issued [a denial], saying [the plan
would create work]": a denial noun with no object of its own, in the narrator's lead of the
claim (the matching lexicon's ``reply_cues``: "a denial", "a flat denial", "a rebuttal"),
sets the claim after it against the nearest earlier claim of another source, as "pushed
back, saying" does; so do "[In a rebuttal], the ministry said", "said in [a denial] that"
and "[In its denial], the ministry said". A lead with no denial noun, or one whose denial
noun has its own object before the verb ("facing a denial of its budget, said"), replies
to no one.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

_UNION = "The union said the plan would cost jobs."

_TEXTS = {
    "issued": f"{_UNION} The ministry issued a denial, saying the plan would create work.",
    "flat": f"{_UNION} The ministry issued a flat denial, saying the plan would create work.",
    "in_a": f"{_UNION} The ministry, in a denial, said the plan would create work.",
    "rebuttal": f"{_UNION} In a rebuttal, the ministry said the plan would create work.",
    "emphatic": f"{_UNION} The ministry responded with an emphatic denial, saying the plan "
    "would create work.",
    "its": f"{_UNION} In its denial, the ministry said the plan would create work.",
    # neighbours: a statement is no denial; a denial noun with its own object before the
    # verb; the denial noun far from the verb of saying
    "statement": f"{_UNION} The ministry issued a statement, saying the plan would create work.",
    "in_a_statement": f"{_UNION} In a statement, the ministry said the plan would create work.",
    "budget": f"{_UNION} The ministry, facing a denial of its budget, said the plan would "
    "create work.",
    "earlier": f"{_UNION} The ministry, which issued a denial last week about an unrelated "
    "matter, said the plan would create work.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradicted(key: str) -> list[str]:
    return [text for kind, _, text in _flags()[key] if kind == "contradiction"]


@pytest.mark.parametrize("key", ["issued", "flat", "in_a", "rebuttal", "emphatic", "its"])
def test_a_nominal_denial_sets_the_reply_against_the_claim_before(key: str) -> None:
    assert _contradicted(key) == ["the plan would cost jobs"]


@pytest.mark.parametrize("key", ["statement", "in_a_statement", "budget", "earlier"])
def test_a_lead_with_no_bare_denial_noun_replies_to_no_one(key: str) -> None:
    assert _contradicted(key) == []


def test_the_denial_nouns_are_reply_cues() -> None:
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(None)
    assert {"a denial", "a rebuttal", "a flat denial"} <= lex.reply_cues
    assert "a statement" not in lex.reply_cues
