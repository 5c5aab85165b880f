"""Accounts at odds with each other, and evaluations after a raising verb.

"has offered shifting accounts of his meetings", "gave conflicting accounts of the
crash": the guideline's "two sources give conflicting accounts": what the accounts are of
is contradicted (the cue lexicon's noun cue ``conflicting account``). "the claims appear to
be false", "the reasons for the order “do not appear to be supported by any facts”": a
raising verb before "be" (the negation raised onto it) is a copula of an evaluation (the
cue lexicon's ``copulas``, ``evaluations`` and ``claim_heads``).

Neighbours that deny nothing: plain "accounts of", a bank's "accounts", a claim that
appears credible, reasons that are not evaluated.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import Format
from provenance.ingest.document import Document


def _contradicted(text: str) -> list[str]:
    """The content of each claim a ``contradiction`` finding of ``text`` flags."""
    import provenance

    doc = Document(
        path="t", format=Format.TEXT, headline="t", body=text, sha256="0" * 64, agency="Reuters"
    )
    result = provenance.check([doc], engine="pandas")
    claims = result.tables.claims.set_index("claim_id")
    found = result.findings[result.findings["kind"] == "contradiction"]
    return [str(claims.loc[c, "text"]) for c in found["claim_id"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor has offered shifting accounts of his meetings with the developer.",
            "his meetings with the developer",
        ),
        ("Guards and inmates gave conflicting accounts of the riot.", "the riot"),
        (
            "The two ministries offered contradictory versions of what happened at the dam.",
            "what happened at the dam",
        ),
        ("The firm has given changing explanations for the delay.", "the delay"),
    ],
)
def test_conflicting_accounts_contradict_what_they_tell(text: str, content: str) -> None:
    """The object of a conflicting-accounts noun is the claim contradicted."""
    assert _contradicted(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        # plain accounts, and accounts of a bank, state no conflict
        "Witnesses gave accounts of the riot to the police.",
        "The bank froze the accounts of the developer.",
        "The mayor gave detailed accounts of his talks with the developer.",
        # the modifier with no "of": nothing named as told
        "The inquiry noted conflicting accounts.",
    ],
)
def test_plain_accounts_contradict_nothing(text: str) -> None:
    """Only a conflicting account of something marks it contradicted."""
    assert _contradicted(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said the reports appear to be false.", "the reports"),
        ("Jones said the allegations seemed to be baseless.", "the allegations"),
        (
            "Jones said the claims do not appear to be supported by any facts.",
            "the claims",
        ),
        # the predicate opens a quotation; the head takes "for"
        (
            "In her ruling, the judge said the agency’s reasons for the order “do not appear"
            " to be supported by any facts” and cited a study.",
            "the agency’s reasons for the order",
        ),
        (
            "Jones said the rationale does not seem to be supported by any evidence.",
            "the rationale",
        ),
    ],
)
def test_raising_copula_carries_an_evaluation(text: str, content: str) -> None:
    """A raising verb before "be" (negated or not) links a claim to its evaluation."""
    assert _contradicted(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the reports appear to be credible.",
        "Jones said the claims appear to be supported by the facts.",
        "Jones said the reasons for the delay were technical.",
        # a thing, not a claim, evaluated
        "Jones said the weather appears to be ridiculous.",
    ],
)
def test_raising_copula_without_a_denial(text: str) -> None:
    """A raising verb before a favourable predicate, or before no claim, denies nothing."""
    assert _contradicted(text) == []


_RAISED = st.sampled_from(
    ["appears to be", "seemed to be", "does not appear to be", "did not seem to be"]
)
_EVALUATION = {
    "appears to be": "false",
    "seemed to be": "untrue",
    "does not appear to be": "supported by any evidence",
    "did not seem to be": "supported by any facts",
}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    head=st.sampled_from(["claim", "allegation", "report", "justification", "account"]),
    copula=_RAISED,
)
def test_raised_evaluation_denies_its_subject(head: str, copula: str) -> None:
    """Whatever claim head and raising copula, the subject noun phrase is what is denied."""
    text = f"Officials said the {head} {copula} {_EVALUATION[copula]}."
    assert _contradicted(text) == [f"the {head}"]
