"""A source set off by a contrast adverb, and the narrator's own doubt (issue 6, wire32).

- "The mayor said crime had fallen. The police union, however, said burglaries had risen"
  (matching.yaml ``reply_adverbs``): the reply is set against the claim before its sentence.
  "However, X said" and "X said, however, that" turn as often from the narrator's account or
  from X's own words, and are not read.
- "The army said its troops had left. That seemed implausible.": the narrator's sentence
  names no doubter, so the claim is unverified (the guideline's "the text marks a claim as
  not established"), not contradicted by the agency. "Regulators were not convinced" names
  the doubters and stays a contradiction.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from provenance.rules.replies import _adverb_lead_re, narrator_doubted
from tests.rules.helpers import flags_of

_MAYOR = "The mayor said crime had fallen by a third. "
_ARMY = "The army said its troops had left the village. "
_CRIME = "crime had fallen by a third"
_LEFT = "its troops had left the village"

_TEXTS = {
    "however": _MAYOR + "The police union, however, said burglaries had risen sharply.",
    "though": _MAYOR + "Residents, though, told reporters that the streets felt less safe.",
    "by_contrast": _MAYOR + "The union, by contrast, said crime had risen.",
    # neighbours: the adverb opens the sentence or follows the cue, the same source
    "opens": _MAYOR + "However, the police union said burglaries had risen sharply.",
    "after_cue": _MAYOR + "The police union said, however, that burglaries had risen.",
    "own": _MAYOR + "The mayor, however, said burglaries had risen.",
    # the narrator's doubt
    "seemed": _ARMY + "That seemed implausible.",
    "strains": _ARMY + "The claim strains credulity.",
    "named": _ARMY + "Villagers were not convinced.",
    "alone": "That seemed implausible.",
    # a reply that speaks of the claim: a shared word, a negation (wire33)
    "shared": _ARMY + "The villagers, however, said the troops were still in the village.",
    "judged": "The opposition said the vote was rigged. The minister, however, said the count "
    "was fair.",
    "negated": _ARMY + "The villagers, however, said the soldiers had not gone anywhere.",
    # neighbours: the reply speaks of something else
    "travel": _MAYOR + "The police union, however, said its chief would travel to Paris.",
    "plans": _ARMY + "The villagers, however, told reporters that the harvest would start soon.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _kind(key: str, kind: str) -> list[str]:
    return [text for k, _, text in _flags()[key] if k == kind]


@pytest.mark.parametrize("key", ["however", "though", "by_contrast"])
def test_a_source_set_off_by_a_contrast_adverb_answers_the_claim_before(key: str) -> None:
    assert _kind(key, "contradiction") == [_CRIME]


@pytest.mark.parametrize("key", ["shared", "negated"])
def test_a_reply_sharing_a_word_or_negated_answers_the_claim_before(key: str) -> None:
    assert _kind(key, "contradiction") == [_LEFT]


def test_a_judgement_set_against_a_judgement_answers_it() -> None:
    """Both contents judge their subject with a copula: "the count was fair"."""
    assert _kind("judged", "contradiction") == ["the vote was rigged"]


@pytest.mark.parametrize("key", ["travel", "plans"])
def test_a_reply_speaking_of_something_else_answers_nothing(key: str) -> None:
    """No content word shared, no negation, no change or degree on both sides
    (matching.yaml ``direction_words``)."""
    assert _kind(key, "contradiction") == []


@pytest.mark.parametrize("key", ["opens", "after_cue", "own"])
def test_an_adverb_opening_the_sentence_after_the_cue_or_of_the_same_source_answers_nothing(
    key: str,
) -> None:
    assert _kind(key, "contradiction") == []


@pytest.mark.parametrize("key", ["seemed", "strains"])
def test_the_narrators_doubt_leaves_the_claim_unverified(key: str) -> None:
    assert _kind(key, "unverified") == [_LEFT]
    assert _kind(key, "contradiction") == []


def test_a_doubt_naming_the_doubters_stays_a_contradiction() -> None:
    assert _kind("named", "contradiction") == [_LEFT]
    assert _kind("named", "unverified") == []


def test_a_doubt_with_no_claim_before_flags_nothing() -> None:
    assert _flags()["alone"] == []


def test_the_adverbs_are_language_data() -> None:
    assert {"however", "though"} <= set(match_lexicon("en").reply_adverbs)
    assert match_lexicon("fr").reply_adverbs == ()


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["however", "though", "by contrast"]),
    st.sampled_from(["said", "told reporters", "has said"]),
)
def test_the_lead_holds_a_subject_the_adverb_and_the_cue(adverb: str, cue: str) -> None:
    lead = _adverb_lead_re(match_lexicon("en").reply_adverbs)
    match = lead.match(f"the police union, {adverb}, {cue}")
    assert match is not None
    assert match.group("cue") == cue
    assert lead.match(f"{adverb}, the police union {cue}") is None


def test_a_pointing_narrator_doubt_of_its_own_source_marks_nothing() -> None:
    claims = pd.DataFrame(
        {
            "claim_id": ["a", "r"],
            "article_id": ["x", "x"],
            "source_id": ["reuters", "reuters"],
            "start": [0, 40],
            "end": [30, 64],
            "status": ["asserted"] * 2,
            "attribution": ["narrator"] * 2,
            "text": ["The troops left the village.", "That seemed implausible."],
        }
    )
    assert narrator_doubted(claims).tolist() == [False, False]


def test_direction_words_are_language_data() -> None:
    words = match_lexicon("en").direction_words
    assert {"risen", "fallen", "less"} <= words
    assert match_lexicon("fr").direction_words == frozenset()
