"""Quotations as British and international newsrooms write them (issue 6).

Every fixture is written for this file (no corpus text). Each family has its forms and
the neighbours that must not give its claim: a false title before the name after the
quote ("said team-mate Chris Paterson"), two offices of one person, "&" in a firm's
name, an inverted "Said ... :", a quotation split by its frame and resumed in lower
case, "... was quoted as saying.", an opening "In ..." phrase before the speaker, the
verbs of house style ("commented:", "confesses:", "predicted Mr X"), and a speaker's
sentence of its own before the quotation ("Mr Smith added. “...”").
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims.cue_sentences import colon_cue_sentences
from tests.extractors.attributed import attributed, attributed_cues

_Q = "It has been a fantastic few weeks for all of us"


def _sources(text: str) -> list[str | None]:
    return [s for _, s in attributed(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f'"{_Q}," said team-mate Chris Paterson.', "team-mate Chris Paterson"),
        (
            f'"{_Q}," said 20-year-old politics student Nick Vaughan.',
            "20-year-old politics student Nick Vaughan",
        ),
        (
            f'"{_Q}," said chairman and chief executive officer Bill Ford.',
            "chairman and chief executive officer Bill Ford",
        ),
        (
            f'"{_Q}," said David Wyss of Standard & Poor\'s in New York.',
            "David Wyss of Standard & Poor's",
        ),
        (
            f'"{_Q}," said Deputy Prime Minister Abdullatif Sener earlier this month.',
            "Deputy Prime Minister Abdullatif Sener",
        ),
        (
            f'"{_Q}," GM chairman and chief executive Rick Wagoner said in a statement.',
            "GM chairman and chief executive Rick Wagoner",
        ),
        (f'"{_Q}," predicted Mr Weiner.', "Mr Weiner"),
        (
            f'"{_Q}," commented Broadreach chief executive Magnus McEwen-King.',
            "Broadreach chief executive Magnus McEwen-King",
        ),
    ],
)
def test_source_after_the_quotation(text: str, speaker: str) -> None:
    """The speaker after a closing quotation, with a false title, offices, '&' or an adjunct."""
    claims = attributed(text)
    assert claims == [(f'"{_Q},"', speaker)]


@pytest.mark.parametrize(
    "text",
    [
        f'"{_Q}," said 20 people.',  # a number, no title
        "Said to be worth £5m, the house was sold last week to a buyer from London.",
        "Smith and Jones met the chairman and signed the deal on Monday.",
    ],
)
def test_no_source_after_the_quotation(text: str) -> None:
    """A bare number is no false title; a participle and a plain clause report nothing."""
    assert attributed(text) == []


def test_long_source_after_the_quotation() -> None:
    """A source of up to ten words after a quotation ("X of the ... Foundation for Angola")."""
    src = "Rafael Marques of the pro-democracy George Soros Foundation for Angola"
    assert _sources(f'"{_Q}," said {src}.') == [src]


def test_two_offices_need_both_titles() -> None:
    """ "and" joins two offices of one person; two people opening the clause are two
    speakers of the cue (test_claims_world_attribution), not one office."""
    assert _sources(
        "GM chairman and chief executive Rick Wagoner said the results were solid."
    ) == ["GM chairman and chief executive Rick Wagoner"]
    assert _sources("The president and vice president said they would attend the summit.") == [
        "The president and vice president"
    ]


def test_inverted_frame_with_false_title() -> None:
    """ "Said Wales assistant coach Scott Johnson: “...”": colon and quote make a frame."""
    text = f'Said Wales assistant coach Scott Johnson: "{_Q}."'
    assert attributed(text) == [(f'"{_Q}."', "Wales assistant coach Scott Johnson")]


def test_split_quotation_resumed_in_lower_case() -> None:
    """ "“A,” said Mr Smith, “but B.”": one content from the first mark to the last."""
    text = f'"{_Q}," said Mr Gerolami, "but we are optimistic it will work."'
    assert attributed(text) == [(text[: text.rindex('"') + 1], "Mr Gerolami")]


def test_quotation_after_frame_in_capitals_is_not_resumed() -> None:
    """A capital after the frame's comma opens another sentence: no split quotation is read."""
    text = f'"{_Q}," said Mr Smith, "We will win the next one."'
    assert attributed(text) == []


