"""Speech tags in other positions, and the constructions around them (stop 32, attr32).

Every fixture is written for this file (no corpus text): a time adjunct after the cue
("said last week it would"), two places of one source noun ("Officials in Washington and
Brussels"), the body a source is in (", said sources in the ministry"), a cue in a free
relative after a contrast ("Contrary to what X said, ..."), "was quoted as saying" after
its content, a relative clause after an "according to" source, and a sentence opening
with "This" that is no time adjunct. Each construction has neighbours that keep the
reading they had.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extractors.attributed import attributed

_CLAUSE = "it would cut 500 jobs"

# -- a period after the cue, before a clause with no "that" ---------------------------


@pytest.mark.parametrize(
    "period",
    ["last week", "last month", "this week", "earlier this year", "late last week", "Sunday"],
)
@pytest.mark.parametrize("subject", ["The company", "The union", "He"])
def test_a_period_after_the_cue_is_the_cues(subject: str, period: str) -> None:
    """ "X said last week it would ...": the period is when X said it, not the content."""
    text = f"{subject} said {period} {_CLAUSE}."
    assert attributed(text) == [(_CLAUSE, subject)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry said on Monday there was no risk.", "there was no risk"),
        ("The ministry said this morning the roads were closed.", "the roads were closed"),
        # neighbours: the period is the content's subject; "it" right after the cue is
        # the cue's object
        ("He said last week was the worst.", "last week was the worst"),
        ("He said it on Monday.", "it on Monday"),
    ],
)
def test_a_period_or_a_subject_after_the_cue(text: str, content: str) -> None:
    assert [c for c, _ in attributed(text)] == [content]


# -- two places of one source noun ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials in Washington and Brussels said the talks had stalled.",
         "Officials in Washington and Brussels"),
        ("Police in Lagos and Abuja said the suspects had fled.", "Police in Lagos and Abuja"),
        # neighbours: a name with a place is no source noun; a clause before "and"
        ("Clinton in Iowa and Sanders said the race was close.", "Sanders"),
        ("The meeting in Paris ended and Smith said it went well.", "Smith"),
    ],
)  # fmt: skip
def test_two_places_of_one_source_noun(text: str, source: str) -> None:
    """ "Officials in Washington and Brussels said": both places say whose officials."""
    assert [s for _, s in attributed(text)] == [source]


# -- the body a source after its cue is in --------------------------------------------


@pytest.mark.parametrize(
    ("tag", "source"),
    [
        ("said sources in the ministry.", "sources in the ministry"),
        ("said critics within the ruling party.", "critics within the ruling party"),
        ("said officials inside the government.", "officials inside the government"),
        # neighbours: a place, a room, an occasion, a committee one sits "on" stay out
        ("said a diplomat in Brussels.", "a diplomat"),
        ("said one source in the room.", "one source"),
        ("said the spokesman in an interview.", "the spokesman"),
        ("said one aide on the committee.", "one aide"),
    ],
)
def test_the_body_of_a_source_after_its_cue(tag: str, source: str) -> None:
    """ ", said sources in the ministry.": the ministry says whose sources they are."""
    text = f"The plan has been shelved, {tag}"
    assert attributed(text) == [("The plan has been shelved", source)]


# -- a cue in a free relative after a contrast ----------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Contrary to what the minister said",
        "Despite what officials claimed",
        "Unlike what the company had promised",
        "Regardless of what the minister said",
    ],
)
def test_a_contrasted_relative_reports_nothing(lead: str) -> None:
    """ "Contrary to what X said, CLAUSE": the clause is the narrator's, not X's claim."""
    assert attributed(f"{lead}, the economy is shrinking.") == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a colon after the relative: the words after it are what was said
        ("Here is what the minister said: the economy is shrinking.",
         ("the economy is shrinking", "the minister")),
        # no contrast: "what" opens no contrasted relative
        ("The minister said what the economy needed was reform.",
         ("what the economy needed was reform", "The minister")),
    ],
)  # fmt: skip
def test_other_free_relatives_keep_their_reading(text: str, claim: tuple[str, str]) -> None:
    assert claim in attributed(text)


def test_the_next_speakers_claim_after_a_contrast_is_his() -> None:
    """ "Contrary to what X said, Y said CLAUSE": the clause is Y's."""
    text = "Contrary to what the minister said, the governor said the economy was shrinking."
    assert attributed(text) == [("the economy was shrinking", "the governor")]


