"""Refusals of a sum offered and wins claimed raise no flag; their neighbours still do.

"rejected a 60 million pound offer" refuses an offer (an amount before its modifiers),
"rejected the hackers' demand" a demand (a plural possessive before it), and "claimed
victory in the marathon" takes a win: the flags guideline asks for no flag. A claim noun
or a clause after them keeps the contradiction or the hedge. The texts are made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.helpers import flags_of


def _kinds(text: str) -> list[tuple[str, str]]:
    """(kind, flagged claim's text) of every flag of one text."""
    return sorted((kind, claim) for kind, _, claim in flags_of({"t": text})["t"])


@pytest.mark.parametrize(
    "text",
    [
        "The union rejected the 3 percent pay offer.",
        "The board rejected a £2bn bid from its rival.",
        "United turned down and then rejected a 45 million euro offer for the winger.",
        "The regulator rejected a $300 million settlement proposal from the bank.",
        "The firm rejected the hackers' demand for a ransom of $5 million.",
        "The club rejected the players' request for a bonus.",
    ],
)
def test_a_sum_offered_or_a_plural_owners_request_refused_is_no_denial(text: str) -> None:
    """ "rejected a £2bn bid", "the players' request": a refusal, no claim denied."""
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The company rejected the offer's claim that the bid was fair.", "the bid was fair"),
        ("The company rejected claims that the bid was hostile.", "the bid was hostile"),
        ("The army rejected the rebels' claim that 50 soldiers had died.",
         "50 soldiers had died"),
        ("The ministry rejected the 30 percent figure as exaggerated.",
         "the 30 percent figure as exaggerated"),
        ("The government rejected the activists' figures as false.",
         "the activists' figures as false"),
    ],
)  # fmt: skip
def test_a_claim_after_an_amount_or_a_plural_owner_is_still_denied(text: str, content: str) -> None:
    """A claim noun after the amount or the owner is what is denied: a contradiction."""
    assert _kinds(text) == [("contradiction", content)]


@pytest.mark.parametrize(
    "text",
    [
        "The runner claimed victory in the 10,000 metres on Friday.",
        "Protesters claimed victory.",
        "The party claimed a landslide victory.",
        "Republicans claimed victory over the Democrats after the recount.",
        "The club claimed a 2-1 win over Leeds.",
        "She claimed her third win of the season.",
    ],
)
def test_a_win_claimed_is_no_hedge(text: str) -> None:
    """ "claimed victory", "claimed a 2-1 win": a win taken, nothing left to verify."""
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ("The opposition claimed that the victory was stolen.", "unverified",
         "the victory was stolen"),
        ("The candidate claimed the win had been stolen.", "unverified",
         "the win had been stolen"),
        ("The minister insisted that the victory was legitimate.", "unverified",
         "the victory was legitimate"),
        ("The president claimed victory in the election, a claim his rival rejected.",
         "contradiction", "victory in the election"),
    ],
)  # fmt: skip
def test_a_clause_about_a_win_or_a_denied_win_still_flags(
    text: str, kind: str, content: str
) -> None:
    """A clause after the win is a claim; a win someone denies is a contradiction."""
    assert _kinds(text) == [(kind, content)]


@settings(max_examples=5, deadline=None)
@given(amount=st.integers(min_value=2, max_value=999), noun=st.sampled_from(["offer", "bid"]))
def test_any_sum_offered_refused_raises_nothing(amount: int, noun: str) -> None:
    """Whatever the sum, refusing an offer of it denies no claim."""
    assert _kinds(f"The board rejected a {amount} million pound {noun} for the company.") == []


@settings(max_examples=5, deadline=None)
@given(amount=st.integers(min_value=2, max_value=999))
def test_any_sum_in_a_denied_claim_still_contradicts(amount: int) -> None:
    """Whatever the sum, a claim about it that someone rejects is a contradiction."""
    content = f"the {amount} million pound offer was a fraud"
    [(kind, claim)] = _kinds(f"The board rejected claims that {content}.")
    assert kind == "contradiction"
    assert claim.endswith(content)
