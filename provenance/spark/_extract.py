"""``provenance.spark.extract``: articles in, the five tables as Spark DataFrames.

What runs where: the driver lists the input files (or hands Spark the JSONL or
Parquet of articles batches); the executors read the files into articles
batches and compute each article's id (one ``mapInArrow``); Spark shuffles the
articles on that id; each partition keeps one copy per id
(:func:`provenance.engines.dedupe_batch`) and calls
:func:`provenance.engines.extract_batch` (a second ``mapInArrow``, emitting the
tagged union of :mod:`provenance.spark._arrow`). ``sources`` rows, shared
across articles, are reduced by ``source_id`` after a second shuffle.
``mapInArrow`` and not ``mapInPandas``: pandas 3 strings break ``mapInPandas``
in pyspark 4.3.0.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.errors import UsageError
from provenance.settings import DEFAULT_LIMITS, Limits
from provenance.spark._arrow import (
    ERROR_COLUMNS,
    ERRORS,
    WARNINGS,
    arrow_type,
    frame_to_arrow,
    table_schema,
    tagged_batch,
    union_schema,
)
from provenance.tables.bundle import TABLE_NAMES

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

    from provenance.errors import ReadError, ReadWarning
    from provenance.tables.bundle import Tables

__all__ = ["articles_frame", "extract_tables"]

#: The article id column the engine adds to an articles batch to shuffle on.
ARTICLE_ID = "_article_id"
#: Articles extracted per call of ``extract_batch`` inside a partition.
CHUNK = 500


@functools.cache
def articles_schema() -> pa.Schema:
    """An articles batch (the core's ``ARTICLE_COLUMNS``), its id, and the error columns."""
    import pyarrow as pa

    from provenance.engines import documents_frame

    empty = documents_frame(())
    fields = [pa.field(c, arrow_type(empty[c].dtype)) for c in empty.columns]
    fields.append(pa.field(ARTICLE_ID, pa.string()))
    fields += [pa.field(c, pa.string()) for c in ERROR_COLUMNS]
    return pa.schema(fields)


def _errors_table(errors: tuple[ReadError, ...] | list[ReadError]) -> pa.Table:
    import pyarrow as pa

    return pa.table(
        {
            "_error_class": [type(e).__name__ for e in errors],
            "_error_path": [e.path for e in errors],
            "_error_reason": [e.reason for e in errors],
            "_error_hint": [e.hint for e in errors],
        }
    )


def _warnings_table(warnings: tuple[ReadWarning, ...]) -> pa.Table:
    import pyarrow as pa

    return pa.table(
        {
            "_error_class": [type(w).__name__ for w in warnings],
            "_error_path": [w.path for w in warnings],
            "_error_reason": [w.reason for w in warnings],
        }
    )


def _articles_batch(frame: pd.DataFrame) -> pa.RecordBatch:
    from provenance.engines import article_ids

    schema = articles_schema()
    table = frame_to_arrow(
        frame.assign(**{ARTICLE_ID: article_ids(frame)}), _without_errors(schema)
    )
    return tagged_like(table, schema)


def _without_errors(schema: pa.Schema) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([f for f in schema if f.name not in ERROR_COLUMNS])


def tagged_like(table: pa.Table, schema: pa.Schema) -> pa.RecordBatch:
    """``table`` as one batch of ``schema``, with nulls in the columns it lacks."""
    import pyarrow as pa

    n = table.num_rows
    arrays = [
        table.column(f.name).combine_chunks().cast(f.type)
        if f.name in table.column_names
        else pa.nulls(n, type=f.type)
        for f in schema
    ]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def _read_paths(
    batches: Iterator[pa.RecordBatch], *, format: str | None, limits: Limits
) -> Iterator[pa.RecordBatch]:
    """Executor side: read files into articles batches; unreadable files become error rows."""
    from provenance.engines import read_batch

    for batch in batches:
        paths = [str(p) for p in batch.column(0).to_pylist()]
        frame, errors = read_batch(paths, format=format, limits=limits)
        if len(frame):
            yield _articles_batch(frame)
        if errors:
            yield tagged_like(_errors_table(errors), articles_schema())


def _with_ids(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Executor side: an articles batch read by Spark, with its article ids."""
    import pyarrow as pa

    from provenance.engines import ARTICLE_COLUMNS

    for batch in batches:
        if batch.num_rows:
            table = pa.Table.from_batches([batch]).select(list(ARTICLE_COLUMNS))
            yield _articles_batch(table.to_pandas())


def _extract_partition(
    batches: Iterator[pa.RecordBatch], *, limits: Limits, chunk: int
) -> Iterator[pa.RecordBatch]:
    """Executor side: one partition of articles (all copies of an id are here) to the union."""
    import pyarrow as pa

    from provenance.engines import ARTICLE_COLUMNS, dedupe_batch, extract_batch
    from provenance.extractors.pipeline import Extractors

    union = union_schema(TABLE_NAMES)
    parts = [b for b in batches if b.num_rows]
    if not parts:
        return
    read = pa.Table.from_batches(parts)
    failed = read.filter(read.column("_error_path").is_valid())
    if failed.num_rows:  # inputs the read step could not read: passed on as error rows
        yield tagged_batch(ERRORS, failed.select(list(ERROR_COLUMNS)), union)
    frame = read.filter(read.column("_error_path").is_null()).select(list(ARTICLE_COLUMNS))
    frame = frame.to_pandas()
    frame = dedupe_batch(frame).reset_index(drop=True)
    extractors = Extractors()  # one per partition: the lexicons load once per worker anyway
    for start in range(0, len(frame), chunk):
        tables = extract_batch(
            frame.iloc[start : start + chunk], extractors=extractors, limits=limits
        )
        yield from _tagged_tables(tables, union)


def _tagged_tables(tables: Tables, union: pa.Schema) -> Iterator[pa.RecordBatch]:
    for name, df in tables.items():
        if len(df):
            yield tagged_batch(name, frame_to_arrow(df, table_schema(name)), union)
    if tables.errors:
        yield tagged_batch(ERRORS, _errors_table(tables.errors), union)
    if tables.warnings:
        yield tagged_batch(WARNINGS, _warnings_table(tables.warnings), union)


def spark_schema(schema: pa.Schema) -> Any:
    """The Spark ``StructType`` of an Arrow schema."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def _is_kind(path: str, suffix: str) -> bool:
    return path.lower().rstrip("/").endswith(suffix)


def articles_frame(
    spark: SparkSession,
    source: str | os.PathLike[str] | DataFrame,
    *,
    format: str | None,
    limits: Limits,
    partitions: int,
) -> DataFrame:
    """Articles (and error rows) with ids, from a directory of files, JSONL, Parquet or a frame.

    Raises:
        UsageError: ``source`` does not exist.
    """
    from pyspark.sql import DataFrame as SparkFrame

    schema = articles_schema()
    if isinstance(source, SparkFrame):
        return source.mapInArrow(_with_ids, spark_schema(schema))
    path = os.fspath(source)
    if not Path(path).exists() and "://" not in path:
        raise UsageError(f"{path} does not exist; pass a directory of articles, JSONL or Parquet")
    if _is_kind(path, ".parquet"):
        return spark.read.parquet(path).mapInArrow(_with_ids, spark_schema(schema))
    if _is_kind(path, ".jsonl") or _is_kind(path, ".json"):
        from provenance.engines import ARTICLE_COLUMNS

        read = spark.read.schema(spark_schema(_without_errors(schema))).json(path)
        return read.select(*ARTICLE_COLUMNS).mapInArrow(_with_ids, spark_schema(schema))
    return _files_frame(spark, path, format=format, limits=limits, partitions=partitions)


def _files_frame(
    spark: SparkSession, path: str, *, format: str | None, limits: Limits, partitions: int
) -> DataFrame:
    from provenance.ingest import iter_paths

    errors: list[ReadError] = []
    paths = [str(p) for p in iter_paths([path], on_error=errors.append)]
    listing = spark.createDataFrame([(p,) for p in paths], "path string")
    listing = listing.repartition(max(1, min(partitions, len(paths))))
    read = functools.partial(_read_paths, format=format, limits=limits)
    frame = listing.mapInArrow(read, spark_schema(articles_schema()))
    if errors:
        import pyarrow as pa

        rows = tagged_like(_errors_table(errors), articles_schema())
        frame = frame.unionByName(spark.createDataFrame(pa.Table.from_batches([rows])))
    return frame


def extract_tables(
    spark: SparkSession,
    source: str | os.PathLike[str] | DataFrame,
    *,
    format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    partitions: int | None = None,
) -> DataFrame:
    """The tagged union of the five tables (and errors, warnings) of ``source``, persisted."""
    n = partitions or int(spark.conf.get("spark.sql.shuffle.partitions") or 8)
    read = articles_frame(spark, source, format=format, limits=limits, partitions=n)
    # Error rows (null id) ride along to one partition and come out tagged as errors.
    extract = functools.partial(_extract_partition, limits=limits, chunk=CHUNK)
    schema = spark_schema(union_schema(TABLE_NAMES))
    return read.repartition(n, ARTICLE_ID).mapInArrow(extract, schema)
