"""Catenatives of haste before a cue: "was quick to deny", "rushed to dismiss",
"hastened to deny", "has been quick to point out" (issue 6, wire copy's swift denials).

The cue keeps its subject and its status; "quick to" or "rushed to" before a verb that is
no cue, or "rushed to" before a place, gives no claim.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from tests.extractors.claim_pairs import attributed_pairs as _attributed


@pytest.mark.parametrize(
    ("text", "content", "source", "status"),
    [
        ("The Kremlin was quick to deny the report.", "the report", "The Kremlin", "denied"),
        ("The Kremlin rushed to deny the report.", "the report", "The Kremlin", "denied"),
        (
            "Officials hastened to dismiss the report as propaganda.",
            "the report as propaganda",
            "Officials",
            "denied",
        ),
        ("The Kremlin has been quick to deny the report.", "the report", "The Kremlin", "denied"),
        (
            "Trump was quick to add that the wall was not negotiable.",
            "the wall was not negotiable",
            "Trump",
            "asserted",
        ),
        ("Aides were quick to claim that he won.", "he won", "Aides", "hedged"),
    ],
)
def test_a_catenative_of_haste_keeps_the_cue_and_its_subject(
    text: str, content: str, source: str, status: str
) -> None:
    """The subject before "was quick to" / "rushed to" is the cue's source."""
    found = [
        (c.text, c.source_text, c.status)
        for c in find_claims(text)
        if c.source_text is not None and c.cue is not None
    ]
    assert (content, source, ClaimStatus(status)) in found


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters rushed to the scene.",
        "He was quick to leave.",
        "Officials rushed to get money to banks.",
        "The Kremlin was quick.",
    ],
)
def test_a_catenative_before_no_cue_is_no_claim(text: str) -> None:
    """Haste before a place or a verb that reports nothing gives no attributed claim."""
    assert _attributed(text) == []
