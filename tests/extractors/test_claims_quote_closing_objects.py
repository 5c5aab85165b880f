"""Object verbs that close a quotation, and the noun cues of assert and refute.

"“I never took the money,” the treasurer denied." credits the quotation to the
treasurer as a denial, as "“...,” the treasurer said." credits it as a statement; so do
"vowed", "promised", "demanded" and "urged" with no object after them, and the inverted
"“...,” denied the treasurer". An object after the verb is its content instead.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan

QUOTE = "“I never took a cent from the pension fund,”"


def by_cue(text: str, verb: str) -> list[ClaimSpan]:
    """The claims of ``text`` whose cue is ``verb``."""
    return [c for c in find_claims(text) if c.cue == verb]


@pytest.mark.parametrize(
    ("tail", "verb", "status"),
    [
        ("the treasurer denied.", "denied", ClaimStatus.DENIED),
        ("the treasurer denied on Tuesday.", "denied", ClaimStatus.DENIED),
        ("denied the treasurer.", "denied", ClaimStatus.DENIED),
        ("the treasurer vowed.", "vowed", ClaimStatus.ASSERTED),
        ("vowed the treasurer.", "vowed", ClaimStatus.ASSERTED),
        ("the treasurer promised last week.", "promised", ClaimStatus.ASSERTED),
    ],
)
def test_an_object_verb_closing_a_quotation_credits_it(
    tail: str, verb: str, status: ClaimStatus
) -> None:
    """The quotation is the content, the phrase beside the verb its source."""
    text = f"{QUOTE} {tail}"
    claims = by_cue(text, verb)
    assert [c.text for c in claims] == [QUOTE], find_claims(text)
    assert claims[0].status is status
    assert claims[0].attribution is Attribution.DIRECT
    assert claims[0].source_text == "the treasurer"


@pytest.mark.parametrize(
    ("tail", "content"),
    [
        ("the treasurer denied the audit report.", "the audit report"),
        ("the treasurer denied it.", "it"),
    ],
)
def test_an_object_after_the_verb_is_its_content(tail: str, content: str) -> None:
    """ "“...,” the treasurer denied the report": the report is denied, not the quotation."""
    text = f"{QUOTE} {tail}"
    assert QUOTE not in [c.text for c in by_cue(text, "denied")], find_claims(text)


def test_a_quotation_inside_the_clause_is_no_content_of_an_inverted_verb() -> None:
    """'The clerk, who was “shocked,” denied the report': the report is no source."""
    text = "The clerk, who was “shocked,” denied the report."
    assert all(c.source_text != "the report" for c in find_claims(text)), find_claims(text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    speaker=st.sampled_from(["the treasurer", "the minister", "a spokeswoman", "Ms. Ortiz"]),
    when=st.sampled_from(["", " on Monday", " in a statement", " last week"]),
)
def test_any_speaker_and_adjunct_keep_the_denial(speaker: str, when: str) -> None:
    """Whoever denies and whatever time or place follows, the quotation is denied."""
    text = f"{QUOTE} {speaker} denied{when}."
    claims = by_cue(text, "denied")
    assert [(c.text, c.status) for c in claims] == [(QUOTE, ClaimStatus.DENIED)], claims


@pytest.mark.parametrize(
    ("text", "cue", "content", "status"),
    [
        (
            "The governor's assertions about the deficit were wrong.",
            "assertions",
            "the deficit",
            ClaimStatus.HEDGED,
        ),
        (
            "She spent an hour on her refutation of the audit.",
            "refutation",
            "the audit",
            ClaimStatus.DENIED,
        ),
        (
            "The board published a refutation of the rumors.",
            "refutation",
            "the rumors",
            ClaimStatus.DENIED,
        ),
    ],
)
def test_noun_cues_of_assert_and_refute(
    text: str, cue: str, content: str, status: ClaimStatus
) -> None:
    """ "assertions about X" hedge X; "a refutation of X" denies X."""
    assert [(c.text, c.status) for c in by_cue(text, cue)] == [(content, status)], find_claims(text)
