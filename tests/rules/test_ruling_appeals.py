"""Asking a court to undo its ruling contests the ruling (issue 6, stop 38).

"A panel ruled that [the ballot should be counted]. The candidate asked [a state court to
reconsider], arguing that [the ballot was wrongly included]": a claim whose content is a
court and "to" with one of the matching lexicon's ``ruling_appeals`` ("reconsider",
"overturn", "set aside") contradicts the nearest earlier ruling of another source; the same
source's argument right after the appeal carries the flag. Asking a court for something
else, a court agreeing to reconsider, or an appeal with no ruling before it contest nothing.
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import flags_of

_RULED = "A three-judge panel ruled that the merger could go ahead."

_TEXTS = {
    "arguing": f"{_RULED} The regulator asked a state court to reconsider on Tuesday, arguing "
    "that the merger would raise prices.",
    "overturn": f"{_RULED} The regulator asked the appeals court to overturn the decision.",
    "of_appeals": f"{_RULED} The regulator urged the court of appeals to set aside the ruling.",
    # neighbours: a request for something else, a court agreeing, no ruling before
    "approve": f"{_RULED} The company asked the court to approve the deal, saying it would "
    "create jobs.",
    "agreed": f"{_RULED} The court agreed to reconsider, the regulator said.",
    "no_ruling": "The regulator said the merger would raise prices. The company asked the court "
    "to throw out the lawsuit, arguing it had no merit.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradicted(key: str) -> list[str]:
    return [text for kind, _, text in _flags()[key] if kind == "contradiction"]


@pytest.mark.parametrize("key", ["arguing", "overturn", "of_appeals"])
def test_an_appeal_contradicts_the_ruling(key: str) -> None:
    assert _contradicted(key) == ["the merger could go ahead"]


def test_the_argument_after_the_appeal_carries_the_flag() -> None:
    import provenance
    from tests.rules.helpers import wire_documents

    result = provenance.check(wire_documents({"a": _TEXTS["arguing"]}, "appeal"), engine="pandas")
    claims = result.tables.claims.set_index("claim_id")["text"]
    found = result.findings[result.findings["kind"] == "contradiction"]
    assert [claims[c] for c in found["claim_id"]] == ["the merger would raise prices"]


@pytest.mark.parametrize("key", ["approve", "agreed", "no_ruling"])
def test_no_appeal_of_a_ruling_contests_nothing(key: str) -> None:
    assert _contradicted(key) == []


def test_the_appeal_words_are_data() -> None:
    lex = match_lexicon("en")
    assert {"reconsider", "overturn", "set aside"} <= set(lex.ruling_appeals)
    assert "approve" not in lex.ruling_appeals
