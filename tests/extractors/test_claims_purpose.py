"""Cues in a purpose infinitive after a move of the subject's own (issue 6): "Moscow moved
quickly to reject the allegations", "Trump went on television to deny that he lied", "The
senator broke her silence to dispute the report", "Officials took to Twitter to deny it".

The one who moved is the one who denies. An infinitive whose subject is someone else
("urged senators to reject"), an expectation ("is expected to deny"), a refusal ("refused to
deny"), "in order to", a negated move and a nominal ("the decision to deny bail", "moves to
deny asylum") give no denial.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def _sourced(text: str) -> list[tuple[str, str | None, ClaimStatus]]:
    return [
        (c.text, c.source_text, c.status)
        for c in find_claims(text)
        if c.source_text is not None and c.cue is not None
    ]


@pytest.mark.parametrize(
    ("text", "content", "source", "status"),
    [
        ("Moscow moved quickly to reject the allegations.", "the allegations", "Moscow", "denied"),
        ("Moscow moves swiftly to reject the allegations.", "the allegations", "Moscow", "denied"),
        ("Trump went on television to deny that he lied.", "that he lied", "Trump", "denied"),
        (
            "The senator broke her silence to dispute the report.",
            "the report",
            "The senator",
            "denied",
        ),
        ("Officials took to Twitter to deny the report.", "the report", "Officials", "denied"),
        (
            "The White House stepped in to deny the report.",
            "the report",
            "The White House",
            "denied",
        ),
        ("Aides went on TV to say that he won.", "he won", "Aides", "asserted"),
        ("The ministry moved to deny the report.", "the report", "The ministry", "denied"),
    ],
)
def test_a_purpose_infinitive_takes_the_main_clause_subject(
    text: str, content: str, source: str, status: str
) -> None:
    """The subject of "moved", "went on television", "broke her silence" is the cue's source."""
    assert (content, source, ClaimStatus(status)) in _sourced(text)


@pytest.mark.parametrize(
    "text",
    [
        "She urged senators to reject the request.",
        "He is expected to deny the report.",
        "He refused to deny the report.",
        "The decision to deny bail was criticised.",
        "Trump did not go on television to deny that he lied.",
        "Trump went on television in order to deny that he lied.",
        "Moscow moved quickly to seize the airport.",
        "The family moved to London.",
        "The administration's moves to deny asylum were criticised.",
    ],
)
def test_no_denial_by_anyone_in_the_neighbours(text: str) -> None:
    """Someone else's infinitive, an expectation, a refusal, "in order to", a negated move,
    a nominal ("the decision to", the plural noun "moves to"), a move before no cue: no
    denial, with a source or without."""
    assert [c for c in find_claims(text) if c.status is ClaimStatus.DENIED] == []
