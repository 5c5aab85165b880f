"""The same findings from every engine: one process, worker processes, Dask and Spark.

One input (300 generated articles with copies, party figures and a bad file,
plus dated stories whose figures and claims meet across articles) goes through
``provenance.check``, the processes engine (``jobs=2``), ``provenance.dask.check``
on a LocalCluster of two workers and ``provenance.spark.check`` on a ``local[2]``
session; the findings tables must be equal row for row after
``canonical_findings``, with and without the cross-article rules (``cross=True``).
An engine whose extra (or Java) is missing is skipped with the reason shown.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import provenance
from provenance.engines import canonical_findings
from provenance.testing.engines import dated_stories, sample_articles

#: pyspark warns that it does not fully support pandas 3 when the Spark engine builds its
#: Arrow UDFs (``mapInArrow``): pyspark's caveat, left visible to Spark users; this test
#: is the check that the findings are right all the same. Only that warning, from pyspark.
SPARK_PANDAS3 = pytest.mark.filterwarnings(
    r"ignore:PySpark does not yet fully support pandas >= 3:FutureWarning:pyspark\."
)
ENGINES = ("processes", "dask", pytest.param("spark", marks=[pytest.mark.spark, SPARK_PANDAS3]))
#: Small Dask partitions, so copies of one story and the two sides of a match are apart.
PART = 23


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 sample articles and 18 dated stories that meet across articles."""
    root = tmp_path_factory.mktemp("same-findings")
    sample_articles(root, 300, seed=7)
    dated_stories(root)
    return root


@pytest.fixture(scope="module")
def reference(inputs: Path) -> dict[bool, provenance.CheckResult]:
    """The plain one-process check (pandas suite engine), without and with ``cross``."""
    return {c: provenance.check(inputs, engine="pandas", cross=c) for c in (False, True)}


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    """A LocalCluster of two workers (threads of this process: real scheduling and shuffles)."""
    pytest.importorskip("distributed", reason="dask is not installed: pip install '.[dask]'")
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def spark_session() -> Iterator[Any]:
    """A ``local[2]`` Spark session, or a skip saying what is missing."""
    pytest.importorskip("pyspark", reason="pyspark is not installed: pip install '.[spark]'")
    from provenance.spark._session import java_missing

    if java_missing():
        pytest.skip("no Java 17+ for Spark: run .ci/spark-setup.sh")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter
    session = (
        SparkSession.builder.master("local[2]")
        .appName("provenance-same-findings")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


def _runner(engine: str, request: pytest.FixtureRequest) -> Callable[..., provenance.CheckResult]:
    """The engine's check, as a function of (path, cross)."""
    if engine == "processes":
        from provenance.engines import processes

        return lambda path, cross: processes.check(path, jobs=2, engine="pandas", cross=cross)
    if engine == "dask":
        request.getfixturevalue("dask_client")
        import provenance.dask

        return lambda path, cross: provenance.dask.check(
            path, engine="pandas", partition_size=PART, cross=cross
        )
    session = request.getfixturevalue("spark_session")
    import provenance.spark

    return lambda path, cross: provenance.spark.check(
        path, spark=session, engine="pandas", cross=cross
    )


def _outcomes(result: provenance.CheckResult) -> list[tuple[Any, ...]]:
    return sorted(
        (o.suite, o.rule, o.success, o.unexpected_count, o.element_count) for o in result.outcomes
    )


@pytest.mark.parametrize("cross", [False, True], ids=["file-rules", "cross-article"])
@pytest.mark.parametrize("engine", ENGINES)
def test_every_engine_gives_the_findings_of_one_process(
    engine: str,
    cross: bool,
    inputs: Path,
    reference: dict[bool, provenance.CheckResult],
    request: pytest.FixtureRequest,
) -> None:
    """Row for row after canonical_findings: the findings, the outcome counts, the errors,
    and with ``cross`` the figure groups."""
    want = reference[cross]
    rules = set(want.findings["rule"])
    assert "figure.party_only_source" in rules  # a rule across articles matters here
    if cross:  # and so do the ledger's rules
        assert {
            "claim.denied_elsewhere",
            "figure.contradicted_across_sources",
            "figure.single_source",
        } <= rules
    got = _runner(engine, request)(inputs, cross)
    pd.testing.assert_frame_equal(
        canonical_findings(got.findings), canonical_findings(want.findings)
    )
    assert _outcomes(got) == _outcomes(want)
    if cross:  # each figure's group and status, as the one process gives them
        assert got.figure_groups is not None
        assert want.figure_groups is not None
        pd.testing.assert_frame_equal(
            got.figure_groups.sort_values("figure_id", ignore_index=True),
            want.figure_groups.sort_values("figure_id", ignore_index=True),
        )
    assert sorted(str(e) for e in got.errors) == sorted(str(e) for e in want.errors)
    assert len(got.tables.articles) == len(want.tables.articles) > 250
