"""An outlet's report frame after a claim ("..., the Daily News reported") makes it a charge.

"Paul told police that [Boucher tackled him from behind], the Bowling Green Daily News
reported, citing an arrest warrant.": the claim comes from another outlet's report, which
a fact-checker must verify. Neighbours that must flag nothing: a frame of a person ("a
spokesman said"), of the narrator itself ("Reuters reported" in a Reuters story), of a
source that is no outlet ("the senator's office reported"), and a frame that opens its
sentence instead of closing it.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from provenance.rules.trailing import FRAME_GAP, carried_by_report
from tests.rules.helpers import flags_of

_TOLD = "Paul told police that Boucher tackled him from behind, "
_CLAIM = "Boucher tackled him from behind"

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "daily_news": _TOLD + "the Bowling Green Daily News reported, citing an arrest warrant.",
    "times_recently": _TOLD + "The New York Times reported recently.",
    # neighbours
    "spokesman": _TOLD + "a spokesman for the senator said.",
    "narrator": _TOLD + "Reuters reported.",
    "office": _TOLD + "the senator's office reported.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


@pytest.mark.parametrize("key", ["daily_news", "times_recently"])
def test_an_outlets_frame_after_a_claim_makes_it_a_charge(key: str) -> None:
    """The carried claim is flagged unverified, whoever its own speaker is."""
    assert ("unverified", "claim.charge", _CLAIM) in _flags()[key]


@pytest.mark.parametrize("key", ["spokesman", "narrator", "office"])
def test_no_outlet_or_the_narrator_itself_flags_nothing(key: str) -> None:
    """A person's frame, the article's own agency and an office are no outlet's report."""
    assert _flags()[key] == []


def _claims(second: tuple[int, str, str | None, str]) -> pd.DataFrame:
    """An attributed claim and a narrator piece after it: start, attribution, cue, text."""
    start, attribution, cue, text = second
    return pd.DataFrame(
        {
            "claim_id": ["c", "f"],
            "article_id": ["x", "x"],
            "start": [25, start],
            "end": [53, start + len(text)],
            "status": ["asserted", "asserted"],
            "attribution": ["indirect", attribution],
            "cue": ["told", cue],
            "text": [_CLAIM, text],
        }
    )


@pytest.mark.parametrize(
    ("second", "carried"),
    [
        ((55, "narrator", None, "The New York Times reported recently."), True),
        ((55, "narrator", None, "the Daily News reported, citing a warrant"), True),
        # opens its sentence: a frame closes one
        ((55, "narrator", None, "Media reports have said"), False),
        # too far after the claim
        ((53 + FRAME_GAP + 1, "narrator", None, "The New York Times reported."), False),
        # a source's claim, not a narrator piece
        ((55, "indirect", "reported", "The New York Times reported."), False),
        # no flagged verb
        ((55, "narrator", None, "The New York Times said."), False),
    ],
)
def test_the_frame_is_a_narrator_piece_just_after_closing_its_sentence(
    second: tuple[int, str, str | None, str], carried: bool
) -> None:
    """Within the gap, cue-less narrator text, a flagged verb, a sentence end or ', citing'."""
    assert carried_by_report(_claims(second)).tolist() == [carried, False]


def test_the_narrators_own_frame_is_dropped_by_name() -> None:
    """With source names, a frame naming the narrator's own source carries nothing."""
    claims = _claims((55, "narrator", None, "Reuters reported.")).assign(
        source_id=["paul", "reuters"]
    )
    names = pd.Series({"paul": "Rand Paul", "reuters": "Reuters"})
    assert carried_by_report(claims, names).tolist() == [False, False]
