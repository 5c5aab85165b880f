"""A reply that corrects another source's claim (issue 6, wire32): "The ministry said the
talks began on Monday. Diplomats said the talks began on Sunday, not Monday."

The content ends with a comma, one of matching.yaml's ``correction_links`` and a short
phrase. It answers the nearest earlier claim of another source when the phrase set aside
is one of that claim's words, or when the clause shares two content words with it, or one
when the phrase set aside is a time or a number and that claim states one too (wire33).
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from provenance.rules.replies import _kinds, replied_claim
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
    # a time or a number set aside where the other's claim states one (wire33)
    "number": "Police said the blaze destroyed 12 homes. Firefighters said the blaze reached "
    "30 buildings, not 12.",
    # neighbours: the other's claim states no time; the only word shared is a time
    "no_time": "The group said the photo was genuine. Experts said the photo was taken in "
    "2019, not last week.",
    "time_only": "The group said the convoy left on Tuesday. Experts said the photo was "
    "taken in 2019, not last week.",
    "no_number": "Police said the blaze destroyed homes. Firefighters said the blaze reached "
    "30 buildings, not 12.",
    "talks": "The minister said the talks went well. Aides said the talks would resume on "
    "Friday, not Monday.",
}


@cache
def _contradicted() -> dict[str, list[str]]:
    return {
        key: [text for kind, _, text in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["aside", "two_words", "one_word", "number"])
def test_a_correction_contradicts_the_claim_it_corrects(key: str) -> None:
    """The phrase set aside is the claim's word, two words are shared, or one word is shared
    and the phrase set aside is a time or a number where the claim states one (the time of
    the claim corrected: "taken in 2019, not last week" after "the attack on Tuesday")."""
    assert len(_contradicted()[key]) == 1


def test_the_claim_corrected_is_the_other_sources() -> None:
    assert _contradicted()["aside"] == [_MONDAY]


@pytest.mark.parametrize(
    "key", ["topic", "own", "long", "rather", "no_time", "time_only", "no_number", "talks"]
)
def test_neighbours_of_a_correction_flag_nothing(key: str) -> None:
    """Another topic, the source's own claim, a long phrase, no comma before the link, a
    time set aside where the claim states none, and a claim sharing only a time."""
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


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz 0123456789,", max_size=40))
def test_the_kinds_of_a_phrase_are_time_and_number_only(phrase: str) -> None:
    kinds = _kinds(phrase, match_lexicon("en").time_words)
    assert kinds <= {"time", "number"}
    assert ("number" in kinds or "time" in kinds) >= any(c.isdigit() for c in phrase)


def test_time_words_are_language_data() -> None:
    words = match_lexicon("en").time_words
    assert {"week", "tuesday", "yesterday"} <= words
    assert "may" not in words  # the modal far more often than the month
    assert match_lexicon("fr").time_words == frozenset()
