"""Subjects the strict noun-phrase walk refuses, and cues inside parentheses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.claims.clause_subjects import loose_subject
from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Lopez spent money. Several said they would rather cut taxes.", "they would", "Several"),
        ("Still, 52 percent of voters say they would.", "they would", "52 percent of voters"),
        ("But six in 10 said they want the policies kept.", "they want", "six in 10"),
        ("Hawkins and others who want a ban said it helps.", "it helps", "Hawkins and others"),
        ("Her campaign workers here said they had won.", "they had", "Her campaign workers here"),
        ("(On Monday he said he would consider closing mosques.)", "he would", "he"),
    ],
)
def test_a_clause_opening_subject_is_the_source(text: str, content: str, source: str) -> None:
    """Quantities, quantifiers and relative-clause antecedents are read as the source."""
    found = attributed(text)
    assert any(c.startswith(content) and s == source for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Many worries remain about the harvest.",
        "Trump's claims drew scorn.",
        "The report's finding that the agency failed was disputed.",
        "The panel ruled that a disputed ballot should count.",
        "In the poll said to be rigged, turnout fell.",
    ],
)
def test_neighbours_with_no_subject_attribute_nothing(text: str) -> None:
    """A plural noun, a possessor, a determiner or an introductory phrase is no source."""
    sources = {s for _, s in attributed(text)}
    assert not sources & {"Many", "Trump's", "The", "The panel ruled", "In the poll"}, sources


def test_a_cue_inside_parentheses_stops_at_the_closing_bracket() -> None:
    """ "Smith (who said the plan was dead) left": the content ends at ")"."""
    found = attributed("Smith (who said the plan was dead) left.")
    assert [c for c, _ in found] == ["the plan was dead"]


@given(st.text(alphabet="abcSW ,.()'’who", max_size=60), st.integers(0, 60))
def test_a_loose_subject_lies_before_the_cue(text: str, cue: int) -> None:
    """Whatever the text, a loose subject is a non-empty span ending at or before the cue."""
    cue = min(cue, len(text))
    span = loose_subject(text, 0, cue)
    if span is not None:
        s, e = span
        assert 0 <= s < e <= cue
        assert text[s:e].strip() == text[s:e]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Democrats see Sanders as an agent of decline.", "Sanders as an agent", "Democrats"),
        ("Most voters prefer a candidate with experience.", "a candidate", "Most voters"),
        ("Trump talked about the wall at every rally.", "the wall", "Trump"),
        ("The senators discussed the budget cuts.", "the budget cuts", "The senators"),
        ("The union backed the mayor's plan.", "the mayor's plan", "The union"),
    ],
)
def test_views_preferences_and_topics_attribute_their_object(
    text: str, content: str, source: str
) -> None:
    """ "sees X as Y", "prefer X", "talked about X", "discussed X", "backed X" (lexicon)."""
    found = attributed(text)
    assert any(c.startswith(content) and s == source for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The average American who itemized claimed more than $27,000 in deductions.",
        "A federal court in Virginia on Thursday rejected a bid to stop it.",
    ],
)
def test_a_loose_subject_never_serves_an_object_or_a_hedge(text: str) -> None:
    """Only neutral clause cues take a loose subject: no source walks past a relative
    clause or an adjunct to a hedge or an object verb."""
    sources = {s for _, s in attributed(text)}
    assert "The average American" not in sources
    assert "A federal court in Virginia on Thursday" not in sources


def test_calling_an_object_a_quoted_label_is_a_claim() -> None:
    """ "calling it “disqualifying”": a weak participle made explicit by a quoted label."""
    found = attributed("Romney attacked Trump over his taxes, calling it “disqualifying” today.")
    assert any(c.startswith("it “disqualifying”") and s == "Romney" for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The company filed suit, calling witnesses from three states.",
        "Officials met on Monday, seeking a new start.",
    ],
)
def test_a_weak_participle_without_a_quoted_label_stays_silent(text: str) -> None:
    """The neighbours: an object with no quotation after it reports nothing."""
    assert attributed(text) == []
