"""Hedge, denial and unconfirmed cues in forms of general news English (issue 6, cues34).

Breadth beyond the corpus: an inverted cue whose source is a common noun or a name with
an adjunct after it (", claimed the opposition on Monday"), a hedge verb in a free
relative whose subject is any noun ("ate what the chef claims is a truffle"), a
possessive subject and an intransitive present verb before a preposition ("claims their
leader remains in hiding"), "cannot" and "has yet to" as negations ("Police cannot
confirm the report"), yes-no questions that report no claim ("Did the minister deny the
report?"), and hearsay without a source ("ostensibly", "It is understood that", "is
understood to"). Each with neighbours that must not read so; the sentences are built
from parts, so each construction is held with several subjects, verbs and tails.
"""

from __future__ import annotations

import itertools

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import find_claims
from provenance.extractors.claims.possessive_clauses import possessive_clause
from provenance.lexicon.cues import cue_lexicon
from provenance.rules.claims import flagged_cue
from tests.extractors.attributed import attributed_cues, cue_contents, cue_statuses

# --- an inverted cue with a common-noun source or a name and an adjunct --------------------

INVERTED = [
    (f"The budget is balanced, {verb} {source}{adjunct}.", verb, source)
    for verb, source, adjunct in itertools.product(
        ["claimed", "insisted", "said"],
        ["the opposition", "opposition leaders", "Smith", "Human Rights Watch"],
        ["", " on Monday", " in a statement"],
    )
]


@pytest.mark.parametrize(("text", "verb", "source"), INVERTED)
def test_inverted_cue_takes_its_source(text: str, verb: str, source: str) -> None:
    assert ("The budget is balanced", source, verb) in attributed_cues(text)


@pytest.mark.parametrize("verb", ["claimed", "insisted"])
def test_inverted_hedge_keeps_its_status(verb: str) -> None:
    text = f"The budget is balanced, {verb} the opposition on Monday."
    assert "hedged" in cue_statuses(text, verb)


# --- a free relative whose subject is any noun -------------------------------------------

FREE_RELATIVES = [
    (f"{outer} what the {noun} {verb} is a {thing}.", verb)
    for outer, noun, verb, thing in itertools.product(
        ["He ate", "She bought", "They sold"],
        ["chef", "dealer", "seller"],
        ["claims", "insists", "alleges"],
        ["truffle", "fake"],
    )
]


@pytest.mark.parametrize(("text", "verb"), FREE_RELATIVES)
def test_free_relative_with_a_common_noun_subject(text: str, verb: str) -> None:
    assert "hedged" in cue_statuses(text, verb)


def test_free_relative_content_and_source() -> None:
    text = "He ate what the chef claims is a truffle."
    assert ("is a truffle", "the chef", "claims") in attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "He said that opposition claims are false.",
        "Data showed that jobless claims increased by 5 percent.",
        "He asked what insurance claims were worth.",
    ],
)
def test_plural_noun_before_a_verb_is_no_free_relative_cue(text: str) -> None:
    assert "hedged" not in cue_statuses(text, "claims")


# --- a possessive subject and an intransitive present verb before a preposition ------------

POSSESSIVE_INTRANSITIVES = [
    (f"{subject} {verb} {possessive} {noun} {rest}.", verb)
    for subject, verb, possessive, noun, rest in itertools.product(
        ["The group", "A statement", "It"],
        ["claims", "insists"],
        ["their", "its"],
        ["leader", "founder"],
        ["remains in hiding", "lives abroad", "stays in the capital", "sits on the board"],
    )
]


@pytest.mark.parametrize(("text", "verb"), POSSESSIVE_INTRANSITIVES)
def test_possessive_subject_with_an_intransitive_verb(text: str, verb: str) -> None:
    assert "hedged" in cue_statuses(text, verb)


@pytest.mark.parametrize(
    "text",
    [
        "The storm claimed their lives in minutes.",
        "The family claimed his remains at the morgue.",
        "The team claimed their first points in the league.",
    ],
)
def test_possessive_thing_before_a_preposition_is_no_claim(text: str) -> None:
    assert "hedged" not in cue_statuses(text, "claimed")


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(sorted(cue_lexicon("en").possessive_present_verbs)),
    possessive=st.sampled_from(["his", "her", "their", "its"]),
)
def test_an_intransitive_verb_right_after_the_possessive_is_a_noun(
    verb: str, possessive: str
) -> None:
    """ "claimed [their lives] in": with no noun before it the "-s" word is the object."""
    lex = cue_lexicon("en")
    assert not possessive_clause(f"{possessive} {verb} in the city.", lex)
    assert possessive_clause(f"{possessive} leader {verb} in the city.", lex)


