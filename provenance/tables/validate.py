"""Validate the five tables against their contracts, and against each other."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from provenance.errors import SchemaError
from provenance.rules.integrity import integrity_violations
from provenance.tables.bundle import Tables
from provenance.tables.columns import model_for

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["validate_frame", "validate_tables"]


def validate_frame(table: str, frame: pd.DataFrame, *, inplace: bool = False) -> pd.DataFrame:
    """Validate and coerce one table with its pandera model.

    ``inplace`` coerces ``frame`` itself instead of a copy (pandera's own
    option): for a frame the caller has just built and hands over.

    Raises:
        SchemaError: with the pandera failure cases attached as ``failures``.
    """
    model = model_for(table)  # first, as it imports pandera (provenance.tables.models)
    import pandera.errors

    # pandera looks each column up by its label, several times per check: pandas 3's
    # ``str`` label index is slower at that than an object one (about 2 of 18 ms of
    # fixed cost per call for the five tables). The labels are given back after.
    labels = frame.columns
    relabel = inplace and labels.dtype != object
    if relabel:
        frame.columns = labels.astype(object)
    try:
        validated: pd.DataFrame = model.validate(frame, lazy=True, inplace=inplace)
        if relabel:
            validated.columns = validated.columns.astype(labels.dtype)
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
    finally:
        if relabel:
            frame.columns = labels


def validate_tables(tables: Tables, *, inplace: bool = False) -> Tables:
    """Validate every table (dtypes, enums, id formats) and the keys between them.

    Returns the coerced tables. Every row of every table is checked, in one
    pandera call per table (the fixed cost of a call is paid once per batch,
    not per article). An error names the input file of its first failing row
    when the row leads to an article (``SchemaError.path``). ``inplace``
    coerces the given frames themselves (see :func:`validate_frame`).

    Example:
        >>> from provenance.tables.build import build_tables
        >>> len(validate_tables(build_tables([])).claims)
        0

    Raises:
        SchemaError: the first table that breaks its contract, or ``"integrity"``
            for broken foreign keys, offsets or bounds.
    """

    def one(name: str, frame: pd.DataFrame) -> pd.DataFrame:
        try:
            return validate_frame(name, frame, inplace=inplace)
        except SchemaError as exc:
            raise _naming_file(exc, tables, name, _first_position(exc, frame)) from exc.__cause__

    checked = tables.map(one)
    violations = integrity_violations(checked)
    if violations:
        table, column, row, what = violations[0]
        raise _naming_file(
            SchemaError(
                "integrity",
                f"{len(violations)} violation(s), first: {table}.{column} row {row}: {what}",
                failures=violations,
            ),
            checked,
            table,
            row,
        )
    return checked


def _first_position(exc: SchemaError, frame: pd.DataFrame) -> int | None:
    """The row position of the first failure case that names a row, if any."""
    cases: Any = exc.failures
    try:
        labels = cases["index"].dropna().tolist()
        where = frame.index.get_loc(labels[0]) if labels else None
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return None
    return where if isinstance(where, int) else None  # a repeated label: no one row


def _naming_file(exc: SchemaError, tables: Tables, table: str, row: int | None) -> SchemaError:
    """``exc`` with the input file of ``table``'s row ``row`` in its message, when known."""
    path = None if row is None else _file_of(tables, table, row)
    if path is None:
        return exc
    return SchemaError(exc.table, exc.detail, exc.failures, path=path)


def _file_of(tables: Tables, table: str, row: int) -> str | None:
    """The ``path`` of the article that row ``row`` of ``table`` belongs to, if any."""
    try:
        frame = getattr(tables, table)
        if "path" in frame.columns:
            value = frame["path"].iloc[row]
        elif "article_id" in frame.columns:
            articles = tables.articles
            found = articles.loc[articles["article_id"] == frame["article_id"].iloc[row], "path"]
            value = found.iloc[0] if len(found) else None
        else:
            return None
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return None
    return value if isinstance(value, str) else None
