"""The cross-article rules of ``check(cross=True)`` on Spark: figure matching and denials.

The steps and the pure functions are those of :mod:`provenance.dask` (each
correct on any hash partition of its keys):

1. **Cells** (``mapInArrow`` over the packed buckets, whole articles):
   :func:`~provenance.dask._cross.matching_cells` (each figure's matching key,
   ``group_id``) and :func:`~provenance.dask._denials.claim_cells` (each claim's
   ``(window, name)`` denial keys).
2. **Groups** (a Spark shuffle on ``group_id``, then ``mapInArrow`` over the whole
   partition): :func:`~provenance.dask._cross.group_figures`, so a group's
   figures meet in one call; figures without a key are grouped where they are
   (their null keys would all land in one partition).
3. **Denials** (a shuffle on ``(window, name)``, then ``mapInArrow`` over the whole
   partition): :func:`~provenance.dask._denials.part_pairs`; a claim's first
   denial is the ``min`` per ``claim_id`` (a Spark aggregate).
4. **Descriptions**: the claim a finding names (its text, its source's name, its
   article's agency and headline) by joins on the claim, article and source ids.
5. **Back to the buckets**: each figure's and claim's cross columns are packed
   per bucket (``collect_list``) and joined to the bucket rows, where
   :func:`add_cross_columns` puts them on the views before the suites run.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from provenance.spark._arrow import arrow_type, frame_to_arrow

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from pyspark.sql import DataFrame

__all__ = [
    "CLAIM_CROSS",
    "CROSS_TYPES",
    "FIGURE_CROSS",
    "add_cross_columns",
    "cross_columns",
]

#: The per-bucket list of each figure's cross columns (status, contradicting claim).
FIGURE_CROSS = "_figures_cross"
#: The per-bucket list of each denied claim's denying claim and its description.
CLAIM_CROSS = "_claims_cross"
_DESCRIBED = ("cross_text", "cross_source", "cross_agency", "cross_headline")
_FIGURE_FIELDS = ("figure_id", "status", "disagreeing_sources", "contradicted_by", *_DESCRIBED)
_CLAIM_FIELDS = ("claim_id", "denied_by", *_DESCRIBED)
#: The Arrow types of the columns the cross-article rules add to the views.
CROSS_TYPES: dict[str, str] = {
    "status": "string",
    "disagreeing_sources": "int64",
    "single_source": "bool",
    "contradicted_by": "string",
    "denied_by": "string",
    "agency": "string",
    "headline": "string",
    **dict.fromkeys(_DESCRIBED, "string"),
}


def _schema(frame: pd.DataFrame) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([(c, arrow_type(frame[c].dtype)) for c in frame.columns])


@functools.cache
def _cells_schema() -> pa.Schema:
    from provenance.dask._cross import cells_meta

    return _schema(cells_meta())


@functools.cache
def _groups_schema() -> pa.Schema:
    from provenance.dask._cross import cells_meta, group_figures

    return _schema(group_figures(cells_meta()))


@functools.cache
def _denial_schema() -> pa.Schema:
    from provenance.dask._denials import denial_cells_meta

    return _schema(denial_cells_meta())


def matching_cells_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Per batch of bucket rows (whole articles): each figure's matching cell."""
    from provenance.dask._cross import matching_cells
    from provenance.spark._views import bucket_tables

    for batch in batches:
        if batch.num_rows:
            t = bucket_tables(batch, ("articles", "claims", "figures"))
            if len(t.figures):
                cells = matching_cells(t.articles, t.claims, t.figures)
                yield from frame_to_arrow(cells, _cells_schema()).to_batches()


