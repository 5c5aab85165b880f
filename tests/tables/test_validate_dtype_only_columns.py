"""Columns whose contract asks only a dtype (nullable, no other check) are not read cell by
cell on the lean validation path. That a frame breached in one of them still passes or
fails there as pandera says is tested with the other breaches in
``tests/test_speed_equivalence.py`` (``_break_dtype_only``)."""

from __future__ import annotations

from provenance.tables.validate import _contract


def test_dtype_only_columns_are_the_nullable_ones_with_no_other_check() -> None:
    only_dtype = {c.name for c in _contract("claims") or () if not c.asks_cells}
    assert only_dtype == {"source_text", "cue", "channel"}
    figures = {c.name for c in _contract("figures") or () if not c.asks_cells}
    assert {"value", "lower", "upper", "unit"} <= figures
    assert "parent_claim_id" not in {c.name for c in _contract("claims") or () if not c.asks_cells}
