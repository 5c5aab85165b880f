"""Who said what in the copy of other countries' English-language news.

Every fixture is written for this file (no corpus text): Nigerian, Kenyan, Indian,
Pakistani, Philippine, Australian and Irish papers name a speaker by a title and then
the name ("said Lagos State Governor, Babajide Sanwo-Olu"), put the speaker after a
headline's colon ("Govt will not back down: Minister"), report "In the minister's
words, ...", count in a clause after a weak cue ("estimated about 1,000 people
attended"), relay their own sources (", citing hospital officials") and name two
speakers or a place with one ("Smith and Jones said", "Officials in Kyiv said"). Each
construction has neighbours that must not give its claim.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.subjects import find_subject
from tests.extractors.attributed import attributed, attributed_cues

_CLAUSE = "The roads will be completed before the rainy season"


# -- a title, a comma, the name ------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "name"),
    [
        ("said Lagos State Governor, Babajide Sanwo-Olu.", "Babajide Sanwo-Olu"),
        ("said the opposition leader, Raila Odinga.", "Raila Odinga"),
        ("said the police spokesman, SP Benjamin Hundeyin, on Sunday.", "SP Benjamin Hundeyin"),
        ("said the Interior Cabinet Secretary, Kithure Kindiki.", "Kithure Kindiki"),
    ],
)
def test_the_name_after_a_title_is_the_source(tag: str, name: str) -> None:
    """ ", said TITLE, NAME.": the name set off after the title is who spoke."""
    assert attributed(f"{_CLAUSE}, {tag}") == [(_CLAUSE, name)]


@pytest.mark.parametrize(
    ("tag", "source"),
    [
        # a place after the title names no one
        ("said the police spokesman, Nairobi.", "the police spokesman"),
        # a name first, then its title: the name, as before
        ("said John Smith, the police spokesman.", "John Smith"),
        # a name going on past an initial: no name closes the sentence at the initial
        ("said the company lawyer, Mary K. Jones of the Lagos office.", "the company lawyer"),
        # a participle after the comma: the title is the source
        ("said the minister, adding that repairs were on schedule.", "the minister"),
    ],
)
def test_no_name_after_the_title_keeps_the_title(tag: str, source: str) -> None:
    """Without a name of two words or more after the comma, the title stays the source."""
    assert (_CLAUSE, source) in attributed(f"{_CLAUSE}, {tag}")


# -- a headline's trailing speaker ---------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "content", "speaker"),
    [
        ("Govt will not back down: Minister", "Govt will not back down", "Minister"),
        ("No shortage of vaccines: Health Minister", "No shortage of vaccines", "Health Minister"),
        ("Centre not against farmers: PM Modi", "Centre not against farmers", "PM Modi"),
        ("Will not tolerate corruption: Tinubu", "Will not tolerate corruption", "Tinubu"),
        ("Coffee drinkers live longer: Study", "Coffee drinkers live longer", "Study"),
    ],
)  # fmt: skip
def test_a_headline_speaker_after_the_colon(headline: str, content: str, speaker: str) -> None:
    """ "STATEMENT: SPEAKER" as a text's first line: the speaker says the statement."""
    text = f"{headline}\n\nThe story opens here with a plain sentence of the report."
    assert attributed(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "headline",
    [
        "India vs Australia: Highlights",  # a topic and a label
        "Floods in Assam: Live updates",
        "Election results in the north: Kano",  # a bare name after a topic, no statement
        # a sentence, no headline: a full stop, and more words than a headline holds
        "The director is to make an episode of the US television series CSI: Crime Scene Unit.",
        "Fans have placed a full-page advert in a newspaper to persuade executives that the "
        "show is not dead and must go on: Producers",
    ],
)
def test_a_headline_topic_and_label_names_no_speaker(headline: str) -> None:
    """A topic before the colon, a label or a place after it: nobody speaks."""
    text = f"{headline}\n\nThe story opens here with a plain sentence of the report."
    assert attributed(text) == []


def test_the_trailing_speaker_is_only_the_first_line() -> None:
    """A line later in the text ending in ": Minister" is no headline."""
    text = "The story opens here with a plain sentence.\n\nSubsidy will go: Minister\n"
    assert attributed(text) == []


# -- "In the minister's words" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "In the minister's words, the reforms will pay for themselves.",
            "the reforms will pay for themselves",
            "the minister",
        ),
        (
            "In Mr Okoye's own words, the party has lost its way.",
            "the party has lost its way",
            "Mr Okoye",
        ),
        (
            "The party has lost its way, in Mr Okoye's words.",
            "The party has lost its way",
            "Mr Okoye",
        ),
        ("In her view, the plan will fail in May.", "the plan will fail in May", "her"),
    ],
)  # fmt: skip
def test_a_possessor_of_words_is_the_source(text: str, content: str, source: str) -> None:
    """ "In X's words, CONTENT": X says it, as in "in the words of X"."""
    assert attributed(text) == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the plan failed badly.",
        "His words were ignored by the committee.",
        "The minister chose his words carefully at the hearing.",
    ],
)
def test_words_without_a_possessed_report_give_no_claim(text: str) -> None:
    """ "In other words", "his words were ignored": no one's report."""
    assert attributed(text) == []


