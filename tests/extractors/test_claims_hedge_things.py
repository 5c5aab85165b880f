"""Hedge verbs that take a thing, not a claim: money owed, a contest's award, power used.

"claim compensation", "claimed the gold medal", "claimed $5 million in damages" and
"asserted jurisdiction" take something; "is asserting itself" is a way of acting. None
reports a claim of fact, so none is a hedge. The neighbours stay hedges: a clause after
the object ("claimed the gold was stolen", "claimed $2 billion was lost"), a claim of
fact taken as an object ("claimed credit for"), and "claim" with a reflexive ("claimed
himself the winner" still says he won).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.cues import cue_info, cue_status
from provenance.lexicon.cues import cue_lexicon


def hedge_cues(text: str) -> list[str]:
    """The cue of every hedged claim of ``text``."""
    return [c.cue or "" for c in find_claims(text) if c.status is ClaimStatus.HEDGED]


@pytest.mark.parametrize(
    "text",
    [
        "Flood victims can claim compensation from the regional fund.",
        "The retired miner claimed unemployment benefits for six months.",
        "The two families claimed damages of more than a million euros.",
        "Nobody has claimed the reward offered by the museum.",
        "A pensioner from Leeds claimed the jackpot in the national lottery.",
        "The young sprinter claimed the gold medal in the 200 metres.",
        "The veteran rider claimed pole position for the final race.",
        "The home side claimed the championship with a late goal.",
        "The visitors claimed top spot in the group with a draw.",
        "The federal court asserted jurisdiction over the dispute.",
        "The firm claimed $5 million in damages from its former supplier.",
        "The landlord claimed £300 in cleaning costs.",
        "The oil firm is claiming more than $20bn in damages.",
        "Stranded passengers could claim between 150 euros and 300 euros.",
        "The flood claimed at least 12 lives in the valley.",
        "Beijing is asserting itself in the region.",
        "The new chair asserted herself during the first meeting.",
    ],
)
def test_a_thing_taken_is_no_hedge(text: str) -> None:
    """Money owed or won, an award, power used, a sum demanded, a reflexive: no hedge."""
    assert hedge_cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The guard claimed the gold was stolen by a visitor.", "claimed"),
        ("The company claimed $2 billion was lost in the fraud.", "claimed"),
        ("The rebels claimed over 300 soldiers had been killed.", "claimed"),
        ("The organisers claimed up to 5,000 people attended.", "claimed"),
        ("The mayor claimed compensation was owed to every resident.", "claimed"),
        ("The rebel group claimed responsibility for the attack.", "claimed"),
        ("The senator has claimed credit for the new bridge.", "claimed"),
        ("The challenger claimed himself the winner before the count ended.", "claimed"),
        ("The minister asserted that the budget was balanced.", "asserted"),
        ("Trump claimed the election was rigged.", "claimed"),
    ],
)
def test_claims_beside_the_things_stay_hedges(text: str, cue: str) -> None:
    """A clause after the object, a claimed fact, or "claim" with a reflexive: a hedge."""
    assert any(cue in c for c in hedge_cues(text)), hedge_cues(text)


def test_the_lexicon_lists_the_facts() -> None:
    """The heads, reflexives and lemmas live in the cue lexicon, not in code."""
    lex = cue_lexicon("en")
    for head in ("compensation", "benefits", "damages", "medal", "jurisdiction"):
        assert head in lex.thing_heads
    assert lex.reflexive_thing_lemmas == frozenset({"assert"})
    assert {"himself", "herself", "itself", "themselves"} <= lex.reflexive_objects


@pytest.mark.parametrize(
    "text",
    [
        "The damages claimed in the first year rose sharply.",
        "The seats claimed by the new party rose to forty.",
        "Unemployment benefits claimed last winter fell by a fifth.",
    ],
)
def test_a_thing_before_a_bare_participle_claims_nothing(text: str) -> None:
    """ "the damages claimed in 2004 rose": a reduced passive, the noun is what was taken."""
    assert [c for c in find_claims(text) if c.cue and "claimed" in c.cue] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The company claimed in its report that sales rose.", "claimed"),
        ("The union claimed the strike had been a success.", "claimed"),
        ("Her lawyers have claimed damages were never paid.", "claimed"),
    ],
)
def test_a_subject_before_the_participle_still_claims(text: str, cue: str) -> None:
    """A source before the verb, or an auxiliary, keeps the hedge."""
    assert any(cue in c for c in hedge_cues(text)), hedge_cues(text)


@given(
    st.sampled_from(sorted(cue_lexicon("en").reflexive_objects)),
    st.sampled_from(["", " in the region", " at the summit", " during the talks"]),
)
def test_assert_with_any_reflexive_is_no_hedge(reflexive: str, tail: str) -> None:
    """Every form of "assert" with every reflexive object reads as an action."""
    for form in ("assert", "asserts", "asserted", "asserting"):
        status = cue_status(cue_info(form), "", f" {reflexive}{tail}.")
        assert status is ClaimStatus.ASSERTED


@given(
    st.sampled_from(["", "more than ", "up to ", "about ", "at least "]),
    st.sampled_from(["", "$", "£", "€", "US$"]),
    st.integers(min_value=1, max_value=999),
)
def test_a_sum_claimed_is_no_hedge_a_sum_in_a_clause_is(
    qualifier: str, symbol: str, amount: int
) -> None:
    """ "claimed more than $5 in damages" takes money; "claimed $5 was lost" reports a claim."""
    info = cue_info("claimed")
    figure = f" {qualifier}{symbol}{amount} million"
    assert cue_status(info, "", f"{figure} in damages") is ClaimStatus.ASSERTED
    assert cue_status(info, "", f"{figure} was lost") is ClaimStatus.HEDGED


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The former governor asserted his innocence throughout the trial.", "asserted"),
        ("The nurse has insisted on her innocence since her arrest.", "insisted"),
        ("He continues to assert his innocence.", "assert"),
        ("The former mayor claimed innocence in court.", "claimed"),
    ],
)
def test_ones_own_innocence_is_a_hedged_claim(text: str, cue: str) -> None:
    """ "asserted his innocence": a possessive object, yet a claim that one is innocent."""
    assert any(cue in c for c in hedge_cues(text)), hedge_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sanders won the caucus, claiming his third victory of the night.",
        "She insisted on her right to a lawyer.",
        "They assert their right to protest.",
    ],
)
def test_a_possessive_thing_stays_a_thing(text: str) -> None:
    """Only a fact about oneself reads through the possessive: a win or a right is taken."""
    assert hedge_cues(text) == []
