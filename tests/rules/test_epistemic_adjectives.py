"""The narrator's epistemic adjectives mark what they qualify as not established.

"Johnson died in a probable suicide", "in an apparent reference to Warren": the text
says the thing is inferred, not known (the cue lexicon's ``adjectives``, flagged
unverified like "alleged" and "purported"). Neighbours that must flag nothing: the same
word said of a clause ("It became apparent that ...") and the adjectives that name
what is looked into, not inferred ("a probe of possible collusion", "likely"), and the
fixed terms holding such an adjective (the cue lexicon's ``adjective_terms``: "found
probable cause", "a probable cause affidavit" name a legal standard).
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

_TEXTS = {
    "probable": "Johnson died in a probable suicide on Wednesday, the coroner said.",
    "apparent": (
        "Trump spoke of Pocahontas on Monday in an apparent reference to Senator Elizabeth Warren."
    ),
    "predicative": "It became apparent on Monday that the talks had failed.",
    "possible": "Mueller is leading a probe of possible collusion with Moscow.",
    "likely": "Two more defections would likely kill the bill in the Senate.",
    "cause_object": "Police said they had the probable cause needed for the arrest.",
    "cause_modifier": "Prosecutors filed a probable cause affidavit on Monday.",
    "cause_capital": "Probable cause hearings are held within two days, the court said.",
}


@cache
def _unverified() -> dict[str, list[str]]:
    """Per text: the flagged claim's text of every unverified flag."""
    return {
        key: [claim for kind, _rule, claim in found if kind == "unverified"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize(
    ("key", "qualified"), [("probable", "suicide"), ("apparent", "reference to Senator")]
)
def test_an_epistemic_adjective_flags_what_it_qualifies(key: str, qualified: str) -> None:
    """'a probable suicide', 'an apparent reference to': unverified, the noun phrase."""
    flagged = _unverified()[key]
    assert len(flagged) == 1, flagged
    assert qualified in flagged[0]


@pytest.mark.parametrize(
    "key", ["predicative", "possible", "likely", "cause_object", "cause_modifier", "cause_capital"]
)
def test_neighbours_flag_nothing(key: str) -> None:
    """Said of a clause, an adjective of what is investigated or expected, or part of a
    fixed term ("probable cause"): no flag."""
    assert _unverified()[key] == []
