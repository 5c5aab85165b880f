"""Validate the five tables against their contracts, and against each other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.errors import SchemaError
from provenance.rules.integrity import integrity_violations
from provenance.tables.bundle import Tables
from provenance.tables.columns import model_for

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["validate_frame", "validate_tables"]


def validate_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate and coerce one table with its pandera model.

    Raises:
        SchemaError: with the pandera failure cases attached as ``failures``.
    """
    model = model_for(table)  # first, as it imports pandera (provenance.tables.models)
    import pandera.errors

    try:
        validated: pd.DataFrame = model.validate(frame, lazy=True)
        return validated
    except pandera.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        first = cases.iloc[0]
        raise SchemaError(
            table,
            f"{len(cases)} failure(s), first: column {first['column']!r} "
            f"check {first['check']!r} value {first['failure_case']!r}",
            failures=cases,
        ) from exc


def validate_tables(tables: Tables) -> Tables:
    """Validate every table (dtypes, enums, id formats) and the keys between them.

    Returns the coerced tables.

    Raises:
        SchemaError: the first table that breaks its contract, or ``"integrity"``
            for broken foreign keys, offsets or bounds.
    """
    checked = tables.map(validate_frame)
    violations = integrity_violations(checked)
    if violations:
        table, column, row, what = violations[0]
        raise SchemaError(
            "integrity",
            f"{len(violations)} violation(s), first: {table}.{column} row {row}: {what}",
            failures=violations,
        )
    return checked
