"""More house styles of English-language papers outside Britain and the US (quotes30).

Every fixture is written for this file (no corpus text), after the conventions of Indian,
Pakistani, Nigerian, Kenyan, Singaporean, Philippine and Irish copy: a dateline ending in a
colon ("NEW DELHI: ..."), a bare speech tag after a quotation that ends its sentence
("“...?” the judge remarked."), reporting verbs of those styles ("thundered", "posed",
"the statement read"), "in the words of X", interview
"Question:" / "Answer:" lines, "X stated this while ...", an age set off after a name
("Mr Tan, 45, a hawker, said"), and a quote-first headline with a clause after the colon
("‘...’: Minister vows to ..."). Each family has neighbours that must not give the claim.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.quotes import find_quotations
from tests.extractors.attributed import attributed, attributed_cues

_Q = "We have done everything we can for the farmers of this district"


# --- datelines ending in a colon -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "ISLAMABAD: Prime Minister Ali Khan said on Monday that the dam would be "
            "finished by June.",
            "the dam would be finished by June",
            "Prime Minister Ali Khan",
        ),
        (
            f"NEW DELHI: “{_Q},” Union Minister Ravi Rao said on Tuesday.",
            f"“{_Q},”",
            "Union Minister Ravi Rao",
        ),
        (
            "NEW DELHI, Mar 3 (PTI) Union Minister Ravi Rao on Monday said the dam "
            "would be finished by June.",
            "the dam would be finished by June",
            "Union Minister Ravi Rao",
        ),
        (
            "Kolkata, March 3: The chief minister said the dam would be finished by June.",
            "the dam would be finished by June",
            "The chief minister",
        ),
        (
            "Pakistan approves dam\n\nKARACHI: The provincial minister said on Monday "
            "that the dam would be finished by June.",
            "the dam would be finished by June",
            "The provincial minister",
        ),
    ],
)
def test_a_dateline_with_a_colon_is_no_speaker(text: str, content: str, speaker: str) -> None:
    """The place before the colon opens the story; the lede's own speaker says it."""
    assert attributed(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a transcript gives several speakers their lines
        ("RAO: We will finish the dam by June and nobody will stop us.\n\nKHAN: No.", "RAO"),
        # a speaker and only a quotation
        (f"Modi: ‘{_Q}’", "Modi"),
        # a Title Case speaker before a headline's sentence
        ("Sanders: Clinton needs to talk about the economy with voters in every state.", None),
        # a headline in capitals after the label
        ("UN: PEACEKEEPERS ACCUSED OF ABUSE in three of the missions it runs abroad.", "UN"),
    ],
)
def test_a_speaker_line_stays_a_speaker_line(text: str, speaker: str | None) -> None:
    """Neighbours of the dateline: transcripts, quotations after a name, headlines."""
    sources = [s for _, s in attributed(text)]
    if speaker is None:
        assert sources
        assert sources[0] is not None
        assert sources[0].startswith("Sanders")
    else:
        assert sources[0] == speaker


# --- a bare tag after a quotation that ends its sentence -------------------------------


_ASKED = "“Why has nothing been done for the farmers?”"


@pytest.mark.parametrize(
    ("quote", "tag", "speaker", "cue"),
    [
        (_ASKED, "Chandrachud remarked.", "Chandrachud", "remarked"),
        (f"“{_Q}.”", "Okonkwo retorted.", "Okonkwo", "retorted"),
        (f"‘{_Q}.’", "Justice Mehta opined.", "Justice Mehta", "opined"),
        (f"“{_Q}!”", "thundered the minister.", "the minister", "thundered"),
    ],
)
def test_a_manner_of_speaking_tag_after_a_closed_quotation(
    quote: str, tag: str, speaker: str, cue: str
) -> None:
    """ "“...?” X remarked.": the verb closes the quotation before it, its content."""
    assert attributed_cues(f"{quote} {tag}") == [(quote, speaker, cue)]


def test_a_tag_with_an_object_takes_no_quotation() -> None:
    """Neighbour: "Smith complained about the food" has its own object."""
    text = f"“{_Q}.” Smith complained about the food."
    assert all(not content.startswith("“") for content, _, _ in attributed_cues(text))


