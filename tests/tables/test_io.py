"""Writing tables then reading them back gives the same tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings

from provenance.errors import UsageError
from provenance.tables.io import read_tables, write_tables
from provenance.testing.strategies import tables


def _assert_same(a, b) -> None:  # type: ignore[no-untyped-def]
    for (name, left), (_, right) in zip(a.items(), b.items(), strict=True):
        pd.testing.assert_frame_equal(
            left.reset_index(drop=True), right.reset_index(drop=True), obj=name
        )


@pytest.mark.parametrize("fmt", ["parquet", "json"])
def test_seed_round_trips(seed_tables, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    """The seed's tables survive write then read, dtypes included."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    write_tables(seed_tables, tmp_path, fmt)  # type: ignore[arg-type]
    _assert_same(seed_tables, read_tables(tmp_path, fmt))  # type: ignore[arg-type]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(tables())
def test_generated_tables_round_trip_through_parquet(tmp_path: Path, t) -> None:  # type: ignore[no-untyped-def]
    """Any valid tables, arbitrary unicode included, round-trip through parquet."""
    pytest.importorskip("pyarrow")
    write_tables(t, tmp_path, "parquet")
    _assert_same(t, read_tables(tmp_path, "parquet"))


def test_missing_table_file_says_what_to_do(tmp_path: Path) -> None:
    """Reading a directory without the table files is a usage error naming the file."""
    with pytest.raises(UsageError, match=r"articles\.csv is missing"):
        read_tables(tmp_path, "csv")
