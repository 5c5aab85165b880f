"""A source that disagrees with no object named, then says its own account (issue 6, wire35).

"The union said the plan would cost jobs. The ministry [disagreed], saying [the plan would
create work]": a bare contest verb of the matching lexicon's ``reply_cues`` ("disagreed",
"objected", "begged to differ") in the narrator's lead sets the claim after it against the
nearest earlier claim of another source, as "pushed back, saying" does. The lead may run on
past its cue word, set off by a comma ("disagreed, telling the court on Wednesday that").
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

_UNION = "The union said the plan would cost jobs."

_TEXTS = {
    "saying": f"{_UNION} The ministry disagreed, saying the plan would create work.",
    "telling": f"{_UNION} The ministry disagreed, telling the court on Wednesday that the plan "
    "would create work.",
    "objected": f"{_UNION} The ministry objected, arguing in a filing that the plan would "
    "create work.",
    "differ": f"{_UNION} The ministry begged to differ, saying the plan would create work.",
    # neighbours: no comma after the cue ("fired back and criticized"), a cue with its own
    # object, a reply cue of a vote put off, the ministry agreeing
    "and": f"{_UNION} The ministry fired back and criticized the union's record on pay. On "
    "Monday, the minister told reporters he wanted the talks to go on.",
    "vote": f"{_UNION} The council pushed back the vote on the budget, telling members on "
    "Monday that it needed more time.",
    "agreed": f"{_UNION} The ministry agreed, saying the plan would cost jobs.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradicted(key: str) -> list[str]:
    return [text for kind, _, text in _flags()[key] if kind == "contradiction"]


@pytest.mark.parametrize("key", ["saying", "telling", "objected", "differ"])
def test_a_bare_contest_sets_the_reply_against_the_claim_before(key: str) -> None:
    assert _contradicted(key) == ["the plan would cost jobs"]


@pytest.mark.parametrize("key", ["and", "vote", "agreed"])
def test_a_lead_that_contests_nothing_replies_to_no_one(key: str) -> None:
    assert _contradicted(key) == []
