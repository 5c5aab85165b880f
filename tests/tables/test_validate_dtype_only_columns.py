"""Columns whose contract asks only a dtype (nullable, no other check) are not read cell by
cell on the lean validation path: a frame still passes or fails there as pandera says."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.errors import SchemaError
from provenance.tables.build import build_tables
from provenance.tables.validate import _contract, validate_frame
from provenance.testing.strategies import extractions


def test_dtype_only_columns_are_the_nullable_ones_with_no_other_check() -> None:
    only_dtype = {c.name for c in _contract("claims") or () if not c.asks_cells}
    assert only_dtype == {"source_text", "cue", "channel"}
    figures = {c.name for c in _contract("figures") or () if not c.asks_cells}
    assert {"value", "lower", "upper", "unit"} <= figures
    assert "parent_claim_id" not in {c.name for c in _contract("claims") or () if not c.asks_cells}


def _breach(frame: pd.DataFrame, how: str) -> None:
    """One change to a dtype-only column of the first row (or to the whole column)."""
    first = frame.index[0]
    column = "cue" if "cue" in frame.columns else "unit"
    if how == "null":
        frame.loc[first, column] = None
    elif how == "nan":
        frame[column] = frame[column].astype(object)
        frame.loc[first, column] = math.nan
    elif how == "number":  # coerced to its text, as pandera coerces it
        frame[column] = frame[column].astype(object)
        frame.loc[first, column] = 7
    elif how == "bound" and "value" in frame.columns:
        frame["value"] = frame["value"].astype(object)
        frame.loc[first, "value"] = "many"  # cannot be coerced to Float64
    elif how == "bound null" and "value" in frame.columns:
        frame.loc[first, "lower"] = None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(extractions(), min_size=1, max_size=3),
    st.sampled_from(["claims", "figures"]),
    st.sampled_from(["null", "nan", "number", "bound", "bound null", "none"]),
)
def test_lean_path_equals_pandera(batch: list[object], table: str, how: str) -> None:
    frames = []
    for _ in range(2):
        frame = getattr(build_tables(batch, typed=True), table)  # type: ignore[arg-type]
        if frame.empty:
            return
        _breach(frame, how)
        frames.append(frame)
    try:
        copied = validate_frame(table, frames[0])
    except SchemaError as exc:
        failed: SchemaError = exc
    else:
        _same(copied, validate_frame(table, frames[1], inplace=True))
        return
    with pytest.raises(SchemaError) as in_place:
        validate_frame(table, frames[1], inplace=True)
    assert str(in_place.value) == str(failed)


def _same(copied: pd.DataFrame, in_place_frame: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(copied, in_place_frame, check_exact=True)
    for column in copied.columns:  # None, NaN and NA told apart
        assert copied[column].map(type).tolist() == in_place_frame[column].map(type).tolist()
