"""A count given earlier, contested by its bare noun: "activists questioned the count".

"The ministry said 12 people died. Activists questioned [the count]": a verb of the
matching lexicon's ``claim_contesting_cues`` whose object is a pointing determiner and a
bare noun of its ``quantity_heads`` (maybe with an adjunct: "challenged the number on
Monday") argues against the count given before, as "disputed the figure" does; the
ministry's claim is contradicted.

Neighbours: a count with content of its own ("challenged the count of votes"), a person
("questioned the witness"), and a bare count pointing back to nothing ("The candidate
challenged the count in court": a legal act) flag no contradiction.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

_TOLL = "The ministry said 12 people died in the floods. "

_TEXTS = {
    "count": _TOLL + "Activists questioned the count.",
    "number": _TOLL + "Activists challenged the number on Monday.",
    "totals": _TOLL + "Activists have questioned those totals.",
    # neighbours
    "votes": _TOLL + "Activists challenged the count of votes.",
    "witness": _TOLL + "Activists questioned the witness.",
    "court": "The candidate challenged the count in court.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradicted(key: str) -> list[str]:
    return [text for kind, _, text in _flags()[key] if kind == "contradiction"]


@pytest.mark.parametrize("key", ["count", "number", "totals"])
def test_a_count_contested_by_its_bare_noun_is_contradicted(key: str) -> None:
    """The ministry's count is the claim contradicted."""
    assert _contradicted(key) == ["12 people died in the floods"]


@pytest.mark.parametrize("key", ["votes", "witness", "court"])
def test_other_objects_flag_no_contradiction(key: str) -> None:
    """A count with content, a person, a count pointing back to nothing."""
    assert _contradicted(key) == []
