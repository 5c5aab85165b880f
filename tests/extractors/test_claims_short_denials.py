"""A denial of a pronoun that points back is a denial, however short its object."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "Aides said he called the minister a fool, though his spokeswoman denied it.",
        "The Kremlin denies it.",
        "Moscow has rejected it.",
    ],
)
def test_a_denied_pronoun_is_a_denial_claim(text: str) -> None:
    """'denied it.' gives a denial whose content is the pronoun (the rules find its antecedent)."""
    denials = [c for c in find_claims(text) if c.status.value == "denied"]
    assert [c.text for c in denials] == ["it"]


@pytest.mark.parametrize(
    "text",
    [
        "He praised it.",  # not a denial verb: no claim of a bare pronoun
        "She described it.",
        "They denied me.",  # a person, not a claim that points back
    ],
)
def test_other_short_objects_give_no_claim(text: str) -> None:
    """Only a denial of a pointing pronoun is kept; other two-letter objects stay dropped."""
    assert [c for c in find_claims(text) if c.text in {"it", "me"}] == []
