"""Column names of every table, read from the pandera contracts (the single source)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandera.pandas as pa

__all__ = ["ALL_TABLES", "columns", "contract_dtypes", "schema_for"]

ALL_TABLES: tuple[str, ...] = (
    "articles",
    "photo_credits",
    "sources",
    "claims",
    "figures",
    "findings",
)


@cache
def schema_for(table: str) -> pa.DataFrameSchema:
    """The pandera schema (the contract) of a table, by name (``"claims"``).

    Raises:
        KeyError: for a name that is not a table.
    """
    from provenance.tables import models

    return {
        "articles": models.ARTICLES,
        "photo_credits": models.PHOTO_CREDITS,
        "sources": models.SOURCES,
        "claims": models.CLAIMS,
        "figures": models.FIGURES,
        "findings": models.FINDINGS,
    }[table]


@cache
def columns(table: str) -> tuple[str, ...]:
    """The columns of a table in their canonical order.

    Example:
        >>> columns("sources")
        ('source_id', 'name', 'kind', 'affiliation')
    """
    return tuple(schema_for(table).columns)


@cache
def contract_dtypes(table: str) -> dict[str, object]:
    """The pandas dtype each column of a table is coerced to by its contract.

    Example:
        >>> str(contract_dtypes("claims")["start"])
        'Int64'
    """
    return {name: col.dtype.type for name, col in schema_for(table).columns.items()}
