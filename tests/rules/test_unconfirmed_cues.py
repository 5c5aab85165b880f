"""The narrator's words saying a claim is not established are the cue, not a claim to check.

"The rebels said [40 soldiers were killed]. The report could not be independently
verified.": the extractor marks the rebels' claim unconfirmed, and the narrator's
sentence saying so is no second flag (the guideline flags "the content, not the cue
word"); nor is "Reuters could not independently verify" before its own content.
Neighbours that stay flagged: a narrator sentence that holds its own content ("It could
not be independently verified whether ..."), and one with no flagged claim before it
within a few sentences or right after it.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from provenance.rules.claims import is_unconfirmed
from tests.rules.helpers import flags_of

_SAID = "The rebels said 40 soldiers were killed in the attack. "

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "passive": _SAID + "The report could not be independently verified.",
    "claim_passive": _SAID + "The claim could not be verified.",
    "active": _SAID + "Reuters could not independently verify the report.",
    "own_object": "Reuters could not independently verify the video.",
    # neighbours
    "whether": "It could not be independently verified whether the soldiers were killed.",
}


@cache
def _unverified() -> dict[str, list[str]]:
    """Per text: the text of every claim an unverified flag names."""
    return {
        key: [claim for kind, _, claim in found if kind == "unverified"]
        for key, found in flags_of(_TEXTS).items()
    }


def test_a_narrator_sentence_pointing_back_flags_only_the_claim_before() -> None:
    """'The report could not be independently verified.' flags the rebels' claim alone."""
    for key in ("passive", "claim_passive", "active"):
        assert _unverified()[key] == ["40 soldiers were killed in the attack"], key


def test_the_narrator_words_before_their_own_content_are_no_flag() -> None:
    """'Reuters could not independently verify [the video]' flags 'the video' only."""
    assert _unverified()["own_object"] == ["the video"]


def test_a_narrator_sentence_holding_its_content_stays_flagged() -> None:
    """'It could not be independently verified whether X' is the one flag of its text."""
    flagged = _unverified()["whether"]
    assert len(flagged) == 1
    assert "whether the soldiers were killed" in flagged[0]


def test_a_narrator_verdict_far_from_any_flagged_claim_stays_flagged() -> None:
    """With the flagged claim more than a few sentences back, the narrator's piece stays."""
    claims = pd.DataFrame(
        {
            "claim_id": ["a", "n"],
            "article_id": ["x", "x"],
            "source_id": ["rebels", "reuters"],
            "start": [0, 900],
            "end": [40, 950],
            "status": ["unconfirmed", "unconfirmed"],
            "attribution": ["indirect", "narrator"],
            "cue": ["said", None],
            "text": ["40 soldiers were killed in the attack", "Nothing could be verified there."],
        }
    )
    assert is_unconfirmed(claims).tolist() == [True, True]
    near = claims.assign(start=[0, 45], end=[40, 80])
    assert is_unconfirmed(near).tolist() == [True, False]
