"""Forms the fourth blind flags round fixed, each with neighbours that must not match.

- "pleaded innocent to X" is the plea "pleaded not guilty to X": a denial of the charge.
- "Unverified video appeared to show X": footage that only seems to show X is unverified.
- "said claims that X were without merit": the "that" clause ends before the copula and
  the evaluation when it holds a verb of its own, and the bare noun cue's phrase is what
  the evaluation denies; "accusation that the articles were misleading" keeps its copula.
- "the hotly disputed race": a denial participle after an attributive word and an "-ly"
  adverb is an adjective; "expressly and vehemently denied the allegations" stays a verb.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.claims.families import family_grammar
from provenance.extractors.claims.verb_families import _participle_after_adverb
from tests.rules.helpers import flags_of


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(kind, claim) for kind, _, claim in flags_of({"t": text})["t"]}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("He has pleaded innocent to all 14 counts.", "all 14 counts"),
        ("The two brothers pleaded innocent to fraud charges on Monday.", "fraud charges"),
    ],
)
def test_plea_of_innocence_denies_the_charge(text: str, claim: str) -> None:
    assert any(kind == "contradiction" and claim in c for kind, c in _kinds(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Unverified video on social media appeared to show soldiers looting a shop.",
            "soldiers looting a shop",
        ),
        (
            "The footage appears to show a tanker on fire off the coast.",
            "a tanker on fire off the coast",
        ),
    ],
)
def test_appeared_to_show_is_unverified(text: str, claim: str) -> None:
    assert any(kind == "unverified" and claim in c for kind, c in _kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Video released by the police showed officers removing the barricades.",
        "The minister appeared at the hearing to show support for the bill.",
    ],
)
def test_showing_and_appearing_neighbours(text: str) -> None:
    assert _kinds(text) == set()


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The university said claims that it had admitted students for cash were without merit.",
            "it had admitted students for cash",
        ),
        (
            "The embassy said reports that its staff had spied on exiles were baseless.",
            "its staff had spied on exiles",
        ),
    ],
)
def test_claim_clause_evaluated_as_false_is_denied(text: str, claim: str) -> None:
    found = _kinds(text)
    assert ("contradiction", claim) in found
    assert not any(c.endswith(("merit", "baseless")) for _, c in found)


def test_clause_with_its_own_copula_keeps_its_evaluation() -> None:
    """'accusation that the articles were misleading': no verb before the copula, so the
    evaluation is the clause's own predicate, what the accusation says."""
    text = "The newspaper rebutted the company's accusation that the articles were misleading."
    assert all("were misleading" in c for kind, c in _kinds(text) if kind == "contradiction")


@pytest.mark.parametrize(
    "text",
    [
        "The hotly disputed race for governor drew record spending.",
        "A fiercely disputed count ended on Tuesday.",
    ],
)
def test_graded_participle_is_an_adjective(text: str) -> None:
    assert _kinds(text) == set()


def test_coordinated_adverb_keeps_the_verb() -> None:
    text = "“I expressly and vehemently denied the allegations of fraud,” Conyers said."
    assert any(kind == "contradiction" for kind, _ in _kinds(text))


@given(st.from_regex(r"[a-z]{2,9}ly", fullmatch=True), st.sampled_from(["the", "a", "The"]))
def test_any_degree_adverb_after_an_article_grades_the_participle(adverb: str, lead: str) -> None:
    g = family_grammar("en")
    assert _participle_after_adverb("disputed", f"{lead} {adverb} ", g)
    assert not _participle_after_adverb("disputed", f"Moscow {adverb} ", g)
    assert not _participle_after_adverb("disputed", f"and {adverb} ", g)
