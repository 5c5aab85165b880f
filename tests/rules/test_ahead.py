"""A denial naming its claim by a bare cue noun answers the claim the next sentence gives.

"He denied accusations contained in a report. The report included accusations from a
woman that [he molested her].": the denial's object is new ("accusations", no pointing
determiner), and the claim it names comes after it with a cue of the same lemma.
Neighbours that must not look ahead: a definite object ("denied the accusations ..."
points back), a later claim of another lemma ("claims from a woman"), a later claim of
the denier's own, a later claim beyond the window, and "denied it".
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from provenance.rules.ahead import AHEAD_WINDOW, named_ahead
from tests.rules.helpers import flags_of

_DENIED = "Johnson held a news conference on Tuesday at which he denied {obj} a report. "
_LATER = "The report, published earlier in the week, included {noun} from a woman that "
_CLAIM = "Johnson molested her in 2013"

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "bare": _DENIED.format(obj="accusations contained in")
    + _LATER.format(noun="accusations")
    + _CLAIM
    + ".",
    # neighbours
    "definite": _DENIED.format(obj="the accusations contained in")
    + _LATER.format(noun="accusations")
    + _CLAIM
    + ".",
    "other_lemma": _DENIED.format(obj="accusations contained in")
    + _LATER.format(noun="claims")
    + _CLAIM
    + ".",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def test_a_bare_cue_noun_denial_contradicts_the_claim_of_that_noun_after_it() -> None:
    """The woman's accusation is flagged as contradicted, not the denial's own object."""
    flags = _flags()["bare"]
    assert ("contradiction", "claim.denial_contradicts", _CLAIM) in flags
    assert not any(kind == "contradiction" and "contained" in text for kind, _, text in flags)


@pytest.mark.parametrize("key", ["definite", "other_lemma"])
def test_a_definite_object_or_another_lemma_does_not_look_ahead(key: str) -> None:
    """'denied the accusations' points back; 'accusations' names no later 'claims'."""
    flags = _flags()[key]
    assert ("contradiction", "claim.denial_contradicts", _CLAIM) not in flags
    assert any(rule == "claim.denied" for _, rule, _ in flags)


Claim = tuple[str, str, int, int, str | None, str]


def _claims(rows: list[Claim]) -> pd.DataFrame:
    """Claims of one article: id, source, start, end, cue, text."""
    cols = ["claim_id", "source_id", "start", "end", "cue", "text"]
    return pd.DataFrame(rows, columns=cols).assign(article_id="a")


_DENIAL: Claim = ("d", "johnson", 30, 51, "denied", "accusations contained")


@pytest.mark.parametrize(
    ("later", "found"),
    [
        (("w", "woman", 120, 170, "accusations", "he molested her"), "w"),
        (("w", "woman", 120, 170, "accused", "him of molesting her"), "w"),
        # the denier's own later claim answers nothing
        (("w", "johnson", 120, 170, "accusations", "he molested her"), None),
        # too far on
        (("w", "woman", 51 + AHEAD_WINDOW + 1, 600, "accusations", "he molested her"), None),
        # no cue of the lemma
        (("w", "woman", 120, 170, "said", "he molested her"), None),
    ],
)
def test_the_later_claim_is_another_sources_of_the_same_lemma_within_the_window(
    later: Claim, found: str | None
) -> None:
    """Same lemma ("accused" is ``accuse`` too), another source, within the window."""
    claims = _claims([_DENIAL, later])
    assert named_ahead(claims, pd.Series([True, False])).tolist() == [found, None]


@pytest.mark.parametrize("obj", ["it", "the accusations", "such accusations", "meddling"])
def test_a_pointing_or_nounless_object_does_not_look_ahead(obj: str) -> None:
    """'denied it', a definite or a 'such' object, and a noun of no cue lemma give nothing."""
    denial: Claim = ("d", "johnson", 30, 30 + len(obj), "denied", obj)
    later: Claim = ("w", "woman", 120, 170, "accusations", "he molested her")
    claims = _claims([denial, later])
    assert named_ahead(claims, pd.Series([True, False])).tolist() == [None, None]


def test_only_open_denials_are_read() -> None:
    """A denial already paired (not ``open_``) keeps its pairing: nothing is looked up."""
    later: Claim = ("w", "woman", 120, 170, "accusations", "he molested her")
    claims = _claims([_DENIAL, later])
    assert named_ahead(claims, pd.Series([False, False])).tolist() == [None, None]
