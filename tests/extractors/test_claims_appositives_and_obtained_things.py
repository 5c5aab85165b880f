"""Appositives that unconfirm, things one obtains, and stances whose object is no claim.

* ", a claim Reuters could not verify": an appositive with no relative pronoun, or a
  negated active verb whose object is the appositive's head, behaves as ", a claim that
  could not be independently verified": the clause before the comma is unconfirmed, and the
  noun "claim" reports no claim of its own.
* "to claim new credit cards", "has claimed thousands of victims": "claim" taking a thing
  one obtains (documents and aid handed out, property collected, the dead a disaster
  takes) is no hedge; "claimed the cards were stolen" still is.
* "after railing against the 25% tariffs", "pushing for a 15% raise": the object is what
  the subject attacks or wants, so a figure in it stays the narrator's.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon, unasserting_forms

_SAID = "The navy said it sank 3 boats"


def _claims(text: str) -> list[tuple[str, str | None, ClaimStatus]]:
    """(content, cue, status) of every attributed or cued claim of ``text``."""
    return [
        (c.text, c.cue, c.status)
        for c in find_claims(text)
        if c.cue is not None or c.attribution is not Attribution.NARRATOR
    ]


@pytest.mark.parametrize(
    "tail",
    [
        ", a claim AFP could not verify.",
        ", a claim that AFP could not verify.",
        ", a claim AFP could not independently verify.",
        ", a claim that AFP could not independently verify.",
        ", a figure AFP was unable to confirm.",
        ", which AFP could not verify.",
        ", which the ministry has not confirmed.",
        ", a claim AFP could not verify, and then withdrew.",
    ],
)
def test_an_appositive_a_source_could_not_verify_leaves_the_clause_unconfirmed(
    tail: str,
) -> None:
    """The clause before the comma is the one claim, unconfirmed; 'claim' claims nothing."""
    assert _claims(_SAID + tail) == [("it sank 3 boats", "said", ClaimStatus.UNCONFIRMED)]


@pytest.mark.parametrize(
    ("tail", "content", "status"),
    [
        # the verb has an object of its own: no appositive gap
        (
            ", a claim that AFP could not confirm the report.",
            "it sank 3 boats, a claim that AFP could not confirm the report",
            ClaimStatus.ASSERTED,
        ),
        # another verb closing the appositive: not a verb of checking, the claim stays
        # asserted (the denial renames it, so it ends at the comma)
        (", a claim the rebels denied.", "it sank 3 boats", None),
    ],
)
def test_appositive_neighbours_keep_their_reading(
    tail: str, content: str, status: ClaimStatus | None
) -> None:
    """Only a negated verb of checking with the appositive as its object unconfirms it."""
    found = _claims(_SAID + tail)
    assert found[0][0] == content
    assert found[0][2] is (status or ClaimStatus.ASSERTED)


@given(head=st.sampled_from(["claim", "figure", "toll", "account", "report"]))
def test_any_appositive_head_works_with_no_relative(head: str) -> None:
    """', a <head> AFP could not verify': each head of the lexicon list."""
    assert head in cue_lexicon("en").unverified["appositive_heads"]
    found = _claims(f"{_SAID}, a {head} AFP could not verify.")
    assert found == [("it sank 3 boats", "said", ClaimStatus.UNCONFIRMED)]


def _hedged(text: str) -> list[str]:
    return [c.text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]


@pytest.mark.parametrize(
    "text",
    [
        "Voters rushed to claim new credit cards before the deadline.",
        "Customers can claim a free credit card at the desk.",
        "Families claimed their tickets at the box office.",
        "Farmers claimed subsidies worth millions.",
        "Thousands claimed the vouchers within hours.",
        "Passengers claimed their luggage at the carousel.",
        "Nobody has claimed the bodies.",
        "The epidemic has claimed thousands of victims.",
        "The storm claimed more victims on Monday.",
    ],
)
def test_a_thing_one_obtains_is_no_hedge(text: str) -> None:
    """Documents, aid, property and victims are taken, not claimed to be so."""
    assert _hedged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He claimed the cards were stolen.",
        "She claimed the victims were civilians.",
        "Officials claimed credit cards had been cloned.",
        "He claimed thousands of victims were civilians.",
        "Officials claimed the storm would pass.",
        "Trump claimed credit for the jobs report.",
        "Clinton claimed victory in Iowa.",
    ],
)
def test_claims_beside_things_obtained_stay_hedges(text: str) -> None:
    """A clause after the thing, and a claim of fact taken as an object ('credit for')."""
    assert _hedged(text) != []


def test_stances_toward_a_thing_assert_nothing() -> None:
    """'rail against' and 'push for' are unasserting: their objects' figures are not theirs."""
    forms = unasserting_forms("en")
    assert {"railing against", "railed against", "pushing for", "pushed for"} <= forms
    assert "said" not in forms


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        ("Trump, after railing against the 25% tariffs, said the deal was done.", "Reuters"),
        ("The union spent years lobbying, pushing for things like a 15% raise.", "Reuters"),
        # neighbour: a clause said keeps its figure
        ("The union said it wanted a 15% raise.", "union"),
    ],
)
def test_a_figure_in_a_stance_object_is_the_narrators(body: str, owner: str) -> None:
    """The figure of 'railing against the 25% tariffs' is the agency's."""
    import provenance
    from tests.rules.helpers import wire_documents

    tables = provenance.extract(wire_documents({"a": body}, "fp"))
    figures = tables.figures.merge(tables.sources[["source_id", "name"]], on="source_id")
    assert figures["name"].tolist() == [owner]
