"""The five tables as Spark DataFrames, and the way back to pandas and Parquet."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.spark._arrow import ERRORS, TAG, WARNINGS, frame_to_arrow, table_schema
from provenance.tables.bundle import TABLE_NAMES

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from pyspark.sql import DataFrame

    from provenance.errors import ReadError, ReadWarning
    from provenance.tables.bundle import Tables

__all__ = ["SparkTables", "arrow_to_frame", "empty_tables"]


def empty_tables() -> Tables:
    """The five tables with no rows, in their contract's dtypes."""
    from provenance.engines import documents_frame, extract_batch

    return extract_batch(documents_frame(()))


def arrow_to_frame(table: str, data: pa.Table, *, validate: bool = True) -> pd.DataFrame:
    """A table read back from Arrow, in the dtypes of its contract (validated, by default)."""
    from provenance.tables.columns import schema_for
    from provenance.tables.validate import validate_frame

    frame = data.select(table_schema(table).names).to_pandas()
    if validate:
        return validate_frame(table, frame)
    columns = schema_for(table).columns
    typed: pd.DataFrame = frame.astype({name: col.dtype.type for name, col in columns.items()})
    return typed


def _reduce_sources(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Executor side: one row per source id of a partition hashed on ``source_id``.

    The choice among descriptions of one source is :func:`provenance.engines.combine_tables`'s:
    the partition's sources are combined with an empty part, which applies it.
    """
    import dataclasses

    import pyarrow as pa

    from provenance.engines import combine_tables

    parts = [b for b in batches if b.num_rows]
    if not parts:
        return
    empty = empty_tables()
    sources = arrow_to_frame("sources", pa.Table.from_batches(parts), validate=False)
    combined = combine_tables([dataclasses.replace(empty, sources=sources), empty])
    yield from frame_to_arrow(combined.sources, table_schema("sources")).to_batches()


@dataclass(frozen=True, slots=True)
class SparkTables:
    """The tables of a Spark extraction: lazy Spark DataFrames over one persisted union.

    ``union`` is the tagged union the executors wrote (see
    :mod:`provenance.spark._arrow`); each table is a filter of it, so the
    extraction runs once however many tables are read.
    """

    union: DataFrame

    def table(self, name: str) -> DataFrame:
        """One table as a Spark DataFrame, in its contract's column order.

        Raises:
            KeyError: ``name`` is not one of the five tables.
        """
        if name not in TABLE_NAMES:
            raise KeyError(name)
        frame = self.union.filter(self.union[TAG] == name).select(*table_schema(name).names)
        if name == "sources":  # shared across articles: one row per id
            from provenance.spark._extract import spark_schema

            frame = frame.repartition("source_id").mapInArrow(
                _reduce_sources, spark_schema(table_schema("sources"))
            )
        return frame

    @property
    def articles(self) -> DataFrame:
        """One row per article."""
        return self.table("articles")

    @property
    def photo_credits(self) -> DataFrame:
        """One row per party named in a photo credit."""
        return self.table("photo_credits")

    @property
    def sources(self) -> DataFrame:
        """One row per source."""
        return self.table("sources")

    @property
    def claims(self) -> DataFrame:
        """One row per claim."""
        return self.table("claims")

    @property
    def figures(self) -> DataFrame:
        """One row per figure."""
        return self.table("figures")

    def _problems(self, tag: str) -> list[tuple[str, str, str, str]]:
        rows = self.union.filter(self.union[TAG] == tag).select(
            "_error_class", "_error_path", "_error_reason", "_error_hint"
        )
        return [(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3] or "")) for r in rows.collect()]

    @property
    def errors(self) -> tuple[ReadError, ...]:
        """The inputs that could not be read or extracted, sorted by path (one Spark job)."""
        from provenance import errors as module

        out: list[ReadError] = []
        for name, path, reason, hint in sorted(self._problems(ERRORS), key=lambda r: r[1:]):
            cls = getattr(module, name, module.ReadError)
            if not (isinstance(cls, type) and issubclass(cls, module.ReadError)):
                cls = module.ReadError
            out.append(cls(path, reason, hint))
        return tuple(out)

    @property
    def warnings(self) -> tuple[ReadWarning, ...]:
        """Values a document could not carry, dropped from its row, sorted by path."""
        from provenance.errors import ReadWarning

        rows = sorted(self._problems(WARNINGS), key=lambda r: r[1:])
        return tuple(ReadWarning(path, reason) for _, path, reason, _ in rows)

    def to_pandas(self) -> Tables:
        """All the tables collected to the driver, validated (for data that fits in memory).

        Example:
            >>> tables = provenance.spark.extract("feed/").to_pandas()  # doctest: +SKIP
        """
        from provenance.tables.bundle import Tables

        frames = {name: arrow_to_frame(name, self.table(name).toArrow()) for name in TABLE_NAMES}
        return Tables(**frames, errors=self.errors, warnings=self.warnings)

    def write_parquet(self, directory: str | Path) -> list[Path]:
        """Write each table as ``DIRECTORY/<table>.parquet`` (a Spark dataset directory).

        ``provenance.tables.io.read_tables(DIRECTORY, "parquet")`` and
        :func:`provenance.spark.check` read them back.

        Example:
            >>> provenance.spark.extract("feed/").write_parquet("out/")  # doctest: +SKIP
        """
        out = Path(directory)
        written = []
        for name in TABLE_NAMES:
            path = out / f"{name}.parquet"
            self.table(name).write.mode("overwrite").parquet(str(path))
            written.append(path)
        return written
