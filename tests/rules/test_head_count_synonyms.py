"""Rival head counts given with two nouns for one thing (issue 6, stop 38).

"The company said it had 2,000 employees. The union said it had 1,500 workers": a firm's
"employees", "staffers" and "workers", and a town's "inhabitants" and "residents", count one
thing (matching.yaml ``unit_synonyms``), so the two counts of two sources are rivals, as
"troops" and "soldiers" are. Members, voters or another source's own count stay apart.
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import flags_of

_TEXTS = {
    "employees": "The company said it had 2,000 employees in the region. The union said the "
    "company had 1,500 workers there.",
    "staffers": "The agency said 300 staffers were laid off. The union said 450 workers were "
    "laid off.",
    "inhabitants": "The mayor said 40,000 inhabitants had fled the town. Aid groups said 25,000 "
    "residents had fled.",
    # neighbours: another thing counted, the same source twice
    "members": "The company said it had 2,000 employees in the region. The union said it had "
    "1,500 members there.",
    "own": "The company said it had 2,000 employees in the region. The company later said it "
    "had 1,500 workers there.",
}


@cache
def _contradicted() -> dict[str, list[str]]:
    return {
        key: sorted(text for kind, _, text in found if kind == "contradiction")
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["employees", "staffers", "inhabitants"])
def test_two_nouns_of_one_head_count_are_rivals(key: str) -> None:
    assert len(_contradicted()[key]) == 2


@pytest.mark.parametrize("key", ["members", "own"])
def test_another_thing_or_one_source_is_no_rival(key: str) -> None:
    assert _contradicted()[key] == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("employees", "workers"),
        ("staffers", "workers"),
        ("inhabitants", "residents"),
        ("kids", "children"),
    ],
)
def test_synonyms_share_a_unit_key(one: str, other: str) -> None:
    lex = match_lexicon("en")
    assert lex.unit_key(one) == lex.unit_key(other)


def test_members_and_workers_stay_apart() -> None:
    lex = match_lexicon("en")
    assert lex.unit_key("members") != lex.unit_key("workers")