# --- "cannot" and "has yet to" negate ------------------------------------------------------

UNCONFIRMED = [
    (f"{subject} {negation} {verb} the {obj}.", verb)
    for subject, negation, verb, obj in itertools.product(
        ["Police", "The ministry", "Officials"],
        ["cannot", "has yet to", "have yet to"],
        ["confirm", "verify"],
        ["report", "deaths"],
    )
]


@pytest.mark.parametrize(("text", "verb"), UNCONFIRMED)
def test_negated_confirmation_is_unconfirmed(text: str, verb: str) -> None:
    assert "unconfirmed" in cue_statuses(text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("He cannot deny that he was there.", "deny"),
        ("The firm has yet to deny the report.", "deny"),
        ("The ministry has yet to dispute the figures.", "dispute"),
        ("The group has yet to claim the attack.", "claim"),
    ],
)
def test_negated_denial_or_hedge_is_neither(text: str, verb: str) -> None:
    assert not cue_statuses(text, verb) & {"hedged", "denied"}


def test_cannot_with_no_cue_reports_nothing() -> None:
    text = "The minister cannot attend the meeting."
    assert all(c.cue is None for c in find_claims(text))


# --- yes-no questions --------------------------------------------------------------------

QUESTIONS = [
    (f"{aux} {subject} {verb} {rest}?", verb)
    for aux, subject, (verb, rest) in itertools.product(
        ["Did", "Will", "Would"],
        ["the minister", "Smith", "the company"],
        [
            ("claim", "the vote was rigged"),
            ("insist", "that he was innocent"),
            ("deny", "the report"),
            ("reject", "the allegations"),
        ],
    )
] + [
    ("Has the minister denied the report?", "denied"),
    ("Does the company claim that its product cures cancer?", "claim"),
    ("“Did the minister deny the report?” she asked.", "deny"),
]


@pytest.mark.parametrize(("text", "verb"), QUESTIONS)
def test_yes_no_question_reports_no_hedge_or_denial(text: str, verb: str) -> None:
    assert not cue_statuses(text, verb) & {"hedged", "denied"}


@pytest.mark.parametrize(
    ("text", "verb", "status"),
    [
        ("Smith denied the report. Was it true?", "denied", "denied"),
        ("The minister claimed the vote was rigged. Would voters care?", "claimed", "hedged"),
        ("Did he win? The minister claimed the vote was rigged.", "claimed", "hedged"),
    ],
)
def test_question_beside_the_cue_leaves_it(text: str, verb: str, status: str) -> None:
    assert status in cue_statuses(text, verb)


# --- hearsay without a source --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator ostensibly resigned for health reasons.", "ostensibly"),
        ("It is understood that the minister will resign.", "It is understood that"),
        ("The minister is understood to have resigned.", "is understood to"),
        ("It is believed that the ship sank.", "It is believed that"),
        ("It was thought that the vote would fail.", "It was thought that"),
    ],
)
def test_sourceless_hearsay_is_flagged(text: str, cue: str) -> None:
    claims = [c for c in find_claims(text) if c.cue == cue]
    assert claims
    assert all(c.source_text is None for c in claims)
    assert flagged_cue(pd.DataFrame({"cue": [cue]}), None).tolist() == [True]


def test_hearsay_content_is_the_clause() -> None:
    text = "It is understood that the minister will resign."
    assert cue_contents(text, "understood") == ["the minister will resign"]


def test_first_person_understanding_is_no_hearsay() -> None:
    text = "We understand that the talks failed."
    assert flagged_cue(pd.DataFrame({"cue": ["understand"]}), None).tolist() == [False]
    assert ("the talks failed", "We", "understand") in attributed_cues(text)


# --- a participle set off by commas after its sentence's subject ---------------------------