def _grouped(parts: list[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    import pyarrow as pa

    from provenance.dask._cross import group_figures

    if parts:
        cells = pa.Table.from_batches(parts).to_pandas()
        yield from frame_to_arrow(group_figures(cells), _groups_schema()).to_batches()


def groups_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """A partition of cells hashed on ``group_id``: every figure's group status.

    The whole partition at once: one group's rows may span several Arrow batches.
    """
    yield from _grouped([b for b in batches if b.num_rows])


def ungrouped_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Cells without a key, batch by batch: each figure meets no other."""
    for batch in batches:
        if batch.num_rows:
            yield from _grouped([batch])


def denial_cells_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Per batch of bucket rows (whole articles): each claim's denial cells."""
    from provenance.dask._denials import claim_cells
    from provenance.spark._views import bucket_tables

    for batch in batches:
        if batch.num_rows:
            t = bucket_tables(batch, ("articles", "claims"))
            if len(t.claims):
                cells = claim_cells(t.claims, t.articles)
                yield from frame_to_arrow(cells, _denial_schema()).to_batches()


def pairs_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """A partition of denial cells hashed on ``(window, name)``: its (claim, denial) pairs."""
    import pyarrow as pa

    from provenance.dask._denials import part_pairs

    parts = [b for b in batches if b.num_rows]
    if parts:
        pairs = part_pairs(pa.Table.from_batches(parts).to_pandas())
        schema = pa.schema([("claim_id", pa.string()), ("denial_claim_id", pa.string())])
        yield from frame_to_arrow(pairs, schema).to_batches()


def _described(frames: dict[str, DataFrame], id_column: str) -> DataFrame:
    """Per claim (its id in ``id_column``): what a finding says about it elsewhere."""
    from pyspark.sql import functions as F

    articles = frames["articles"].select(
        "article_id",
        F.col("agency").alias("cross_agency"),
        F.col("headline").alias("cross_headline"),
    )
    names = frames["sources"].select("source_id", F.col("name").alias("cross_source"))
    return (
        frames["claims"]
        .select("claim_id", "article_id", "source_id", F.col("text").alias("cross_text"))
        .join(articles, "article_id", "left")
        .join(names, "source_id", "left")
        .select(F.col("claim_id").alias(id_column), *_DESCRIBED)
    )


def _per_bucket(rows: DataFrame, fields: tuple[str, ...], column: str, buckets: int) -> DataFrame:
    from pyspark.sql import functions as F

    from provenance.spark._views import BUCKET

    bucketed = rows.withColumn(BUCKET, F.pmod(F.xxhash64("article_id"), F.lit(buckets)))
    return bucketed.groupBy(BUCKET).agg(F.collect_list(F.struct(*fields)).alias(column))


def cross_columns(
    packed: DataFrame, frames: dict[str, DataFrame], buckets: int, partitions: int
) -> tuple[DataFrame, DataFrame]:
    """Per bucket, its figures' and claims' cross columns; and every figure's match.

    ``packed`` holds one row per bucket (``_check._packed``); the first frame
    has the bucket column, :data:`FIGURE_CROSS` and :data:`CLAIM_CROSS`, the
    second the columns of :func:`provenance.matching.match_figures` and
    ``contradicted_by`` per figure (``figure_groups`` of the result).
    """
    from pyspark.sql import functions as F

    from provenance.spark._extract import spark_schema
    from provenance.spark._views import BUCKET

    cells = packed.select(BUCKET, "articles", "claims", "figures").mapInArrow(
        matching_cells_partition, spark_schema(_cells_schema())
    )
    groups = spark_schema(_groups_schema())
    keyed = cells.filter(F.col("group_id").isNotNull()).repartition(partitions, "group_id")
    matches = keyed.mapInArrow(groups_partition, groups).unionByName(
        cells.filter(F.col("group_id").isNull()).mapInArrow(ungrouped_batches, groups)
    )
    contradicting = _described(frames, "contradicted_by")
    figures = (
        matches.select("figure_id", "status", "disagreeing_sources", "contradicted_by")
        .join(contradicting, "contradicted_by", "left")
        .join(frames["figures"].select("figure_id", "article_id"), "figure_id")
    )
    denial_cells = packed.select(BUCKET, "articles", "claims").mapInArrow(
        denial_cells_partition, spark_schema(_denial_schema())
    )
    pairs = denial_cells.repartition(partitions, "window", "name").mapInArrow(
        pairs_partition, "claim_id string, denial_claim_id string"
    )
    first = pairs.groupBy("claim_id").agg(F.min("denial_claim_id").alias("denied_by"))
    claims = first.join(_described(frames, "denied_by"), "denied_by", "left").join(
        frames["claims"].select("claim_id", "article_id"), "claim_id"
    )
    per_bucket = _per_bucket(figures, _FIGURE_FIELDS, FIGURE_CROSS, buckets).join(
        _per_bucket(claims, _CLAIM_FIELDS, CLAIM_CROSS, buckets), BUCKET, "full_outer"
    )
    return per_bucket, matches


def _rows(batch: pa.RecordBatch | None, column: str, fields: tuple[str, ...]) -> pd.DataFrame:
    """The rows of a per-bucket list column (no rows when the batch has none)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    if batch is None:
        return pd.DataFrame({f: pd.Series([], dtype=object) for f in fields})
    values = pc.list_flatten(batch.column(column))
    rows: pd.DataFrame = pa.Table.from_struct_array(values).select(list(fields)).to_pandas()
    return rows


def add_cross_columns(
    views: dict[str, pd.DataFrame], articles: pd.DataFrame, batch: pa.RecordBatch | None
) -> dict[str, pd.DataFrame]:
    """The views of a batch of buckets with the cross columns of ``check --ledger``.

    ``batch`` carries :data:`FIGURE_CROSS` and :data:`CLAIM_CROSS`; ``None``
    gives the columns with no rows (the views' shape, for the schema).
    """
    from provenance.dask._cross import finish_figures_view
    from provenance.dask._denials import finish_claims_view, with_own_article

    figures = _rows(batch, FIGURE_CROSS, _FIGURE_FIELDS)
    claims = _rows(batch, CLAIM_CROSS, _CLAIM_FIELDS)
    view = views["figures"]
    figures = figures.astype({"figure_id": view["figure_id"].dtype})
    figure_view = view.merge(figures, on="figure_id", how="left")
    own = with_own_article(views["claims"], articles)
    claims = claims.astype({"claim_id": own["claim_id"].dtype})
    claim_view = own.merge(claims, on="claim_id", how="left")
    return {
        **views,
        "figures": finish_figures_view(figure_view.reset_index(drop=True)),
        "claims": finish_claims_view(claim_view),
    }
