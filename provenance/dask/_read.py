"""``provenance.dask.read``: a lazy frame of articles batches from files, JSONL or Parquet.

Paths are listed on the client (cheap: names only) and read on the workers,
``partition_size`` files per partition, with the core's ``read_batch``. A file
that cannot be read is not lost and does not stop the others: it becomes a row
with a ``read_error`` (a JSON object naming the error class, reason and hint)
and nothing else but its ``path``; :func:`provenance.dask.extract` turns such
rows back into the ``ReadError`` objects ``provenance.extract`` would collect.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from provenance.api import _parse_format
from provenance.dask._errors import ERROR_COLUMNS, errors_frame
from provenance.dask._scheduler import require_dask
from provenance.enums import Format
from provenance.errors import ReadError, UsageError
from provenance.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = [
    "PARTITION_SIZE",
    "READ_ERROR",
    "Source",
    "articles_meta",
    "conform",
    "conform_rows",
    "jsonl_blocksize",
    "read",
    "require_columns",
    "split_errors",
    "write_articles",
]

Source: TypeAlias = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]

#: Files read per partition: big enough that a task costs far more than its overhead
#: (~3 ms per wire story to extract), small enough that a 2-core worker stays busy.
PARTITION_SIZE = 500
#: The column that marks a row as an unreadable input rather than an article.
READ_ERROR = "read_error"
_JSONL = (".jsonl", ".ndjson")
_PARQUET = (".parquet", ".pq")
_Chunk: TypeAlias = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


def articles_meta() -> pd.DataFrame:
    """The empty articles batch (``ARTICLE_COLUMNS`` and their dtypes) plus ``read_error``.

    Example:
        >>> articles_meta().columns[-1]
        'read_error'
    """
    import pandas as pd

    from provenance.engines import documents_frame

    meta = documents_frame([])
    return meta.assign(**{READ_ERROR: pd.Series([], dtype=object)})


def _error_rows(rows: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """Rows of :data:`READ_ERROR` for ``errors_frame`` rows, shaped like ``meta``."""
    import pandas as pd

    out = pd.DataFrame(index=range(len(rows)), columns=meta.columns)
    out["path"] = rows["path"].astype(str).to_numpy()
    out["item_index"] = 0  # not an item: the file itself could not be read
    payload = rows[list(ERROR_COLUMNS[1:])].to_dict("records")
    out[READ_ERROR] = pd.Series([json.dumps(p) for p in payload], dtype=object)
    return out.astype(meta.dtypes)


def _read_chunk(chunk: _Chunk, format: Format | None, limits: Limits) -> pd.DataFrame:
    """Read one partition's files on a worker: articles, then one row per unreadable file."""
    import pandas as pd

    from provenance.engines import read_batch

    paths, listed = chunk
    meta = articles_meta()
    batch, errors = read_batch(list(paths), format=format, limits=limits)
    rows = errors_frame(errors)
    if listed:
        rows = pd.concat([pd.DataFrame(list(listed), columns=list(ERROR_COLUMNS)), rows])
    good = batch.assign(**{READ_ERROR: pd.Series(None, index=batch.index, dtype=object)})
    parts = [p for p in (good, _error_rows(rows, meta)) if len(p)]
    if not parts:
        return meta
    return pd.concat(parts, ignore_index=True).astype(meta.dtypes)


def _listed(source: Source) -> list[str]:
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    out: list[str] = []
    for item in items:
        text = os.fspath(item)
        matches = sorted(glob.glob(text, recursive=True)) if glob.has_magic(text) else [text]
        out.extend(matches or [text])  # a pattern that matches nothing is reported below
    return out


