"""Contradictions read from words that contest a claim and from exculpations.

Families of the language:

- verbs that argue against a claim only when they take one (the matching lexicon's
  ``claim_contesting_cues``): "Trump questioned [the findings of a report that concluded
  X]" contradicts X. Neighbours that must flag no contradiction: the same verbs taking a
  person, a ruling or a pronoun ("questioned the witness", "challenged the ruling",
  "challenge it", "rebuffed an offer"), the passive ("was questioned about the claims"),
  the noun ("avoided questions since the allegations"), a base form, which reports no
  act done ("Mexico must rebut Trump's claims"), and "contrary to expectations". The
  prepositions "contrary to" and "at odds with" before a claim read the same way.
- exculpations (``exculpations``): "Smith said he had nothing to do with the payments"
  and "Fernandez said Clinton played no role" answer the charge made before them, as
  "said he did nothing wrong" does. "How he votes will have nothing to do with the
  president" says no one did no wrong and answers nothing.

  Flat denials of the event ("I don't believe it happened", "that never happened") and
  of a part in it ("did not participate in the decision") answer the same way; "I believe
  it happened" and the narrator's own "Mr. Trump was not involved in" answer nothing.
- passive contests (``passive_contests``): "“[Notion that Civil War resulted from a lack
  of compromise] is belied by ...,” Coates wrote" contradicts the earlier claim of another
  source stating the subject (Kelly's "The lack of an ability to compromise led to the
  Civil War"); a subject sharing no words with any earlier claim, or the narrator's own
  sentence, flags nothing.

A claim that holds its own source's denial ("Democrats say [the allegations are
baseless]") is an answer, never the charge a later denial answers. A denied bare pronoun
that points to no claim ("calling it erroneous") states nothing to check and is not
flagged; one that points back ("Moscow denied it") still contradicts its claim.
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.lexicon.matching import match_lexicon
from provenance.rules.claims import _takes_a_claim
from tests.rules.helpers import flags_of

_TEXTS = {
    "findings": (
        "Trump also questioned the findings of a U.S. intelligence report that concluded "
        "that Russians sought to tilt the election in his favor."
    ),
    "cast_doubt": (
        "The minister said the footage cast doubt on reports that troops had crossed the border."
    ),
    "rebutted": (
        "The university said it rebutted Exxon's accusation that the articles were misleading."
    ),
    "pushed_back": (
        "The ministry said it pushed back on reports that troops had crossed the border."
    ),
    "contrary": (
        "Obama says that contrary to the claims of some Republican candidates, he is not "
        "plotting to take away everyone's guns."
    ),
    "at_odds": "The lawyer said the video was at odds with the account given by police.",
    "contrary_expectations": (
        "The minister said that, contrary to expectations, the economy grew in the third quarter."
    ),
    "witness": "The senators questioned the witness for three hours on Tuesday.",
    "rebuffed_offer": "Republican leaders said they rebuffed an offer of talks at the White House.",
    "must_rebut": "Officials said Mexico must rebut Trump's claims about the border.",
    "passive": "Smith was questioned about the claims by police, his lawyer said.",
    "ruling": "The city challenged the ruling in a federal appeals court.",
    "pronoun": (
        "Democrats slammed the decision and said they were considering legal action to "
        "challenge it."
    ),
    "noun": "He avoided questions since the allegations first surfaced in the Washington Post.",
    "nothing_to_do": (
        "Prosecutors allege that Smith took bribes from the contractor. Smith said he had "
        "nothing to do with the payments."
    ),
    "no_role": (
        "Republicans have said Clinton approved the sale in return for donations. Fernandez "
        "has said Clinton played no role in the approval."
    ),
    "future": (
        "Trump predicted that Flake will oppose the tax bill. How he votes on it will have "
        "nothing to do with the president, a spokesman for the senator said."
    ),
    "happened": (
        "Franken asked Sessions whether surrogates from the campaign had communications with "
        "the Russians. Sessions responded, “I did not, and I don’t believe it happened.”"
    ),
    "believe": (
        "Franken asked Sessions whether surrogates from the campaign had communications with "
        "the Russians. Smith responded, “I believe it happened.”"
    ),
    "participate": (
        "Some Republicans have said Clinton approved the deal after a donation. The New York "
        "Times has reported that Clinton did not participate in the decision."
    ),
    "narrator": (
        "Prosecutors say the bank lent money to the club. Mr. Trump was not involved in the "
        "financing of the club."
    ),
    "belied": (
        "“The lack of an ability to compromise led to the Civil War,” Kelly said. Critics "
        "disagreed. “Notion that Civil War resulted from a lack of compromise is belied by all "
        "the compromises made on enslavement,” Coates wrote on Twitter."
    ),
    "contradicted_by": (
        "Police said the officer fired his weapon in self-defense. “The claim that the officer "
        "fired in self-defense was contradicted by the video,” the family’s lawyer said."
    ),
    "belied_elsewhere": (
        "“The lack of an ability to compromise led to the Civil War,” Kelly said. “His claim "
        "about tax cuts is belied by the budget figures,” Smith said."
    ),
    "belied_by_narrator": (
        "Kelly said the lack of compromise led to the Civil War. The notion that the war came "
        "from a lack of compromise is belied by history."
    ),
    "answer_between": (
        "Republicans allege that Clinton approved the sale in return for donations. Democrats "
        "say the allegations are baseless. Fernandez has said Clinton played no role in the "
        "approval."
    ),
}


@cache
def _contradictions() -> dict[str, list[str]]:
    """Per text: the flagged claim's text of every contradiction."""
    return {
        key: [claim for kind, _rule, claim in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize(
    ("key", "contested"),
    [
        ("findings", "Russians sought to tilt the election"),
        ("cast_doubt", "troops had crossed the border"),
        ("rebutted", "the articles were misleading"),
        ("pushed_back", "troops had crossed the border"),
    ],
)
def test_a_verb_contesting_a_claim_contradicts_it(key: str, contested: str) -> None:
    """'questioned the findings of a report that X', 'cast doubt on reports that X': X."""
    flagged = _contradictions()[key]
    assert flagged, key
    assert all(contested in claim for claim in flagged), flagged


@pytest.mark.parametrize(
    ("key", "argued"),
    [
        ("contrary", "he is not plotting to take away everyone's guns"),
        ("at_odds", "at odds with the account given by police"),
    ],
)
def test_a_clause_set_against_a_claim_is_a_denial(key: str, argued: str) -> None:
    """'contrary to the claims of X, [he is not ...]', 'at odds with the account': the
    source's claim denies a claim the text does not give (``claim.denied``)."""
    flagged = _contradictions()[key]
    assert len(flagged) == 1, flagged
    assert argued in flagged[0]


@pytest.mark.parametrize(
    "key",
    [
        "witness",
        "passive",
        "ruling",
        "pronoun",
        "noun",
        "rebuffed_offer",
        "must_rebut",
        "contrary_expectations",
    ],
)
def test_the_same_verbs_taking_no_claim_flag_no_contradiction(key: str) -> None:
    """A person, a ruling, a pronoun, an offer, the passive, the noun or a base form after
    a modal ('must rebut'): no contradiction."""
    assert _contradictions()[key] == []


@pytest.mark.parametrize(
    ("key", "charge"),
    [
        ("nothing_to_do", "Smith took bribes from the contractor"),
        ("no_role", "Clinton approved the sale in return for donations"),
        ("happened", "surrogates from the campaign had communications with the Russians"),
        ("participate", "Clinton approved the deal after a donation"),
    ],
)
def test_an_exculpation_contradicts_the_charge_before_it(key: str, charge: str) -> None:
    """'had nothing to do with', 'played no role in', 'don't believe it happened' and
    'did not participate in' answer the earlier claim of another source."""
    flagged = _contradictions()[key]
    assert len(flagged) == 1, flagged
    assert charge in flagged[0]


@pytest.mark.parametrize("key", ["future", "believe", "narrator"])
def test_no_denial_of_a_part_answers_nothing(key: str) -> None:
    """'will have nothing to do with', 'I believe it happened' and the narrator's own
    'was not involved in' answer no one's claim."""
    assert _contradictions()[key] == []


@pytest.mark.parametrize(
    ("key", "stated"),
    [
        ("belied", "The lack of an ability to compromise led to the Civil War"),
        ("contradicted_by", "the officer fired his weapon in self-defense"),
    ],
)
def test_a_passive_contest_contradicts_the_claim_stating_its_subject(key: str, stated: str) -> None:
    """'[X] is belied by', '[X] was contradicted by' in a source's claim: the earlier X."""
    flagged = _contradictions()[key]
    assert len(flagged) == 1, flagged
    assert stated in flagged[0]


@pytest.mark.parametrize("key", ["belied_elsewhere", "belied_by_narrator"])
def test_a_passive_contest_stating_nothing_earlier_flags_nothing(key: str) -> None:
    """A subject no earlier claim states, or the narrator's own sentence: no flag."""
    assert _contradictions()[key] == []


def test_a_claim_holding_a_denial_is_no_charge_to_answer() -> None:
    """Fernandez's exculpation answers the Republicans' charge, not the Democrats' answer."""
    flagged = _contradictions()["answer_between"]
    assert flagged
    assert all(c == "Clinton approved the sale in return for donations" for c in flagged), flagged


def test_the_contesting_verbs_are_verb_forms_only() -> None:
    """The nouns 'question', 'questions', 'challenge' are not in the list."""
    words = match_lexicon("en").claim_contesting_cues
    assert {"questioned", "challenged", "cast doubt on"} <= words
    assert not {"question", "questions", "challenge", "challenges"} & words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("questioned the findings of a report", True),
        ("questioned Moscow's account of the attack", True),
        ("questioned claims that he lied", True),
        ("questioned that he lied", True),
        ("questioned the witness about the claims", False),
        ("questioned about the claims", False),
        ("questioned it", False),
        ("questioned whether the claims held", False),
    ],
)
def test_takes_a_claim_right_after_the_verb(text: str, expected: bool) -> None:
    """A claim noun after a determiner or a possessive, a bare claim noun or 'that'."""
    assert _takes_a_claim(text, len("questioned")) is expected


