"""Coordinated reports end the content before them; prepositional stance verbs take objects."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.claims.coordination import (
    coordinated_report,
    relative_clause_end,
    relative_subject,
    subordinate_clause_end,
)
from tests.extractors.claim_pairs import attributed_pairs as _attributed


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Most voters said Clinton is honest and trustworthy, and three-quarters said "
            "the same of Sanders.",
            ("Clinton is honest and trustworthy", "Most voters"),
            ("the same of Sanders", "three-quarters"),
        ),
        (
            "Trump said he was angry about the vote, but Clinton said she was happy.",
            ("he was angry about the vote", "Trump"),
            ("she was happy", "Clinton"),
        ),
        (
            "The mayor said the budget is balanced while critics say it is not.",
            ("the budget is balanced", "The mayor"),
            ("it is not", "critics"),
        ),
    ],
)
def test_coordinated_report_ends_the_first_content(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """Each report keeps its own clause and its own source."""
    found = _attributed(text)
    assert first in found, found
    assert second in found, found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # nesting, not coordination: the inner report is part of what the senator said
        (
            "The senator said officials told him the plan was dead.",
            "officials told him the plan was dead",
        ),
        # a coordinated subject with no comma before "and" stays inside the content
        (
            "Obama said the economy and the jobs market told a better story.",
            "the economy and the jobs market told a better story",
        ),
        # a coordinated clause with no cue of its own is part of the content
        (
            "He said the deal was done, and aides kept quiet about it.",
            "the deal was done, and aides kept quiet about it",
        ),
    ],
)
def test_no_coordinated_report_keeps_the_content(text: str, content: str) -> None:
    """Neighbours: nested reports and plain coordinated clauses are not cut."""
    found = _attributed(text)
    assert any(c == content for c, _ in found), found


def test_coordinated_report_keeps_a_short_answer() -> None:
    """ "Voters said yes, and analysts said no": the answer "yes" is the first content."""
    found = _attributed("Voters said yes, and analysts said no.")
    assert found[0] == ("yes", "Voters"), found


@given(st.text(alphabet="abc ,.", max_size=60))
def test_coordinated_report_stays_inside_the_content(noise: str) -> None:
    """Whatever the text, a cut lies between the content start and the cue."""
    text = f"He said {noise}, and she said it rained."
    start, cue = text.index(noise) if noise else 8, text.rindex("said")
    cut = coordinated_report(text, start, cue)
    assert cut is None or start + 2 <= cut < cue


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Sanders railed against Wall Street banks.", "Wall Street banks", "Sanders"),
        ("Clinton voted for the Iraq war.", "the Iraq war", "Clinton"),
        ("The minister declined to comment on the report.", "the report", None),
        ("The governor commented on the ruling.", "the ruling", "The governor"),
        ("Most economists agree with the forecast.", "the forecast", "Most economists"),
        ("Trump lashed out at the judge.", "the judge", "Trump"),
    ],
)
def test_prepositional_stance_verb_takes_its_object(
    text: str, content: str, source: str | None
) -> None:
    """The preposition's object is the content, the subject its source."""
    found = _attributed(text)
    assert any(c == content and (source is None or s == source) for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The train ran on time.",
        "She focused the camera.",
        "The voters went home.",
    ],
)
def test_stance_verb_neighbours_give_no_claim(text: str) -> None:
    """Neighbours without the verb-preposition pair attribute nothing."""
    assert _attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Obama expressed support for the deal.", "support for the deal", "Obama"),
        ("The governor ordered an investigation into the shooting.", None, "The governor"),
        ("Sanders thanked his supporters in Iowa.", "his supporters in Iowa", "Sanders"),
        ("The senator invoked the Constitution.", "the Constitution", "The senator"),
        ("Most voters liked the plan.", "the plan", "Most voters"),
    ],
)
def test_stance_object_verb_takes_its_object(text: str, content: str | None, source: str) -> None:
    """Stance verbs of the lexicon credit their object to their subject."""
    found = _attributed(text)
    assert any(s == source and (content is None or c == content) for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The indictment listed two unnamed firms.",  # "list" is left out of the lexicon
        "The express train left at noon.",  # a noun, no subject before a verb
        "They favored the home team.",  # "favor" is left out of the lexicon
    ],
)
def test_stance_object_verb_neighbours(text: str) -> None:
    """Neighbours: verbs left out and noun homographs attribute nothing."""
    assert _attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("In Iowa on Monday, Clinton said, “We will win.”", "“We will win.”", "Clinton"),
        (
            "Asked about the nominee, Adelson said, “They have got to be able to win.”",
            "“They have got to be able to win.”",
            "Adelson",
        ),
    ],
)
def test_quotation_after_an_opening_adjunct_is_the_content(
    text: str, content: str, source: str
) -> None:
    """ "In Iowa, Clinton said, “...”": the adjunct before the cue is no part of the quote."""
    assert (content, source) in _attributed(text)


