"""Quotations introduced by "went on:" / "continued:", interview "Q:" lines, scare quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.continuations import scare_quote_opens
from provenance.extractors.records import ClaimSpan

_QUOTE = "“We will not back down from this fight.”"


def _attributed(text: str) -> list[ClaimSpan]:
    return [c for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]


def _claim_of(text: str, content: str) -> ClaimSpan | None:
    return next((c for c in _attributed(text) if c.text == content), None)


@pytest.mark.parametrize(
    "text",
    [
        f"Mary Jones praised the plan. She went on: {_QUOTE}",
        f"Mary Jones praised the plan.\n\nShe went on: {_QUOTE}",
        f"Mary Jones praised the plan. She continued: {_QUOTE}",
        f"Mary Jones praised the plan. She continued, {_QUOTE}",
        f"Mary Jones praised the plan. Mrs Jones went on: {_QUOTE}",
        f"Mary Jones praised the plan. She continued in the Sydney Herald: {_QUOTE}",
    ],
)
def test_a_colon_introduction_credits_the_quotation(text: str) -> None:
    """ "She went on:", "She continued:": the quotation after them is the speaker's."""
    claim = _claim_of(text, _QUOTE)
    assert claim is not None
    assert claim.attribution is Attribution.DIRECT
    assert claim.source is not None
    assert claim.source.name == "Mary Jones"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We will not back down from this fight,” she went on.", "she"),
        ("“We will not back down from this fight,” continued Smith.", "Smith"),
    ],
)
def test_went_on_closing_a_quotation_credits_it(text: str, source: str) -> None:
    """ "“...,” she went on": the verb closes the quotation before it."""
    claims = _attributed(text)
    assert [c.source_text for c in claims] == [source]
    assert claims[0].text.startswith("“We will not")


@pytest.mark.parametrize(
    "text",
    [
        "As the day went on, the crowd was growing restless.",
        "As the day continued, the crowd was growing restless.",
        "The talks went on for hours and the deal was signed.",
        "The talks continued for hours and the deal was signed.",
        "The war went on and the army was exhausted.",
        "“We won,” he said. As the day went on, the crowd was growing restless.",
        "“It beats as strong as ever.” He went on to reflect on the values that “most "
        "Britons hold dear”.",
    ],
)
def test_going_on_without_a_quotation_reports_nothing(text: str) -> None:
    """Neighbours: "went on" and "continued" with no colon or quotation say a thing lasted."""
    assert _attributed(text) == []


def test_continued_after_a_quotation_and_its_subject() -> None:
    """ "“...?” Scarborough continued. “...”": the verb closes the quotation before its
    subject, though the sentence splitter cut after the quotation."""
    text = (
        "“Is he really so stupid that he thinks voters are not offended?” Scarborough "
        "continued. “Is he really so ignorant of voters that he thinks this is the way?”"
    )
    claims = _attributed(text)
    assert [(c.source_text, c.cue) for c in claims] == [("Scarborough", "continued")]
    assert claims[0].text.startswith("“Is he really so stupid")


def test_continued_that_reports() -> None:
    """ "She continued that X": a report with "that" is speech too."""
    text = "Mary Jones spoke first. She continued that the plan was sound and would pass."
    claims = _attributed(text)
    assert [(c.source_text, c.text) for c in claims] == [
        ("She", "the plan was sound and would pass")
    ]


def test_going_on_inside_a_report_is_no_report() -> None:
    """Neighbour: "said the war went on, that ..." holds no report of the war's."""
    text = "Smith said the war went on, that nothing changed."
    assert [c.source_text for c in _attributed(text)] == ["Smith"]


def test_went_on_to_say_stays_a_cue() -> None:
    """Neighbour: "went on to say" is the auxiliary "went on to" and its verb."""
    claims = _attributed("Mary Jones went on to say the plan was sound.")
    assert [(c.source_text, c.text) for c in claims] == [("Mary Jones", "the plan was sound")]


_INTERVIEW = (
    "Anna Kerr, the mayor, was interviewed by the BBC on Monday.\n\n"
    "Q: What do you make of the plan now that the council said it would fail?\n\n"
    "A: It is a good plan and we will back it all the way.\n\n"
    "Q: Why?\n\n"
    "A: Because nobody else has a better one."
)


def test_a_question_line_is_no_claim() -> None:
    """ "Q:" lines are the interviewer's questions: "Q" is never a source; "A:" is the mayor."""
    claims = _attributed(_INTERVIEW)
    assert all(c.source_text != "Q" for c in claims)
    answers = [c for c in claims if c.source_text == "A"]
    assert [c.text for c in answers] == [
        "It is a good plan and we will back it all the way.",
        "Because nobody else has a better one.",
    ]
    assert all(c.source is not None and c.source.name == "Anna Kerr" for c in answers)


def test_a_question_line_keeps_the_reports_inside_it() -> None:
    """A report inside a question is still read: "the council said it would fail"."""
    claims = _attributed(_INTERVIEW)
    assert any(c.source_text == "the council" and c.text == "it would fail" for c in claims)


