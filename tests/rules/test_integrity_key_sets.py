"""The foreign-key test by key sets says "none dangle" exactly when the masks flag no row."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.rules.integrity import _dangling_in, _key_set, _none_dangle, integrity_violations
from provenance.tables.bundle import Tables

_CELLS = st.sampled_from(["a", "b", "c", "src_1", None, float("nan"), pd.NA, 1, 1.0, True])
_STRINGS = st.sampled_from(["a", "b", "c", "src_1", None, pd.NA])


def _flags_none(child: pd.Series, parent: pd.Series) -> bool:
    """What the masks say: no non-null child key is missing from the parent."""
    return not bool(_dangling_in(child, parent.dropna().unique()).any())


@settings(max_examples=300, deadline=None)
@given(st.lists(_CELLS, max_size=8), st.lists(_CELLS, max_size=8))
def test_object_columns_agree_with_the_masks(child: list[object], parent: list[object]) -> None:
    """Object columns with None, NaN, NA, numbers and strings: never "none" where a row dangles."""
    child_s, parent_s = pd.Series(child, dtype=object), pd.Series(parent, dtype=object)
    if _none_dangle(child_s, _key_set(parent_s)):
        assert _flags_none(child_s, parent_s)


@settings(max_examples=300, deadline=None)
@given(st.lists(_STRINGS, max_size=8), st.lists(_STRINGS, max_size=8))
def test_string_columns_agree_with_the_masks(child: list[object], parent: list[object]) -> None:
    """Columns in the contracts' string dtype: the set test and the masks give one answer."""
    child_s = pd.Series(child, dtype="string[python]")
    parent_s = pd.Series(parent, dtype="string[python]")
    assert _none_dangle(child_s, _key_set(parent_s)) == _flags_none(child_s, parent_s)


def test_nulls_never_dangle() -> None:
    assert _none_dangle(pd.Series([None, math.nan, pd.NA], dtype=object), set())
    assert not _none_dangle(pd.Series(["x", None]), {"y"})


def test_unhashable_keys_are_left_to_the_masks() -> None:
    """A list in a key column cannot go in a set: the test answers False, not an error."""
    assert _key_set(pd.Series([["a"]], dtype=object)) is None
    assert not _none_dangle(pd.Series(["a"]), None)
    assert not _none_dangle(pd.Series([["a"]], dtype=object), {"a"})


def _tables(claim_sources: list[str | None]) -> Tables:
    body = "Up 5 pct."
    articles = pd.DataFrame({"article_id": ["art_1"], "body": [body]})
    claims = pd.DataFrame(
        {
            "claim_id": [f"clm_{i}" for i in range(len(claim_sources))],
            "article_id": ["art_1"] * len(claim_sources),
            "source_id": claim_sources,
            "parent_claim_id": [None] * len(claim_sources),
            "text": [body] * len(claim_sources),
            "start": [0] * len(claim_sources),
            "end": [len(body)] * len(claim_sources),
        }
    )
    figures = pd.DataFrame(
        {
            "article_id": ["art_1"],
            "claim_id": ["clm_0"],
            "source_id": ["src_a"],
            "text": ["5 pct"],
            "start": [3],
            "end": [8],
            "lower": [5.0],
            "upper": [5.0],
            "value": [5.0],
        }
    )
    sources = pd.DataFrame({"source_id": ["src_a"]})
    credits = pd.DataFrame({"article_id": pd.Series([], dtype=object)})
    return Tables(
        articles=articles, photo_credits=credits, sources=sources, claims=claims, figures=figures
    )


def test_a_dangling_key_is_still_reported_by_row() -> None:
    assert integrity_violations(_tables(["src_a", None])) == []
    assert integrity_violations(_tables(["src_a", "src_gone", "src_a", "src_gone"])) == [
        ("claims", "source_id", 1, "source_id not in sources.source_id"),
        ("claims", "source_id", 3, "source_id not in sources.source_id"),
    ]
