"""A noun cue drops "that" before a name or a determined noun and a verb taking no object
("allegations Russia interfered"), and "may be planning" leaves its claim unconfirmed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def _with_cue(text: str, cue: str) -> list[tuple[str, ClaimStatus]]:
    return [(c.text, c.status) for c in find_claims(text) if c.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The panel looked into allegations Moldova meddled in the vote.",
            "allegations",
            "Moldova meddled in the vote",
        ),
        ("She repeated claims the treasurer lied to the board.", "claims", "the treasurer lied"),
        (
            "He dismissed reports the old ferry was sold for scrap.",
            "reports",
            "the old ferry was sold for scrap",
        ),
        (
            "Nobody has proved accusations Acme Corp colluded with rivals.",
            "accusations",
            "Acme Corp colluded with rivals",
        ),
    ],
)
def test_a_named_subject_opens_a_dropped_that_clause(text: str, cue: str, content: str) -> None:
    """The content starts at the name or determiner, the noun cue stays out of it."""
    found = _with_cue(text, cue)
    assert len(found) == 1
    assert found[0][0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The flood claims the lives of dozens each spring.",
        "The claims Jones made at the hearing were false.",
        "The report Congress requested arrived late.",
        "Claims Adjusters Inc opened an office downtown.",
    ],
)
def test_no_clause_after_the_noun_gives_no_content(text: str) -> None:
    """A verb 'claims', a relative clause with a gap or a company name is no noun cue's content."""
    assert [c.text for c in find_claims(text) if c.cue in {"claims", "report", "Claims"}] == []


@pytest.mark.parametrize(
    ("modal", "verb"),
    [("may", "planning"), ("might", "preparing"), ("could", "plotting")],
)
def test_a_modal_intent_leaves_the_said_claim_unconfirmed(modal: str, verb: str) -> None:
    """'The agency said X may be planning a test': the claim is a guess, left unconfirmed."""
    text = f"The spy agency said the rebels {modal} be {verb} a new offensive."
    found = _with_cue(text, "said")
    assert found == [(f"the rebels {modal} be {verb} a new offensive", ClaimStatus.UNCONFIRMED)]


def test_a_plain_modal_clause_stays_asserted() -> None:
    """'may be' before another word is no intent phrase: the said claim stays asserted."""
    found = _with_cue("The agency said the rebels may be tired of fighting.", "said")
    assert [status for _, status in found] == [ClaimStatus.ASSERTED]


_NAME = st.from_regex(r"[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8}){0,2}", fullmatch=True)
_REST = st.from_regex(r"[a-z]{2,9}( [a-z]{2,9}){0,4}", fullmatch=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    noun=st.sampled_from(["allegations", "claims", "accusations", "rumors"]),
    name=_NAME,
    verb=st.sampled_from(["lied", "interfered", "was", "would"]),
    rest=_REST,
)
def test_named_content_slices_the_text_after_its_cue(
    noun: str, name: str, verb: str, rest: str
) -> None:
    """Every claim of the noun cue is a slice of the text that starts after the cue."""
    text = f"Officials spoke of {noun} {name} {verb} {rest}. Talks resume Friday."
    cue_end = text.index(noun) + len(noun)
    for claim in find_claims(text):
        assert text[claim.start : claim.end] == claim.text
        if claim.cue == noun:
            assert claim.start > cue_end


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He repeated allegations that the mayor took bribes and Smith said he would quit.",
            "the mayor took bribes",
        ),
        (
            "She cited claims that the dam leaked and Acme Corp paid for repairs.",
            "the dam leaked",
        ),
        (
            "She cited claims that the dam leaked and flooded the valley.",
            "the dam leaked and flooded the valley",
        ),
    ],
)
def test_and_a_name_and_a_verb_end_the_noun_cue_content(text: str, content: str) -> None:
    """'and' then a name and a finite verb opens a new clause; a shared subject goes on."""
    cue = "allegations" if "allegations" in text else "claims"
    assert [c for c, _ in _with_cue(text, cue)] == [content]
