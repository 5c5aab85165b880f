"""Column names of every table, read from the pandera models (the single source)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandera.pandas as pa

__all__ = ["ALL_TABLES", "columns", "contract_dtypes", "model_for"]

ALL_TABLES: tuple[str, ...] = (
    "articles",
    "photo_credits",
    "sources",
    "claims",
    "figures",
    "findings",
)


@cache
def model_for(table: str) -> type[pa.DataFrameModel]:
    """The pandera model of a table, by name (``"claims"``).

    Raises:
        KeyError: for a name that is not a table.
    """
    from provenance.tables import models

    return {
        "articles": models.ArticleModel,
        "photo_credits": models.PhotoCreditModel,
        "sources": models.SourceModel,
        "claims": models.ClaimModel,
        "figures": models.FigureModel,
        "findings": models.FindingModel,
    }[table]


@cache
def columns(table: str) -> tuple[str, ...]:
    """The columns of a table in their canonical order.

    Example:
        >>> columns("sources")
        ('source_id', 'name', 'kind', 'affiliation')
    """
    return tuple(model_for(table).to_schema().columns)


@cache
def contract_dtypes(table: str) -> dict[str, object]:
    """The pandas dtype each column of a table is coerced to by its contract.

    Example:
        >>> str(contract_dtypes("claims")["start"])
        'Int64'
    """
    return {name: col.dtype.type for name, col in model_for(table).to_schema().columns.items()}
