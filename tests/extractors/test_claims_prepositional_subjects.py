"""Source phrases whose head stands before a preposition: "supporters of the change claim"."""

from __future__ import annotations

import pytest

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims


def _sourced(text: str) -> set[tuple[str, str | None]]:
    return {
        (c.text, c.source_text)
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    }


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # the head before "of" carries the phrase: the word after it may be any noun
        (
            "However, supporters of the change claim that it saves money.",
            "it saves money",
            "supporters of the change",
        ),
        (
            "Critics of the plan argue that it costs too much.",
            "it costs too much",
            "Critics of the plan",
        ),
        # "behind" joins a noun phrase as "of" does; the verb agrees with the head
        (
            "The developers behind the system say it is safe.",
            "it is safe",
            "The developers behind the system",
        ),
        (
            "The developers behind the system said it is safe.",
            "it is safe",
            "The developers behind the system",
        ),
        (
            "The group behind the protest said it would return.",
            "it would return",
            "The group behind the protest",
        ),
        # a fronted adjunct is no part of the phrase
        ("In Iowa, the campaign said that it would win.", "it would win", "the campaign"),
    ],
)
def test_a_head_before_a_preposition(text: str, content: str, source: str) -> None:
    """The phrase runs from its head over the preposition's object up to the cue."""
    found = _sourced(text)
    assert (content, source) in found, found


def test_a_preposition_ends_a_clause_before_a_comma() -> None:
    """Neighbour: "from behind," ends its clause; the source is the phrase after the comma."""
    text = (
        "Paul said that Boucher tackled him from behind, the Bowling Green Daily News "
        "reported, citing an arrest warrant."
    )
    sources = {c.source_text for c in find_claims(text)}
    assert "the Bowling Green Daily News" in sources, sources
    assert not any(s and "behind" in s for s in sources), sources


@pytest.mark.parametrize(
    "text",
    [
        # a loose tail with no head before the preposition is still refused
        "Memories of the change remain that it saves money.",
    ],
)
def test_no_source_without_a_head(text: str) -> None:
    """Neighbours: no attributed claim comes out of these."""
    assert not _sourced(text), _sourced(text)
