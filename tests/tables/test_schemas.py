"""The exported contracts in schemas/ match the code and load back in pandera."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.tables.columns import ALL_TABLES
from provenance.tables.export import schema_yaml
from provenance.tables.models import pa  # pandera.pandas, without pyspark's probe warning

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("table", ALL_TABLES)
def test_exported_schema_has_not_drifted(table: str) -> None:
    """schemas/<table>.yaml is exactly what the code exports (run `provenance schemas`)."""
    path = SCHEMAS / f"{table}.yaml"
    assert path.read_text(encoding="utf-8") == schema_yaml(table), (
        f"{path} is stale: run `provenance schemas --out schemas/`"
    )


@pytest.mark.parametrize("table", ["articles", "photo_credits", "sources", "claims", "figures"])
def test_exported_schema_validates_real_tables(table: str, seed_tables) -> None:  # type: ignore[no-untyped-def]
    """A user loading the YAML contract with pandera accepts the library's own output."""
    schema = pa.DataFrameSchema.from_yaml(SCHEMAS / f"{table}.yaml")
    schema.validate(getattr(seed_tables, table))
