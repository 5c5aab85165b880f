"""Validate the five tables against their contracts, and against each other."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Sequence
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
    option): for a frame the caller has just built and hands over. In place,
    the frame is first checked the lean way (:func:`_passes_lean`: the same
    checks, without pandera's per-call copies and its regex call per id); only
    a frame that fails there goes through the model, which reports the failures.

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
        validated: pd.DataFrame = (
            frame
            if inplace and _passes_lean(table, frame)
            else model.validate(frame, lazy=True, inplace=inplace)
        )
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


#: A ``str_matches`` pattern the lean path checks in one pass: a literal head, hex digits.
_ID_PATTERN = re.compile(r"\^([a-z_]*)\[0-9a-f\]\{(\d+)\}\$")
_HEX = b"0123456789abcdef"


def ids_match(values: Sequence[str], head: str, digits: int) -> bool:
    """True only if every value matches ``^{head}[0-9a-f]{digits}$`` (``re.match``).

    One pass over the joined values instead of a regex call per value. It may say
    False where the regex says True (a value with a trailing newline, which ``$``
    lets through): callers then run the regex check itself. ``head`` is ASCII.

    Example:
        >>> ids_match(["clm_0123456789abcdef", "clm_fedcba9876543210"], "clm_", 16)
        True
        >>> ids_match(["clm_0123456789abcdeF"], "clm_", 16)
        False
    """
    count = len(values)
    if not count:
        return True
    width = len(head) + digits
    try:
        joined = "\n".join(values).encode("ascii")
    except (TypeError, UnicodeEncodeError):  # a value that is not a str, or not ASCII
        return False
    step = width + 1
    # count - 1 newlines, each right after a value of ``width`` characters: every value
    # has exactly that length and holds no newline
    if len(joined) != step * count - 1 or joined.count(b"\n") != count - 1:
        return False
    if joined[width::step] != b"\n" * (count - 1):
        return False
    for i, char in enumerate(head.encode("ascii")):
        if joined[i::step] != bytes((char,)) * count:
            return False
    # what is left once the lower-case hex digits are taken out: the head's other
    # characters and the newlines, so no digit position holds anything else
    fixed = sum(1 for char in head.encode("ascii") if char not in _HEX)
    return len(joined.translate(None, _HEX)) == fixed * count + count - 1


@functools.cache
def _lean(table: str) -> tuple[Any, dict[str, Any], dict[str, tuple[str, int]]]:
    """The table's schema for frames already in their contract dtypes, and what it leaves out.

    Returns the schema with coercion off (pandera deep-copies each column's schema
    to coerce it, a fixed cost of every call) and without the ``str_matches`` checks
    :func:`ids_match` can do; the columns set to coerce (for the columns a frame does
    not have in their dtype yet); and those checks as ``(head, digits)`` by column.
    """
    schema = model_for(table).to_schema()
    lean = copy.deepcopy(schema)
    lean.coerce = False
    coercing: dict[str, Any] = {}
    ids: dict[str, tuple[str, int]] = {}
    for name, column in lean.columns.items():
        coercing[name] = copy.deepcopy(column)
        coercing[name].coerce = True
        column.coerce = False
        kept = []
        for check in column.checks:
            pattern = (check.statistics or {}).get("pattern")
            found = (
                _ID_PATTERN.fullmatch(pattern)
                if check.name == "str_matches" and isinstance(pattern, str)
                else None
            )
            if found is not None and name not in ids and check.ignore_na:
                ids[name] = (found.group(1), int(found.group(2)))
            else:
                kept.append(check)
        column.checks = kept
    return lean, coercing, ids


def _passes_lean(table: str, frame: pd.DataFrame) -> bool:
    """True when ``frame`` passes its contract, checked the fast way; False: ask pandera.

    For a frame about to be validated in place. The columns not yet in their
    contract dtype are coerced as pandera coerces them (the others would be
    coerced to the dtype they have: the same values); the id patterns are checked
    with :func:`ids_match`; every other check runs in pandera, coercion off. Any
    failure, of a coercion or a check, returns False, and the caller validates
    with the model itself, which reports the failures as it always has.
    """
    import pandas as pd
    import pandera.errors

    lean, coercing, ids = _lean(table)
    try:
        for name, column in coercing.items():
            if name in frame.columns and frame[name].dtype != column.dtype.type:
                frame[name] = column.coerce_dtype(frame[name])
        for name, (head, digits) in ids.items():
            if name in frame.columns:
                values = frame[name].to_numpy()
                if not ids_match(values[~pd.isna(values)].tolist(), head, digits):
                    return False
        lean.validate(frame, lazy=True, inplace=True)
    except (pandera.errors.SchemaError, pandera.errors.SchemaErrors):
        return False
    frame.pandera.add_schema(model_for(table).to_schema())
    return True


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
