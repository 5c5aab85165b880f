"""``provenance.spark.check``: the expectation suites run on Spark over the tables.

What runs where:

1. **Pack** (Spark SQL): every table gets a bucket, ``pmod(xxhash64(article_id), B)``,
   and is grouped into one row per bucket (``collect_list`` of row structs); the
   sources a bucket's claims and figures name join it. An article's rows are
   thus in one row, whatever partitioning the Parquet had.
2. **Party keys** (``mapInArrow``, pandas): :func:`provenance.engines.party_keys`
   per batch of buckets.
3. **Party step** (Spark shuffle on ``unit_key, value``, then ``mapInArrow``):
   :func:`provenance.engines.party_only_from_keys` per partition, correct on any
   hash partition of the keys; only comparable figures are shuffled (the others
   are never party-only, and their null keys would all land in one partition).
4. **Views** (``mapInArrow``, pandas): :func:`provenance.engines.local_views` per
   batch of buckets, ``party_only`` from step 3.
5. **Suites**: ``engine="gx"`` writes the views' checked columns as a Spark
   DataFrame and validates it through Great Expectations' **Spark datasource**
   (failing row ids from ``unexpected_index_column_names``); ``engine="pandas"``
   runs the suites' pandas engine inside the views step (no GX). Either way
   only the failing rows travel to the driver, where
   :func:`provenance.suites.findings.build_findings` turns them into findings.
"""

from __future__ import annotations

import functools
import string
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.errors import UsageError
from provenance.spark._arrow import TAG, arrow_type, table_schema
from provenance.spark._tables import SparkTables, arrow_to_frame, empty_tables
from provenance.spark._views import (
    BUCKET,
    FLAGGED,
    findings_partition,
    keys_schema,
    party_flags,
    party_keys_partition,
    views_partition,
)
from provenance.tables.bundle import TABLE_NAMES

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession

    from provenance.findings import ExpectationOutcome
    from provenance.suites import Engine, SuiteSpec
    from provenance.suites.outcome import RawOutcome

__all__ = ["load_tables", "run_check"]

#: Articles per bucket row the pack step aims at (a bucket row is one Spark row).
ARTICLES_PER_BUCKET = 500
_SUBJECTS = ("article_id", "claim_id", "figure_id", "photo_id")
_OUTCOME_FIELDS: tuple[tuple[str, str], ...] = (
    ("suite", "string"),
    ("rule", "string"),
    ("expectation_type", "string"),
    ("table", "string"),
    ("column", "string"),
    ("severity", "string"),
    ("success", "bool"),
    ("unexpected_count", "int64"),
    ("element_count", "int64"),
    ("description", "string"),
    ("exception", "string"),
)


def load_tables(
    spark: SparkSession, tables: SparkTables | str | Path | dict[str, DataFrame]
) -> dict[str, DataFrame]:
    """The five tables as Spark DataFrames of their contract's columns and types.

    Raises:
        UsageError: a table's Parquet is missing from the directory.
    """
    from pyspark.sql import functions as F

    from provenance.spark._extract import spark_schema

    if isinstance(tables, SparkTables):
        return {name: tables.table(name) for name in TABLE_NAMES}
    if isinstance(tables, dict):
        frames = dict(tables)
    else:
        base = str(tables).rstrip("/")
        paths = {name: f"{base}/{name}.parquet" for name in TABLE_NAMES}
        for path in paths.values():  # all of them before Spark reads any
            if "://" not in path and not Path(path).exists():
                raise UsageError(
                    f"{path} is missing; write the tables with "
                    "provenance.spark.extract(...).write_parquet(DIR)"
                )
        frames = {name: _read_parquet(spark, path) for name, path in paths.items()}
    out = {}
    for name in TABLE_NAMES:
        schema = spark_schema(table_schema(name))
        out[name] = frames[name].select(
            *[F.col(f.name).cast(f.dataType).alias(f.name) for f in schema.fields]
        )
    return out


def _read_parquet(spark: SparkSession, path: str) -> DataFrame:
    from pyspark.errors import AnalysisException

    try:
        return spark.read.parquet(path)
    except AnalysisException as exc:
        if "PARQUET_TYPE_ILLEGAL" not in str(exc):
            raise
        raise UsageError(
            f"{path}: Spark cannot read its nanosecond timestamps; write the tables with "
            "provenance.spark.extract(...).write_parquet(DIR), or with pandas' "
            "to_parquet(coerce_timestamps='us')"
        ) from None


def _bucketed(frame: DataFrame, buckets: int) -> DataFrame:
    from pyspark.sql import functions as F

    return frame.withColumn(BUCKET, F.pmod(F.xxhash64("article_id"), F.lit(buckets)))