def test_addressee_before_quotation_keeps_subject() -> None:
    """ "X, who ..., told POLITICO, “...”": the quotation is the content, X the speaker."""
    text = 'The senator, who spoke late, told POLITICO, "We will win this fight in the end."'
    assert _sources(text) == ["The senator"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f'"{_Q}," the aid agency was quoted as saying.', "the aid agency"),
        (f'"{_Q}," he is quoted as saying by Manager Magazin.', "he"),
    ],
)
def test_quoted_as_saying_after_the_quotation(text: str, speaker: str) -> None:
    """ "“...,” X was quoted as saying.": the quotation before is what X said."""
    assert attributed(text) == [(f'"{_Q},"', speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f'"{_Q}," Arab News quoted Prince Saud as saying.', "Prince Saud"),
        (
            f'"{_Q}," the newspaper quoted an insider in the talks as saying.',
            "an insider in the talks",
        ),
    ],
)
def test_active_quoted_as_saying(text: str, speaker: str) -> None:
    """ "X quoted Y as saying": Y said it, X only passes it on."""
    assert attributed(text) == [(f'"{_Q},"', speaker)]


def test_active_quoted_as_saying_neighbours() -> None:
    """A reported clause after "saying" is left as it was; "quoted figures as" reports nothing."""
    text = "The newspaper quoted the executive as saying the group would bid."
    assert "the executive" not in _sources(text)
    text = f'The newspaper quoted the executive as saying: "{_Q}."'
    assert attributed(text) == [(f'"{_Q}."', "the executive")]
    assert attributed("The report quoted figures as high as 40% in some regions.") == []


def test_present_tense_remarks() -> None:
    """ "“...,” he remarks.": British copy's present tense; "his remarks" stays a noun."""
    assert attributed_cues(f'"{_Q}," he remarks.') == [(f'"{_Q},"', "he", "remarks")]
    # "remarks" is no cue here; the passive "were condemned by the opposition" is one, as
    # "were condemned by the government" is ("opposition" became a source head, cues34)
    cues = [cue for _, _, cue in attributed_cues("His remarks were condemned by the opposition.")]
    assert "remarks" not in cues


def test_quoted_as_saying_before_its_content() -> None:
    """The plain order keeps its content after "saying"."""
    assert attributed("Putin was quoted as saying talks would resume.") == [
        ("talks would resume", "Putin")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f'In the Cosmopolitan interview Mr Howard said: "{_Q}."', "Mr Howard"),
        (f'In a Bloomberg interview Trump declared "{_Q}."', "Trump"),
    ],
)
def test_opening_in_phrase_before_the_speaker(text: str, speaker: str) -> None:
    """An opening "In the/a ..." phrase with no comma is no part of the speaker's name."""
    assert attributed(text) == [(f'"{_Q}."', speaker)]


