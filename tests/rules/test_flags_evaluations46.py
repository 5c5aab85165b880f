"""A source evaluates another's claim as false without a denial verb (flagsE46).

"The embassy said [reports that X] were baseless", "called [rumours that X] unfounded",
"said there was no basis for [the claim that X]": the wire guideline's contradiction. The
claim noun is what the evaluation denies, so the claim it holds is the contradiction's and
no charge to verify beside it. The neighbours name no claim ("a false start", "unfounded
fears", "no basis for optimism") or hold the clause's own copula ("allegations that the
accounts were misleading"), and must stay as they were.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.helpers import flags_of

C = "contradiction"
U = "unverified"

#: Forms: each raises one contradiction, on a claim holding the content, and nothing else.
FORMS: dict[str, tuple[str, str]] = {
    "said-reports-were-baseless": (
        "The embassy said reports that its envoy had met the rebels were baseless.",
        "its envoy had met the rebels",
    ),
    "called-rumours-unfounded": (
        "The utility called rumours that its dam was cracking unfounded.",
        "its dam was cracking",
    ),
    "called-allegations-baseless": (
        "The council called allegations that it had sold the land baseless.",
        "it had sold the land",
    ),
    "said-allegations-untrue": (
        "Smith said the allegations that his firm had cheated were untrue.",
        "his firm had cheated",
    ),
    "no-basis-for-the-claim": (
        "The club said there was no basis for the claim that its coach had quit.",
        "its coach had quit",
    ),
    "no-foundation-for-reports": (
        "The firm said there is no foundation for reports that it will close the plant.",
        "it will close the plant",
    ),
    # a present "-s" verb is the content clause's own: the copula after it is the evaluation's
    "claim-with-present-verb-is-false": (
        "The union said the claim that the strike costs millions is false.",
        "the strike costs millions",
    ),
}

#: Neighbours: no claim is evaluated, so nothing is raised.
QUIET: dict[str, str] = {
    "a-false-start": "It was a false start for the new team.",
    "unfounded-fears": "Residents voiced unfounded fears about the plant.",
    "inaccurate-clock": "The inaccurate clock stopped at noon.",
    "no-basis-for-a-lawsuit": "The judge said there was no basis for a lawsuit.",
    "no-basis-for-optimism": "Analysts said there was no basis for optimism about the talks.",
    "report-was-accurate": "The mayor said the report was accurate.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    texts = {**{k: v[0] for k, v in FORMS.items()}, **QUIET}
    return flags_of(texts)


@pytest.mark.parametrize("key", sorted(FORMS))
def test_an_evaluated_claim_is_one_contradiction(key: str) -> None:
    _, content = FORMS[key]
    found = _flags()[key]
    assert [kind for kind, _, _ in found] == [C]
    assert content in found[0][2]


@pytest.mark.parametrize("key", sorted(QUIET))
def test_nothing_evaluated_raises_nothing(key: str) -> None:
    assert _flags()[key] == []


def test_the_clause_s_own_copula_is_no_evaluation() -> None:
    """ "allegations that the accounts were misleading": the allegation, no denial of it."""
    text = "Regulators examined allegations that the company's accounts were misleading."
    assert [kind for kind, _, _ in flags_of({"k": text})["k"]] == [U]


@settings(max_examples=12, deadline=None)
@given(
    noun=st.sampled_from(["reports", "claims", "allegations", "rumours"]),
    evaluation=st.sampled_from(
        ["baseless", "unfounded", "untrue", "false", "without merit", "groundless"]
    ),
)
def test_a_source_s_evaluation_of_a_claim_noun_raises_no_charge(noun: str, evaluation: str) -> None:
    """Whatever the claim noun and the evaluation: a contradiction, never an unverified flag."""
    text = f"The ministry said {noun} that its troops had shelled the town were {evaluation}."
    kinds = [kind for kind, _, _ in flags_of({"k": text})["k"]]
    assert kinds == [C]