# -- words on a sign -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The protesters wore a shirt that read "Justice for the victims."',
        'A banner at the gate read: "No to the third term."',
        'The placards read "Bring back our girls."',
    ],
)
def test_the_words_of_a_sign_are_no_speakers_claim(text: str) -> None:
    """A shirt, a banner or a placard bears words: no source says them."""
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('The statement read: "The company regrets the loss of life."', "The statement"),
        ('"We will not be intimidated," the letter read.', "the letter"),
    ],
)
def test_a_document_that_reads_is_still_a_source(text: str, source: str) -> None:
    """A statement or a letter that reads is its author's claim, as before."""
    assert [s for _, s in attributed(text)] == [source]


# -- a figure opening the content of a weak cue -------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Organisers estimated about 1,000 people attended the rally.",
            "about 1,000 people attended the rally",
            "Organisers",
        ),
        ("Police confirmed 12 people died in the crash.", "12 people died in the crash", "Police"),
        (
            "The ministry estimated more than 20,000 homes were destroyed.",
            "more than 20,000 homes were destroyed",
            "The ministry",
        ),
    ],
)
def test_a_counted_clause_after_a_weak_cue(text: str, content: str, source: str) -> None:
    """ "estimated about 1,000 people attended": a clause, no "that" needed."""
    assert attributed(text) == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "The firm estimated 1,000 jobs in the sector.",  # a number taken, no clause
        "Rescuers found 12 people trapped in the rubble.",  # a small clause of "find"
        "The economy added 200,000 jobs in May.",
    ],
)
def test_a_number_object_is_no_counted_clause(text: str) -> None:
    """A number with no verb after it, or after "find", reports nothing."""
    assert attributed(text) == []


# -- a noun with a participle before a hedge ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A man arrested Monday alleged that police officers had beaten him in custody.",
        "A man arrested in the raid alleged that police officers had beaten him.",
    ],
)
def test_a_participle_after_the_subject_of_a_hedge(text: str) -> None:
    """ "A man arrested Monday alleged that X": the man alleges it."""
    claims = [c for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]
    assert [(c.text, c.status) for c in claims] == [
        (text[text.index("that ") + 5 : -1], ClaimStatus.HEDGED)
    ]
    assert claims[0].source_text is not None
    assert "man" in claims[0].source_text


def test_the_noun_claim_after_a_possessive_keeps_its_source() -> None:
    """ "a fact-check on Trump's claim that X": the noun, no verb with a long subject."""
    text = "Following the debate Politifact did a fact-check on Trump's claim that crime rose."
    assert attributed(text) == [("crime rose", "Trump")]


# -- who a report relies on -----------------------------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "the agency said, citing hospital officials.",
        "Xinhua reported, citing local authorities.",
        "the newspaper said, citing Nigerian Army.",
    ],
)
def test_citing_a_source_is_no_claim(tag: str) -> None:
    """ ", citing hospital officials": who the report relies on, not a claim of its own."""
    text = f"At least 40 people were killed, {tag}"
    assert [c for c, _ in attributed(text)] == ["At least 40 people were killed"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The company cut its forecast, citing weak demand in China.", "weak demand in China"),
        ("The company cut its forecast, citing a new survey.", "a new survey"),
        ("The company cut its forecast, citing intelligence reports.", "intelligence reports"),
    ],
)
def test_citing_a_reason_or_a_document_stays_a_claim(text: str, content: str) -> None:
    """ ", citing weak demand", ", citing a new survey": a reason or a document cited."""
    assert attributed(text) == [(content, "The company")]


