"""A plea of not guilty contradicts the charge it answers, even with no object.

"They pleaded not guilty on Monday." names no charge: its content is its own last
words ("not guilty", the cue lexicon's ``bare_denial_contents``), which point back to
the charge made before it ("are charged with X", a passive charge phrase). A charge
document after "in" is the plea's object ("pleaded not guilty in a 12-count
indictment, ranging from ..."). Neighbours that must not read as a plea's denial:
"pleaded guilty", a jury's "not guilty" verdict (a finding, not a claim of the
accused), "pleaded not guilty in federal court" (a place), and "an office charged with
coordinating sanctions" (a task, no charge).
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon
from tests.rules.helpers import flags_of

_CHARGE = "Manafort and Gates are charged with money laundering and tax fraud. "


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("They pleaded not guilty on Monday.", "not guilty"),
        ("Boucher pleads not guilty.", "not guilty"),
        ("He pleaded not guilty in federal court on Monday.", "not guilty"),
        ("He pleaded not guilty on Thursday to a misdemeanor assault charge.", None),
        (
            "Gates pleaded not guilty on Monday in a 12-count indictment, ranging from fraud "
            "to lying to investigators.",
            "a 12-count indictment, ranging from fraud to lying to investigators",
        ),
        (
            "She pleaded not guilty in the indictment, including charges of fraud.",
            "the indictment, including charges of fraud",
        ),
    ],
)
def test_a_plea_of_not_guilty_is_a_denial(text: str, content: str | None) -> None:
    """With no object the plea's content is "not guilty"; a charge document after "in" is
    its object and runs on through "ranging from", "including"; a place after "in" is not."""
    found = [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert len(found) == 1, find_claims(text)
    if content is None:  # "to X" is the plea's object, as before
        assert found[0].text == "a misdemeanor assault charge"
    else:
        assert found[0].text == content


@pytest.mark.parametrize(
    "text",
    [
        "They pleaded guilty on Monday.",
        "The jury found him not guilty on Monday.",
        "A jury returned a not guilty verdict.",
        "He was found not guilty of all charges.",
    ],
)
def test_a_guilty_plea_or_a_verdict_denies_nothing(text: str) -> None:
    """Only the accused's plea of not guilty denies; a jury's verdict is a finding."""
    assert [c for c in find_claims(text) if c.status is ClaimStatus.DENIED] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Manafort and Gates are charged with money laundering.", "money laundering"),
        ("He was charged with assault on Friday.", "assault on Friday"),
        ("She has been charged with fraud.", "fraud"),
    ],
)
def test_a_passive_charge_is_a_claim_of_its_charge(text: str, content: str) -> None:
    """ "X is charged with Y": a charge the narrator reports, asserted and not flagged."""
    found = [c for c in find_claims(text) if c.cue and c.cue.lower().endswith("charged with")]
    assert [(c.text, c.status) for c in found] == [(content, ClaimStatus.ASSERTED)]


@pytest.mark.parametrize(
    "text",
    [
        "He heads an office charged with coordinating economic sanctions.",
        "The agency is in charge of coordinating sanctions.",
    ],
)
def test_a_task_is_no_charge(text: str) -> None:
    """An active participle names a duty, not a criminal charge: no charge phrase's claim."""
    assert [c for c in find_claims(text) if c.cue and c.cue.lower().endswith("charged with")] == []


def test_the_lexicon_states_the_plea_constructions() -> None:
    """The bare contents, charge prepositions and documents are language data."""
    lex = cue_lexicon("en")
    assert "not guilty" in lex.bare_denial_contents
    assert "in" in lex.charge_prepositions
    assert "indictment" in lex.charge_documents
    assert "ranging from" in lex.charge_continuations


#: Every text the rule tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "bare": _CHARGE + "They pleaded not guilty on Monday.",
    "guilty": _CHARGE + "They pleaded guilty on Monday.",
    "verdict": _CHARGE + "A jury found them not guilty on Monday.",
    "alone": "They pleaded not guilty on Monday.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    """Per text: (kind, rule, flagged claim's text) of every contradiction, as the bench reads."""
    found = flags_of(_TEXTS)
    return {key: [f for f in flags if f[0] == "contradiction"] for key, flags in found.items()}


def test_a_bare_plea_contradicts_the_charge_before_it() -> None:
    """'X are charged with Y. They pleaded not guilty.': the plea contradicts Y."""
    flagged = _flags()["bare"]
    assert len(flagged) == 1, flagged
    kind, rule, claim = flagged[0]
    assert (kind, rule) == ("contradiction", "claim.denial_contradicts")
    assert "money laundering" in claim


@pytest.mark.parametrize("key", ["guilty", "verdict"])
def test_a_guilty_plea_or_a_verdict_contradicts_no_charge(key: str) -> None:
    """'pleaded guilty' admits the charge; a jury's 'not guilty' is a finding: no flag."""
    assert _flags()[key] == []