_PARAGRAPHS = st.sampled_from(
    [
        "Q: Why did you say that the plan would fail?",
        "Q: What do you make of it?",
        "Question: Will you run again?",
        "A: It is a good plan and we will back it.",
        "Anna Kerr said the plan was sound.",
        "“We won the vote,” she went on.",
        "She went on: “We will not back down.”",
        "“No.”",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PARAGRAPHS, max_size=8))
def test_q_is_never_a_source(paragraphs: list[str]) -> None:
    """Whatever the order of an interview's paragraphs, no claim is the question label's."""
    text = "\n\n".join(paragraphs)
    assert all(c.source_text not in {"Q", "Question"} for c in find_claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "Smith said the plan was sound.\n\n“Project Fear” has returned to haunt the government.",
        "“We will win this fight,” Smith said.\n\n“Fake news” is now a common phrase.",
        "“We will win this fight,” Smith said. “Fake news” is what critics call the report.",
        "Smith said the plan was sound. The “deal” collapsed on Friday.",
    ],
)
def test_a_scare_quote_opening_a_sentence_is_nobodys(text: str) -> None:
    """A term of one to three words in quotation marks that the writer's sentence goes on
    from is no quotation: Smith is credited with his own words only."""
    for c in _attributed(text):
        assert "Fake news" not in c.text
        assert "Project Fear" not in c.text
        assert "deal" not in c.text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a short quotation that is a sentence of its own is speech
        ("“We will win this fight,” Smith said.\n\n“Never again.”", "Never again."),
        # a quotation of many words resumes the speaker
        (
            "Mr Smith told reporters the plan was sound.\n\n“We will not back down. We will win.”",
            "We will not back down. We will win.",
        ),
        # "“There's an edge. “After ...": a sentence spoken, then more of it
        (
            "“It is more bitter,” the defender said. “There's an edge. “After all that has "
            "happened, we will win.”",
            "There's an edge.",
        ),
    ],
)
def test_a_short_spoken_quotation_still_resumes_its_speaker(text: str, content: str) -> None:
    """Neighbours: a short quotation ending its sentence keeps the speaker."""
    claims = [c for c in _attributed(text) if content in c.text]
    assert claims
    assert all(c.source is not None and c.source.name in {"Smith", "defender"} for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Fake news” is now a common phrase.", True),
        ("“Project Fear” was back.", True),
        ("“Never again.”", False),
        ("“No,” came the reply.", False),
        ("“We will not back down” was all he said.", False),
        ("“Yes.” Then he left.", False),
    ],
)
def test_scare_quote_opens(text: str, expected: bool) -> None:
    """One to three words, no stop or comma inside, then more words of the sentence."""
    assert scare_quote_opens(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "After three wins in a fortnight, McIlroy is brimming with confidence. "
            "“I have been waiting over six years for this to happen.”",
            "McIlroy",
        ),
        (
            "But Mr Lee met reporters on Monday.\n\n“We will not back down. We have the votes.”",
            "Mr Lee",
        ),
        (
            "On this subject, Morris appears almost evangelical.\n\n"
            "“I was on a cruise in the Mediterranean and so was the party leader.”",
            "Morris",
        ),
    ],
)
def test_a_quotation_after_a_sentence_about_its_speaker(text: str, speaker: str) -> None:
    """A quotation unit right after a sentence whose subject is a person, naming nobody
    else, is that person's."""
    claims = _attributed(text)
    assert [c.source_text for c in claims] == [speaker]
    assert claims[0].attribution is Attribution.DIRECT
    assert claims[0].text.startswith("“")


@pytest.mark.parametrize(
    "text",
    [
        # another person named: whose words they are is not told
        "Mauresmo spent five weeks at number one before injury ushered Davenport back in "
        "front. “Since then, I feel very confident on court and my game is there.”",
        # another name before the subject
        "Since the formation of the Premier League, Premiership clubs have seen their income "
        "soar. “Television has been the driving force over the past ten years.”",
        # no person: a pronoun of a thing, an acronym, a common noun
        "It combines that with usual passwords. “You take the card, put it in the reader.”",
        "DRM systems were intended to control the users. “The studios perceive an opportunity "
        "to sell you your media again.”",
        "The club is funding its move through debt. “We have two executives travelling round "
        "the world at the moment.”",
        # a sentence about something else between, or a short quotation
        "McIlroy is brimming with confidence. The race was fast.\n\n"
        "“I have been waiting six years for this moment.”",
        "McIlroy is brimming with confidence. “Six years.”",
        # the writer's words go on after the quotation
        "McIlroy is brimming with confidence. “Waiting six years for this” was his line "
        "to reporters.",
    ],
)
def test_no_narrated_speaker_when_another_or_none_is_named(text: str) -> None:
    """Neighbours: another name in the sentence, no person as its subject, a quotation too
    short or too far away: the quotation is credited to nobody."""
    assert [c for c in _attributed(text) if c.text.startswith("“")] == []
