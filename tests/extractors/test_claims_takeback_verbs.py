"""Verbs that argue back or take a claim back (issue 6): "rebuffed", "brushed aside",
"laughed off", "pushed back on", "scoffed at", "waved off", "disavowed", "retracted",
"backtracked on".

They are neutral cues of the extractor (the rules read them as contesting a claim they
take, see tests/rules/test_issue_families.py); their object is the content and their
subject the source. Neighbours: the forms they are not ("pushing back", "the contested
seat"), and a passive with no agent.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from tests.extractors.claim_pairs import attributed_pairs as _attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Moscow rebuffed the claims.", "the claims", "Moscow"),
        ("The mayor rebuffs Trump on his travel ban.", "Trump on his travel ban", "The mayor"),
        ("The minister brushed aside the allegations.", "the allegations", "The minister"),
        (
            "The minister laughed off suggestions that he would resign.",
            "suggestions that he would resign",
            "The minister",
        ),
        (
            "The White House pushed back on reports that the aide had resigned.",
            "reports that the aide had resigned",
            "The White House",
        ),
        ("Rubio pushed back against the report.", "the report", "Rubio"),
        ("The minister scoffed at the reports.", "the reports", "The minister"),
        ("The senator disavowed the remarks.", "the remarks", "The senator"),
        ("The newspaper retracted the story.", "the story", "The newspaper"),
        (
            "The minister backtracked on his claim that the plant was safe.",
            "his claim that the plant was safe",
            "The minister",
        ),
        ("Officials waved off the reports.", "the reports", "Officials"),
    ],
)
def test_takeback_verbs_take_their_object(text: str, content: str, source: str) -> None:
    """The object is what the subject argues against or takes back."""
    assert (content, source) in _attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow rebuffed claims that it had troops in the region.",
        "The newspaper retracted the story.",
        "The party disavowed claims that it funded the group.",
    ],
)
def test_takeback_verbs_are_neutral_cues(text: str) -> None:
    """No denial status of their own: PolNeAR's denial class is deny, reject, dismiss,
    refute and dispute, and the rules read these verbs as contesting a claim they take."""
    statuses = {c.status for c in find_claims(text) if c.cue is not None}
    assert ClaimStatus.DENIED not in statuses


@pytest.mark.parametrize(
    "text",
    [
        "The party is pushing back on the plan.",  # "pushing back": 0 of 3 cues on PolNeAR
        "She contested the seat in 2019.",  # "contested" is no cue (mostly an adjective)
        "The contested election ended in a recount.",
        "Sanders was rebuffed.",  # a passive with nothing rebuffed and no agent
        "The landing gear retracted.",  # no object
        "He backtracked to the car.",  # no "on": a path
    ],
)
def test_neighbours_of_takeback_verbs_are_no_claims(text: str) -> None:
    """Forms outside the lexicon and intransitive uses give no attributed claim."""
    assert _attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The senator has since denied the report.", "the report", "The senator"),
        ("Police have since said the man was armed.", "the man was armed", "Police"),
        ("The party had since disavowed the group.", "the group", "The party"),
    ],
)
def test_a_perfect_with_since_keeps_its_cue(text: str, content: str, source: str) -> None:
    """ "has since denied", "have since said": "since" between the auxiliary and the cue."""
    assert (content, source) in _attributed(text)


@pytest.mark.parametrize("text", ["He has lived there since.", "It has since become clear."])
def test_a_perfect_with_since_and_no_cue_is_no_claim(text: str) -> None:
    """ "has since" before a verb that is no cue reports nothing."""
    assert _attributed(text) == []
