"""Stances as claims (issue 6): expectations, judgements and evidence attribute content.

A source that expects, views or regards something, or a slide or an average that shows
it, states a position the text attributes to it: an indirect claim whose source is the
subject. Neighbours with no holder, no proposition or a physical act stay the narrator's.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from tests.extractors.claim_pairs import attributed_pairs


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # expectations: an object and its infinitive, a "that" clause, a noun phrase
        (
            "The treasurer expects interest rates to climb before winter.",
            "interest rates to climb before winter",
            "The treasurer",
        ),
        (
            "Ms. Okafor expects that the board will approve the merger.",
            "that the board will approve the merger",
            "Ms. Okafor",
        ),
        (
            "The bakers' union expects a long strike at the plant.",
            "a long strike at the plant",
            "The bakers' union",
        ),
        # judgements: "views X as Y", "regards X as Y"
        (
            "The council views the new bridge as a waste of money.",
            "the new bridge as a waste of money",
            "The council",
        ),
        (
            "Most farmers regard the water levy as unfair.",
            "the water levy as unfair",
            "Most farmers",
        ),
        # evidence that shows a proposition
        (
            "A third slide shows that most of the tomatoes are imported.",
            "most of the tomatoes are imported",
            "A third slide",
        ),
        (
            "The polling average shows the mayor ahead by four points.",
            "the mayor ahead by four points",
            "The polling average",
        ),
    ],
)
def test_stance_is_an_indirect_claim_of_its_holder(text: str, content: str, source: str) -> None:
    """The content is the holder's, reported indirectly and asserted."""
    assert (content, source) in attributed_pairs(text)
    claim = next(c for c in find_claims(text) if c.text == content)
    assert claim.attribution is Attribution.INDIRECT
    assert claim.status is ClaimStatus.ASSERTED


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Eventually, the minister hopes to open a second clinic in the valley.",
            "to open a second clinic in the valley",
            "the minister",
        ),
        (
            "Privately, aides believe the plan will fail.",
            "the plan will fail",
            "aides",
        ),
    ],
)
def test_sentence_adverb_is_no_content(text: str, content: str, source: str) -> None:
    """A sentence adverb before the holder is no parenthetical's content: the clause is."""
    pairs = attributed_pairs(text)
    assert (content, source) in pairs
    assert all(len(c) > 12 for c, _ in pairs)


@pytest.mark.parametrize(
    "text",
    [
        "The road seems long.",
        "It seems the storm has passed.",
        "The chart shows a line.",
        "His views on trade are well known.",
        "The view from the ridge was stunning.",
        "With kind regards, the editor.",
        "On average, bread prices rose by a tenth.",
        "The average rent rose by a tenth.",
        "He was angry.",
    ],
)
def test_neighbours_stay_narrator(text: str) -> None:
    """No holder, no proposition, a noun homograph or a bare mental state: no claim."""
    assert attributed_pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He refused to leave.",
        "The squatters refused to vacate the flat.",
        "The driver refused to stop at the checkpoint.",
    ],
)
def test_refused_physical_act_is_no_claim(text: str) -> None:
    """A refused act (moving, staying, stopping) attributes no content."""
    assert attributed_pairs(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The spokesman refused to comment.", "to comment", "The spokesman"),
        (
            "The senator has refused to disclose her tax returns.",
            "to disclose her tax returns",
            "The senator",
        ),
    ],
)
def test_refused_words_stay_claims(text: str, content: str, source: str) -> None:
    """Refusing words or a disclosure stays a claim, as before."""
    assert (content, source) in attributed_pairs(text)


_NOUNS = st.sampled_from(["council", "union", "ministry", "board", "committee"])
_OBJECTS = st.sampled_from(["the tax", "the new road", "the plan", "the merger"])
_JUDGEMENTS = st.sampled_from(["a mistake", "unfair", "a threat", "too costly"])


@settings(max_examples=25, deadline=None)
@given(_NOUNS, st.sampled_from(["views", "regards", "viewed", "regarded"]), _OBJECTS, _JUDGEMENTS)
def test_view_as_keeps_its_holder(noun: str, verb: str, obj: str, judgement: str) -> None:
    """Any "The N views X as Y": one indirect claim "X as Y" of "The N"."""
    text = f"The {noun} {verb} {obj} as {judgement}."
    assert (f"{obj} as {judgement}", f"The {noun}") in attributed_pairs(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "On Monday, however, the governor met farmers, pledging to cut the water levy.",
            "to cut the water levy",
            "the governor",
        ),
        (
            "Stung by the protests, the mayor dropped the toll, promising to fix the road first.",
            "to fix the road first",
            "the mayor",
        ),
    ],
)
def test_participle_cue_finds_subject_after_fronted_adjuncts(
    text: str, content: str, source: str
) -> None:
    """A ", pledging ..." cue is the main clause's subject's, past adjuncts closed by commas."""
    assert (content, source) in attributed_pairs(text)


def test_spaced_hyphen_opens_a_subject() -> None:
    """A spaced hyphen ends the clause before a subject, as a dash does."""
    text = "The race is close - the senator has vowed to repeal the levy."
    assert ("to repeal the levy", "the senator") in attributed_pairs(text)
    hyphenated = "The well-known author said the book was done."
    assert ("the book was done", "The well-known author") in attributed_pairs(hyphenated)