# --- reporting verbs of other house styles --------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (f"‘{_Q},’ the opposition leader thundered.", f"‘{_Q},’", "the opposition leader"),
        (f"{_ASKED} he posed.", _ASKED, "he"),
        (f"{_ASKED} the senator queried.", _ASKED, "the senator"),
        (f"“{_Q},” the officer confided.", f"“{_Q},”", "the officer"),
        (f"“{_Q},” the minister summed up.", f"“{_Q},”", "the minister"),
        (f"“{_Q},” the statement read.", f"“{_Q},”", "the statement"),
        (f"The letter read in part: “{_Q}.”", f"“{_Q}.”", "The letter"),
        (
            "The minister divulged that the dam would be finished by June.",
            "the dam would be finished by June",
            "The minister",
        ),
        (
            "The minister apprised the House that the dam would be finished by June.",
            "the dam would be finished by June",
            "The minister",
        ),
        (f"In the words of the minister, “{_Q}.”", f"“{_Q}.”", "the minister"),
    ],
)
def test_reporting_verbs_of_other_house_styles(text: str, content: str, speaker: str) -> None:
    """Each verb or phrase reports the quotation or clause it stands by."""
    assert attributed(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The virus posed a threat to the farmers of the district.",
        "He posed for photographs with the farmers after the meeting.",
        "The plane thundered across the sky as the farmers watched.",
        "The crowd thundered its approval over and over again.",
        "He read the report on the farmers before the meeting began.",
        "The officer queried the bill and sent it back to the ministry.",
        "She confided in her sister about the debts of the farm.",
    ],
)
def test_those_verbs_without_a_quotation_report_nothing(text: str) -> None:
    """Neighbours: with an object and no quotation, colon or "that" they report nothing."""
    assert attributed(text) == []


# --- interviews ----------------------------------------------------------------------


def test_answer_lines_after_question_lines() -> None:
    """ "Answer:" after a "Question:" line is the interviewee's, like "A:" after "Q:"."""
    text = (
        "We spoke to the governor about the floods.\n\n"
        "Question: Will the money reach the farmers?\n\n"
        "Answer: Yes, every district will get its share by the end of March."
    )
    claims = [c for c in find_claims(text) if c.attribution is Attribution.DIRECT]
    assert [c.text for c in claims] == [
        "Yes, every district will get its share by the end of March."
    ]


def test_an_answer_label_alone_is_a_label() -> None:
    """Neighbour: with no question line, "Answer:" labels the paragraph."""
    assert attributed("Answer: every district will get its share by the end of March.") == []


# --- "X stated this while ..." --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The minister said this while addressing a gathering in Lahore.", "The minister"),
        ("The commission's chairman, Mr Okoye, said this in Abuja on Monday.", "Mr Okoye"),
    ],
)
def test_said_this_points_back(text: str, speaker: str) -> None:
    """ "said this while ...": the report is what came before; no appositive is content."""
    assert attributed(text) == [("this", speaker)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The plan was a disaster, the chairman said this week.", "The plan was a disaster"),
        ("They can't blame this on the last government.", "this on the last government"),
    ],
)
def test_this_as_a_time_or_an_object_stays(text: str, content: str) -> None:
    """Neighbours: "said this week" is a time adjunct; "blame this on X" an object verb."""
    assert [c for c, _ in attributed(text)] == [content]


# --- an age after a name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"Mr Tan, 45, a hawker, said: “{_Q}.”", "Mr Tan"),
        (f"John Kamau, 34, a farmer in Nyeri, told the Nation: “{_Q}.”", "John Kamau"),
        ("Ms Cruz, 52, a teacher, said the school had no water.", "Ms Cruz"),
    ],
)
def test_an_age_before_an_appositive_is_no_speaker(text: str, speaker: str) -> None:
    """ "Name, AGE, appositive, said": the name speaks, not the age."""
    assert [s for _, s in attributed(text)] == [speaker]


# --- quote-first headlines with a clause -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("‘We will not be silenced’: Opposition leader vows to go on", "Opposition leader"),
        ("“Govt is anti-farmer”: Rahul slams Centre over farm laws", "Rahul"),
        ("'No going back on reforms': Finance Minister says tax stays", "Finance Minister"),
    ],
)
def test_quote_first_headline_with_a_clause(text: str, speaker: str) -> None:
    """The quotation before the colon is the speaker's who opens the clause after it."""
    claims = attributed(text)
    assert claims[0] == (text[: text.index(":")], speaker)


@pytest.mark.parametrize(
    "text",
    [
        "‘Good riddance’: Twitter reacts as the star quits the show",
        "“We will win”: a claim that the party made again and again",
    ],
)
def test_quote_first_headline_needs_a_speaker_and_a_cue(text: str) -> None:
    """Neighbours: no cue verb after the speaker, or no speaker before the verb."""
    assert all(not c.startswith(("‘", "“")) for c, _ in attributed(text))


# --- apostrophes inside single-quoted quotations --------------------------------------

_INSIDE = ["don't", "the '80s", "rock 'n' roll", "the Smiths' house", "o'clock", "farmers'"]
_TAGS = ["she said", "the minister told PTI", "said Mr Okoye", "the statement read"]