def _packed(frames: dict[str, DataFrame], buckets: int) -> DataFrame:
    from pyspark.sql import functions as F

    parts = []
    for name in ("articles", "photo_credits", "claims", "figures"):
        cols = table_schema(name).names
        grouped = _bucketed(frames[name], buckets).groupBy(BUCKET)
        parts.append(grouped.agg(F.collect_list(F.struct(*cols)).alias(name)))
    named = (
        frames["claims"]
        .select("article_id", "source_id")
        .unionByName(frames["figures"].select("article_id", "source_id"))
    )
    named = _bucketed(named, buckets).select(BUCKET, "source_id").distinct()
    sources = named.join(frames["sources"], "source_id")
    cols = table_schema("sources").names
    parts.append(sources.groupBy(BUCKET).agg(F.collect_list(F.struct(*cols)).alias("sources")))
    packed = parts[0]
    for part in parts[1:]:
        packed = packed.join(part, BUCKET, "full_outer")
    return packed


def _flagged(
    spark: SparkSession,
    packed: DataFrame,
    frames: dict[str, DataFrame],
    buckets: int,
    partitions: int,
) -> DataFrame:
    """Per bucket, the ids of its party-only figures (the one cross-article rule column)."""
    from pyspark.sql import functions as F

    from provenance.spark._extract import spark_schema

    keys = packed.select(BUCKET, "figures", "sources").mapInArrow(
        party_keys_partition, spark_schema(keys_schema())
    )
    keys = keys.filter(F.col("comparable")).repartition(partitions, "unit_key", "value")
    flagged = keys.mapInArrow(party_flags, "figure_id string")
    figures = _bucketed(frames["figures"].select("figure_id", "article_id"), buckets)
    per_bucket = flagged.join(figures, "figure_id").groupBy(BUCKET)
    return per_bucket.agg(F.collect_list("figure_id").alias(FLAGGED))


def _empty_views(cross: bool) -> dict[str, pd.DataFrame]:
    """The views with no rows, ``party_only`` and (with ``cross``) the ledger's columns on."""
    from provenance.engines import local_views
    from provenance.spark._cross import add_cross_columns

    tables = empty_tables()
    views = local_views(tables)
    views["figures"] = views["figures"].assign(party_only=views["figures"]["figure_id"].isna())
    return add_cross_columns(views, tables.articles, None) if cross else views


def _view_columns(suites: tuple[SuiteSpec, ...], cross: bool) -> dict[str, tuple[str, ...]]:
    """Per view, the columns the suites check or their messages name, that the view has."""
    views = _empty_views(cross)
    wanted: dict[str, list[str]] = {name: [] for name in views}
    for suite in suites:
        names = wanted[suite.table]
        names += [suite.id_column, *_SUBJECTS]
        for spec in suite.expectations:
            names += [spec.column, spec.related_column or ""]
            names += [f for _, f, _, _ in string.Formatter().parse(spec.message) if f]
    have = {name: set(view.columns) for name, view in views.items()}
    return {
        name: tuple(c for c in dict.fromkeys(cols) if c in have[name])
        for name, cols in wanted.items()
    }


def _views_schema(columns: dict[str, tuple[str, ...]], cross: bool) -> pa.Schema:
    import numpy as np
    import pyarrow as pa

    from provenance.spark._cross import CROSS_TYPES

    tables = empty_tables()
    views = _empty_views(cross)
    fields: dict[str, pa.Field] = {TAG: pa.field(TAG, pa.string())}
    for name, cols in columns.items():
        base = set(getattr(tables, name).columns)
        for c in cols:
            if c not in base and cross and c in CROSS_TYPES:
                kind = pa.type_for_alias(CROSS_TYPES[c])
            elif c == "party_only" or (c not in base and views[name][c].dtype == np.dtype(bool)):
                kind = pa.bool_()
            elif c not in base:
                # a rule column over an empty table has no telling dtype (a mapped
                # empty Series is float64); the rule columns that are not flags
                # are names, texts and ids
                kind = pa.string()
            else:
                kind = arrow_type(views[name][c].dtype)
            seen = fields.setdefault(c, pa.field(c, kind))
            if seen.type != kind:
                raise TypeError(f"view column {c} is {seen.type} and {kind}")
    return pa.schema(list(fields.values()))


def _findings_schema() -> pa.Schema:
    import pyarrow as pa

    fields = {TAG: pa.field(TAG, pa.string())}
    for field in table_schema("findings"):
        fields[field.name] = field
    for name, kind in _OUTCOME_FIELDS:
        fields.setdefault(name, pa.field(name, pa.type_for_alias(kind)))
    return pa.schema(list(fields.values()))


def _ordered(
    outcomes: tuple[ExpectationOutcome, ...], suites: tuple[SuiteSpec, ...]
) -> tuple[ExpectationOutcome, ...]:
    """The outcomes in the order of the suites, with a zero count for one no bucket ran."""
    from provenance.findings import ExpectationOutcome

    seen = {(o.suite, o.rule, o.column): o for o in outcomes}
    ordered = []
    for suite in suites:
        for spec in suite.expectations:
            ordered.append(
                seen.get((suite.name, spec.rule, spec.column))
                or ExpectationOutcome(
                    suite.name,
                    spec.rule,
                    spec.type,
                    suite.table,
                    spec.column,
                    spec.severity,
                    True,
                    0,
                    0,
                    spec.description,
                )
            )
    return tuple(ordered)


