"""Passive charges with their accuser: "was accused by several women of [assault]"."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims


def _charges(text: str) -> list[tuple[str, str | None]]:
    """(content, cue) of the claims whose cue holds "accused"."""
    return [(c.text, c.cue) for c in find_claims(text) if c.cue and "accused" in c.cue]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "He was accused by several women of sexual assault when they were teenagers.",
            "sexual assault when they were teenagers",
            "was accused by several women of",
        ),
        (
            "The firm has been accused by U.S. regulators of hiding losses, filings show.",
            "hiding losses",
            "has been accused by U.S. regulators of",
        ),
    ],
)
def test_the_agent_stands_between_participle_and_preposition(
    text: str, content: str, cue: str
) -> None:
    """The content follows the preposition; the agent is part of the cue, not the content."""
    assert _charges(text) == [(content, cue)]


def test_the_agent_is_the_source() -> None:
    """'accused by prosecutors of fraud': the prosecutors make the charge."""
    text = "She was accused by prosecutors of fraud."
    [claim] = [c for c in find_claims(text) if c.cue and "accused" in c.cue]
    assert claim.source_text == "prosecutors"


@pytest.mark.parametrize(
    "text",
    [
        "The station was hit by rockets of unknown origin.",  # no charge participle
        "He was accused of fraud by prosecutors.",  # the plain phrase: no agent inside
        "The aid was sent by the government of Japan.",
    ],
)
def test_no_agent_claim_for_the_neighbours(text: str) -> None:
    """Other passives with "by ... of" give no agent charge."""
    assert not [c for c in find_claims(text) if c.cue and " by " in c.cue]
