"""What a contest awards in sport copy, and money collected: a thing taken, no hedge.

"claimed the Cup", "claimed the series 3-1", "claimed five wickets", "claimed the
yellow jersey", "claimed a playoff berth", "claimed the scalp of the champion",
"claimed the bragging rights", "nobody has claimed the money" and a prize after a number
("claimed the 10,000m title") win or collect something; no one makes a claim of fact.
The neighbours stay hedges: a clause after the same object ("claimed the series was
fixed", "claimed the 2016 title was stolen"), and a clause whose verb is a noun's
homograph ("the rules break the law", "the data points to fraud"), which is why those
heads are not in the lexicon.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon


def hedge_cues(text: str) -> list[str]:
    """The cue of every hedged claim of ``text``."""
    return [c.cue or "" for c in find_claims(text) if c.status is ClaimStatus.HEDGED]


@pytest.mark.parametrize(
    "text",
    [
        "The visitors went on to claim the Cup the following spring.",
        "The holders claimed the FA Cup with a late header.",
        "The hosts claimed the series 3-1 on a dry pitch.",
        "The left-armer claimed five wickets before lunch.",
        "The young rider claimed the yellow jersey on the third stage.",
        "The club claimed the pennant on the final weekend.",
        "The expansion side claimed a playoff berth on Sunday.",
        "The qualifier claimed the scalp of the top seed.",
        "The home fans claimed the bragging rights after the derby.",
        "Nobody has claimed the money left in the locker.",
        "The distance runner claimed the 10,000m title in the rain.",
        "She claimed the 2015 title in front of a home crowd.",
        "He claimed the 100m gold by a hundredth of a second.",
    ],
)
def test_a_contest_award_or_money_taken_is_no_hedge(text: str) -> None:
    """A cup, a series, wickets, a jersey, a berth, a scalp, rights, money: no hedge."""
    assert hedge_cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The coach claimed the series was fixed from the start.", "claimed"),
        ("The manager claimed the cup was stolen from the club.", "claimed"),
        ("The promoter claimed the money was paid to a third party.", "claimed"),
        ("The senator claimed the rights of voters were ignored.", "claimed"),
        ("The challenger claimed the 2016 title was stolen from him.", "claimed"),
        ("The rebels claimed 300 soldiers had been killed.", "claimed"),
        # heads that are also verbs stay out of the lexicon: these are clauses
        ("The lawyer claimed the rules break the law.", "claimed"),
        ("Smith claims the data points to fraud.", "claims"),
        ("The mayor claimed the government set up a fund for friends.", "claimed"),
        ("The critic claims the plan doubles the cost of housing.", "claims"),
    ],
)
def test_a_clause_after_the_same_words_stays_a_hedge(text: str, cue: str) -> None:
    """A clause after the object, or a verb homograph of a head, keeps the hedge."""
    assert any(cue in c for c in hedge_cues(text)), hedge_cues(text)


def test_the_heads_are_lexicon_data() -> None:
    """The contest heads live in the cue lexicon; the verb homographs do not."""
    heads = set(cue_lexicon("en").thing_heads)
    assert {"cup", "Cup", "series", "wickets", "jersey", "berth", "scalp", "money"} <= heads
    assert not {"break", "set", "points", "doubles", "draw", "stage"} & heads
