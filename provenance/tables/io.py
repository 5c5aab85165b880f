"""Tables to and from JSON records, CSV, Parquet."""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from provenance.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = [
    "OutputFormat",
    "json_default",
    "plain",
    "read_tables",
    "records",
    "tables_to_json",
    "write_tables",
]

OutputFormat = Literal["parquet", "csv", "json"]


def plain(value: object) -> object:
    """A Python scalar for a dataframe cell, with every kind of missing value as ``None``.

    ``NA``, ``NaN``, ``NaT`` and infinities become ``None``, numpy scalars Python
    scalars, timestamps :class:`datetime.datetime`.

    Example:
        >>> import pandas as pd
        >>> plain(pd.NA) is None, plain(float("nan")) is None, plain("x")
        (True, True, 'x')
    """
    import pandas as pd

    if value is None or isinstance(value, (list, tuple, dict, set)):
        return value
    try:
        if pd.isna(value):  # type: ignore[call-overload]
            return None
    except (TypeError, ValueError):
        return value
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    item = getattr(value, "item", None)
    if callable(item) and type(value).__module__ == "numpy":
        value = item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``frame`` as dicts of plain Python values (see :func:`plain`).

    Example:
        >>> import pandas as pd
        >>> records(pd.DataFrame({"a": pd.array([1, None], dtype="Int64")}))
        [{'a': 1}, {'a': None}]
    """
    names = [str(c) for c in frame.columns]
    return [
        {name: plain(value) for name, value in zip(names, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


def json_default(value: object) -> object:
    """``json.dumps(default=...)`` for plain values: ISO 8601 dates, text for the rest."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def tables_to_json(tables: Tables, *, indent: int | None = None) -> str:
    """One JSON object with a list of row records per table."""
    return json.dumps(
        {name: records(frame) for name, frame in tables.items()},
        ensure_ascii=False,
        indent=indent,
        default=json_default,
    )


def write_tables(tables: Tables, out: Path, fmt: OutputFormat = "csv") -> list[Path]:
    """Write one file per table into ``out`` (created if needed); returns the paths.

    Raises:
        UsageError: an unknown format, or parquet without pyarrow installed.
    """
    if fmt not in ("parquet", "csv", "json"):
        raise UsageError(f"unknown output format {fmt!r}; use parquet, csv or json")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(
                "writing parquet needs pyarrow: pip install 'news-provenance[parquet]'"
            ) from None
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, frame in tables.items():
        path = out / f"{name}.{fmt}"
        if fmt == "parquet":
            frame.to_parquet(path, index=False)
        elif fmt == "csv":
            frame.to_csv(path, index=False)
        else:
            path.write_text(
                json.dumps(records(frame), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        written.append(path)
    return written


def read_tables(directory: Path, fmt: OutputFormat = "csv") -> Tables:
    """Read tables written by :func:`write_tables` back, validated and coerced.

    Example:
        >>> tables = read_tables(Path("out"), "parquet")  # doctest: +SKIP

    Raises:
        UsageError: an unknown format, or a table file is missing.
        SchemaError: a file does not hold a valid table.
    """
    import pandas as pd

    from provenance.tables.bundle import TABLE_NAMES
    from provenance.tables.columns import columns
    from provenance.tables.validate import validate_tables

    if fmt not in ("parquet", "csv", "json"):
        raise UsageError(f"unknown table format {fmt!r}; use parquet, csv or json")
    frames: dict[str, pd.DataFrame] = {}
    for name in TABLE_NAMES:
        path = directory / f"{name}.{fmt}"
        if not path.exists():
            raise UsageError(f"{path} is missing; write the tables with `provenance extract --out`")
        if fmt == "parquet":
            frames[name] = pd.read_parquet(path)
        elif fmt == "csv":
            frames[name] = pd.read_csv(path, keep_default_na=False, na_values=[""])
        else:
            rows = json.loads(path.read_text(encoding="utf-8"))
            # An empty table is "[]", which names no columns: take the contract's.
            frames[name] = pd.DataFrame(rows) if rows else pd.DataFrame(columns=columns(name))
    from provenance.tables.bundle import Tables

    return validate_tables(
        Tables(
            articles=frames["articles"],
            photo_credits=frames["photo_credits"],
            sources=frames["sources"],
            claims=frames["claims"],
            figures=frames["figures"],
        )
    )
