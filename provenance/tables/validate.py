"""Validate the five tables against their contracts, and against each other."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from provenance.errors import SchemaError
from provenance.rules.integrity import integrity_violations
from provenance.tables.bundle import Tables
from provenance.tables.columns import schema_for

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["validate_frame", "validate_tables"]


def validate_frame(table: str, frame: pd.DataFrame, *, inplace: bool = False) -> pd.DataFrame:
    """Validate and coerce one table with its pandera contract.

    ``inplace`` coerces ``frame`` itself instead of a copy (pandera's own
    option): for a frame the caller has just built and hands over. In place,
    the frame is first checked the lean way (:func:`_passes_lean`: the same
    checks, without pandera's per-call copies and its regex call per id); only
    a frame that fails there goes through pandera, which reports the failures.

    Raises:
        SchemaError: with the pandera failure cases attached as ``failures``.
    """
    schema = schema_for(table)  # first, as it imports pandera (provenance.tables.models)
    import pandera.errors

    from provenance.tables.models import load_pandera_checks

    if inplace and _passes_lean(table, frame):
        return frame
    load_pandera_checks()
    # pandera looks each column up by its label, several times per check: pandas 3's
    # ``str`` label index is slower at that than an object one (about 2 of 18 ms of
    # fixed cost per call for the five tables). The labels are given back after.
    labels = frame.columns
    relabel = inplace and labels.dtype != object
    if relabel:
        frame.columns = labels.astype(object)
    try:
        validated: pd.DataFrame = schema.validate(frame, lazy=True, inplace=inplace)
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
    # the length of ``count`` values of ``width`` characters, a newline after each but the
    # last, and a newline at each of those places
    if len(joined) != step * count - 1 or joined[width::step] != b"\n" * (count - 1):
        return False
    for i, char in enumerate(head.encode("ascii")):
        if joined[i::step] != bytes((char,)) * count:
            return False
    # What is left once the lower-case hex digits are taken out must be the head's other
    # characters and the newlines just checked, and nothing else: no digit position holds
    # another character, and no value holds a newline (the join then has more than
    # ``count - 1``), so the values are exactly the ``count`` pieces of ``width`` checked.
    fixed = sum(1 for char in head.encode("ascii") if char not in _HEX)
    return len(joined.translate(None, _HEX)) == fixed * count + count - 1


@dataclass(frozen=True, slots=True)
class _Column:
    """What the contract asks of one column, read from its pandera schema."""

    name: str
    dtype: Any  # the pandas dtype the column must have
    coercer: Any  # the column's schema, set to coerce (pandera's own coercion)
    nullable: bool
    unique: bool
    ids: tuple[str, int] | None  # str_matches of an id pattern: (head, digits)
    pattern: re.Pattern[str] | None  # any other str_matches pattern
    allowed: frozenset[str] | None  # isin
    minimum: int | None  # greater_than_or_equal_to

    @property
    def reads_cells(self) -> bool:
        """Whether the text of every cell is checked: an id, a pattern or a set of values."""
        return self.ids is not None or self.pattern is not None or self.allowed is not None

    @property
    def asks_cells(self) -> bool:
        """Whether any cell can break the contract once the dtype holds: False for a
        nullable column with no other check (a text such as a byline, a bound)."""
        return not (
            self.nullable
            and not self.unique
            and self.ids is None
            and self.pattern is None
            and self.allowed is None
            and self.minimum is None
        )


@functools.cache
def _contract(table: str) -> tuple[_Column, ...] | None:
    """The table's column contract as plain data, or None if it asks for a check not read here.

    Read from the pandera schema (the single source). The checks read here are
    those the models use: ``str_matches``, ``isin`` and ``greater_than_or_equal_to``
    on single columns, plus dtype, nullability, uniqueness and strictness; a schema
    with anything else (a dataframe-level check, an index, a parser, an element-wise
    or grouped check) gets None and is always validated by pandera.
    """
    schema = schema_for(table)
    if (
        schema.checks
        or schema.parsers
        or schema.index is not None
        or schema.unique
        or schema.dtype is not None
        or schema.strict is not True
        or schema.add_missing_columns
        or schema.drop_invalid_rows
    ):
        return None
    out: list[_Column] = []
    for name, column in schema.columns.items():
        if column.regex or column.parsers or not column.required or column.drop_invalid_rows:
            return None
        ids: tuple[str, int] | None = None
        pattern: re.Pattern[str] | None = None
        allowed: frozenset[str] | None = None
        minimum: int | None = None
        for check in column.checks:
            stats = check.statistics or {}
            if not check.ignore_na or check.element_wise or check.groupby is not None:
                return None
            if check.name == "str_matches" and isinstance(stats.get("pattern"), str):
                found = _ID_PATTERN.fullmatch(stats["pattern"])
                if found is not None and ids is None:
                    ids = (found.group(1), int(found.group(2)))
                elif pattern is None:
                    pattern = re.compile(stats["pattern"])
                else:
                    return None
            elif check.name == "isin" and allowed is None:
                values = stats.get("allowed_values")
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    return None
                allowed = frozenset(values)
            elif (
                check.name == "greater_than_or_equal_to"
                and minimum is None
                and type(stats.get("min_value")) is int
            ):
                minimum = stats["min_value"]
            else:
                return None
        coercer = copy.deepcopy(column)
        coercer.coerce = True
        out.append(
            _Column(
                name,
                column.dtype.type,
                coercer,
                bool(column.nullable),
                bool(column.unique),
                ids,
                pattern,
                allowed,
                minimum,
            )
        )
    return tuple(out)


def _passes_lean(table: str, frame: pd.DataFrame) -> bool:
    """True only if ``frame`` passes its contract, checked the fast way; False: ask pandera.

    For a frame about to be validated in place. The columns not yet in their
    contract dtype are coerced as pandera coerces them (the others would be
    coerced to the dtype they have: the same values); then every check of the
    contract (:func:`_contract`) runs on whole columns, without pandera's fixed
    cost per column (a deep copy of its schema to coerce it, a failure-case frame
    per check). It is never more lenient than pandera: where it cannot tell
    cheaply (a missing value in a unique or bounded column, an id with a trailing
    newline), it says False. Any False sends the frame through the model itself,
    which reports the failures as it always has.
    """
    import numpy as np
    import pandas as pd
    import pandera.errors

    # the ``frame.pandera`` accessor used below: pandera registers it on its first coercion
    # or validation, and a typed frame may need neither
    from pandera.accessors import pandas_accessor  # noqa: F401

    from provenance.tables.models import load_pandera_checks

    contract = _contract(table)
    if contract is None:
        return False
    labels = list(frame.columns)
    if len(set(labels)) != len(labels) or set(labels) != {c.name for c in contract}:
        return False  # strict: no other column, none missing, none twice
    # Each column is looked up once (a pandas 3 frame builds a Series on every lookup by
    # label) and read through its array: ``Series.isna`` wraps the array's mask in a Series.
    dtypes = dict(zip(labels, frame.dtypes, strict=True))
    coerced = False
    try:
        for column in contract:
            if dtypes[column.name] != column.dtype:
                load_pandera_checks()
                frame[column.name] = column.coercer.coerce_dtype(frame[column.name])
                coerced = True
    except (pandera.errors.SchemaError, pandera.errors.SchemaErrors):
        return False
    if coerced:  # the dtypes the coerced columns have now
        dtypes = dict(zip(labels, frame.dtypes, strict=True))
    for column in contract:
        if dtypes[column.name] != column.dtype:
            return False
        if not column.asks_cells:
            continue  # its dtype is all the contract asks of it: no Series is built for it
        series = frame[column.name]
        array = series.array
        if column.nullable or not column.reads_cells:
            missing = np.asarray(array.isna(), dtype=bool)
            gaps = bool(missing.any())
        else:
            # no scan for missing cells: a missing cell is no str, so it fails the check
            # of every cell's text below (an id, a pattern, a set of values) as it would
            # fail here, and a column with no missing cell reads all its cells either way
            missing, gaps = None, False
        if gaps and (not column.nullable or column.unique or column.minimum is not None):
            return False
        if column.unique and column.ids is None and not series.is_unique:
            return False
        if column.reads_cells:
            values = array.to_numpy(dtype=object)
            cells = (values if missing is None or not gaps else values[~missing]).tolist()
            if column.ids is not None:
                if not ids_match(cells, *column.ids):
                    return False
                # every cell is an id (a str): a set holds each distinct one once
                if column.unique and len(set(cells)) != len(cells):
                    return False
            if column.pattern is not None or column.allowed is not None:
                try:
                    distinct = set(cells)  # the order of the distinct values does not matter
                except TypeError:  # a cell that cannot be hashed: pandera reports it
                    return False
                if column.pattern is not None and not all(
                    type(v) is str and column.pattern.match(v) for v in distinct
                ):
                    return False
                if column.allowed is not None and not all(
                    type(v) is str and v in column.allowed for v in distinct
                ):
                    return False
        if column.minimum is not None and len(series):  # no gaps here: returned above
            if not isinstance(series.dtype, pd.Int64Dtype):
                return False
            if int(np.min(series.to_numpy(dtype="int64"))) < column.minimum:
                return False
    frame.pandera.add_schema(schema_for(table))
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
