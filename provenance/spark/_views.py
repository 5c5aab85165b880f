"""Executor side of the Spark check: one bucket of articles with all their rows, to views.

The check packs every table by *bucket* (a hash of ``article_id``) into one
row per bucket: a list of row structs per table, and the sources the bucket's
claims and figures name. Every view column but ``party_only`` depends on one
article (:func:`provenance.engines.local_views`), so the views of a batch of
bucket rows are the views of its articles, computed here with pandas.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from provenance.spark._arrow import arrow_type, frame_to_arrow
from provenance.spark._tables import arrow_to_frame, empty_tables
from provenance.tables.bundle import TABLE_NAMES

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from provenance.suites import SuiteSpec
    from provenance.tables.bundle import Tables

__all__ = [
    "BUCKET",
    "FLAGGED",
    "bucket_tables",
    "keys_schema",
    "party_flags",
    "party_keys_partition",
    "views_partition",
]

#: The bucket column (``pmod(xxhash64(article_id), buckets)``).
BUCKET = "_bucket"
#: The list of a bucket's figure ids that the cross-article party step flagged.
FLAGGED = "_party_only"


def bucket_tables(batch: pa.RecordBatch, names: tuple[str, ...] = TABLE_NAMES) -> Tables:
    """The tables of a batch of bucket rows (missing tables are empty)."""
    import dataclasses

    import pyarrow as pa
    import pyarrow.compute as pc

    frames: dict[str, pd.DataFrame] = {}
    for name in names:
        values = pc.list_flatten(batch.column(name))
        frame = arrow_to_frame(name, pa.Table.from_struct_array(values), validate=False)
        if name == "sources":  # two buckets of a batch may name one source
            frame = frame.drop_duplicates("source_id").reset_index(drop=True)
        frames[name] = frame
    return dataclasses.replace(empty_tables(), **frames)  # type: ignore[arg-type]


@functools.cache
def keys_schema() -> pa.Schema:
    """The Arrow schema of :func:`provenance.engines.party_keys`' rows."""
    import pyarrow as pa

    from provenance.engines import party_keys

    empty = empty_tables()
    keys = party_keys(empty.figures, empty.sources)
    return pa.schema([(c, arrow_type(keys[c].dtype)) for c in keys.columns])


def party_keys_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Per bucket batch: each figure's party key row (grouping key and what the group needs)."""
    from provenance.engines import party_keys

    for batch in batches:
        if batch.num_rows:
            tables = bucket_tables(batch, ("figures", "sources"))
            keys = party_keys(tables.figures, tables.sources)
            yield from frame_to_arrow(keys, keys_schema()).to_batches()


def party_flags(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """A partition hashed on (unit key, value): the ids of its party-only figures.

    The whole partition at once: one group's rows may span several Arrow batches.
    """
    import pyarrow as pa

    from provenance.engines import party_only_from_keys

    parts = [b for b in batches if b.num_rows]
    if not parts:
        return
    flags = party_only_from_keys(pa.Table.from_batches(parts).to_pandas())
    flagged = [str(i) for i in flags.index[flags.to_numpy(dtype=bool)]]
    yield pa.record_batch({"figure_id": pa.array(flagged, type=pa.string())})


def views_of(batch: pa.RecordBatch) -> dict[str, pd.DataFrame]:
    """The checked views of a batch of bucket rows, ``party_only`` from the party step.

    With the cross-article columns when the batch carries them (``check(cross=True)``).
    """
    import pyarrow.compute as pc

    from provenance.engines import local_views
    from provenance.spark._cross import FIGURE_CROSS, add_cross_columns

    tables = bucket_tables(batch)
    views = local_views(tables)
    flagged = set(pc.list_flatten(batch.column(FLAGGED)).to_pylist())
    figures = views["figures"]
    party = figures["figure_id"].isin(flagged).to_numpy(dtype=bool)
    views = {**views, "figures": figures.assign(party_only=party)}
    if FIGURE_CROSS in batch.schema.names:  # check(cross=True): the ledger's columns too
        return add_cross_columns(views, tables.articles, batch)
    return views


def views_partition(
    batches: Iterator[pa.RecordBatch],
    *,
    suites: tuple[SuiteSpec, ...],
    columns: dict[str, tuple[str, ...]],
    schema: pa.Schema,
) -> Iterator[pa.RecordBatch]:
    """Per bucket batch: the rows of every view (the ``columns`` the suites read), tagged."""
    from provenance.spark._arrow import TAG

    del suites  # the columns were chosen from them on the driver
    for batch in batches:
        if not batch.num_rows:
            continue
        for name, view in views_of(batch).items():
            if len(view):
                yield _tagged(view[list(columns[name])].assign(**{TAG: name}), schema)


def findings_partition(
    batches: Iterator[pa.RecordBatch], *, suites: tuple[SuiteSpec, ...], schema: pa.Schema
) -> Iterator[pa.RecordBatch]:
    """Per bucket batch: the suites' pandas engine over its views; findings and outcomes, tagged."""
    import pandas as pd

    from provenance.engines import findings_for_views
    from provenance.spark._arrow import TAG

    for batch in batches:
        if not batch.num_rows:
            continue
        findings, outcomes = findings_for_views(views_of(batch), suites, engine="pandas")
        if len(findings):
            yield _tagged(findings.assign(**{TAG: "findings"}), schema)
        rows = pd.DataFrame([o.as_row() for o in outcomes])
        if len(rows):
            yield _tagged(rows.assign(**{TAG: "outcomes"}), schema)


def _tagged(frame: pd.DataFrame, schema: pa.Schema) -> pa.RecordBatch:
    full = frame.reindex(columns=schema.names)
    return frame_to_arrow(full, schema).combine_chunks().to_batches()[0]
