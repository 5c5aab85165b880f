"""Phrasal and multiword reporting and stance verbs ("shot back", "made it clear that")."""

from __future__ import annotations

import pytest

from tests.extractors.claim_pairs import attributed_pairs as _attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "“They are all here for free stuff,” Bennett shot back.",
            "“They are all here for free stuff,”",
            "Bennett",
        ),
        (
            "Ryan made it clear that he would not endorse Trump.",
            "he would not endorse Trump",
            "Ryan",
        ),
        (
            "The senator made clear that she opposes the deal.",
            "she opposes the deal",
            "The senator",
        ),
        (
            "The minister reaffirmed that the border will stay open.",
            "the border will stay open",
            "The minister",
        ),
        (
            "Clinton laid out her plan for college tuition.",
            "her plan for college tuition",
            "Clinton",
        ),
        (
            "The White House played down the risk of a shutdown.",
            "the risk of a shutdown",
            "The White House",
        ),
        ("The mayor downplayed the threat.", "the threat", "The mayor"),
        ("Unions pushed for a higher minimum wage.", "a higher minimum wage", "Unions"),
        ("Cruz distanced himself from the remarks.", "the remarks", "Cruz"),
        ("Several colleagues vouched for her integrity.", "her integrity", "Several colleagues"),
        ("Trump apologized for the comments on Friday.", "the comments on Friday", "Trump"),
        ("Obama alluded to the attacks in his speech.", "the attacks", "Obama"),
        (
            "Supporters credited the governor with the recovery.",
            "the governor with the recovery",
            "Supporters",
        ),
        ("The campaign shrugged off the criticism.", "the criticism", "The campaign"),
        ("The campaign brushed off the criticism.", "the criticism", "The campaign"),
        ("The board is mulling a new bid.", "a new bid", "The board"),
        ("Sanders envisions a single-payer system.", "a single-payer system", "Sanders"),
        ("Analysts foresee a long recession.", "a long recession", "Analysts"),
        ("Trump walked back his remarks.", "his remarks", "Trump"),
        ("Democrats heralded the ruling.", "the ruling", "Democrats"),
        ("She made no secret of her ambitions.", "her ambitions", "She"),
        ("The candidates sparred over immigration.", "immigration", "The candidates"),
        ("The party acquiesced to his demands.", "his demands", "The party"),
        (
            "Manafort pleaded guilty to two counts of conspiracy.",
            "two counts of conspiracy",
            "Manafort",
        ),
    ],
)
def test_phrasal_cues_report_their_content(text: str, content: str, source: str) -> None:
    """Each phrase attributes its clause or object to its subject."""
    assert (content, source) in _attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bodies were laid out on the floor of the gym.",  # a passive: no one said it
        "The push for a higher wage failed.",  # "push for" as a noun is no cue
        "He coined the phrase in 2015.",  # a term coined is no claim
        "The coach singled out two players.",  # a person singled out is no claim
        "The sky cleared and the sun came out.",  # "clear" alone
        "He walked back to the car.",  # "walked back" with no object but a path
        "The team sparred in practice.",  # "sparred" with no "over"
    ],
)
def test_neighbours_of_phrasal_cues_give_no_claim(text: str) -> None:
    """Neighbours: passives with no agent, nouns, and the verbs left out of the lexicon."""
    assert _attributed(text) == []