def test_parenthetical_cue_still_splits_its_content() -> None:
    """Neighbour: "The test, North Korea said, was its biggest" keeps the surrounding content."""
    found = _attributed("The test, North Korea said, was its biggest ever.")
    assert found == [("The test, North Korea said, was its biggest ever", "North Korea")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Clinton, who said the plan would fail, voted no.", "the plan would fail"),
        (
            "The senator, who has said that taxes, fees and tolls must fall, won.",
            "taxes, fees and tolls must fall",
        ),
    ],
)
def test_relative_clause_between_commas_ends_its_content(text: str, content: str) -> None:
    """ "X, who said Y, voted": the content closes with the relative clause, lists kept whole."""
    assert (content, "who") in _attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The changes, which officials said will start in May, will not apply to "
            "all applicants.",
            "will start in May",
            "officials",
        ),
        (
            "Sergei Ivanov, who U.S. officials say is tied to Russian intelligence, met "
            "the candidate twice.",
            "is tied to Russian intelligence",
            "U.S. officials",
        ),
        (
            "The network, which the campaign says includes 2.7 million donors, is a prize.",
            "includes 2.7 million donors",
            "the campaign",
        ),
        (
            "The plan, which Smith said would cost $5 billion, was rejected.",
            "would cost $5 billion",
            "Smith",
        ),
    ],
)
def test_relative_clause_with_its_own_source_ends_before_the_main_verb(
    text: str, content: str, source: str
) -> None:
    """ "X, which officials said VP, MAIN-VERB": the report ends with the relative clause."""
    assert (content, source) in _attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a comma before an adjunct or inside a quotation stays in the relative clause
        (
            "He listed the applicants, which he said were split between Trump and Cruz, "
            "with a couple for Kasich.",
            "were split between Trump and Cruz, with a couple for Kasich",
            "he",
        ),
        (
            "He met Clinton, who Beck on Wednesday called “a horrible, despicable human being.”",
            "“a horrible, despicable human being.”",
            "Beck",
        ),
    ],
)
def test_relative_clause_with_its_own_source_neighbours(
    text: str, content: str, source: str
) -> None:
    """Neighbours: only the comma before the main clause's verb closes the relative clause."""
    assert (content, source) in _attributed(text)


def test_relative_clause_end_needs_a_pronoun_before_the_source() -> None:
    """ "X, officials said VP, ...": no relative pronoun, so the end is left as given."""
    text = "The changes, officials said, will start in May, will not apply."
    src = text.index("officials")
    start = text.index("will start")
    assert relative_clause_end(text, (src, src + 9), start, len(text) - 1) == len(text) - 1


def test_restrictive_relative_keeps_its_content() -> None:
    """Neighbour: "a report that said X" (no comma before the pronoun) is not cut."""
    found = _attributed("He cited a report that said prices will rise, analysts agree, next year.")
    assert all(c != "prices will rise" for c, _ in found), found


def test_relative_clause_end_leaves_other_sources() -> None:
    """A named source keeps the content end it was given."""
    text = "Clinton said the plan would fail, voted no."
    assert relative_clause_end(text, (0, 7), 13, len(text) - 1) == len(text) - 1


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Among those who want a continuation of Obama policies, most are happy.",
            "a continuation of Obama policies",
        ),
        ("He cited the ruling, which says the ban is unlawful.", "the ban is unlawful"),
    ],
)
def test_relative_pronoun_before_a_cue_is_its_source(text: str, content: str) -> None:
    """ "those who want X": the relative pronoun stands for the source."""
    found = _attributed(text)
    assert any(c == content and s in {"who", "which"} for c, s in found), found


@pytest.mark.parametrize(
    ("text", "cue_start"),
    [
        ("He said that officials say prices will rise.", "say prices"),  # complementizer
        ("Who says the race is over?", "says"),  # the pronoun opens the text
    ],
)
def test_no_relative_subject(text: str, cue_start: str) -> None:
    """Neighbours: a complementizer "that" or an opening pronoun is no relative subject."""
    assert relative_subject(text, 0, text.index(cue_start)) is None


def test_flagged_cue_keeps_its_phrase_reading() -> None:
    """ "a lawsuit that had accused X of Y": the charge Y, not "X of Y" credited to "that"."""
    found = _attributed(
        "A judge threw out a lawsuit that had accused the mayor of taking bribes from builders."
    )
    assert all(s != "that" for _, s in found), found


def test_restrictive_relative_before_a_main_cue_gives_way() -> None:
    """ "Others who want a ban said it helps": the main verb keeps its whole subject."""
    found = _attributed("Hawkins and others who want a ban said it helps.")
    assert found == [("it helps", "Hawkins and others")], found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "While Ramos said that journalists must stay neutral, he appears uneasy.",
            "journalists must stay neutral",
        ),
        (
            "Although officials said taxes, fees and tolls would fall, prices rose.",
            "taxes, fees and tolls would fall",
        ),
    ],
)
def test_report_in_a_fronted_subordinate_clause_ends_with_it(text: str, content: str) -> None:
    """ "While X said Y, Z": the report closes with its clause; a list inside stays whole."""
    assert any(c == content for c, _ in _attributed(text)), _attributed(text)


def test_report_after_a_fronted_adjunct_keeps_its_commas() -> None:
    """Neighbour: "Later, Ramos said that A, B and C" opens with no subordinator."""
    text = "Later, Ramos said that journalists, editors and owners must stay neutral, he added."
    assert subordinate_clause_end(text, 0, text.index("journalists"), len(text) - 1) == (
        len(text) - 1
    )


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The White House would like to make the election a battle about competence.",
            "to make the election a battle about competence",
            "The White House",
        ),
        ("Party leaders hope that Sanders will tone down his attacks.", None, "Party leaders"),
    ],
)
def test_wish_verbs_report_their_complement(text: str, content: str | None, source: str) -> None:
    """ "would like to X", "hope that X": the complement is the content."""
    found = _attributed(text)
    assert any(s == source and (content is None or c == content) for c, s in found), found


def test_hope_as_a_noun_is_no_cue() -> None:
    """Neighbour: "the hope of peace faded" has no subject before a verb "hope"."""
    assert _attributed("The hope of peace faded after the vote.") == []
