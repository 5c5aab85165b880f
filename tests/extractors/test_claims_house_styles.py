"""Quotations and reports in other English-language outlets' house styles.

Every fixture is written for this file (no corpus text): Indian, South African, Irish,
Singaporean and Australian copy reports with verbs US wire copy rarely uses ("opined
that", "averred", "counsel submitted that", "he clarified that", "“...,” he quips"), names
the outlet relaying a speaker's words after the speaker ("said one analyst quoted by
AFP"), refers back to a speaker by an office of its own country ("the Taoiseach", "the
MLA", "the MEC") and quotes British style (single quotes with doubles nested, a speaker
and a colon, a quotation broken by its tag, paragraphs each reopened). Each family has
its neighbours that must not give its claim.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from tests.extractors.attributed import attributed, attributed_cues

_CLAUSE = "the deficit would be contained this year"
_Q = '"The economy is on the mend,"'


@pytest.mark.parametrize(
    ("verb", "subject"),
    [
        ("opined", "The minister"),
        ("averred", "The witness"),
        ("clarified", "The governor"),
        ("underlined", "Mr Kumar"),
        ("submitted", "Counsel for the petitioner"),
        ("reasoned", "The judge"),
    ],
)
def test_that_clause_after_house_style_verbs(verb: str, subject: str) -> None:
    """ "The minister opined that X": the subject reports the clause."""
    assert attributed_cues(f"{subject} {verb} that {_CLAUSE}.") == [(_CLAUSE, subject, verb)]


@pytest.mark.parametrize(
    "text",
    [
        "The governor clarified the rules for the new scheme on Monday.",
        "The company submitted its report to the regulator on Monday.",
        "The minister underlined the need for reform at the summit.",
        "The striker rued the missed chance in the second half.",
    ],
)
def test_house_style_verbs_with_a_plain_object_report_nothing(text: str) -> None:
    """Weak: a plain object after them is no report ("clarified the rules")."""
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("tail", "speaker", "cue"),
    [
        ("he averred.", "he", "averred"),
        ("opined the governor.", "the governor", "opined"),
        ("the governor opined.", "the governor", "opined"),
        ("he quips.", "he", "quips"),
        ("she observes.", "she", "observes"),
        ("enthused Ms Tan.", "Ms Tan", "enthused"),
        ("she elaborated.", "she", "elaborated"),
    ],
)
def test_house_style_verbs_after_a_quotation(tail: str, speaker: str, cue: str) -> None:
    """ "“...,” he averred.", "“...,” opined the governor": the quotation is theirs."""
    assert attributed_cues(f"{_Q} {tail}") == [(_Q, speaker, cue)]


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("said one analyst quoted by AFP.", "one analyst"),
        ("said an analyst quoted by Reuters.", "an analyst"),
        ("said one analyst cited by Reuters.", "one analyst"),
        ("said analyst John Lim quoted by the Straits Times.", "analyst John Lim"),
        ("said one analyst, quoted by AFP.", "one analyst"),
        ("said one analyst in Phnom Penh.", "one analyst"),
    ],
)
def test_relaying_outlet_after_the_speaker(tail: str, speaker: str) -> None:
    """ "said one analyst quoted by AFP": the speaker ends before the relaying outlet."""
    quote = '"Prices will keep rising for months,"'
    assert attributed(f"{quote} {tail}") == [(quote, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "An analyst cited by Reuters said prices would rise.",
        '"Prices will keep rising," one analyst cited by Reuters said.',
    ],
)
def test_cited_by_is_no_report_of_the_one_cited(text: str) -> None:
    """ "An analyst cited by Reuters said": "cited by" is a passive, its content no "by ..."."""
    assert all(cue != "cited" for _, _, cue in attributed_cues(text))
    assert not any(content.startswith("by ") for content, _ in attributed(text))


def _resolved(text: str) -> list[str | None]:
    return [
        c.source.name if c.source else None
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    ]


@pytest.mark.parametrize(
    ("intro", "mention", "name"),
    [
        ("Prime Minister Boris Johnson spoke in London", "the Prime Minister", "Boris Johnson"),
        ("Chief Minister M K Stalin spoke in Chennai", "the Chief Minister", "M K Stalin"),
        ("Taoiseach Micheál Martin spoke in Dublin", "the Taoiseach", "Micheál Martin"),
        ("Premier Daniel Andrews spoke in Melbourne", "the Premier", "Daniel Andrews"),
        ("Councillor Mary Byrne spoke in Cork", "the councillor", "Mary Byrne"),
        ("Health MEC Nomafrench Mbombo spoke in Cape Town", "the MEC", "Nomafrench Mbombo"),
        ("Local MLA Ravi Kumar spoke in Chennai", "the MLA", "Ravi Kumar"),
    ],
)
def test_office_refers_back_to_the_titled_name(intro: str, mention: str, name: str) -> None:
    """ "the Taoiseach said" after "Taoiseach Micheál Martin spoke": the person named, not
    the title, and no verb after the name ("Boris Johnson spoke")."""
    text = f'{intro} on Sunday. "We are confident of victory," {mention} said.'
    assert _resolved(text) == [name]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # British single quotes with doubles nested
        (
            "'He said \"no\" to me and I left,' said Mr Smith.",
            "'He said \"no\" to me and I left,'",
            "Mr Smith",
        ),
        # a speaker and a colon, in a headline and in body copy
        (
            "Minister: 'No more cuts to the health budget'",
            "'No more cuts to the health budget'",
            "Minister",
        ),
        (
            "Taoiseach Micheál Martin: 'We will not be found wanting'",
            "'We will not be found wanting'",
            "Taoiseach Micheál Martin",
        ),
        # a quotation broken by its tag, curly single quotes and an apostrophe in the name
        (
            "‘We will,’ Mr O’Neill said, ‘win this election by a large margin.’",
            "‘We will,’ Mr O’Neill said, ‘win this election by a large margin.’",
            "Mr O’Neill",
        ),
        # guillemets in English copy
        (
            "«We will win this election by a large margin,» said Mr Smith.",
            "«We will win this election by a large margin,»",
            "Mr Smith",
        ),
        # curly and straight marks mixed
        (
            '“We will not give up on this," said Ms Jones.',
            '“We will not give up on this,"',
            "Ms Jones",
        ),
        # "according to" after a quotation
        (
            "'There is no crisis,' according to the minister.",
            "'There is no crisis,'",
            "the minister",
        ),
        # each paragraph of a quotation reopened, only the last closed
        (
            "Mr Smith said: 'We will not give up.\n\n'We will fight on in every court.\n\n"
            "'And we will win.'",
            "'We will not give up.\n\n'We will fight on in every court.\n\n'And we will win.'",
            "Mr Smith",
        ),
    ],
)
def test_british_and_international_quotation_styles(text: str, content: str, speaker: str) -> None:
    """One quotation, its whole span, its speaker, in each house style."""
    assert attributed(text) == [(content, speaker)]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["opined", "averred", "quips", "observes", "enthused", "intoned"]),
    st.sampled_from(["he", "she", "the minister", "Mr Lee"]),
)
def test_any_house_style_verb_closes_a_quotation(verb: str, speaker: str) -> None:
    """Whoever the speaker, a house-style verb after a quotation gives it to them."""
    assert attributed(f"{_Q} {speaker} {verb}.") == [(_Q, speaker)]


@pytest.mark.parametrize(
    ("intro", "mention", "name"),
    [
        # the office said whole: the one titled so
        ("Deputy Prime Minister John Prescott spoke", "the deputy prime minister", "John Prescott"),
        (
            "Former home secretary David Blunkett spoke",
            "the former home secretary",
            "David Blunkett",
        ),
        # another office than the one titled ("Deputy Prime Minister", "shadow chancellor")
        ("Deputy Prime Minister John Prescott spoke", "the prime minister", "prime minister"),
    ],
)
def test_office_modifier_makes_another_office(intro: str, mention: str, name: str) -> None:
    """ "the prime minister" is not "Deputy Prime Minister John Prescott"."""
    text = f'{intro} on Monday. "It is a con," {mention} said.'
    assert _resolved(text) == [name]
