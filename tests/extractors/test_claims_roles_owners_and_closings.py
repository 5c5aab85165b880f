"""Sources named around a role or an owner, and a closing "according to" (stop 37): a role
phrase set off before a name subject ("“...,” the party's leader, Ann Lee, said"), a
possessive inside a source after its cue (", said the company's chief executive."), a
source noun owning a claim noun ("the ministry's denial that"), "according to X" closing
a sentence when an apposition of X follows it, and the word joining an occasion to whom
it was held with ("in an interview with the BBC"). Each with the neighbours that must not
change."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed, attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "“The plan is dead,” the party's leader, Ann Lee, said.",
            "“The plan is dead,”",
            "Ann Lee",
        ),
        (
            "“The case is closed,” the director of the bureau, Tom Hart, said.",
            "“The case is closed,”",
            "Tom Hart",
        ),
        (
            "The case is closed, Acme's chief executive, Tom Hart, said on Monday.",
            "The case is closed",
            "Tom Hart",
        ),
        (
            "“The case is closed,” an attorney for the family, Tom Hart, said.",
            "“The case is closed,”",
            "Tom Hart",
        ),
    ],
)
def test_a_role_phrase_before_a_name_subject_is_no_content(
    text: str, content: str, source: str
) -> None:
    """The role phrase renames the speaker: the content ends before it."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # the phrase before the name is the content's own apposition: no role noun heads it
        ("He sold the house, a ruin, Ann Lee said.", "He sold the house, a ruin", "Ann Lee"),
        # the name comes first, the role after it
        (
            "“The case is closed,” Tom Hart, the chief executive, said.",
            "“The case is closed,”",
            "Tom Hart",
        ),
        # no name: the role phrase is the subject itself
        ("The case is closed, the lawyer said.", "The case is closed", "the lawyer"),
    ],
)
def test_neighbours_of_a_role_phrase_keep_their_content(
    text: str, content: str, source: str
) -> None:
    """Neighbours: a phrase that is no role noun's, or no name after it, keeps its reading."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The plant is under pressure, said the company's chief executive.", "the company's"),
        ("The plant is under pressure, said Rubio's spokesman.", "Rubio's spokesman"),
        ("The plant is under pressure, said the workers' union.", "the workers' union"),
        (
            "The plant is under pressure, said the company's chief executive, Tom Hart.",
            "Tom Hart",
        ),
    ],
)
def test_a_possessive_inside_a_source_after_its_cue(text: str, source: str) -> None:
    """ ", said the company's chief executive.": the possessive is part of the source."""
    found = attributed(text)
    assert any(c == "The plant is under pressure" and s and source in s for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the possessor owns no source noun after it
        "The plant is under pressure, said the plan's cost.",
        # a possessive with no head noun after it
        "The plant is under pressure, said the company's.",
    ],
)
def test_no_source_from_a_possessive_with_no_source_noun(text: str) -> None:
    """Neighbours: a possessive is read only inside a phrase a source noun heads."""
    assert attributed(text) == [], attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The video contradicts the ministry's denial that troops had crossed the border.",
            "troops had crossed the border",
            "the ministry",
        ),
        (
            "The video contradicts Tulsa police's earlier claim that the man was armed.",
            "the man was armed",
            "Tulsa police",
        ),
        (
            "The video contradicts the campaign's claim that the senator wanted to end it.",
            "the senator wanted to end it",
            "the campaign",
        ),
    ],
)
def test_a_source_noun_owning_a_claim_noun(text: str, content: str, source: str) -> None:
    """ "the ministry's denial that X": the source noun with its possessive makes the claim."""
    assert (content, source) in attributed(text), attributed(text)


def test_a_thing_owning_a_claim_noun_is_no_source() -> None:
    """Neighbour: "the plan's claim that": a plan is no source noun, the claim has none."""
    text = "The video contradicts the plan's claim that costs would fall."
    assert all(c != "costs would fall" for c, _ in attributed(text)), attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Some families would see their taxes go up under the plan, according to an "
            "analysis by Ann Lee, a former tax aide now teaching at a university.",
            "Some families would see their taxes go up under the plan",
            "an analysis by Ann Lee",
        ),
        (
            "The top earners would see their incomes rise by 19.9 percent, according to the "
            "Tax Foundation, more than twice what others would get.",
            "The top earners would see their incomes rise by 19.9 percent",
            "the Tax Foundation",
        ),
    ],
)
def test_according_to_closing_a_sentence_before_an_apposition(
    text: str, content: str, source: str
) -> None:
    """The phrase closes its sentence when only an apposition follows the source: it
    credits the clause an earlier cue ("see") took."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a clause resumes after the source: the phrase interrupts one content
        (
            "The plan, according to the budget office, would cost more than it saves.",
            "The plan, according to the budget office, would cost more than it saves",
            "the budget office",
        ),
        # the phrase opens its sentence
        (
            "According to the Tax Foundation, the top earners would gain the most.",
            "the top earners would gain the most",
            "the Tax Foundation",
        ),
    ],
)
def test_according_to_neighbours_keep_their_content(text: str, content: str, source: str) -> None:
    """Neighbours: a resumed clause and an opening phrase read as before."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hart said in an interview with the BBC that the budget would be cut.",
        "Hart said in an interview with CNN the budget would be cut.",
    ],
)
def test_an_occasion_with_its_partner_is_the_cues(text: str) -> None:
    """ "in an interview with (the) X": the partner is the occasion's, not the content."""
    found = attributed_cues(text)
    assert [c for c, _, _ in found] == ["the budget would be cut"], found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“The answer is yes,” Cruz, who has proposed ending the mandate, said.",
            "“The answer is yes,”",
        ),
        (
            "The answer is yes, Cruz, who has called for ending the mandate, said.",
            "The answer is yes",
        ),
    ],
)
def test_a_cue_after_a_relative_clause_holding_a_cue(text: str, content: str) -> None:
    """ "X, who has proposed Y, said": the clause's own claim is the pronoun's; the frame
    after its comma still reads its subject and content before the clause."""
    found = attributed(text)
    assert (content, "Cruz") in found, found
    assert ("ending the mandate", "who") in found, found


def test_a_cue_after_a_relative_clause_still_opens_its_content() -> None:
    """Neighbour: with the content after the frame, the claims are the same as before."""
    found = attributed("Cruz, who has proposed ending the mandate, said the answer is yes.")
    assert ("the answer is yes", "Cruz") in found, found
    assert ("ending the mandate", "who") in found, found


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The numbers are worrying, the minister said.",
            "The numbers are worrying",
            "the minister",
        ),
        (
            "The figures are worrying, Ann Lee said on Monday night.",
            "The figures are worrying",
            "Ann Lee",
        ),
        (
            "The numbers are worrying, the minister told reporters.",
            "The numbers are worrying",
            "the minister",
        ),
    ],
)
def test_a_tag_after_a_cue_and_its_comma(text: str, content: str, source: str) -> None:
    """ "X are worrying, Smith said.": the words after the comma are the tag closing the
    sentence, not the content of "worrying"; the tag's source reports the clause."""
    assert attributed(text) == [(content, source)], attributed(text)


def test_a_clause_after_a_comment_clause_is_no_tag() -> None:
    """Neighbour: "As the paper reported, X was accused of Y": a clause goes on after the
    comma, the comment clause credits it."""
    text = "The debate was tense. As the Ledger reported, the mayor was accused of lying."
    assert ("the mayor was accused of lying", "the Ledger") in attributed(text), attributed(text)
