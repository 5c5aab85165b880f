"""Export the table contracts to ``schemas/`` (pandera YAML, one file per table)."""

from __future__ import annotations

from pathlib import Path

from provenance.tables.columns import ALL_TABLES, schema_for

__all__ = ["schema_yaml", "write_schemas"]

_HEADER = (
    "# Table contract exported from provenance.tables.models; do not edit by hand.\n"
    "# Regenerate with: provenance schemas --out schemas/\n"
    "# Load with: pandera.pandas.DataFrameSchema.from_yaml(path)\n"
)


def schema_yaml(table: str) -> str:
    """The pandera YAML contract of one table, with a header saying where it comes from.

    Example:
        >>> "article_id" in schema_yaml("articles")
        True
    """
    body = schema_for(table).to_yaml()
    return _HEADER + (body or "")


def write_schemas(out: Path) -> list[Path]:
    """Write ``<table>.yaml`` for every table (findings included) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in ALL_TABLES:
        path = out / f"{table}.yaml"
        path.write_text(schema_yaml(table), encoding="utf-8")
        written.append(path)
    return written
