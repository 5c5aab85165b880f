"""Claims a source leaves open: "raised questions about whether", "could not comment on
whether".

Each form is a construction of English news usage, read from the cue lexicon, with the
neighbours that must not match: "declined to comment on the ruling" names no claim,
"commented on whether" (not negated) reports a comment, "raised concerns about the
plan" opens no question.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def statuses(text: str) -> list[tuple[ClaimStatus, str]]:
    """(status, content) of every claim of ``text``."""
    return [(c.status, c.text) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "status", "content"),
    [
        (
            "Republicans have also raised questions about whether Democrats funded a dossier"
            " during the campaign.",
            ClaimStatus.UNCONFIRMED,
            "Democrats funded a dossier",
        ),
        (
            "Critics raised questions about whether the agency had followed the law.",
            ClaimStatus.UNCONFIRMED,
            "the agency had followed the law",
        ),
        (
            "Aides said they could not comment on whether Trump's son was going to appear"
            " before the committee.",
            ClaimStatus.UNCONFIRMED,
            "Trump's son was going to appear before the committee",
        ),
        (
            "The ministry declined to comment on whether the talks had collapsed.",
            ClaimStatus.UNCONFIRMED,
            "the talks had collapsed",
        ),
    ],
)
def test_open_questions_are_read(text: str, status: ClaimStatus, content: str) -> None:
    """The claim in question carries the form's status."""
    found = statuses(text)
    assert any(s is status and content in t for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman declined to comment on the ruling.",
        "The spokesman commented on whether the talks had collapsed.",
        "Critics raised concerns about the plan to cut the budget.",
        "The firm did not comment on the report's findings.",
        "The chairman described the plan as a failure.",
        "What they described was a failure to plan.",
    ],
)
def test_neighbours_leave_nothing_open(text: str) -> None:
    """No hedged or unconfirmed claim where the form is not a question left open."""
    found = statuses(text)
    assert not any(s in (ClaimStatus.HEDGED, ClaimStatus.UNCONFIRMED) for s, _ in found), found


@given(st.sampled_from(["the talks had collapsed", "he would run again", "it was true"]))
def test_whether_content_is_never_asserted(clause: str) -> None:
    """Whatever the clause, "could not comment on whether" never asserts it."""
    found = statuses(f"Officials said they could not comment on whether {clause}.")
    asserted = [t for s, t in found if s is ClaimStatus.ASSERTED and "comment" not in t]
    assert not any(clause in t for t in asserted), found
