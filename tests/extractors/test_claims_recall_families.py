"""Hedge and denial constructions added for recall (issue 6), with their neighbours.

Each case states a construction of English news usage: the full passive of a hedge
names its claimant after "by" ("[the attacks] were claimed by [the Islamic State]"),
and a relative pronoun before a passive stands for the noun it follows. Neighbours that
must not match: a passive with no agent, a thing taken ("the seat was claimed by").
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def claims_of(text: str, status: ClaimStatus) -> list[tuple[str, str, str]]:
    """(cue, content, source) of every claim of ``text`` with ``status``."""
    return [
        (c.cue or "", c.text, c.source_text or "") for c in find_claims(text) if c.status is status
    ]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Both incidents were claimed by the so-called Islamic State, sparking fear.",
            "Both incidents",
            "Islamic State",
        ),
        (
            "The attacks in Paris, which were claimed by the Islamic State, killed 130.",
            "The attacks in Paris",
            "Islamic State",
        ),
        (
            "Its loyalty might be claimed by one or more of his rivals.",
            "Its loyalty",
            "rivals",
        ),
    ],
)
def test_hedge_passive_with_agent(text: str, content: str, source: str) -> None:
    """A hedge's full passive: the subject is what is claimed, the agent claims it."""
    found = claims_of(text, ClaimStatus.HEDGED)
    assert any(c == content and source in s for _, c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Both incidents were claimed quickly.",  # no agent: no claimant
        "The seat was claimed by Smith in 2010.",  # a thing taken, no claim
        "It was claimed by the group that the bomb was theirs.",  # a placeholder subject
    ],
)
def test_hedge_passive_neighbours(text: str) -> None:
    """Without an agent, with a thing for subject or an "it" placeholder: no hedged subject."""
    found = claims_of(text, ClaimStatus.HEDGED)
    assert not any(c in {"Both incidents", "The seat", "It"} for _, c, _ in found), found


def test_relative_before_denial_passive_is_the_noun() -> None:
    """ "The plan, which was rejected by voters": the plan is rejected, not "which"."""
    found = claims_of("The plan, which was rejected by voters, failed.", ClaimStatus.DENIED)
    assert ("was rejected", "The plan", "voters") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Top advisers said he had rejected the idea of a valedictory address.",
        "The report found no evidence of a denial of available air support.",
        "The Pentagon denied air support to the unit.",
    ],
)
def test_plans_and_help_are_no_claim_denied(text: str) -> None:
    """ "the idea of [a plan]" and "support" withheld: the verb refuses, it denies no claim."""
    assert claims_of(text, ClaimStatus.DENIED) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He rejected the idea that he was wrong.", "the idea that he was wrong"),
        ("He rejected the ideas of his critics as nonsense.", "the ideas of his critics"),
        ("The ministry denied the report of air strikes.", "the report of air strikes"),
    ],
)
def test_claims_near_plans_are_still_denied(text: str, content: str) -> None:
    """ "the idea that ...", "the ideas of [people]" and a report stay denied claims."""
    found = claims_of(text, ClaimStatus.DENIED)
    assert any(content in c for _, c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "John Kasich's campaign is already claiming a victory of sorts in South Carolina.",
        "She claimed outright victory on Tuesday.",
        "Clinton claimed a narrow victory in Iowa.",
    ],
)
def test_claimed_victory_with_article_or_modifier_is_a_hedge(text: str) -> None:
    """ "claimed victory" asserts an unchecked fact; so do "a victory", "a moral victory"."""
    assert any("victory" in c for _, c, _ in claims_of(text, ClaimStatus.HEDGED))


@pytest.mark.parametrize(
    "text",
    [
        "He claimed the victory in 2010.",  # "the victory": a title taken (thing_objects)
        "He claimed his victory in 2010.",
        "They claimed a large share of the vote.",
        "He claimed a loss of $900 million.",
    ],
)
def test_things_claimed_stay_no_hedge(text: str) -> None:
    """A thing taken after "the", a possessive or "a" with another head: no hedge."""
    assert claims_of(text, ClaimStatus.HEDGED) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Grayson's campaign began falling apart over allegations he beat his ex-wife.",
            "he beat his ex-wife",
        ),
        ("He denied claims she misled them about the deal.", "she misled them about the deal"),
    ],
)
def test_noun_cue_drops_that_before_a_past_verb_and_object(text: str, content: str) -> None:
    """ "allegations he beat his ex-wife": "that" dropped before pronoun, past verb, object."""
    assert any(c == content for _, c, _ in claims_of(text, ClaimStatus.HEDGED))