@given(st.sampled_from(_INSIDE), st.sampled_from(_INSIDE), st.sampled_from(_TAGS))
def test_apostrophes_never_end_a_single_quoted_quotation(a: str, b: str, tag: str) -> None:
    """Whatever apostrophes a British-style quotation holds, it is one quotation, whole."""
    quote = f"'We {a} think of {b} today, not at all,'"
    text = f"{quote} {tag}."
    outer = [text[q.start : q.end] for q in find_quotations(text) if q.depth == 0]
    assert outer == [quote]
    assert [c.text for c in find_claims(text) if c.attribution is Attribution.DIRECT] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "The band played rock 'n' roll in the '80s at the Smiths' farm.",
        "It was five o'clock and the farmers' market had closed.",
    ],
)
def test_apostrophes_outside_quotations_open_none(text: str) -> None:
    """Neighbours: a narrator's elisions, decades and possessives quote nothing."""
    assert find_quotations(text) == ()


# --- people addressed after an object verb that closes a quotation --------------------


@pytest.mark.parametrize("addressed", ["residents", "local residents", "the voters"])
def test_an_object_verb_with_people_addressed_takes_the_quotation(addressed: str) -> None:
    """ "“Stay indoors,” the collector urged residents.": the people are no content."""
    quote = "“Please stay indoors and avoid all travel,”"
    assert attributed(f"{quote} the collector urged {addressed}.") == [(quote, "the collector")]


def test_an_object_verb_with_a_clause_after_the_people_keeps_it() -> None:
    """Neighbour: "urged residents to stay calm" names what was urged."""
    text = "“Please stay indoors and avoid all travel,” the collector urged residents to stay calm."
    assert [c for c, _ in attributed(text)] == ["residents to stay calm"]


# --- names and titles of other presses ---------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("the housing spokesman Eoin Ó Broin", "Eoin Ó Broin"),
        ("Engr. Musa Bello", "Musa Bello"),
        ("Atty. Jose Reyes", "Jose Reyes"),
        ("Adv. Thandi Modise", "Thandi Modise"),
        ("Hon. Mary Wanjiru", "Mary Wanjiru"),
        ("Smt Meena Iyer", "Meena Iyer"),
        ("Alhaji Musa Bello", "Musa Bello"),
        ("MLA Ravi Rao", "Ravi Rao"),
    ],
)
def test_titles_and_names_of_other_presses(speaker: str, name: str) -> None:
    """A title with its full stop ends no sentence and is no part of the resolved name."""
    text = f"“We will finish the road by June,” {speaker} said."
    claims = [c for c in find_claims(text) if c.attribution is Attribution.DIRECT]
    assert [(c.source_text, c.source.name if c.source else None) for c in claims] == [
        (speaker, name)
    ]


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("housing spokesman Eoin Smith", "Eoin Smith"),
        ("marketing director Ann Lee", "Ann Lee"),
    ],
)
def test_a_gerund_before_a_role_is_part_of_the_source(speaker: str, name: str) -> None:
    """ "“...,” housing spokesman X said.": "housing" modifies the role, no verb."""
    text = f"“We will finish the road by June,” {speaker} said."
    claims = [c for c in find_claims(text) if c.attribution is Attribution.DIRECT]
    assert [(c.source_text, c.source.name if c.source else None) for c in claims] == [
        (speaker, name)
    ]


def test_a_participle_clause_stays_a_participle_clause() -> None:
    """Neighbour: "demanding officials resign" is the protesters' demand."""
    text = "Protesters gathered outside, demanding officials resign."
    assert attributed(text) == [("officials resign", "Protesters")]


@pytest.mark.parametrize(
    "channel",
    ["a translation", "an official translation by the ministry", "a transcript of the speech"],
)
def test_according_to_a_translation_credits_nothing(channel: str) -> None:
    """ "“...,” he said, according to a translation": the speaker's, not the translation's."""
    quote = "“Why has nothing been done for the farmers?”"
    assert attributed(f"{quote} the minister said, according to {channel}.") == [
        (quote, "the minister")
    ]


def test_according_to_a_source_still_credits_it() -> None:
    """Neighbour: "according to the ministry" names a source."""
    text = "The farms were lost, according to the ministry."
    assert attributed(text) == [("The farms were lost", "the ministry")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The party in a statement said: “We will finish the road by June.”", "The party"),
        ("Rao in his speech said, “We will finish the road by June.”", "Rao"),
    ],
)
def test_a_statement_between_subject_and_verb(text: str, speaker: str) -> None:
    """ "X in a statement said": the phrase is an adjunct, no part of the source."""
    assert [s for _, s in attributed(text)] == [speaker]
