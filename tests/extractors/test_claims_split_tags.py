"""Tags that split or follow a report, and the subjects before them (stop 33, attr33).

Every fixture is written for this file (no corpus text): a count opening the content
after a day adjunct ("said on Saturday night three people had died"), a tag standing
inside another cue's reported content (", he added, "), a relative clause with no
relative word ending in its preposition ("the analysts I spoke to said"), British
spellings of cue verbs ("criticises", "Criticising"), an aside between typewriter dashes
("Jones -- author of X, a Y -- said"), a relative clause before ", and said", and "and"
after a medial tag's adjunct. Each construction has neighbours that keep the reading
they had.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extractors.attributed import attributed, attributed_cues

# -- a count after a day adjunct, before a clause with no "that" ---------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The police said on Saturday night three people had died.", "three people had died"),
        ("The police said Sunday two of the suspects had fled.", "two of the suspects had fled"),
        ("The firm said on Monday $4 million had been lost.", "$4 million had been lost"),
        ("The army said last week 12 soldiers were hurt.", "12 soldiers were hurt"),
        # neighbours: a pronoun after the day (attr32's), and a date, which opens no clause
        ("The police said on Saturday night they had made arrests.", "they had made arrests"),
        ("The firm said on Monday 5 March the plant would close.",
         "on Monday 5 March the plant would close"),
    ],
)  # fmt: skip
def test_a_count_opens_the_content_after_a_day(text: str, content: str) -> None:
    """ "said on Saturday night three people had died": the day is when it was said."""
    assert [c for c, _ in attributed(text)] == [content]


@settings(max_examples=40, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=9999),
    day=st.sampled_from(["on Saturday night", "on Tuesday", "late on Monday", "this morning"]),
)
def test_any_count_after_a_day_opens_the_content(count: int, day: str) -> None:
    text = f"The ministry said {day} {count} people had been evacuated."
    assert attributed(text) == [(f"{count} people had been evacuated", "The ministry")]


# -- a tag inside another cue's reported content -------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said the plan, he added, would cost far more.",
         "the plan, he added, would cost far more"),
        ("The minister said the new rail line, she added, would open late.",
         "the new rail line, she added, would open late"),
        ("The mayor said that the bridge would, he said, stay shut for a year.",
         "the bridge would, he said, stay shut for a year"),
    ],
)  # fmt: skip
def test_a_tag_inside_the_content_keeps_the_speaker(text: str, content: str) -> None:
    """ "X said the plan, he added, would cost more": one report of X's, the tag inside it."""
    assert attributed(text) == [(content, text.split(" said")[0])]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # neighbours: a tag closing a clause (nothing goes on after its comma) reports anew
        ("The minister said the plan would fail, Smith said.", {"Smith", "The minister"}),
        ("The minister said the plan would fail, Smith added, citing costs.",
         {"Smith", "The minister"}),
    ],
)  # fmt: skip
def test_a_tag_closing_the_clause_is_a_report_of_its_own(text: str, sources: set[str]) -> None:
    assert {s for _, s in attributed(text)} >= sources


# -- a relative clause with no relative word, ending in its preposition --------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("All the analysts I spoke to said the budget was careful.", "All the analysts"),
        ("In the end, the voters we talked to say the race is close.", "the voters"),
        ("People I've spoken to say the rules are fair.", "People"),
        # neighbour: a clause ending in its verb (attr31's reading)
        ("All the analysts I interviewed said the budget was careful.", "All the analysts"),
    ],
)  # fmt: skip
def test_a_stranded_preposition_ends_the_relative_clause(text: str, source: str) -> None:
    """ "the analysts I spoke to said": the analysts say it, not "I"."""
    assert [s for _, s in attributed(text)] == [source]


def test_an_infinitive_to_is_no_stranded_preposition() -> None:
    """ "The officials wanted to say": "to" is the infinitive's, the officials want."""
    text = "The officials wanted to say the plan was fine."
    assert [(s, cue) for _, s, cue in attributed_cues(text)] == [("The officials", "wanted")]