@pytest.mark.parametrize(
    "text",
    [
        "He repeated the claims he made the day before.",  # a relative clause: "made" has no object
        "He denied allegations he faced in 2015.",
    ],
)
def test_relative_clause_after_noun_cue_is_no_content(text: str) -> None:
    """A pronoun and a past verb with no object after a noun cue: a relative clause."""
    assert claims_of(text, ClaimStatus.HEDGED) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "But Podliska's most explosive claim is that the committee is a witch hunt.",
            "the committee is a witch hunt",
        ),
        ("Her claim was that the vote was rigged.", "the vote was rigged"),
        ("Their claims are that they were robbed.", "they were robbed"),
    ],
)
def test_copular_noun_cue_takes_its_clause(text: str, content: str) -> None:
    """ "the claim is that X": the copula stands between the noun cue and its clause."""
    assert any(c == content for _, c, _ in claims_of(text, ClaimStatus.HEDGED))


@pytest.mark.parametrize(
    "text",
    [
        "The allegation is that serious?",  # a degree word, no clause
        "Clinton's claim on this is a plan that gives money.",  # a relative of the predicate
    ],
)
def test_copula_without_a_clause_gives_no_hedge(text: str) -> None:
    """ "is that serious", "is a plan that": no claim clause after the noun."""
    assert claims_of(text, ClaimStatus.HEDGED) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "There is no chance of that level of violence, officials in both cities insist.",
            "officials in both cities",
        ),
        ("Officials in both cities said the plan would work.", "Officials in both cities"),
    ],
)
def test_source_head_before_in_phrase(text: str, source: str) -> None:
    """ "officials in both cities": the head stands before "in"; the phrase is a source."""
    found = [(c.source_text or "") for c in find_claims(text) if c.cue]
    assert source in found, found


def test_loose_phrase_without_head_is_no_source() -> None:
    """ "crime in both cities" has no source head before "in": the source is "officials"."""
    found = [
        (c.source_text or "") for c in find_claims("Crime in both cities rose, officials said.")
    ]
    assert "officials" in found, found
    assert not any("Crime" in s for s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The suit alleged a conspiracy to defraud voters.",
        "Podliska alleges a long list of violations perpetrated against him.",
    ],
)
def test_what_is_alleged_is_a_charge(text: str) -> None:
    """ "alleged a conspiracy": "allege" takes no thing (thing_lemmas), its object is a charge."""
    assert claims_of(text, ClaimStatus.HEDGED), find_claims(text)


@pytest.mark.parametrize(
    "text", ["He claimed a loss of $900 million.", "She asserted her rights in court."]
)
def test_claim_and_assert_still_take_things(text: str) -> None:
    """ "claimed a loss", "asserted her rights": a thing taken, no hedge."""
    assert claims_of(text, ClaimStatus.HEDGED) == []


def test_headline_noun_cue_drops_that_before_capitalized_pronoun() -> None:
    """ "Defends Himself Against Claims He Exaggerated ...": a Title Case headline's clause."""
    text = "Ben Carson Defends Himself Against Claims He Exaggerated His Life Story. He spoke."
    found = claims_of(text, ClaimStatus.HEDGED)
    assert any(c == "He Exaggerated His Life Story" for _, c, _ in found), found


def test_capitalized_pronoun_in_prose_is_no_headline_clause() -> None:
    """ "the claims He made" (prose, a lower-case word next) is no dropped "that"."""
    assert claims_of("The claims He made were false.", ClaimStatus.HEDGED) == []


def test_relative_passive_inside_an_earlier_claim_takes_its_noun() -> None:
    """An earlier claim holds the noun: "..., which were claimed by" reaches back to it."""
    text = (
        "Republican focus on national security sharpened after the attacks Nov. 13 in"
        " Paris, which were claimed by the Islamic State."
    )
    found = claims_of(text, ClaimStatus.HEDGED)
    assert any(c == "the attacks Nov. 13 in Paris" for _, c, _ in found), found


def test_relative_passive_keeps_a_noun_before_its_comma() -> None:
    """ "Calls for a truce, which were rejected by": the whole phrase, not "a truce"."""
    found = claims_of(
        "Calls for a truce, which were rejected by the ministry, came late.", ClaimStatus.DENIED
    )
    assert any(c == "Calls for a truce" for _, c, _ in found), found
