"""A denial verb's base form after a pronoun subject denies, inside a quotation too.

"“We categorically deny these allegations,” the company said": the quoted speaker
denies, and what is denied ends at the closing quotation mark (cues.yaml
``base_denial_lemmas`` and ``base_denial_subjects``). Neighbours: a base form after a
modal or "to" ("could deny the request", "To deny this") and a negated one ("do not
deny") deny nothing.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon
from tests.rules.helpers import flags_of

_TEXTS = {
    "deny": "“We categorically deny these allegations,” the company said in a statement.",
    "reject": "“I reject the report,” the minister told reporters.",
    "dispute": "“They dispute the findings of the audit,” he said.",
    # neighbours
    "modal": "“We could deny the request,” the official said.",
    "to": "“To deny the report would be foolish,” he said.",
    "negated": "“We do not deny the report,” the official said.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("deny", "these allegations"),
        ("reject", "the report"),
        ("dispute", "the findings of the audit"),
    ],
)
def test_a_quoted_base_denial_contradicts_its_object(key: str, claim: str) -> None:
    """The object, up to the closing quotation mark, is flagged as contradicted."""
    assert ("contradiction", "claim.denied", claim) in _flags()[key]


@pytest.mark.parametrize("key", ["modal", "to", "negated"])
def test_other_base_forms_deny_nothing(key: str) -> None:
    """After a modal, after 'to' or negated, the base form is no denial."""
    assert not any(kind == "contradiction" for kind, _, _ in _flags()[key])


def test_the_subjects_are_language_data() -> None:
    """The lemmas and subjects come from the English cue lexicon."""
    lex = cue_lexicon("en")
    assert {"deny", "reject"} <= lex.base_denial_lemmas
    assert {"we", "i"} <= lex.base_denial_subjects


@settings(max_examples=30, deadline=None)
@given(
    subject=st.sampled_from(["We", "I", "They"]),
    adverb=st.sampled_from(["", "strongly ", "flatly ", "categorically "]),
    verb=st.sampled_from(["deny", "reject", "dispute"]),
)
def test_the_denied_content_stays_inside_the_quotation(
    subject: str, adverb: str, verb: str
) -> None:
    """Whatever the subject and adverb, the content ends before the closing mark."""
    text = f"“{subject} {adverb}{verb} the newspaper's account,” the spokesman said."
    denied = [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert [c.text for c in denied] == ["the newspaper's account"]


@pytest.mark.parametrize("mark", ['"', "“"])
def test_a_quotation_closing_after_the_verb_leaves_its_object(mark: str) -> None:
    """'said it “categorically rejects” the claims': the claims are denied."""
    close = '"' if mark == '"' else "”"
    text = f"The company said it {mark}categorically rejects{close} the claims."
    denied = [c.text for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert denied == ["the claims"]


def test_the_subject_before_a_quoted_verb_denies() -> None:
    """'He “flatly rejected” claims that ...': He is the source, not the narrator."""
    text = "He “flatly rejected” claims that he had lied to investigators."
    denied = [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert [c.source_text for c in denied] == ["He"]