# -- two speakers, a place, one's own claim -----------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Smith and Jones said the merger would go ahead.", "Smith and Jones"),
        ("Police and hospital officials said 12 people had died.", "Police and hospital officials"),
        ("After the vote, Russia and Ukraine said the deal would hold.", "Russia and Ukraine"),
        ("He and his wife said they would sue the council.", "He and his wife"),
        # neighbours: a verb before "and" makes the second name the subject alone; a list
        # of names before it is no pair
        ("Obama met Putin and Xi said the talks were useful.", "Xi"),
        ("The bill passed and Jones said he was pleased.", "Jones"),
        ("He met Adams, Baker and Clarke said the talks went well.", "Clarke"),
    ],
)  # fmt: skip
def test_two_speakers_of_one_cue(text: str, source: str) -> None:
    """ "X and Y said": both are the source, when X opens the clause."""
    assert [s for _, s in attributed(text)][:1] == [source]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Moscow rejected the reports and Trump said they were false.", "they were false", "Trump"),
        ("Officials blamed unions and Smith said talks had failed.", "talks had failed", "Smith"),
    ],
)  # fmt: skip
def test_a_verbs_object_before_and_is_no_first_speaker(
    text: str, content: str, source: str
) -> None:
    """ "denied [the reports] and Trump said": the object is the verb's, Trump alone speaks."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials in Kyiv said the attack killed four civilians.", "Officials in Kyiv"),
        ("Police in Lagos said the suspects had fled.", "Police in Lagos"),
        # neighbours: a name, a month: the cue's adjunct
        ("Clinton in Iowa said the race was close.", "Clinton"),
        ("Officials in March said the attack killed four civilians.", "Officials"),
    ],
)
def test_a_place_after_a_source_noun(text: str, source: str) -> None:
    """ "Officials in Kyiv": the place says whose officials; after a name it is an adjunct."""
    span = find_subject(text, 0, text.index(" said") + 1)
    assert span is not None
    assert text[span[0] : span[1]] == source


@pytest.mark.parametrize("possessive", ["its", "their", "his"])
@pytest.mark.parametrize("modifiers", ["own", "earlier", "own earlier", "previous"])
def test_ones_own_claim_is_its_own(possessive: str, modifiers: str) -> None:
    """ "denied its own claim that X": the possessor claimed it, no "its own" speaker."""
    text = f"The company denied {possessive} {modifiers} claim that the data had been deleted."
    nested = [c for c in find_claims(text) if c.parent is not None]
    assert [(c.text, c.source_text) for c in nested] == [("the data had been deleted", possessive)]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Smith", "The minister", "Officials in Kyiv", "A man arrested Monday"]),
    st.sampled_from(["said", "told reporters", "alleged that", "claimed that"]),
)
def test_a_found_source_never_ends_in_a_coordinator(subject: str, cue: str) -> None:
    """Whatever the subject and the cue, a source never ends in "and", "own" or a comma."""
    for _, source, _ in attributed_cues(f"{subject} {cue} the plan would fail."):
        assert source is None or not source.endswith((" and", " own", ","))


# -- anonymity asked for, a title before a name and its relative clause ---------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A senior diplomat, who asked not to be identified because the talks were "
            "private, said the deal was close.",
            "A senior diplomat",
        ),
        ("A relative of the victim, who asked not to be named, said the deal was close.", None),
        ("The source, who requested anonymity, said the deal was close.", "The source"),
    ],
)
def test_a_request_for_anonymity_is_no_claim(text: str, source: str | None) -> None:
    """ "who asked not to be named": no claim, and the main report keeps its subject."""
    claims = attributed(text)
    assert [c for c, _ in claims] == ["the deal was close"]
    if source is not None:
        assert claims[0][1] == source


def test_asking_for_anonymity_alone_is_no_claim() -> None:
    """ "The official asked not to be named because ...": nothing is reported."""
    assert attributed("The official asked not to be named because he was not allowed to.") == []


def test_a_title_before_a_name_and_its_relative_is_no_content() -> None:
    """ "The police PRO, NAME, who ..., said X": X is the content, the title no report."""
    text = (
        "The police PRO, DSP Haruna Abdullahi, who confirmed the incident, said "
        "investigations had commenced."
    )
    assert attributed(text) == [("investigations had commenced", "DSP Haruna Abdullahi")]


def test_posited_that_reports_a_clause() -> None:
    """ "The chairman posited that X" (Nigerian copy); "posits a universe" takes a thing."""
    text = "The chairman posited that the union would not back down."
    assert attributed(text) == [("the union would not back down", "The chairman")]
    assert attributed("The theory posits a universe with no beginning.") == []


@pytest.mark.parametrize(
    "addressee",
    ["the ABC's 7.30 program", "Citizen TV's JKL show", "the BBC's Today programme"],
)
def test_a_programme_named_by_its_time_is_the_addressee(addressee: str) -> None:
    """ "told the ABC's 7.30 program that X": the programme is told, X the content."""
    text = f"Mr Albanese told {addressee} that the deal was good for Australia."
    assert attributed(text) == [("the deal was good for Australia", "Mr Albanese")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator said on Monday he would accept the result.", "he would accept the result"),
        ("Police said Sunday the suspect had been arrested.", "the suspect had been arrested"),
        ("The agency announced on Friday the arrest of a man.", "the arrest of a man"),
        # neighbours: the day inside the content, or an adjunct of the day
        ("He said Monday night was the worst.", "Monday night was the worst"),
    ],
)  # fmt: skip
def test_the_day_before_a_clause_is_the_cues(text: str, content: str) -> None:
    """ "said on Monday he would accept": the day is the cue's adjunct, not the content."""
    assert [c for c, _ in attributed(text)] == [content]
