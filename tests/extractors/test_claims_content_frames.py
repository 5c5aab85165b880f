"""Content spans of some report frames: progressive phrasal cues, comment clauses with
"as", "according to" between coordinated clauses, conjunctions joining a second cue."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The senator is calling for an independent inquiry into the deal.",
            "an independent inquiry into the deal",
            "The senator",
        ),
        (
            "The senator has been calling for an inquiry into the deal.",
            "an inquiry into the deal",
            "The senator",
        ),
        (
            "The governor was calling on residents to stay home.",
            "residents to stay home",
            "The governor",
        ),
    ],
)
def test_a_progressive_phrasal_cue_is_no_passive(text: str, content: str, source: str) -> None:
    """ "is calling for X": the auxiliary makes a progressive, its subject the source."""
    assert (content, source) in attributed(text), attributed(text)


def test_a_passive_phrasal_cue_still_has_no_subject_source() -> None:
    """Neighbour: "was called for" is a passive; the strike calls for nothing."""
    got = attributed("The strike was called for Monday.")
    assert all(source != "The strike" for _, source in got), got


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the comma inside the closing quotation mark (American style)
        ('The bill is "a disaster," as the senator put it.', 'The bill is "a disaster,"'),
        ("The bill is “a disaster,” as the senator put it.", "The bill is “a disaster,”"),
        # the comma after it (British style)
        ('The bill is "a disaster", as the senator put it.', 'The bill is "a disaster"'),
        # a subordinate clause opening the content is left out
        (
            "The rules are odd because while most applicants must pass tests, the main "
            "requirement is money, as a memo put it.",
            "the main requirement is money",
        ),
    ],
)
def test_a_comment_clause_after_a_quotation_or_a_subordinate_clause(
    text: str, content: str
) -> None:
    """ ", as SOURCE put it." credits the main clause before it, its quotation mark kept."""
    assert content in [c for c, _ in attributed(text)], attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The city, as the mayor said, has never been safer.",
            "The city, as the mayor said, has never been safer",
            "the mayor",
        ),
        (
            "The island, as one of the governor's advisers pointed out, normally does not get "
            "two storms in a row.",
            "The island, as one of the governor's advisers pointed out, normally does not get "
            "two storms in a row",
            "one of the governor's advisers",
        ),
        # more of the sentence after the comment clause, no predicate: the clause before
        (
            "The race tightened, as the senator said, and then it broke open.",
            "The race tightened",
            "the senator",
        ),
    ],
)
def test_a_medial_comment_clause(text: str, content: str, source: str) -> None:
    """ "SUBJECT, as X said, PREDICATE": the comment clause interrupts one content."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks stalled, as expected, and the envoys left.",
        "The bill, as expected, failed.",
    ],
)
def test_an_as_clause_with_no_source_credits_nothing(text: str) -> None:
    """Neighbours: "as expected" names no source."""
    assert attributed(text) == []


_SUBJECTS = ["The plan", "Their offer", "The new bridge", "The museum"]
_SOURCES = ["the mayor", "Ms. Smith", "the report", "officials"]
_PREDICATES = ["has never been cheaper", "would cost too much", "was a failure", "will open soon"]


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_SOURCES), st.sampled_from(_PREDICATES))
def test_a_medial_comment_clause_spans_its_clause(subject: str, source: str, pred: str) -> None:
    """Invariant: any "S, as X said, P." gives the whole clause, credited to X."""
    text = f"{subject}, as {source} said, {pred}."
    assert (text[:-1], source) in attributed(text), attributed(text)


def test_according_to_between_coordinated_clauses_credits_both() -> None:
    """ "X, according to Y, and Z": one report of two clauses."""
    text = "Exports fell in May, according to the ministry, and imports rose by a third."
    assert attributed(text) == [(text[:-1], "the ministry")]


def test_according_to_before_a_coordinated_source_keeps_one_side() -> None:
    """Neighbour: ", and the bank" coordinates a second source, not a clause."""
    text = "Prices rose, according to the bureau, and the bank."
    assert [c for c, _ in attributed(text)] == ["Prices rose"]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Then someone asked how the mayor could win back young voters.",
            "how the mayor could win back young voters",
            "someone",
        ),
        (
            "While the senator lacks a record, officials from both parties say he has "
            "earned respect.",
            "he has earned respect",
            "officials from both parties",
        ),
    ],
)
def test_indefinite_and_prepositional_sources(text: str, content: str, source: str) -> None:
    """ "someone" is a source head; a source noun may open a phrase with a preposition."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is absurd, the senator said, going on to say that the costs would double.",
        "The plan is absurd, the senator said, and added that the costs would double.",
    ],
)
def test_a_joined_cue_after_a_frame_ends_the_content_around_it(text: str) -> None:
    """ ", going on to say", ", and added": the frame's source goes on with a new content."""
    got = attributed(text)
    assert ("The plan is absurd", "the senator") in got, got
    assert "the costs would double" in [c for c, _ in got], got


def test_a_subordinator_opens_the_clause_of_the_source() -> None:
    """ "until someone tells me ...": "until" is no part of the source."""
    text = 'I keep shouting until someone tells me "the radio is off".'
    assert ('"the radio is off"', "someone") in attributed(text), attributed(text)


def test_a_bare_singular_noun_opens_no_source_phrase() -> None:
    """Neighbour: "officials from X" may be a subject; "host of X" needs its determiner."""
    text = "The band played on, host of the late show Tim Jones recalls."
    assert all(source != "host of the late show" for _, source in attributed(text))


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The mayor left the meeting after saying the budget was final.",
            "the budget was final",
            "The mayor",
        ),
        (
            "He declined to name anyone, aside from saying he wants a diverse slate.",
            "he wants a diverse slate",
            "He",
        ),
    ],
)
def test_a_participle_cue_after_a_preposition(text: str, content: str, source: str) -> None:
    """ "after saying", "from saying": the main clause's subject is the source."""
    assert (content, source) in attributed(text), attributed(text)
