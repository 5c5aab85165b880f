"""A reply that corrects another source's claim (issue 6, wire32): "The ministry said the
talks began on Monday. Diplomats said the talks began on Sunday, not Monday."

The content ends with a comma, one of matching.yaml's ``correction_links`` and a short
phrase. It answers the nearest earlier claim of another source when the phrase set aside
is one of that claim's words, or when the clause shares two content words with it.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from provenance.rules.replies import replied_claim
from tests.rules.helpers import flags_of

_MONDAY = "the talks began on Monday"
_LEAD = f"The ministry said {_MONDAY}. "

_TEXTS = {
    "aside": _LEAD + "Diplomats said the talks began on Sunday, not Monday.",
    "rather": _LEAD + "Diplomats said the talks began on Sunday rather than Monday.",
    "two_words": "The group said the photo showed the attack on Tuesday. Experts said the "
    "photo showed an attack in 2019, not this week.",
    # neighbours: another topic, the same source, a long phrase, one shared word only
    "topic": "Rebels said the convoy was attacked near the border. Officials said the aid "
    "was for refugees, not soldiers.",
    "own": _LEAD + "The ministry later said the talks began on Sunday, not Monday.",
    "long": _LEAD + "Diplomats said the talks were real, not a show put on for the cameras "
    "in the capital.",
    "one_word": "The group said the photo showed the attack on Tuesday. Experts said the "
    "photo was taken in 2019, not last week.",
}


@cache
def _contradicted() -> dict[str, list[str]]:
    return {
        key: [text for kind, _, text in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["aside", "two_words"])
def test_a_correction_contradicts_the_claim_it_corrects(key: str) -> None:
    assert len(_contradicted()[key]) == 1


def test_the_claim_corrected_is_the_other_sources() -> None:
    assert _contradicted()["aside"] == [_MONDAY]


@pytest.mark.parametrize("key", ["topic", "own", "long", "one_word", "rather"])
def test_neighbours_of_a_correction_flag_nothing(key: str) -> None:
    """Another topic, the source's own claim, a long phrase, one shared word with the
    phrase set aside none of the claim's words, and no comma before the link."""
    assert _contradicted()[key] == []


def test_the_links_are_language_data() -> None:
    assert "not" in match_lexicon("en").correction_links
    assert match_lexicon("fr").correction_links == ()


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Monday", "Tuesday", "Friday"]), st.sampled_from(["army", "rebels"]))
def test_a_correction_never_answers_its_own_source(day: str, source: str) -> None:
    second = f"the talks began on Sunday, not {day}"
    frame = pd.DataFrame(
        {
            "claim_id": ["a", "b"],
            "article_id": ["x", "x"],
            "source_id": [source, source],
            "start": [0, 60],
            "end": [30, 60 + len(second)],
            "status": ["asserted", "asserted"],
            "attribution": ["indirect", "indirect"],
            "cue": ["said", "said"],
            "text": [f"the talks began on {day}", second],
        }
    )
    assert replied_claim(frame, pd.Series([True, True])).tolist() == [None, None]
    other = frame.assign(source_id=[source, "diplomats"])
    assert replied_claim(other, pd.Series([True, True])).tolist() == [None, "a"]


_DISOWNED = {
    "voice": "Prosecutors said the man on the recording was Smith. His lawyer said the voice "
    "on the recording was not his.",
    "other_subject": "Prosecutors said the man on the recording was Smith. His lawyer said "
    "the hearing was not his.",
    "both": "Prosecutors said the recording was not his. His lawyer said the recording was "
    "not his.",
}


@cache
def _disowned() -> dict[str, list[str]]:
    return {
        key: [text for kind, _, text in found if kind == "contradiction"]
        for key, found in flags_of(_DISOWNED).items()
    }


def test_a_subject_disowned_answers_the_claim_naming_it() -> None:
    """'the voice on the recording was not his' (matching.yaml ``disowning_pronouns``)."""
    assert _disowned()["voice"] == ["the man on the recording was Smith"]
    assert "his" in match_lexicon("en").disowning_pronouns


@pytest.mark.parametrize("key", ["other_subject", "both"])
def test_a_disowned_subject_of_its_own_or_a_negated_claim_answers_nothing(key: str) -> None:
    assert _disowned()[key] == []