# -- British spellings of cue verbs ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The paper criticises the coach for the defeat.", "criticises", "The paper"),
        ("The union is criticising the plan.", "is criticising", "The union"),
        ("She apologises for the delay.", "apologises for", "She"),
        ("He realises the vote is lost.", "realises", "He"),
    ],
)
def test_british_spellings_are_cues(text: str, cue: str, source: str) -> None:
    assert [(s, c) for _, s, c in attributed_cues(text)] == [(source, cue)]


def test_a_fronted_british_participle() -> None:
    """ "Criticising the plan, the minister said ...": the minister criticises it."""
    text = "Criticising the plan, the minister said it was unfair."
    cues = {(s, c) for _, s, c in attributed_cues(text)}
    assert ("the minister", "Criticising") in cues


# -- an aside between typewriter dashes after the subject ----------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Jones -- author of a book on trade, a topic he has studied for years -- said the "
         "tariffs tended to backfire.", "Jones"),
        ("Jones -- a former aide -- said the talks had failed.", "Jones"),
        # neighbours: the em dash (stop 31's reading), and one dash opening a clause
        ("Jones — author of a book on trade, a topic he knows — said the tariffs backfired.",
         "Jones"),
        ("The deal fell apart -- officials said the talks had failed.", "officials"),
    ],
)  # fmt: skip
def test_a_typewriter_dash_aside_is_skipped(text: str, source: str) -> None:
    """ "Jones -- author of a book, a topic ... -- said": Jones said it."""
    assert [s for _, s in attributed(text)] == [source]


# -- a relative clause between a claim and a coordinated cue -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lee backed the Greens, which lost in 2010, and said he did not back the plan.",
        "Mr. Lee praised the Greens, who lost in 2010, and said he did not back the plan.",
    ],
)
def test_a_relative_aside_before_and_said_keeps_the_subject(text: str) -> None:
    """ "X backed Y, which ..., and said Z": after the aside X goes on, X says Z."""
    said = [(c, s) for c, s, cue in attributed_cues(text) if cue == "said"]
    assert said == [("he did not back the plan", "Mr. Lee")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # neighbours: a subject of its own after the aside; no comma before "and" (the
        # relative clause's own second verb)
        ("Mr. Lee praised the Greens, who lost in 2010, and they said he did not back the "
         "plan.", "they"),
    ],
)  # fmt: skip
def test_a_relative_aside_then_a_new_subject(text: str, source: str) -> None:
    said = [s for _, s, cue in attributed_cues(text) if cue == "said"]
    assert said == [source]


def test_no_comma_before_and_keeps_the_relative_clause() -> None:
    """ "the Greens, who lost in 2010 and said ...": the relative clause's second verb."""
    text = "Mr. Lee praised the Greens, who lost in 2010 and said he did not back the plan."
    assert all(s != "Mr. Lee" for _, s, cue in attributed_cues(text) if cue == "said")


# -- a coordinated clause after a medial tag's adjunct -------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The top group paid 9 percent, the agency said in a June report, and those at the "
         "bottom paid 1 percent.",
         "The top group paid 9 percent, the agency said in a June report, and those at the "
         "bottom paid 1 percent"),
        # the same with no adjunct (the reading before stop 33)
        ("The top group paid 9 percent, the agency said, and those at the bottom paid 1 "
         "percent.",
         "The top group paid 9 percent, the agency said, and those at the bottom paid 1 "
         "percent"),
        # neighbours: a participle, an apposition and "but" after the adjunct end at the cue
        ("The plan will fail, Smith said on Tuesday, two days after the vote.",
         "The plan will fail"),
        ("The plan will fail, Smith said on Tuesday, but the vote went ahead.",
         "The plan will fail"),
    ],
)  # fmt: skip
def test_and_after_a_medial_adjunct_goes_on_with_the_content(text: str, content: str) -> None:
    """ "X paid 9%, the agency said in a report, and Y paid 1%": both are the agency's."""
    said = [c for c, _, cue in attributed_cues(text) if cue == "said"]
    assert said == [content]
