"""Denial forms beyond the finite verb: passives with their agent, base forms after a
"to" auxiliary, and the second verb of a coordinated relative clause.

Each form is tested with the neighbours that must not read as denials: a passive
without an agent ("was denied bail", "was dismissed on Monday"), a negated one, a
negating auxiliary ("refused to deny") and a bare infinitive ("urged them to reject").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan


def denied(text: str) -> list[ClaimSpan]:
    """The denied claims of ``text``."""
    return [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]


@pytest.mark.parametrize(
    ("text", "content", "agent"),
    [
        (
            "This proposal was rejected by 64 percent of the electorate.",
            "This proposal",
            "64 percent of the electorate",
        ),
        (
            "Mr. Bush, the former governor, had been soundly rejected by an electorate"
            " he no longer recognized.",
            "Mr. Bush",
            "an electorate",
        ),
        (
            "More precisely, a deal that was rejected by large majorities in Congress will fail.",
            "a deal",
            "large majorities in Congress",
        ),
        ("The figures were disputed by the statistics office.", "The figures", "office"),
        ("Her account is refuted by two witnesses.", "Her account", "two witnesses"),
    ],
)
def test_a_passive_with_an_agent_is_the_agents_denial(text: str, content: str, agent: str) -> None:
    """ "X was rejected by Y": Y denies X; the cue is the verb group with its auxiliaries."""
    found = denied(text)
    assert [c.text for c in found] == [content], find_claims(text)
    assert found[0].source_text is not None
    assert agent in found[0].source_text
    cue = text[found[0].cue_start : found[0].cue_end]
    assert cue.split()[-1] in ("rejected", "disputed", "refuted")


@pytest.mark.parametrize(
    "text",
    [
        "He was denied bail by the judge.",
        "The plan was not rejected by voters.",
        "The plan wasn't rejected by voters.",
        "Lewandowski was dismissed on Monday as campaign manager.",
        "A motion for a roll-call vote on the rules has since been denied.",
        "Those requests were denied.",
        "He is being denied the opportunity to appear at some venues.",
    ],
)
def test_passives_without_an_agent_or_negated_deny_nothing(text: str) -> None:
    """No agent names a denier (a person fired, a thing withheld), and "not" denies the denial."""
    assert denied(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("As someone who had to reject her parents' beliefs, she left home.", "her parents"),
        ("The candidate also continued to refute a Politico story.", "a Politico story"),
        ("The ministry went on to dispute the casualty figures.", "the casualty figures"),
        ("He has to deny the report that he met them.", "the report"),
    ],
)
def test_a_base_form_after_a_to_auxiliary_is_a_denial(text: str, content: str) -> None:
    """ "had to reject", "continued to refute": the auxiliary says the denial was made."""
    assert any(content in c.text for c in denied(text)), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "He refused to deny the report.",
        "The spokesman declined to dispute the figure.",
        "Sanders urged fellow Democrats to reject the debt deal.",
        "It's hard to dispute the rising negatives.",
        "The company reserved the right to reject any listing.",
    ],
)
def test_refusing_or_urging_a_denial_is_no_denial(text: str) -> None:
    """A negating auxiliary, or a bare "to" (urged, hard to, the right to): nothing was denied."""
    assert denied(text) == []


def test_the_second_verb_of_a_relative_clause_denies_its_noun() -> None:
    """ "a charge that X has faced ... and has always denied": the charge is denied."""
    text = (
        "The foundation rewarded donors with access, a charge that Mrs. Clinton"
        " has faced in the past and has always denied."
    )
    found = denied(text)
    assert [c.text for c in found] == ["a charge"]
    assert text[found[0].cue_start : found[0].cue_end] == "has always denied"


def test_a_negated_second_verb_denies_nothing() -> None:
    """ "a report that she has read and has not disputed": no denial."""
    assert denied("They cited a report that she has read and has not disputed.") == []


_AGENTS = st.sampled_from(["voters", "the court", "two witnesses", "64 percent of members"])
_SUBJECTS = st.sampled_from(["The proposal", "This claim", "Her account", "The figure"])
_PARTICIPLES = st.sampled_from(["rejected", "disputed", "refuted", "dismissed"])
_AUX = st.sampled_from(["was", "is", "has been", "had been", "will be"])


@given(_SUBJECTS, _AUX, _PARTICIPLES, _AGENTS)
def test_passive_denials_name_their_agent(subject: str, aux: str, verb: str, agent: str) -> None:
    """Any subject, auxiliary, participle and agent: one denial of the subject by the agent,
    and none once the auxiliary is negated."""
    text = f"{subject} {aux} {verb} by {agent}."
    found = denied(text)
    assert [(c.text, c.source_text) for c in found] == [(subject, agent)], find_claims(text)
    first, _, rest = aux.partition(" ")
    negated = f"{subject} {first} not {rest + ' ' if rest else ''}{verb} by {agent}."
    assert denied(negated) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Denying the charges, the minister said the funds were a loan.",
            "the charges",
            "minister",
        ),
        (
            "Rejecting the allegations, Kozlov said he had acted lawfully.",
            "the allegations",
            "Kozlov",
        ),
        (
            "Disputing the figures, the ministry said only 40 people died.",
            "the figures",
            "ministry",
        ),
    ],
)
def test_a_fronted_participle_is_the_main_clauses_denial(
    text: str, content: str, source: str
) -> None:
    """ "Denying X, the minister said": X is denied, by the source of the main clause."""
    found = denied(text)
    assert [c.text for c in found] == [content], find_claims(text)
    assert found[0].source is not None
    assert source in (found[0].source_text or "")


@pytest.mark.parametrize(
    "text",
    [
        "Denying the charges is pointless, the lawyer said.",
        "Denying him bail, the judge said he might flee.",
    ],
)
def test_participles_that_are_subjects_or_refusals_deny_no_claim(text: str) -> None:
    """A gerund subject (no comma after its object) or a refusal ("Denying him bail")."""
    assert denied(text) == []
