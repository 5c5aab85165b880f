"""A denial renaming a clause that two other sources both said names one claim, in any row order."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from provenance.rules.claims import contradicted_claim


def _claims() -> pd.DataFrame:
    # "The army and the police said [300 homes had no power], a figure the council disputed":
    # two sources said the clause, the council's denial has exactly its span
    return pd.DataFrame(
        {
            "claim_id": ["clm_army", "clm_police", "clm_council", "clm_other"],
            "article_id": ["art_1"] * 4,
            "source_id": ["src_army", "src_police", "src_council", "src_army"],
            "start": [10, 10, 10, 60],
            "end": [40, 40, 40, 80],
            "text": ["300 homes had no power"] * 3 + ["the grid was restored"],
            "cue": ["said", "said", "disputed", "said"],
            "attribution": ["reported"] * 4,
            "status": ["asserted", "asserted", "denied", "asserted"],
            "parent_claim_id": [None] * 4,
        }
    )


def test_a_same_span_denial_names_another_source_s_claim() -> None:
    out = dict(zip(_claims()["claim_id"], contradicted_claim(_claims()), strict=True))
    assert out["clm_council"] in {"clm_army", "clm_police"}
    assert out["clm_army"] is None
    assert out["clm_other"] is None


@given(st.permutations(range(4)))
def test_the_named_claim_does_not_depend_on_row_order(order: list[int]) -> None:
    claims = _claims()
    expected = dict(zip(claims["claim_id"], contradicted_claim(claims), strict=True))
    shuffled = claims.iloc[list(order)].reset_index(drop=True)
    got = dict(zip(shuffled["claim_id"], contradicted_claim(shuffled), strict=True))
    assert got == expected
