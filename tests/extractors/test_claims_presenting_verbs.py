"""Presenting and voicing verbs (unveil, outline, chant, encourage) and "calling X a Y"."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator unveiled a plan to cut taxes.", "a plan to cut taxes"),
        ("He outlined his agenda for the first 100 days.", "his agenda for the first 100 days"),
        ("The crowd chanted “Lock her up!”", "“Lock her up!”"),
        ("She encouraged voters to register early.", "voters to register early"),
    ],
)
def test_presenting_and_voicing_verbs_are_cues(text: str, content: str) -> None:
    """Unveiling, outlining, chanting and encouraging report what the subject puts forward."""
    assert content in [c for c, _, _ in attributed_cues(text)], attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The unveiling of the statue drew crowds.",
        "The outline of the plan was vague.",
        "An encouraged crowd cheered the result.",
    ],
)
def test_presenting_nouns_and_adjectives_are_no_cues(text: str) -> None:
    """Neighbours: the same words as a noun or an adjective with no subject report nothing."""
    assert attributed_cues(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Democrats went further, with former Maryland Gov. Martin O'Malley calling Trump "
            "a fascist.",
            "Trump a fascist",
            "former Maryland Gov. Martin O'Malley",
        ),
        (
            "Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”",
            "it a “Chinese menu.”",
            "Sen. John McCain",
        ),
    ],
)
def test_calling_someone_something_is_a_label(text: str, content: str, source: str) -> None:
    """ "calling X a Y" labels X; an absolute "with" clause holds the participle's subject."""
    assert (content, source, "calling") in attributed_cues(text), attributed_cues(text)


def test_calling_a_race_is_no_label() -> None:
    """Neighbour: "calling the race for Sanders" (a projection) labels no one."""
    text = "Sanders won Wisconsin, with networks calling the race for him an hour later."
    assert [c for c in attributed_cues(text) if c[2] == "calling"] == []