# -- "was quoted as saying" after its content ------------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "the minister was quoted as saying.",
        "the minister was quoted as saying by the Hindu.",
        "the minister was quoted by PTI as saying.",
    ],
)
def test_quoted_as_saying_after_its_content(tag: str) -> None:
    """ "CLAUSE, X was quoted as saying.": the clause before the comma is X's."""
    text = f"The economy was shrinking, {tag}"
    assert attributed(text) == [("The economy was shrinking", "the minister")]


# -- a relative clause after an "according to" source ---------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to the minister, who spoke on condition of anonymity, the plan failed.",
         "the plan failed"),
        ("According to Mr Okoye, who chairs the panel, the plan failed.", "the plan failed"),
        # neighbours: no relative; the relative closing the sentence
        ("According to the minister, the plan failed.", "the plan failed"),
        ("The plan failed, according to the minister, who spoke on Monday.", "The plan failed"),
    ],
)  # fmt: skip
def test_a_relative_after_an_according_source(text: str, content: str) -> None:
    """ "According to X, who ..., CLAUSE": the relative says who X is, the clause is X's."""
    assert [c for c, _ in attributed(text)] == [content]


# -- "This" opening a report, not a time adjunct --------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("This plan will fail, the minister warned.", ("This plan will fail", "the minister")),
        ("This is a setback, Mr Ramaphosa conceded.", ("This is a setback", "Mr Ramaphosa")),
        ("This deal is dead, the union said.", ("This deal is dead", "the union")),
    ],
)  # fmt: skip
def test_this_opening_a_report_before_its_tag(text: str, claim: tuple[str, str]) -> None:
    """ "This plan will fail, X warned.": the clause is X's; "This" sets no scene."""
    assert attributed(text) == [claim]


@pytest.mark.parametrize(
    "lead", ["This week", "Last Monday", "This morning", "Next year", "Last month in Abuja"]
)
def test_a_period_opening_the_sentence_sets_a_scene(lead: str) -> None:
    """ "This week, X said CLAUSE": the period is the scene, the clause after "said" X's."""
    text = f"{lead}, the minister said the plan would fail."
    assert attributed(text) == [("the plan would fail", "the minister")]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["last week", "this month", "on Monday", "Sunday", "earlier this year"]),
    st.sampled_from(["it", "there", "the firm", "he"]),
)
def test_the_period_never_opens_the_content(period: str, subject: str) -> None:
    """Whatever the period and the content's subject, the content opens with the subject."""
    text = f"The company said {period} {subject} would recover."
    contents = [c for c, _ in attributed(text)]
    assert contents == [f"{subject} would recover"]


# -- a document issued by its source ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The economy is shrinking, said a statement issued by the ministry.",
         "a statement issued by the ministry"),
        ("In a statement issued by the ministry, the economy was described as shrinking.",
         "the ministry"),
        ("In a report released by the World Bank on Monday, growth was put at 3 percent.",
         "the World Bank"),
        # neighbours: a poll "conducted by" a firm stays the poll's; no agent, the document
        ("In a poll conducted by Gallup, she led by 24 points.", "a poll conducted by Gallup"),
        ("In a CBS News poll, she led by 24 points.", "a CBS News poll"),
    ],
)  # fmt: skip
def test_a_document_issued_by_its_source(text: str, source: str) -> None:
    """ "In a statement issued by X, CLAUSE": X issued the statement and is the source."""
    assert [s for _, s in attributed(text)] == [source]


def test_a_contrast_opening_with_in_names_no_document() -> None:
    """ "In contrast to what the report suggested, CLAUSE": no report frames the clause."""
    assert attributed("In contrast to what the report suggested, the economy is shrinking.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The company said late on Tuesday it would cut 500 jobs.", "it would cut 500 jobs"),
        ("The company said overnight it would cut 500 jobs.", "it would cut 500 jobs"),
        ("Police said on Saturday night they had arrested three men.",
         "they had arrested three men"),
        # neighbour: the day and its part are the content's subject
        ("He said Monday night was the worst.", "Monday night was the worst"),
    ],
)  # fmt: skip
def test_a_day_with_its_lead_and_part_is_the_cues(text: str, content: str) -> None:
    """ "said late on Tuesday it would", "said on Saturday night they had": the cue's."""
    assert [c for c, _ in attributed(text)] == [content]


def test_a_relative_speaker_takes_no_clause_before_its_comma() -> None:
    """ "This was contradicted by truck drivers, who said it stayed shut.": the clause
    before the relative's comma is the narrator's, not the drivers' (nor a scene set by
    "This", which opens no time adjunct here)."""
    text = "This was contradicted by truck drivers, who said it stayed shut."
    assert attributed(text) == [("it stayed shut", "who")]
