"""A second cue verb coordinated with the first, same subject, ends the first content.

"The mayor said the bridge was safe and rejected the engineers' report": the mayor
reports twice; the first content is "the bridge was safe", and the denial is a claim of
its own by the mayor, nested in nothing. Neighbours: a second clause with a subject of its
own ("and the engineers rejected it") is part of what was said, and "and that ..." goes
on with the same report.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims

_FIRST = "the bridge was safe for lorries"


def _attributed(text: str) -> list[tuple[str, str | None, ClaimStatus, int | None]]:
    """(content, cue, status, parent) of every attributed claim."""
    return [
        (c.text, c.cue, c.status, c.parent)
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    ]


@pytest.mark.parametrize(
    ("second", "cue", "content"),
    [
        ("rejected the engineers' report", "rejected", "the engineers' report"),
        ("denied the engineers' report", "denied", "the engineers' report"),
        ("flatly denied the engineers' report", "flatly denied", "the engineers' report"),
        ("then disputed the engineers' figures", "then disputed", "the engineers' figures"),
        (
            "dismissed the engineers' report as alarmist",
            "dismissed",
            "the engineers' report as alarmist",
        ),
    ],
)
def test_the_second_cue_ends_the_first_content(second: str, cue: str, content: str) -> None:
    """Two claims of the mayor side by side: the first content stops before "and"."""
    text = f"The mayor said {_FIRST} and {second}."
    found = _attributed(text)
    assert found == [
        (_FIRST, "said", ClaimStatus.ASSERTED, None),
        (content, cue, ClaimStatus.DENIED, None),
    ]
    sources = {c.source_text for c in find_claims(text) if c.cue is not None}
    assert sources == {"The mayor"}


@pytest.mark.parametrize(
    ("rest", "content"),
    [
        # a subject of its own: the second clause is part of what the mayor said
        (
            "and the engineers had checked it",
            f"{_FIRST} and the engineers had checked it",
        ),
        # "and that ...": the same report goes on
        (
            "and that the engineers had checked it",
            f"{_FIRST} and that the engineers had checked it",
        ),
    ],
)
def test_a_clause_of_the_report_keeps_its_run(rest: str, content: str) -> None:
    """Neighbours: a coordinated clause with its own subject, or "and that", is content."""
    assert _attributed(f"The mayor said {_FIRST} {rest}.")[0][0] == content


@settings(max_examples=30, deadline=None)
@given(
    speaker=st.sampled_from(["The mayor", "The minister", "Police", "The company"]),
    verb=st.sampled_from(["rejected", "denied", "disputed", "dismissed"]),
    obj=st.sampled_from(["the report", "the claims", "the engineers' figures"]),
)
def test_the_first_content_never_holds_the_second_cue(speaker: str, verb: str, obj: str) -> None:
    """Whoever speaks and whatever they deny, the said content never runs over the denial."""
    text = f"{speaker} said {_FIRST} and {verb} {obj}."
    said = [c for c in find_claims(text) if c.cue == "said"]
    assert [c.text for c in said] == [_FIRST]
