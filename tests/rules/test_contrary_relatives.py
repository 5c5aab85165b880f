"""A free relative of saying set against its sentence (issue 6, wire32).

"Contrary to what the minister said, the crossing stayed shut": the cue's object is
"what", so the clause after the comma is not the minister's claim; after the fronted
"contrary to" it answers the minister's earlier claim (matching.yaml
``contrary_relatives``). "According to what X said, ..." reports X's words.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.extract import find_claims
from provenance.extractors.claims.free_relatives import contrary_relative_drafts
from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import flags_of

_REOPENED = "the border crossing had reopened on Monday"
_LEAD = f"The minister said {_REOPENED}. "

_TEXTS = {
    "narrator": _LEAD + "Contrary to what the minister said, the crossing stayed shut all week.",
    "source": _LEAD + "Contrary to what the minister said, the crossing stayed shut, drivers said.",
    "claimed": _LEAD + "But contrary to what the minister has claimed, the crossing stayed shut.",
    "according": _LEAD + "According to what the minister said, the crossing stayed shut.",
}


@cache
def _contradicted() -> dict[str, list[str]]:
    return {
        key: [text for kind, _, text in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["narrator", "source", "claimed"])
def test_contrary_to_what_a_source_said_answers_its_earlier_claim(key: str) -> None:
    assert _contradicted()[key] == [_REOPENED]


def test_according_to_what_a_source_said_answers_nothing() -> None:
    assert _contradicted()["according"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Contrary to what the minister said, the crossing stayed shut.",
        "Despite what Trump claimed, the wall was not built.",
        "In spite of what officials said, the plant stayed open.",
    ],
)
def test_the_clause_after_a_contrary_relative_is_no_claim_of_its_subject(text: str) -> None:
    claims = find_claims(text)
    assert all(c.attribution is Attribution.NARRATOR for c in claims)


def test_a_source_after_according_to_what_keeps_its_claim() -> None:
    claims = find_claims("According to what the minister said, the crossing stayed shut.")
    assert any(c.attribution is not Attribution.NARRATOR for c in claims)


def test_the_openings_are_language_data() -> None:
    assert "contrary to what" in match_lexicon("en").contrary_relatives
    assert match_lexicon("fr").contrary_relatives == ()


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Despite", "Unlike", "Contrary to"]), st.sampled_from(["", "x", "1"]))
def test_the_opening_must_start_a_word(lead: str, stuck: str) -> None:
    """'Despite what Smith said, X' drops the draft; a letter glued before the opening
    keeps it."""
    text = f"{stuck}{lead} what Smith said, the bridge held."
    s = text.index("Smith")
    d = Draft(s + 12, len(text) - 1, Attribution.INDIRECT, ClaimStatus.ASSERTED, s, s + 5)
    d.cue, d.cue_start, d.cue_end = "said", s + 6, s + 10
    expected = [] if stuck.isalnum() else [0]
    assert contrary_relative_drafts(text, [d]) == expected
