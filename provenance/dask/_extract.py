"""``provenance.dask.extract``: articles batches in, five lazy validated tables out.

The articles are shuffled on their article id, so every copy of an article
(the same story in two files of two partitions) meets in one partition, where
the core's ``dedupe_batch`` keeps the copy ``provenance.extract`` keeps. Each
partition then goes through the core's ``extract_batch`` (validated by pandera
per batch); the partitions hold disjoint articles, so their ids never collide.
Sources are shared across articles: they are shuffled on ``source_id`` and
reduced with the core's order-independent choice (``combine_tables``).
"""

from __future__ import annotations

import operator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from provenance.dask._errors import errors_frame, warnings_frame
from provenance.dask._read import (
    PARTITION_SIZE,
    Source,
    articles_meta,
    conform_rows,
    read,
    require_columns,
    split_errors,
)
from provenance.dask._scheduler import require_dask
from provenance.dask._tables import DaskTables, Extraction
from provenance.settings import DEFAULT_LIMITS, Limits
from provenance.tables.bundle import TABLE_NAMES

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

    from provenance.enums import Format
    from provenance.extractors.pipeline import Extractors

__all__ = ["extract", "extract_part", "reduce_sources", "table_metas"]

_KEY = "_article_key"


def table_metas() -> dict[str, pd.DataFrame]:
    """The empty tables (columns and dtypes) an extraction gives, plus ``errors``/``warnings``.

    Example:
        >>> sorted(table_metas())[:2]
        ['articles', 'claims']
    """
    from provenance.engines import documents_frame, extract_batch

    empty = extract_batch(documents_frame([]))
    metas = dict(empty.items())
    metas["errors"] = errors_frame([])
    metas["warnings"] = warnings_frame([])
    return metas


def _keyed(batch: pd.DataFrame) -> pd.DataFrame:
    from provenance.engines import article_ids

    return batch.assign(**{_KEY: article_ids(batch).astype(object).to_numpy()})


def extract_part(
    batch: pd.DataFrame, extractors: Extractors | None, validate: bool, limits: Limits
) -> dict[str, pd.DataFrame]:
    """One partition: its copies deduped, then the five tables, errors and warnings as frames."""
    from provenance.engines import dedupe_batch, extract_batch

    batch = dedupe_batch(batch.drop(columns=[_KEY]))
    tables = extract_batch(batch, extractors=extractors, validate=validate, limits=limits)
    parts = dict(tables.items())
    parts["errors"] = errors_frame(tables.errors)
    parts["warnings"] = warnings_frame(tables.warnings)
    return parts


def _reduce_sources(sources: pd.DataFrame, metas: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per ``source_id`` of a shuffled partition, chosen as ``combine_tables`` does."""
    from provenance.engines import combine_tables
    from provenance.tables.bundle import Tables

    part = Tables(
        articles=metas["articles"],
        photo_credits=metas["photo_credits"],
        sources=sources.reset_index(drop=True),
        claims=metas["claims"],
        figures=metas["figures"],
    )
    empty = replace(part, sources=metas["sources"])
    # Two parts: combine_tables returns a single part as it is, unreduced.
    reduced: pd.DataFrame = combine_tables([part, empty]).sources
    return reduced


def reduce_sources(sources: dd.DataFrame, metas: dict[str, pd.DataFrame]) -> dd.DataFrame:
    """The lazy sources of the partitions, one row per ``source_id`` (a shuffle on it)."""
    shuffled = sources.shuffle(on="source_id")
    reduced: dd.DataFrame = shuffled.map_partitions(_reduce_sources, metas, meta=metas["sources"])
    return reduced


def extract(
    source: Source | dd.DataFrame,
    *,
    format: Format | str | None = None,
    extractors: Extractors | None = None,
    validate: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    partition_size: int = PARTITION_SIZE,
) -> DaskTables:
    """Extract the five tables lazily, on the user's Dask client or local processes.

    ``source`` is anything :func:`provenance.dask.read` takes, or its result (a
    lazy articles frame). Nothing runs until ``.compute()`` / ``.to_parquet()``.
    ``extractors`` is sent to every worker (it must pickle); by default each
    worker builds its own.

    Example:
        >>> lazy = extract("examples/")  # doctest: +SKIP
        >>> lazy.compute().figures["text"].head()  # doctest: +SKIP

    Raises:
        UsageError: the ``dask`` extra is missing, or an argument is invalid.
        BatchError: the article rows lack a needed column (at once) or hold
            ill-typed values (when computed).
    """
    require_dask()
    import dask.dataframe as dd
    from dask.delayed import delayed

    if isinstance(source, dd.DataFrame):
        # A user's frame: refused now when a column is missing, brought to the batch dtypes.
        require_columns(source.columns, "the articles frame")
        frame = source.map_partitions(conform_rows, meta=articles_meta())
    else:
        frame = read(source, format=format, partition_size=partition_size, limits=limits)
    good, read_errors = split_errors(frame)
    keyed = good.map_partitions(_keyed, meta=_keyed(good._meta))
    shuffled = keyed.shuffle(on=_KEY)
    metas = table_metas()
    batches = tuple(shuffled.to_delayed())
    parts = [delayed(extract_part)(p, extractors, validate, limits) for p in batches]

    def lazy(name: str) -> dd.DataFrame:
        pieces = [delayed(operator.getitem)(p, name) for p in parts]
        out: dd.DataFrame = dd.from_delayed(pieces, meta=metas[name], verify_meta=False)
        return out

    reduced = reduce_sources(lazy("sources"), metas)
    tables: dict[str, Any] = {n: lazy(n) for n in TABLE_NAMES if n != "sources"}
    frames = {
        **tables,
        "sources": reduced,
        "errors": dd.concat([read_errors, lazy("errors")]),
        "warnings": lazy("warnings"),
    }
    # to_parquet writes each partition's tables from its extraction task (see Extraction).
    names = {n: f._name for n, f in frames.items()}
    made = Extraction(batches, extractors, validate, limits, read_errors, names)
    return DaskTables(aligned=True, extraction=made, **frames)