MEDIAL_PARTICIPLES = [
    (f"{subject}, {verb} {obj}, {rest}.", verb, status, subject)
    for subject, (verb, obj, status), rest in itertools.product(
        ["The firm", "Moscow", "Mr Okoye"],
        [
            ("denying", "any wrongdoing", "denied"),
            ("rejecting", "the accusations", "denied"),
            ("insisting", "that the vote was fair", "hedged"),
        ],
        ["appealed", "said it would appeal", "expelled two diplomats"],
    )
]


@pytest.mark.parametrize(("text", "verb", "status", "subject"), MEDIAL_PARTICIPLES)
def test_medial_participle_takes_the_subject(
    text: str, verb: str, status: str, subject: str
) -> None:
    claims = [c for c in find_claims(text) if c.cue == verb]
    assert [(c.status.value, c.source_text) for c in claims] == [(status, subject)]


@pytest.mark.parametrize(
    "text",
    [
        "In the end, denying the report, he left.",
        "After the vote, rejecting the result, protesters marched.",
    ],
)
def test_participle_after_an_adjunct_takes_no_adjunct_as_source(text: str) -> None:
    assert all(c.source_text not in {"In the end", "After the vote"} for c in find_claims(text))


# --- a negative subject: no denial ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Neither company has disputed the figures.", "disputed"),
        ("No official has denied the report.", "denied"),
        ("Neither side disputes that the talks failed.", "disputes"),
        ("No minister rejected the findings.", "rejected"),
    ],
)
def test_negative_subject_denies_nothing(text: str, verb: str) -> None:
    assert "denied" not in cue_statuses(text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The company, with no hesitation, denied the report.", "denied"),
        ("No, the minister denied the report.", "denied"),
        ("Both companies have disputed the figures.", "disputed"),
    ],
)
def test_a_negation_elsewhere_leaves_the_denial(text: str, verb: str) -> None:
    assert "denied" in cue_statuses(text, verb)


# --- repudiate, and a report the text calls unconfirmed --------------------------------------


def test_repudiate_is_a_cue_that_contests_a_claim() -> None:
    from provenance.lexicon.matching import match_lexicon

    text = "The party repudiated claims that it took bribes."
    assert ("claims that it took bribes", "The party", "repudiated") in attributed_cues(text)
    assert "repudiated" in match_lexicon("en").claim_contesting_cues


def test_unconfirmed_report_is_hearsay() -> None:
    from provenance.rules.claims import hearsay

    sources = ["An unconfirmed report", "unverified accounts", "a report", "The report"]
    assert hearsay(pd.DataFrame({"source_text": sources})).tolist() == [True, True, False, False]


# --- dismissing a person from a post of sport or work ------------------------------------

REMOVALS = [
    (f"The {who} dismissed {obj}{tail}.", "dismissed")
    for who, obj, tail in itertools.product(
        ["club", "hospital", "firm"],
        ["the striker", "two nurses", "200 workers", "the goalkeeper"],
        ["", " last week", " in May"],
    )
]


@pytest.mark.parametrize(("text", "verb"), REMOVALS)
def test_dismissing_a_person_from_a_post_denies_nothing(text: str, verb: str) -> None:
    assert "denied" not in cue_statuses(text, verb)


@pytest.mark.parametrize(
    "text",
    [
        "The club dismissed the striker's claims as nonsense.",
        "The coach dismissed the striker as a liar.",
        "The club dismissed reports that the striker would leave.",
    ],
)
def test_dismissing_a_claim_or_labelling_a_person_still_denies(text: str) -> None:
    assert "denied" in cue_statuses(text, "dismissed")


# --- manner adverbs between a source and its denial or insistence ---------------------------

MANNERS = [
    (f"The {who} {adverb} {verb} {rest}.", verb, status)
    for who, adverb, (verb, rest, status) in itertools.product(
        ["minister", "firm"],
        ["stoutly", "indignantly", "robustly", "resolutely", "has furiously"],
        [
            ("denied", "the claims", "denied"),
            ("rejected", "the allegations", "denied"),
            ("insisted", "that it was innocent", "hedged"),
        ],
    )
]


@pytest.mark.parametrize(("text", "verb", "status"), MANNERS)
def test_manner_adverb_keeps_the_source(text: str, verb: str, status: str) -> None:
    claims = [c for c in find_claims(text) if c.cue is not None and c.cue.endswith(verb)]
    assert [c.status.value for c in claims] == [status]
    assert claims[0].source_text is not None
    assert claims[0].source_text.startswith("The ")