def _paths(listed: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
    """The files to read, and the errors found while listing them (a missing path)."""
    from provenance.ingest import iter_paths

    errors: list[ReadError] = []
    paths: list[str] = []
    for item in listed:
        try:
            paths.extend(str(p) for p in iter_paths([item], on_error=errors.append))
        except ReadError as exc:
            errors.append(exc)
    rows = [tuple(r) for r in errors_frame(errors).itertuples(index=False, name=None)]
    return paths, rows


def _chunks(paths: list[str], errors: list[tuple[str, ...]], size: int) -> list[_Chunk]:
    chunks = [tuple(paths[i : i + size]) for i in range(0, len(paths), size)] or [()]
    return [(c, tuple(errors) if i == 0 else ()) for i, c in enumerate(chunks)]


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame of article rows (from JSONL or Parquet) in the dtypes of :func:`articles_meta`.

    Parquet gives ``pd.NA`` strings and JSON gives epoch numbers or strings for
    times and parsed objects for ``pictures``: all are brought back to the
    batch's own dtypes, so the extraction sees the same values whatever the store.

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"path": ["a.txt"], "published": ["2025-08-19T10:00:00Z"]})
        >>> str(conform(rows)["published"].dtype).startswith("datetime64")
        True
    """
    import pandas as pd

    meta = articles_meta()
    out = pd.DataFrame(index=frame.index)
    for column in meta.columns:
        if column not in frame.columns:
            out[column] = 0 if column == "item_index" else None  # one item per file by default
            continue
        values = frame[column].astype(object)
        values = values.where(values.notna(), None)
        if column == "pictures":
            values = values.map(lambda v: v if v is None or isinstance(v, str) else json.dumps(v))
        elif column == "item_index":
            values = values.fillna(0)
        elif column == "published":
            values = _published(frame[column])
        out[column] = values
    return out.reset_index(drop=True).astype(meta.dtypes)


def _published(given: pd.Series) -> pd.Series:
    """Times from JSON or Parquet as UTC timestamps (pandas writes epoch ms to JSON).

    Raises:
        BatchError: a value is not a time.
    """
    import pandas as pd

    from provenance.errors import BatchError

    try:
        if pd.api.types.is_numeric_dtype(given):
            return pd.to_datetime(given, utc=True, unit="ms")
        return pd.to_datetime(given, utc=True)
    except (ValueError, TypeError, OverflowError) as exc:
        raise BatchError(
            "published",
            f"the column published holds values that are not timestamps ({exc})",
            "give UTC timestamps, ISO 8601 strings or epoch milliseconds",
        ) from exc


def _is_kind(path: Path, suffixes: tuple[str, ...]) -> bool:
    if path.is_file():
        return path.suffix.lower() in suffixes
    if not path.is_dir():
        return False
    visible = [p for p in path.iterdir() if not p.name.startswith((".", "_"))]
    return bool(visible) and all(p.suffix.lower() in suffixes for p in visible if p.is_file())


#: Bytes read from the head of a JSONL file to estimate its bytes per row.
_SAMPLE = 2**20
#: The smallest block: below it the per-task overhead outweighs the work.
_MIN_BLOCK = 2**16


def jsonl_blocksize(path: str, partition_size: int) -> int:
    """Bytes per block of a JSONL file for about ``partition_size`` rows a partition.

    Dask cuts a JSONL file by bytes, not rows: a fixed 64 MiB block held ~45,000
    wire stories, one task's tables then took 2 GiB of a worker and two workers had
    three partitions to share. The bytes per row are estimated from the file's first
    MiB (the mean row length there), at least 64 KiB a block.

    Example:
        >>> import tempfile, os
        >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        ...     _ = f.write('{"headline": "%s"}\\n' % ("x" * 1000) * 300)
        >>> jsonl_blocksize(f.name, 500) // 1000  # ~1 KB a row, 500 rows
        508
        >>> os.remove(f.name)
    """
    with open(path, "rb") as handle:
        head = handle.read(_SAMPLE)
    rows = head.count(b"\n") or 1
    return max(_MIN_BLOCK, len(head) * partition_size // rows)


def read(
    source: Source,
    *,
    format: Format | str | None = None,
    partition_size: int = PARTITION_SIZE,
    limits: Limits = DEFAULT_LIMITS,
) -> dd.DataFrame:
    """A lazy Dask dataframe of articles batches (``ARTICLE_COLUMNS`` + ``read_error``).

    ``source`` is a file, a directory (read recursively), a glob, or a list of
    them, read ``partition_size`` files per partition on the workers; or one
    JSONL file of article rows (``.jsonl``/``.ndjson``); or a Parquet file or
    folder of article rows (:func:`write_articles`). Rows whose ``read_error``
    is set are inputs that could not be read.

    Example:
        >>> batches = read("examples/")  # doctest: +SKIP
        >>> batches["headline"].head()  # doctest: +SKIP

    Raises:
        UsageError: the ``dask`` extra is missing, ``partition_size`` is not
            positive, or ``format`` is unknown.
        BatchError: a JSONL or Parquet file of article rows lacks a needed column.
    """
    require_dask()
    import dask.dataframe as dd

    if not isinstance(partition_size, int) or partition_size < 1:
        raise UsageError(f"partition_size must be a positive number, not {partition_size!r}")
    fmt = _parse_format(format)
    listed = _listed(source)
    meta = articles_meta()
    rows: dd.DataFrame | None = None
    if len(listed) == 1 and _is_kind(Path(listed[0]), _JSONL):
        blocksize = jsonl_blocksize(listed[0], partition_size)
        rows = dd.read_json(listed[0], lines=True, blocksize=blocksize, dtype=False)
        require_columns(rows.columns, listed[0])
    elif len(listed) == 1 and _is_kind(Path(listed[0]), _PARQUET):
        return _read_parquet(Path(listed[0]), meta)
    if rows is not None:
        conformed: dd.DataFrame = rows.map_partitions(conform_rows, meta=meta)
        return conformed
    paths, errors = _paths(listed)
    chunks = _chunks(paths, errors, partition_size)
    frame: dd.DataFrame = dd.from_map(
        _read_chunk, chunks, args=(fmt, limits), meta=meta, enforce_metadata=False
    )
    return frame


def _read_parquet(path: Path, meta: pd.DataFrame) -> dd.DataFrame:
    """A Parquet file or folder of article rows, one partition per row group.

    Read with pyarrow rather than ``dd.read_parquet``: Dask 2026.8's Parquet
    reader calls ``reset_index(inplace=True)`` on every part, which pandas 3.1
    deprecates (``Pandas4Warning``). The footers are read on the client (row
    groups only), the rows on the workers.
    """
    import dask.dataframe as dd
    import pyarrow.parquet as pq

    files = [path] if path.is_file() else sorted(_visible_files(path, _PARQUET))
    parts = []
    for file in files:
        footer = pq.ParquetFile(file)
        require_columns(footer.schema_arrow.names, os.fspath(file))
        parts += [(os.fspath(file), g) for g in range(footer.num_row_groups)]
    if not parts:
        empty: dd.DataFrame = dd.from_pandas(meta, npartitions=1)
        return empty
    frame: dd.DataFrame = dd.from_map(_read_row_group, parts, meta=meta, enforce_metadata=False)
    return frame


def require_columns(columns: Any, path: str) -> None:
    """Refuse a frame of article rows (a JSONL or Parquet file, a user's Dask frame)
    without a column no row can lack, before any work is scheduled."""
    from provenance.engines import REQUIRED_COLUMNS
    from provenance.errors import BatchError, printable

    missing = [c for c in REQUIRED_COLUMNS if c not in set(columns)]
    if missing:
        raise BatchError(
            ", ".join(missing),
            f"{printable(path)} has no column {', '.join(missing)}",
            "article rows have the columns of provenance.engines.ARTICLE_COLUMNS "
            "(write them with provenance.dask.write_articles)",
        )


def _visible_files(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    return [
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith((".", "_")) and p.suffix.lower() in suffixes
    ]


def _read_row_group(part: tuple[str, int]) -> pd.DataFrame:
    import pyarrow.parquet as pq

    path, group = part
    return conform_rows(pq.ParquetFile(path).read_row_group(group).to_pandas())


def conform_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`conform`, keeping the :data:`READ_ERROR` column (empty when not given)."""
    import pandas as pd

    out = conform(frame)
    given = frame[READ_ERROR] if READ_ERROR in frame.columns else None
    errors = given.astype(object).to_numpy() if given is not None else None
    return out.assign(**{READ_ERROR: pd.Series(errors, index=out.index, dtype=object)})


def write_articles(frame: dd.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write a lazy articles frame (from :func:`read`) to a Parquet folder :func:`read` takes back.

    Unreadable inputs are written too (their ``read_error`` rows).

    Example:
        >>> write_articles(read("feed/"), "feed.parquet")  # doctest: +SKIP

    Raises:
        UsageError: the ``dask`` extra (or pyarrow) is missing.
    """
    require_dask()
    from provenance.dask._scheduler import scheduler

    frame.to_parquet(os.fspath(path), write_index=False, compute_kwargs=_kwargs(scheduler()))


def _kwargs(chosen: str | None) -> dict[str, Any]:
    return {} if chosen is None else {"scheduler": chosen}


def split_errors(frame: dd.DataFrame) -> tuple[dd.DataFrame, dd.DataFrame]:
    """The articles rows (``ARTICLE_COLUMNS``) and the error rows (:data:`ERROR_COLUMNS`).

    Example:
        >>> articles, errors = split_errors(read("feed/"))  # doctest: +SKIP
    """
    good = frame[frame[READ_ERROR].isna()].drop(columns=[READ_ERROR])
    bad = frame[~frame[READ_ERROR].isna()][["path", READ_ERROR]]
    errors = bad.map_partitions(_unpack_errors, meta=errors_frame([]))
    return good, errors


def _unpack_errors(rows: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    payload = [json.loads(text) for text in rows[READ_ERROR]]
    out = pd.DataFrame(payload, columns=list(ERROR_COLUMNS[1:]), dtype=object)
    out.insert(0, "path", rows["path"].astype(object).to_numpy())
    return out.astype(object)
