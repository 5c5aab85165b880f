"""A claim noun far back, by another form of its cue noun, gives way to a nearer claim."""

from __future__ import annotations

import pandas as pd

from provenance.rules.claims import answered_claim

_COLUMNS = ["claim_id", "source_id", "start", "end", "status", "attribution", "cue", "text"]
_CHARGE = ("a", "afp", 10, 50, "hedged", "narrator", "allegations", "the fund hid its losses")


def _claims(*rows: tuple[object, ...]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=_COLUMNS).assign(article_id="a")


def _denial(start: int) -> tuple[object, ...]:
    return ("d", "gov", start, start + 14, "denied", "indirect", "denies", "the allegation")


def test_a_far_claim_noun_gives_way_to_the_claim_said_just_before() -> None:
    """'... allegations X ... (450 characters) ... Critics say Y. The ministry denies the
    allegation.': the allegation denied is Y."""
    said = ("k", "critics", 500, 540, "asserted", "indirect", "say", "the regulator was misled")
    claims = _claims(_CHARGE, said, _denial(560))
    assert answered_claim(claims, pd.Series([None] * 3)).tolist() == [None, None, "k"]


def test_a_far_claim_noun_with_nothing_nearer_is_still_named() -> None:
    """With no other claim in between, the noun names its claim however far back."""
    claims = _claims(_CHARGE, _denial(560))
    assert answered_claim(claims, pd.Series([None] * 2)).tolist() == [None, "a"]


def test_a_near_claim_noun_wins_over_a_nearer_plain_claim() -> None:
    """Within the window the claim noun names its claim, as before."""
    said = ("k", "critics", 60, 100, "asserted", "indirect", "say", "the regulator was misled")
    claims = _claims(_CHARGE, said, _denial(120))
    assert answered_claim(claims, pd.Series([None] * 3)).tolist() == [None, None, "a"]


def test_the_same_form_of_the_noun_still_reaches_far_back() -> None:
    """'... allegations X ... Critics say Y. He denied the allegations.': the plural names X."""
    said = ("k", "critics", 500, 540, "asserted", "indirect", "say", "the regulator was misled")
    denial = ("d", "gov", 560, 575, "denied", "indirect", "denied", "the allegations")
    claims = _claims(_CHARGE, said, denial)
    assert answered_claim(claims, pd.Series([None] * 3)).tolist() == [None, None, "a"]
