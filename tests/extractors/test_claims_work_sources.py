"""Works of authorship as sources: "The new book claims ...", "the column noted ...".

A book, a film or an article states what its authors hold, as a report or a lawsuit does;
before "claims" (a form that is as often a plural noun) only a source word makes it a verb,
so the work must be one. Neighbours: "the book claims office", "a book about insurance
claims" name no claim.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


@pytest.mark.parametrize(
    ("text", "source", "content", "status"),
    [
        (
            "The new book claims Mr Prescott hosted a dinner in November 2003.",
            "The new book",
            "Mr Prescott hosted a dinner",
            ClaimStatus.HEDGED,
        ),
        (
            "The article claims Clinton lied about the emails.",
            "The article",
            "Clinton lied about the emails",
            ClaimStatus.HEDGED,
        ),
        ("The column noted that Biden had erred.", "The column", "Biden had erred", None),
        ("The movie shows Bob wanting to stay behind.", "The movie", "Bob wanting", None),
    ],
)
def test_a_work_is_the_source_of_its_report(
    text: str, source: str, content: str, status: ClaimStatus | None
) -> None:
    """The work's noun phrase is the source; a hedge verb keeps its hedge."""
    found = [c for c in find_claims(text) if c.source_text == source and content in c.text]
    assert found, find_claims(text)
    if status is not None:
        assert found[0].status is status


@pytest.mark.parametrize(
    "text",
    ["The book claims office was closed on Monday.", "She wrote a book about insurance claims."],
)
def test_a_work_before_a_noun_claims_gives_no_hedge(text: str) -> None:
    """ "claims office", "insurance claims": the plural noun, no claim of the work's."""
    assert not [c for c in find_claims(text) if c.status is ClaimStatus.HEDGED]


def test_a_british_spelling_of_an_organisation_is_a_source() -> None:
    """ "..., claimed the union organisation." inverts like "..., claimed the organization."."""
    text = (
        "Representatives were often ignored when raising concerns, claimed the union organisation."
    )
    hedged = [c for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert [c.source_text for c in hedged] == ["the union organisation"], find_claims(text)
