"""Tables to and from JSON records, CSV, Parquet."""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from provenance.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = ["OutputFormat", "records", "tables_to_json", "write_tables"]

OutputFormat = Literal["parquet", "csv", "json"]


def _plain(value: Any) -> Any:
    """A JSON-ready scalar: NA and NaN become None, timestamps ISO 8601."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Row records with JSON-ready values (``None`` for missing, ISO timestamps).

    Example:
        >>> import pandas as pd
        >>> records(pd.DataFrame({"a": [1.5, None]}))
        [{'a': 1.5}, {'a': None}]
    """
    names = [str(c) for c in frame.columns]
    return [
        {name: _plain(value) for name, value in zip(names, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


def tables_to_json(tables: Tables, *, indent: int | None = None) -> str:
    """One JSON object with a list of row records per table."""
    return json.dumps(
        {name: records(frame) for name, frame in tables.items()}, ensure_ascii=False, indent=indent
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
