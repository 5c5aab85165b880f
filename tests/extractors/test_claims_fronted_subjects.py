"""Subjects hidden by what stands before them: a fronted adjunct before a long or a
quantified subject, a subject with a participle phrase, inversion after a fronted negative."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed, attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a fronted adjunct, then a subject with a reduced relative clause
        (
            "In the mayor's defense, all the auditors we contacted said the books were clean.",
            "the books were clean",
            "all the auditors",
        ),
        # a clause lead and a fronted subordinate clause, then a relative clause
        (
            "Still, while the agency cannot inspect every farm, people who have studied "
            "the outbreaks say it could test far more.",
            "it could test far more",
            "people",
        ),
        # a fronted adjunct with an abbreviation, then a participle phrase
        (
            "After Dr. Patel's visit, engineers working on the bridge say the cables are sound.",
            "the cables are sound",
            "engineers",
        ),
    ],
)
def test_a_long_subject_after_a_fronted_adjunct(text: str, content: str, source: str) -> None:
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "To varying degrees, all agreed that the levy would hurt farmers.",
            "the levy would hurt farmers",
            "all",
        ),
        ("In the end, both said the vote had been fair.", "the vote had been fair", "both"),
        ("But all agreed that the levy would hurt farmers.", "the levy would hurt farmers", "all"),
    ],
)
def test_a_quantifier_after_a_fronted_adjunct_is_the_subject(
    text: str, content: str, source: str
) -> None:
    assert (content, source) in attributed(text), attributed(text)


def test_a_quantifier_after_its_subject_stays_an_adverb() -> None:
    text = "The growers all agreed that the levy would hurt farmers."
    assert ("the levy would hurt farmers", "The growers") in attributed(text), attributed(text)


def test_a_quantifier_after_an_appositive_comma_is_no_subject() -> None:
    # the phrase before the comma is a noun phrase, not an adjunct: no source "all"
    text = "The growers, all agreed that the levy would hurt farmers."
    assert all(source != "all" for _, source in attributed(text)), attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a present participle phrase with its object after a role noun
        (
            "A lawyer representing the family said the video showed the man was unarmed.",
            "the video showed the man was unarmed",
            "A lawyer",
        ),
        (
            "A spokesman representing the council said the levy would hurt farmers.",
            "the levy would hurt farmers",
            "A spokesman",
        ),
    ],
)
def test_a_subject_with_a_participle_phrase(text: str, content: str, source: str) -> None:
    # the source is the head, or the head with its phrase
    found = attributed(text)
    assert any(c == content and s is not None and s.startswith(source) for c, s in found), found


def test_a_past_form_before_an_object_is_no_participle_phrase() -> None:
    # "released a statement" is a verb and its object: no long subject through it
    text = "The agency released a report and the minister said the figures were wrong."
    found = attributed(text)
    assert all(source is None or "released" not in source for _, source in found), found


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Nor has he called for the closure of the plant.",
            "the closure of the plant",
            "he",
            "called for",
        ),
        (
            "Never has the council said that the park would be sold.",
            "the park would be sold",
            "the council",
            "said",
        ),
        (
            "The firm paid the fine, and never has it said that the audit was wrong.",
            "the audit was wrong",
            "it",
            "said",
        ),
    ],
)
def test_a_subject_inverted_after_a_fronted_negative(
    text: str, content: str, source: str, cue: str
) -> None:
    found = attributed_cues(text)
    assert any(c == content and s == source and q is not None and cue in q for c, s, q in found), (
        found
    )


def test_a_denial_inverted_after_a_negative_is_no_denial() -> None:
    # "Never has the council denied that": the denial is negated; no denied claim of its own
    text = "Never has the council denied that the park would be sold."
    assert attributed(text) == [], attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        # a question's inversion, with no fronted negative
        "Has the council said that the park would be sold?",
        # "not only" negates nothing and is no lead of this inversion
        "Not only has the council met, it voted.",
    ],
)
def test_no_inversion_without_a_fronted_negative(text: str) -> None:
    assert all(source not in {"the council"} for _, source in attributed(text)), attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a "from" phrase between a clause cue and its "that"
        (
            "We know from her tax filings that most of her income is rent.",
            "most of her income is rent",
            "We",
        ),
        (
            "The mayor said from his hospital bed that the budget would pass.",
            "the budget would pass",
            "The mayor",
        ),
    ],
)
def test_a_from_phrase_before_that_is_the_cues_adjunct(
    text: str, content: str, source: str
) -> None:
    assert (content, source) in attributed(text), attributed(text)


def test_a_from_phrase_with_a_relative_that_reports_nothing() -> None:
    # no cue before the phrase: "that" opens a relative clause of "the city"
    text = "The family moved from the city that they loved."
    assert attributed(text) == [], attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Those who signed the petition said the park must stay.", "the park must stay", "Those"),
        (
            "40 percent of those who voted early say the lines were long.",
            "the lines were long",
            "40 percent of those",
        ),
    ],
)
def test_those_heading_a_relative_clause_is_a_subject(text: str, content: str, source: str) -> None:
    assert (content, source) in attributed(text), attributed(text)


def test_those_before_a_noun_stays_a_determiner() -> None:
    # "those" determines "ballots"; the relative clause's own cue keeps its subject
    text = "Those ballots that the clerk counted were lost."
    assert all(source != "Those" for _, source in attributed(text)), attributed(text)


def test_a_titled_subject_opens_the_clause_after_a_long_subject() -> None:
    # the clause after the cue opens with a title's abbreviation ("Dr. Okafor had")
    text = "Several officials I have talked to over the last few months said Dr. Okafor had left."
    assert ("Dr. Okafor had left", "Several officials") in attributed(text), attributed(text)


def test_a_name_ending_a_sentence_opens_no_clause_after_it() -> None:
    # "Obama." ends its sentence: the next one is no clause of this cue
    text = (
        "Several officials I have talked to over the last few months mentioned Obama. Lee had left."
    )
    assert all(content != "Obama. Lee had left" for content, _ in attributed(text)), attributed(
        text
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Contrary to his claim that the mine was safe, it flooded.", "his"),
        ("The council repeated its earlier claim that the mine was safe.", "its"),
    ],
)
def test_a_possessive_pronoun_owns_its_noun_cue(text: str, source: str) -> None:
    assert ("the mine was safe", source) in attributed(text), attributed(text)


def test_a_noun_cue_with_no_possessor_stays_the_narrators() -> None:
    text = "Contrary to the claim that the mine was safe, it flooded."
    assert all(content != "the mine was safe" for content, _ in attributed(text)), attributed(text)
