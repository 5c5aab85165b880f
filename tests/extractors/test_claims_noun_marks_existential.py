"""A noun cue's content may open after a colon ("Bombshell Claim: ...") or with an
existential "there" and "be" and no "that" ("his assertion there are ..."); a figure after
the colon, a place ("the claims there were paid") and "that" clauses keep their readings."""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def _with_cue(text: str, cue: str) -> list[tuple[str, ClaimStatus]]:
    return [(c.text, c.status) for c in find_claims(text) if c.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ex-Aide Comes Forward With New Claim: Mayor Took Cash.", "Claim", "Mayor Took Cash"),
        ("The claim: the new vaccine alters human genes.", "claim", "the new vaccine alters"),
        ("The allegation: he hid the payments from auditors.", "allegation", "he hid the payments"),
        ("Her assertion: “the vote was rigged.”", "assertion", "“the vote was rigged"),
    ],
)
def test_a_colon_after_a_noun_cue_opens_its_content(text: str, cue: str, content: str) -> None:
    """The content starts after the colon and keeps the noun's status (a hedge)."""
    found = _with_cue(text, cue)
    assert len(found) == 1
    assert found[0][0].startswith(content)
    assert found[0][1] is ClaimStatus.HEDGED


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "On the senator's assertion there are generals who agree, the panel said little.",
            "assertion",
            "there are generals who agree",
        ),
        ("Officials repeated claims there was no evidence of tampering.", "claims", "there was no"),
        ("Her allegation there were secret accounts drew a rebuttal.", "allegation", "there were"),
    ],
)
def test_an_existential_there_opens_a_dropped_that_clause(
    text: str, cue: str, content: str
) -> None:
    """'there' and a form of 'be' after a noun cue open its clause, as 'that' would."""
    found = _with_cue(text, cue)
    assert len(found) == 1
    assert found[0][0].startswith(content)
    assert found[0][1] is ClaimStatus.HEDGED


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "there" is a place: a passive follows the verb
        ("The claims there were paid within a month.", "claims"),
        ("The allegations there were dismissed by the court.", "allegations"),
        ("The claims there were taken to arbitration.", "claims"),
        # a figure after the colon is a table's row, no content
        ("Allegations: 40 in March, 12 in April.", "Allegations"),
        # "there" and a verb that is no form of "be"
        ("The claims there seem to have stopped.", "claims"),
    ],
)
def test_a_place_or_a_figure_is_no_content(text: str, cue: str) -> None:
    """No noun cue content after a place's 'there' or before a figure after a colon."""
    assert _with_cue(text, cue) == []


def test_a_that_clause_is_unchanged() -> None:
    """The plain 'that' reading of a noun cue is as before."""
    found = _with_cue("He dismissed claims that there was fraud in the count.", "claims")
    assert [t for t, _ in found] == ["there was fraud in the count"]