_PRONOUNS = {
    "bare": "But Democrats slammed the decision, calling it erroneous.",
    "bare_quoted": "“It is wrong,” the senator said of the plan.",
    "pointing": "Ukraine has accused Russia of shelling the town. Moscow denied it.",
    "named": "Moscow has denied meddling in the election.",
}


@cache
def _pronoun_flags() -> dict[str, list[tuple[str, str]]]:
    """Per text: (rule, flagged claim's text) of every contradiction."""
    return {
        key: [(rule, claim) for kind, rule, claim in found if kind == "contradiction"]
        for key, found in flags_of(_PRONOUNS).items()
    }


@pytest.mark.parametrize("key", ["bare", "bare_quoted"])
def test_a_denied_pronoun_pointing_nowhere_is_not_flagged(key: str) -> None:
    """'calling it erroneous', 'It is wrong' with no claim for 'it': nothing to check."""
    assert _pronoun_flags()[key] == []


def test_a_denied_pronoun_pointing_back_contradicts_its_claim() -> None:
    """'Moscow denied it' after the accusation still contradicts the accusation."""
    assert _pronoun_flags()["pointing"] == [
        ("claim.denial_contradicts", "Russia of shelling the town")
    ]


def test_a_denial_naming_its_content_is_still_flagged() -> None:
    """'Moscow has denied meddling in the election': a denial with its own content."""
    assert _pronoun_flags()["named"] == [("claim.denied", "meddling in the election")]