def _pandas_engine(
    packed: DataFrame, suites: tuple[SuiteSpec, ...]
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    from provenance.engines import merge_outcomes
    from provenance.spark._extract import spark_schema
    from provenance.suites.findings import findings_frame

    schema = _findings_schema()
    run = functools.partial(findings_partition, suites=suites, schema=schema)
    rows = packed.mapInArrow(run, spark_schema(schema)).toArrow().to_pandas()
    found = rows[rows[TAG] == "findings"]
    findings = findings_frame(
        found[list(table_schema("findings").names)]
        .astype(object)
        .where(found.notna(), None)
        .to_dict("records")
    )
    done = rows[rows[TAG] == "outcomes"].astype(object)
    from provenance.findings import ExpectationOutcome

    parts = [[ExpectationOutcome.from_row(r)] for r in done.to_dict("records")]
    return findings, _ordered(merge_outcomes(parts), suites)


def _gx_engine(
    spark: SparkSession, packed: DataFrame, suites: tuple[SuiteSpec, ...], cross: bool
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    from provenance.spark._extract import spark_schema
    from provenance.spark._gx import run_gx_spark
    from provenance.suites.findings import build_findings

    columns = _view_columns(suites, cross)
    schema = _views_schema(columns, cross)
    run = functools.partial(views_partition, suites=suites, columns=columns, schema=schema)
    views = packed.mapInArrow(run, spark_schema(schema)).persist()
    try:
        outcomes = run_gx_spark(
            suites, {n: views.filter(views[TAG] == n).select(*c) for n, c in columns.items()}
        )
        failing = _failing_rows(spark, views, outcomes, columns)
        findings, summaries = build_findings(outcomes, failing)
    finally:
        views.unpersist()
    return findings, summaries


def _failing_rows(
    spark: SparkSession,
    views: DataFrame,
    outcomes: list[RawOutcome],
    columns: dict[str, tuple[str, ...]],
) -> dict[str, pd.DataFrame]:
    """The view rows some expectation failed, collected to the driver (pandas)."""
    from provenance.rules.views import VIEW_IDS

    out: dict[str, pd.DataFrame] = {}
    for name, cols in columns.items():
        ids = sorted({i for o in outcomes if o.suite.table == name for i in o.unexpected_ids})
        view = views.filter(views[TAG] == name).select(*cols)
        if ids:
            wanted = spark.createDataFrame([(i,) for i in ids], f"{VIEW_IDS[name]} string")
            view = view.join(wanted, VIEW_IDS[name], "left_semi")
        else:
            view = view.limit(0)
        out[name] = view.toArrow().to_pandas()
    return out


def run_check(
    spark: SparkSession,
    frames: dict[str, DataFrame],
    suites: tuple[SuiteSpec, ...],
    *,
    engine: Engine,
    partitions: int,
    buckets: int | None = None,
    cross: bool = False,
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...], pd.DataFrame | None]:
    """The findings and outcomes of ``suites`` over the tables, computed on Spark.

    With ``cross`` the views carry the ledger's cross-article columns
    (:mod:`provenance.spark._cross`; ``suites`` should then include the
    ledger's suites), and the third item is each figure's match (the columns of
    ``match_figures`` and ``contradicted_by``) collected to the driver; it is
    ``None`` otherwise.

    Raises:
        SuiteError: the engine is unknown, or a suite checks a column its view lacks.
    """
    from provenance.errors import SuiteError

    if engine not in ("gx", "pandas"):
        raise SuiteError(f"unknown engine {engine!r}; use 'gx' or 'pandas'")
    _check_columns(suites, cross)
    if buckets is None:
        count = frames["articles"].count()
        buckets = max(partitions, -(-count // ARTICLES_PER_BUCKET))
    packed = _packed(frames, buckets).persist()
    persisted = [packed]
    try:
        flagged = _flagged(spark, packed, frames, buckets, partitions)
        packed_views = packed.join(flagged, BUCKET, "left")
        matches = None
        if cross:
            from provenance.spark._cross import cross_columns

            per_bucket, lazy_matches = cross_columns(packed, frames, buckets, partitions)
            persisted.append(lazy_matches.persist())
            packed_views = packed_views.join(per_bucket, BUCKET, "left")
            matches = lazy_matches.toArrow().to_pandas()
        if engine == "pandas":
            return (*_pandas_engine(packed_views, suites), matches)
        return (*_gx_engine(spark, packed_views, suites, cross), matches)
    finally:
        for frame in persisted:
            frame.unpersist()


def _check_columns(suites: tuple[SuiteSpec, ...], cross: bool) -> None:
    from provenance.errors import SuiteError

    views = _empty_views(cross)
    for suite in suites:
        have = set(views[suite.table].columns)
        for spec in suite.expectations:
            if spec.column not in have:
                raise SuiteError(
                    f"{suite.path}: rule {spec.rule} checks column {spec.column!r}, "
                    f"which the {suite.table} view does not have"
                )


def collect_tables(frames: dict[str, DataFrame]) -> dict[str, pd.DataFrame]:
    """Every table collected to the driver as pandas (for the check result's ``tables``)."""
    return {name: arrow_to_frame(name, frame.toArrow()) for name, frame in frames.items()}
