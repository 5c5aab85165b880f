"""A contesting word inside a content that takes a claim noun makes its claim a denial.

"She cited a study that debunked concerns about military cohesion": the matching
lexicon's ``contesting_cues`` ("debunked", "contradicted") followed by a claim noun
("concerns", "the allegations") argue against that claim, so the claim holding them is
a denial (``claim.denied`` when the text gives no claim it answers). Neighbours that
must flag nothing: a contesting word taking no claim ("the data contradicted
expectations", "debunked the myth"), and a claim with no contesting word.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest

from provenance.rules.claims import denies
from tests.rules.helpers import flags_of

_TEXTS = {
    "concerns": "The judge cited a study that debunked concerns about military cohesion.",
    "allegations": "Her lawyer said the records contradicted the allegations against her.",
    "expectations": "The chief economist said the data contradicted expectations.",
    "myth": "The author said the book debunked the myth of cheap oil.",
    "plain": "The judge cited a study of military cohesion.",
}


@cache
def _contradictions() -> dict[str, list[tuple[str, str]]]:
    """Per text: (rule, flagged claim's text) of every contradiction."""
    return {
        key: [(rule, claim) for kind, rule, claim in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize(
    ("key", "noun"), [("concerns", "concerns about"), ("allegations", "the allegations")]
)
def test_a_contesting_word_taking_a_claim_noun_is_a_denial(key: str, noun: str) -> None:
    """The claim holding 'debunked concerns about X' is flagged as a contradiction."""
    flagged = _contradictions()[key]
    assert len(flagged) == 1, flagged
    assert noun in flagged[0][1]


@pytest.mark.parametrize("key", ["expectations", "myth", "plain"])
def test_a_contesting_word_taking_no_claim_flags_nothing(key: str) -> None:
    """'contradicted expectations', 'debunked the myth' and no contesting word: no flag."""
    assert _contradictions()[key] == []


def test_denies_reads_the_contesting_object_row_by_row_alike() -> None:
    """The same text gives the same verdict whatever rows stand around it."""
    text = "a study that debunked concerns about cohesion"
    claims = pd.DataFrame(
        {
            "status": ["asserted", "asserted", "denied"],
            "cue": ["cited", "said", "denied"],
            "text": [text, "the data contradicted expectations", "it"],
        }
    )
    assert denies(claims).tolist() == [True, False, True]
    assert denies(claims.iloc[::-1]).tolist() == [True, False, True]
