"""provenance.spark: the same tables and findings on a local Spark as in one pandas process.

Skipped with a visible reason without pyspark (``pip install 'news-provenance[spark]'``)
or without Java 17+ (``.ci/spark-setup.sh``). Run only these with ``pytest -m spark``.
One ``local[2]`` session for the module, four shuffle partitions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pytest

import provenance
from provenance.engines import canonical, canonical_findings, documents_frame
from provenance.spark._session import java_missing
from provenance.testing.engines import BAD_FILE, dated_stories, sample_articles

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install '.[spark]'")
if java_missing():
    pytest.skip("no Java 17+ for Spark: run .ci/spark-setup.sh", allow_module_level=True)

import provenance.spark

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from provenance.findings import CheckResult
    from provenance.tables.bundle import Tables

# pyspark warns that it does not fully support pandas 3 when the engine builds its Arrow
# UDFs (mapInArrow): pyspark's caveat, left visible to Spark users; these tests are the
# check that the tables and findings are right all the same. Only that warning, from pyspark.
pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings(
        r"ignore:PySpark does not yet fully support pandas >= 3:FutureWarning:pyspark\."
    ),
]

N_ARTICLES = 200


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """One small local session for the module (two cores, four shuffle partitions)."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter
    session = (
        SparkSession.builder.master("local[2]")
        .appName("provenance-tests")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def articles_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sample articles with copies in other files, cross-article party figures and a bad file."""
    root = tmp_path_factory.mktemp("spark-sample")
    sample_articles(root, N_ARTICLES, seed=11)
    return root


@pytest.fixture(scope="module")
def plain(articles_dir: Path) -> CheckResult:
    """The reference: one pandas process, the pandas suite engine."""
    return provenance.check(articles_dir, engine="pandas")


@pytest.fixture(scope="module")
def spark_tables(spark: SparkSession, articles_dir: Path) -> provenance.spark.SparkTables:
    """The sample extracted on Spark."""
    return provenance.spark.extract(articles_dir, spark=spark, partitions=4)


@pytest.fixture(scope="module")
def tables_dir(
    spark_tables: provenance.spark.SparkTables, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The Spark tables written as Parquet datasets."""
    out = tmp_path_factory.mktemp("spark-tables")
    spark_tables.write_parquet(out)
    return out


def _assert_tables_equal(got: Tables, want: Tables) -> None:
    for (name, left), (_, right) in zip(
        canonical(got).items(), canonical(want).items(), strict=True
    ):
        assert len(left) > 0 or name == "photo_credits", name
        pd.testing.assert_frame_equal(left, right, obj=name)


def _errors(errors: tuple[Exception, ...]) -> list[tuple[str, str]]:
    return sorted((getattr(e, "path", ""), type(e).__name__) for e in errors)


def test_tables_equal_one_process(
    spark_tables: provenance.spark.SparkTables, plain: CheckResult
) -> None:
    """Every table equals the plain extraction row for row; the bad file is one error."""
    got = spark_tables.to_pandas()
    _assert_tables_equal(got, plain.tables)
    assert _errors(got.errors) == _errors(plain.errors)
    assert any(e.path.endswith(BAD_FILE) for e in got.errors)


def test_duplicates_are_extracted_once(spark_tables: provenance.spark.SparkTables) -> None:
    """Copies of an article in other files (other partitions) give one article row."""
    ids = spark_tables.articles.select("article_id")
    assert ids.count() == ids.distinct().count()
    assert ids.count() < N_ARTICLES + N_ARTICLES // 5  # the copies were written on top


def test_gx_findings_over_parquet_equal_one_process(
    spark: SparkSession, tables_dir: Path, plain: CheckResult
) -> None:
    """GX on Spark over the Parquet output: the plain findings and outcome counts."""
    result = provenance.spark.check(tables_dir, spark=spark, engine="gx", collect=False)
    want = canonical_findings(plain.findings)
    assert "figure.party_only_source" in set(want["rule"])  # the cross-article step matters
    pd.testing.assert_frame_equal(canonical_findings(result.findings), want)
    counts = [(o.rule, o.unexpected_count, o.element_count, o.success) for o in result.outcomes]
    assert counts == [
        (o.rule, o.unexpected_count, o.element_count, o.success) for o in plain.outcomes
    ]
    assert all(o.exception is None for o in result.outcomes)


def test_check_of_spark_tables_collects_them(
    spark: SparkSession, spark_tables: provenance.spark.SparkTables, plain: CheckResult
) -> None:
    """The pandas engine on SparkTables: the plain findings, outcomes, tables and errors."""
    result = provenance.spark.check(spark_tables, spark=spark, engine="pandas")
    pd.testing.assert_frame_equal(
        canonical_findings(result.findings), canonical_findings(plain.findings)
    )
    assert result.outcomes == plain.outcomes
    _assert_tables_equal(result.tables, plain.tables)
    assert _errors(result.errors) == _errors(plain.errors)


def test_cross_article_rules_with_gx_over_parquet_equal_one_process(
    spark: SparkSession, tmp_path: Path
) -> None:
    """cross=True, GX on Spark, tables from Parquet, not collected: the plain findings,
    outcome counts (the ledger's suites included) and figure groups."""
    inputs = tmp_path / "in"
    sample_articles(inputs, 30, seed=5)
    dated_stories(inputs)
    want = provenance.check(inputs, engine="pandas", cross=True)
    assert {"claim.denied_elsewhere", "figure.contradicted_across_sources"} <= set(
        want.findings["rule"]
    )
    provenance.spark.extract(inputs, spark=spark, partitions=3).write_parquet(tmp_path / "t")
    got = provenance.spark.check(
        tmp_path / "t", spark=spark, engine="gx", cross=True, collect=False
    )
    pd.testing.assert_frame_equal(
        canonical_findings(got.findings), canonical_findings(want.findings)
    )
    counts = sorted((o.suite, o.rule, o.unexpected_count, o.element_count) for o in got.outcomes)
    assert counts == sorted(
        (o.suite, o.rule, o.unexpected_count, o.element_count) for o in want.outcomes
    )
    assert {"claims_cross", "figures_cross"} <= {o.suite for o in got.outcomes}
    assert all(o.exception is None for o in got.outcomes)
    assert got.figure_groups is not None
    assert want.figure_groups is not None
    pd.testing.assert_frame_equal(
        got.figure_groups.sort_values("figure_id", ignore_index=True),
        want.figure_groups.sort_values("figure_id", ignore_index=True),
    )


def test_without_cross_there_are_no_ledger_rules(
    spark: SparkSession, spark_tables: provenance.spark.SparkTables
) -> None:
    """The default check has no figure groups and no outcome of the ledger's suites."""
    result = provenance.spark.check(spark_tables, spark=spark, engine="pandas", collect=False)
    assert result.figure_groups is None
    assert not {"claims_cross", "figures_cross"} & {o.suite for o in result.outcomes}


def test_articles_from_parquet_and_jsonl(
    spark: SparkSession, articles_dir: Path, tmp_path: Path
) -> None:
    """An articles batch as Parquet or JSONL gives the tables of the files it was read from."""
    files = sorted(p for p in articles_dir.iterdir() if p.name != BAD_FILE)[:30]
    read = provenance.read(files)
    batch = documents_frame(read.documents)
    batch.to_parquet(tmp_path / "articles.parquet", index=False)
    records = batch.assign(
        published=batch["published"].map(lambda t: None if pd.isna(t) else t.isoformat())
    )
    with (tmp_path / "articles.jsonl").open("w", encoding="utf-8") as out:
        for row in records.astype(object).where(records.notna(), None).to_dict("records"):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    want = provenance.extract(files)
    for name in ("articles.parquet", "articles.jsonl"):
        got = provenance.spark.extract(tmp_path / name, spark=spark, partitions=2).to_pandas()
        _assert_tables_equal(got, want)


def test_missing_table_is_one_clear_error(spark: SparkSession, tmp_path: Path) -> None:
    """A directory without the tables' Parquet is a UsageError naming the missing file."""
    (tmp_path / "articles.parquet").mkdir()
    with pytest.raises(provenance.errors.UsageError, match=r"photo_credits\.parquet is missing"):
        provenance.spark.check(tmp_path, spark=spark)


def test_no_java_is_one_clear_line(tmp_path: Path) -> None:
    """Without Java on PATH or JAVA_HOME, extract raises UsageError saying what to install."""
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    env["PATH"] = str(Path(sys.executable).parent)  # the venv's bin: no java there
    code = (
        "import provenance.spark as s\n"
        "from provenance.errors import UsageError\n"
        "try:\n    s.extract('.')\nexcept UsageError as e:\n    print(e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "needs Java" in out.stdout
    assert "openjdk-17-jre-headless" in out.stdout
    assert "Traceback" not in out.stderr


def test_import_is_cheap() -> None:
    """Importing provenance.spark imports neither pyspark nor pandas."""
    code = (
        "import sys, provenance.spark\n"
        "print(sorted(m for m in ('pyspark', 'pandas', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "[]"
