"""An outlet's report that a second source confirms in the same breath is no charge.

"[A three-judge panel ruled that a ballot should count], the Virginian-Pilot newspaper
reported and Yancey confirmed.": the report is corroborated by a named source, so the claim
is not left for a fact-checker to verify (wire guideline: unverified is a claim the text
does not establish). Neighbours that must stay flagged: the report alone, a second source
that does not confirm ("did not confirm", "hasn't confirmed", "neither confirmed nor
denied"), and a confirmation too far from the cue to be its coordinate.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.rules.claims import corroborated
from tests.rules.helpers import flags_of

_CLAIM = "a disputed ballot should be counted for Yancey"
_LEAD = "A three-judge panel ruled on Wednesday that " + _CLAIM

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "confirmed": _LEAD + ", the Virginian-Pilot newspaper reported and Yancey confirmed.",
    "officials": _LEAD + ", the Daily Press reported and state officials confirmed.",
    "later": _LEAD + ", the Daily Press reported and Yancey later confirmed.",
    # neighbours: still a charge
    "alone": _LEAD + ", the Virginian-Pilot newspaper reported.",
    "did_not": _LEAD + ", the Virginian-Pilot newspaper reported and Yancey did not confirm.",
    "hasnt": _LEAD + ", the Virginian-Pilot newspaper reported and Yancey hasn’t confirmed.",
    "not_confirmed": _LEAD + ", the Daily Press reported and officials have not confirmed it.",
    "neither": _LEAD + ", the Daily Press reported and officials neither confirmed nor denied it.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _charged(key: str) -> bool:
    return any(kind == "unverified" and rule == "claim.charge" for kind, rule, _ in _flags()[key])


@pytest.mark.parametrize("key", ["confirmed", "officials", "later"])
def test_a_report_a_second_source_confirms_is_no_charge(key: str) -> None:
    """A report "X reported and Y confirmed" is corroborated and flagged nothing."""
    assert not _charged(key), _flags()[key]


@pytest.mark.parametrize("key", ["alone", "did_not", "hasnt", "not_confirmed", "neither"])
def test_a_report_left_unconfirmed_stays_a_charge(key: str) -> None:
    """The report alone, or a second source that does not confirm it, is still a charge."""
    assert _charged(key), _flags()[key]


def _one(body: str, cue: str = "reported") -> bool:
    start = body.index(_CLAIM)
    claims = pd.DataFrame(
        {"article_id": ["a"], "start": [start], "end": [start + len(_CLAIM)], "cue": [cue]}
    )
    return bool(corroborated(claims, pd.Series([True]), pd.Series({"a": body})).iloc[0])


def test_a_leading_report_confirmed_before_the_claim() -> None:
    """The cue may open the sentence: "The Post reported, and police confirmed, that X"."""
    assert _one("The Post reported, and police confirmed, that " + _CLAIM + ".")
    assert not _one("The Post reported, and police said, that " + _CLAIM + ".")


def test_only_claims_asked_about_and_the_cues_own_coordinate() -> None:
    """Claims outside ``among`` are never marked; a confirmation in a later sentence, past
    other words, is not the report's coordinate."""
    body = _LEAD + ", the Pilot reported and Yancey confirmed."
    start = body.index(_CLAIM)
    claims = pd.DataFrame(
        {"article_id": ["a"], "start": [start], "end": [start + len(_CLAIM)], "cue": ["reported"]}
    )
    assert not corroborated(claims, pd.Series([False]), pd.Series({"a": body})).iloc[0]
    assert not _one(
        _LEAD + ", the Pilot reported. Lawyers for both sides met and later "
        "the court confirmed the date."
    )


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc ,.", max_size=60))
def test_no_confirming_verb_no_corroboration(tail: str) -> None:
    """Whatever follows the cue, without a confirming verb nothing is corroborated."""
    assert not _one(_LEAD + ", the Pilot reported" + tail)
