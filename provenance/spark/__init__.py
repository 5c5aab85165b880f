"""Extraction and expectation suites on Spark (the ``[spark]`` extra; Java 17+).

::

    import provenance.spark

    tables = provenance.spark.extract("archive/")   # files, JSONL or Parquet of articles
    tables.write_parquet("tables/")                 # one Parquet dataset per table
    result = provenance.spark.check("tables/")      # the GX suites on Spark -> CheckResult

Both use the ``spark`` session given, else the active one
(``SparkSession.getActiveSession()``: a cluster's, or a Spark Connect session
made with ``SparkSession.builder.remote("sc://host:15002")``), else a local
one. The workers run the same batch functions as every engine
(:mod:`provenance.engines`), so the tables and findings equal those of
:func:`provenance.extract` and :func:`provenance.check`, row for row in
canonical order. The library must be installed where the Python workers run.

Importing this package imports neither pyspark nor pandas.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.settings import DEFAULT_LIMITS, Limits
from provenance.spark._tables import SparkTables

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from provenance.enums import Format
    from provenance.errors import ReadError
    from provenance.findings import CheckResult
    from provenance.suites import Engine, SuiteSpec

__all__ = ["SparkTables", "check", "extract", "session"]


def session(spark: SparkSession | None = None) -> SparkSession:
    """The session the engine runs on: ``spark``, else the active one, else a local one.

    Example:
        >>> spark = provenance.spark.session()  # doctest: +SKIP

    Raises:
        UsageError: pyspark is not installed (``pip install 'news-provenance[spark]'``),
            or no Java runtime can start a local session.
    """
    from provenance.spark._session import session as resolve

    return resolve(spark)


def _partitions(spark: SparkSession, partitions: int | None) -> int:
    if partitions is not None:
        return max(1, partitions)
    return int(spark.conf.get("spark.sql.shuffle.partitions") or 8)


def extract(
    source: str | os.PathLike[str] | DataFrame,
    *,
    spark: SparkSession | None = None,
    format: Format | str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    partitions: int | None = None,
) -> SparkTables:
    """The five tables of the articles in ``source``, as Spark DataFrames.

    ``source`` is a directory (or file) of news documents, read on the
    executors (it must be readable there), a JSONL or Parquet of articles
    batches (:data:`provenance.engines.ARTICLE_COLUMNS`), or a Spark DataFrame
    of them. Articles are shuffled on their id and deduplicated before
    extraction; the result is persisted, so reading several tables extracts
    once. Unreadable inputs are on :attr:`SparkTables.errors`.

    Example:
        >>> tables = provenance.spark.extract("feed/")  # doctest: +SKIP
        >>> tables.figures.count()  # doctest: +SKIP
        11

    Raises:
        UsageError: ``source`` does not exist, or Spark is not available.
    """
    from provenance.api import _parse_format
    from provenance.spark._extract import extract_tables

    spark = session(spark)
    fmt = _parse_format(format)
    union = extract_tables(
        spark,
        source,
        format=fmt.value if fmt else None,
        limits=limits,
        partitions=_partitions(spark, partitions),
    )
    return SparkTables(union.persist())


def _is_tables_dir(path: str) -> bool:
    return "://" in path or (Path(path) / "articles.parquet").exists()


def check(
    tables: SparkTables | str | os.PathLike[str],
    *,
    spark: SparkSession | None = None,
    engine: Engine = "gx",
    suites: tuple[SuiteSpec, ...] | Path | None = None,
    partitions: int | None = None,
    collect: bool = True,
    cross: bool = False,
) -> CheckResult:
    """Run the expectation suites on Spark; the findings equal :func:`provenance.check`'s.

    ``tables`` is a directory of the tables' Parquet (``<table>.parquet``,
    from :meth:`SparkTables.write_parquet`; Parquet written by pandas must
    store timestamps in microseconds, Spark reads no nanoseconds), a
    :class:`SparkTables`, or anything :func:`extract` reads (then it is
    extracted first). ``engine="gx"`` validates through Great
    Expectations' Spark datasource; ``"pandas"`` runs the suites' pandas engine
    on the executors. The findings and outcomes are collected to the driver;
    with ``collect=False`` the result's ``tables`` are empty instead of the
    collected tables (for data that does not fit in the driver).

    ``cross=True`` adds the cross-article rules of :func:`provenance.check`
    with ``cross=True`` (figures matched across articles, claims denied by
    another source in another story) and the ledger's suites; each is a
    shuffle on the rule's keys (``group_id``; ``(window, name)``), so no
    partition holds a whole table. The result's ``figure_groups`` (each
    figure's group and status) are collected to the driver.

    Example:
        >>> result = provenance.spark.check("tables/")  # doctest: +SKIP
        >>> result.findings["rule"].value_counts()  # doctest: +SKIP

    Raises:
        UsageError: a table is missing, or Spark is not available.
        SuiteError: a suite is invalid, or the engine is unknown.
    """
    from provenance.findings import CheckResult
    from provenance.spark._check import collect_tables, load_tables, run_check
    from provenance.spark._tables import empty_tables
    from provenance.suites import load_suites
    from provenance.tables.bundle import Tables

    spark = session(spark)
    errors: tuple[ReadError, ...] = ()
    if not isinstance(tables, SparkTables) and not _is_tables_dir(os.fspath(tables)):
        tables = extract(tables, spark=spark, partitions=partitions)
    if isinstance(tables, SparkTables):
        errors = tables.errors
    specs = load_suites(suites) if suites is None or isinstance(suites, Path) else suites
    if cross:
        from provenance.ledger.check import ledger_suites

        specs = specs + ledger_suites(suites if isinstance(suites, Path) else None)
    frames = load_tables(spark, tables if isinstance(tables, SparkTables) else os.fspath(tables))
    findings, outcomes, matches = run_check(
        spark,
        frames,
        specs,
        engine=engine,
        partitions=_partitions(spark, partitions),
        cross=cross,
    )
    pandas_tables = Tables(**collect_tables(frames)) if collect else empty_tables()  # type: ignore[arg-type]
    groups = None
    if matches is not None:
        from provenance.dask._cross import figure_groups

        order = (
            pandas_tables.figures["figure_id"]
            if collect
            else frames["figures"].select("figure_id").toArrow().to_pandas()["figure_id"]
        )
        groups = figure_groups(matches, order)
    return CheckResult(
        tables=pandas_tables,
        findings=findings,
        outcomes=outcomes,
        errors=errors,
        figure_groups=groups,
    )