def test_opening_day_before_the_speaker() -> None:
    """ "On Thursday Mr Blair said:": a day opening the sentence with no comma is no source."""
    assert _sources(f'On Thursday Mr Blair said: "{_Q}."') == ["Mr Blair"]
    assert _sources("Monday Night Football said the game would go ahead.") == [
        "Monday Night Football"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At the moment Sanders announced his bid, Mook was holding a meeting in Brooklyn.",
        "In the wake of the New York Times report, Trump has portrayed himself as a reformer.",
    ],
)
def test_opening_phrase_neighbours(text: str) -> None:
    """A clause of time ("At the moment X ...") and an "of" phrase keep their names out."""
    sources = _sources(text)
    assert not any(s and s.startswith(("At the moment", "In the")) for s in sources)
    assert "New York Times" not in sources


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            f'Station manager Steve Taylor commented: "{_Q}."',
            "Station manager Steve Taylor",
            "commented",
        ),
        (f'Asked if she plays, she confesses: "{_Q}."', "she", "confesses"),
    ],
)
def test_house_style_verbs_before_a_colon(text: str, speaker: str, cue: str) -> None:
    """ "commented:" and "confesses:" introduce a quotation (a fronted question, "Asked if
    she plays", is a claim of its own, of the one asked)."""
    found = [x for x in attributed_cues(text) if (x[2] or "").lower() != "asked"]
    assert found == [(f'"{_Q}."', speaker, cue)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (f'"{_Q}," whispered the party worker.', "the party worker", "whispered"),
        (f'"{_Q}?" implored campaigner Barry Lim.', "campaigner Barry Lim", "implored"),
        (f'"{_Q}," she sighed.', "she", "sighed"),
    ],
)
def test_ways_of_speaking_after_a_quotation(text: str, speaker: str, cue: str) -> None:
    """ "whispered", "implored", "sighed" close a quotation, inverted or not."""
    claims = attributed_cues(text)
    assert len(claims) == 1
    assert claims[0][1:] == (speaker, cue)
    assert _Q in claims[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "She whispered to her neighbour and left the room.",
        "The crowd sighed. The match was over.",
        "He sighed with relief when the results came in.",
        "He confessed to the murder of his neighbour last year.",
        "She went on to win the title for the third time in a row.",
        "As the day went on, the crowd grew restless outside the court.",
        "As the movement continues, more members leave the party.",
    ],
)
def test_house_style_verb_neighbours(text: str) -> None:
    """Without a colon, "that" or a quotation these verbs report nothing."""
    assert attributed(text) == []


def test_commented_on_keeps_its_own_cue() -> None:
    """ "commented on X" is the phrasal cue, not the weak "commented"."""
    assert attributed_cues("The minister commented on the ruling in a statement.") == [
        ("the ruling", "The minister", "commented on")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f'Labour won the seat. Mr Smith added. "{_Q}."', "Mr Smith"),
        (f'It was over. He said. "{_Q}."', "He"),
        (f'The vote was close. Prof Aynsley-Green continued.\n\n"{_Q}."', "Prof Aynsley-Green"),
        (f"Mr Smith added. “{_Q}.”", "Mr Smith"),
    ],
)
def test_speaker_sentence_before_the_quotation(text: str, speaker: str) -> None:
    """A sentence of only a speaker and a verb before a quotation introduces it."""
    claims = attributed(text)
    assert len(claims) == 1
    content, source = claims[0]
    assert source == speaker
    assert _Q in content


@pytest.mark.parametrize(
    "text",
    [
        f'The talks continued. "{_Q}."',  # no speaker: a common noun
        f'It rained. "{_Q}."',  # no speech verb
        f'Labour won. "{_Q}," said Mr Smith.',
    ],
)
def test_speaker_sentence_neighbours(text: str) -> None:
    """A sentence without a speaker or a speech verb gives the quotation to nobody new."""
    assert all(s in {None, "Mr Smith"} for s in _sources(text))
    assert colon_cue_sentences(text) is text


def test_speaker_sentence_keeps_offsets() -> None:
    """The rewrite is the same length and changes only the stop; nothing else moves."""
    text = f"Mr Smith added. “{_Q}.” It rained. Ms Jones said. “No.”"
    out = colon_cue_sentences(text)
    assert len(out) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, out, strict=True)) if a != b] == [
        text.index("."),
        text.index("said.") + 4,
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the stop of a title or an initial ends no sentence
        f'"He was going far," as his father dreamed, Mr. Turry said. "{_Q}."',
        # a quotation before: the verb closes it, and the next quotation is its own
        f'"We won." Smith said. "{_Q}."',
    ],
)
def test_speaker_sentence_after_abbreviation_or_quotation(text: str) -> None:
    """No rewrite after "Mr." or an initial, nor after a closing quotation."""
    assert colon_cue_sentences(text) is text
