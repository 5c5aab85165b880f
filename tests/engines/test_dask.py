"""provenance.dask on a real LocalCluster gives the tables and findings of plain pandas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import provenance
from provenance.tables.bundle import TABLE_NAMES
from provenance.testing.engines import BAD_FILE, dated_stories

#: Small partitions, so copies of one article and the figures of one party
#: group land in different partitions.
PART = 23


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """An in-process LocalCluster with two workers, the default client while it lives."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def reference(sample_dir: Path) -> provenance.CheckResult:
    """The plain pandas check of the sample (one process)."""
    return provenance.check(sample_dir, engine="pandas")


@pytest.fixture(scope="module")
def dask_result(client: Any, sample_dir: Path) -> provenance.CheckResult:
    """The Dask check of the sample, in partitions of 23 files."""
    import provenance.dask

    return provenance.dask.check(sample_dir, engine="pandas", partition_size=PART)


def _assert_same_tables(got: provenance.Tables, want: provenance.Tables) -> None:
    from provenance.engines import canonical

    want = canonical(want)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name), obj=name)


def _outcomes(result: provenance.CheckResult) -> list[tuple[Any, ...]]:
    return sorted(
        (o.suite, o.rule, o.success, o.unexpected_count, o.element_count, o.exception)
        for o in result.outcomes
    )


def test_copies_of_an_article_are_split_across_partitions(client: Any, sample_dir: Path) -> None:
    """The sample really tests the shuffle: some article has copies in two read partitions."""
    import provenance.dask
    from provenance.engines import article_ids

    batches = provenance.dask.read(sample_dir, partition_size=PART)
    homes: dict[str, set[int]] = {}
    for index in range(batches.npartitions):
        part = batches.partitions[index].compute()
        part = part[part["read_error"].isna()]
        for article_id in article_ids(part.drop(columns=["read_error"])):
            homes.setdefault(article_id, set()).add(index)
    assert batches.npartitions > 5
    assert any(len(parts) > 1 for parts in homes.values())


def test_tables_equal_the_pandas_tables(
    client: Any, sample_dir: Path, reference: provenance.CheckResult
) -> None:
    """extract(...).compute() equals provenance.extract row for row, dtypes included."""
    import provenance.dask

    tables = provenance.dask.extract(sample_dir, partition_size=PART).compute()
    _assert_same_tables(tables, reference.tables)


def test_findings_equal_the_pandas_findings(
    dask_result: provenance.CheckResult, reference: provenance.CheckResult
) -> None:
    """The findings (party_only across partitions included) and the outcomes are the same."""
    from provenance.engines import canonical_findings

    assert "figure.party_only_source" in set(reference.findings["rule"])
    pd.testing.assert_frame_equal(
        canonical_findings(dask_result.findings), canonical_findings(reference.findings)
    )
    pd.testing.assert_frame_equal(dask_result.findings, reference.findings)  # same order too
    assert _outcomes(dask_result) == _outcomes(reference)
    _assert_same_tables(dask_result.tables, reference.tables)


def test_a_bad_file_is_one_error_and_the_rest_is_processed(
    dask_result: provenance.CheckResult, reference: provenance.CheckResult, sample_dir: Path
) -> None:
    """The unreadable file is one ReadError naming it, as in one process; no article is lost."""
    assert [Path(e.path).name for e in dask_result.errors] == [BAD_FILE]
    assert [str(e) for e in dask_result.errors] == [str(e) for e in reference.errors]
    assert type(dask_result.errors[0]) is type(reference.errors[0])
    assert len(dask_result.tables.articles) == len(reference.tables.articles) > 250


def test_gx_engine_gives_the_same_findings(client: Any, small_dir: Path) -> None:
    """engine="gx" per partition gives the findings and outcomes of one GX run."""
    import provenance.dask
    from provenance.engines import canonical_findings

    want = provenance.check(small_dir, engine="gx")
    got = provenance.dask.check(small_dir, engine="gx", partition_size=20)
    pd.testing.assert_frame_equal(
        canonical_findings(got.findings), canonical_findings(want.findings)
    )
    assert _outcomes(got) == _outcomes(want)


@pytest.fixture(scope="module")
def dated_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """18 dated ninjs stories in one week whose figures are corroborated, contradicted
    or single-source across articles, and claims denied in other stories."""
    root = tmp_path_factory.mktemp("dated")
    dated_stories(root)
    return root


def test_cross_matching_equals_the_ledger_rules_over_everything(
    client: Any, dated_dir: Path
) -> None:
    """cross=True gives the findings and figure groups the ledger's rules give over all
    tables at once."""
    import provenance.dask
    from provenance.engines import canonical_findings
    from provenance.ledger.check import _cross_views, ledger_suites
    from provenance.matching import match_figures
    from provenance.rules.views import rule_views
    from provenance.suites import load_suites, run_on_views

    t = provenance.extract(dated_dir)
    status = match_figures(t.figures, t.claims, t.sources, t.articles)
    assert set(status["status"]) >= {"corroborated", "contradicted", "single_source"}
    views = rule_views(t)
    _cross_views(views, t, status)
    specs = load_suites() + ledger_suites()
    want, _ = run_on_views(specs, views, engine="pandas")
    got = provenance.dask.check(dated_dir, engine="pandas", partition_size=4, cross=True)
    rules = set(got.findings["rule"])
    assert {"figure.contradicted_across_sources", "figure.single_source"} <= rules
    pd.testing.assert_frame_equal(canonical_findings(got.findings), canonical_findings(want))
    assert got.figure_groups is not None  # as provenance.check(cross=True) gives them
    assert got.figure_groups["figure_id"].tolist() == got.tables.figures["figure_id"].tolist()
    pd.testing.assert_frame_equal(
        got.figure_groups.sort_values("figure_id", ignore_index=True),
        status.sort_values("figure_id", ignore_index=True),
    )


def test_parquet_round_trip(client: Any, small_dir: Path, tmp_path: Path) -> None:
    """Batches written to Parquet read back into the same tables (with warnings as errors: no
    Pandas4Warning from Dask's Parquet reader); to_parquet writes each table."""
    import provenance.dask

    want = provenance.extract(small_dir)
    provenance.dask.write_articles(
        provenance.dask.read(small_dir, partition_size=9), tmp_path / "in"
    )
    lazy = provenance.dask.extract(tmp_path / "in")
    _assert_same_tables(lazy.compute(), want)
    written = lazy.to_parquet(tmp_path / "out")
    for name in TABLE_NAMES:
        table = pd.read_parquet(written / name)
        assert sorted(table.iloc[:, 0]) == sorted(getattr(want, name).iloc[:, 0]), name
    assert len(pd.read_parquet(written / "errors")) == len(want.errors) == 1


def _read_back(root: Path, name: str) -> pd.DataFrame:
    table = pd.read_parquet(root / name)
    return table.sort_values(list(table.columns[:2]), ignore_index=True)


def test_tables_written_by_the_extraction_tasks_equal_those_written_by_dask(
    client: Any, small_dir: Path, tmp_path: Path
) -> None:
    """to_parquet straight after extract writes each partition's tables from its own task:
    every table and the error rows read back as Dask's own to_parquet of them writes them."""
    import dataclasses

    import provenance.dask

    lazy = provenance.dask.extract(small_dir, partition_size=9)
    assert lazy.extraction is not None
    assert lazy._from_extraction() is lazy.extraction  # the path under test
    lazy.to_parquet(tmp_path / "parts")
    dataclasses.replace(lazy, extraction=None).to_parquet(tmp_path / "dask")
    for name in (*TABLE_NAMES, "errors", "warnings"):
        got, want = _read_back(tmp_path / "parts", name), _read_back(tmp_path / "dask", name)
        pd.testing.assert_frame_equal(got, want, obj=name)
    files = sorted((tmp_path / "parts" / "figures").glob("part.*.parquet"))
    assert len(files) == lazy.figures.npartitions > 1


def test_a_changed_table_is_written_as_changed(
    client: Any, small_dir: Path, tmp_path: Path
) -> None:
    """A table filtered after extract is written filtered, not from the extraction tasks."""
    import dataclasses

    import provenance.dask

    lazy = provenance.dask.extract(small_dir, partition_size=9)
    kind = lazy.figures["kind"].compute().iloc[0]
    some = dataclasses.replace(lazy, figures=lazy.figures[lazy.figures["kind"] == kind])
    assert some._from_extraction() is None
    some.to_parquet(tmp_path / "out")
    written = pd.read_parquet(tmp_path / "out" / "figures")
    assert set(written["kind"]) == {kind}
    assert 0 < len(written) < len(lazy.figures.compute())


def test_jsonl_of_article_rows(client: Any, small_dir: Path, tmp_path: Path) -> None:
    """A JSONL file of article rows (as pandas writes them) gives the same tables."""
    import provenance.dask

    batch = provenance.dask.read(small_dir).compute()
    batch = batch[batch["read_error"].isna()].drop(columns=["read_error"])
    path = tmp_path / "articles.jsonl"
    batch.to_json(path, orient="records", lines=True, date_format="iso")
    tables = provenance.dask.extract(path).compute()
    want = provenance.extract(small_dir)
    _assert_same_tables(tables, provenance.Tables(**{n: getattr(want, n) for n in TABLE_NAMES}))


@pytest.mark.parametrize("partition_size", [50, 200])
def test_a_jsonl_file_is_cut_by_partition_size(
    client: Any, small_dir: Path, tmp_path: Path, partition_size: int
) -> None:
    """A JSONL file gives about ``partition_size`` rows a partition, not 64 MiB blocks.

    A fixed block size put ~45,000 wire stories in one task (2 GiB on a worker).
    """
    import provenance.dask

    batch = provenance.dask.read(small_dir).compute()
    batch = batch[batch["read_error"].isna()].drop(columns=["read_error"])
    rows = pd.concat([batch] * (1000 // len(batch) + 1), ignore_index=True).iloc[:1000]
    path = tmp_path / "articles.jsonl"
    rows.to_json(path, orient="records", lines=True, date_format="iso")
    frame = provenance.dask.read(path, partition_size=partition_size)
    sizes = frame.map_partitions(len).compute().tolist()
    assert sum(sizes) == 1000
    assert 1000 / partition_size / 2 <= len(sizes) <= 1000 / partition_size * 2, sizes


def test_an_id_split_across_partitions_is_caught(client: Any, tmp_path: Path) -> None:
    """pandera sees one partition at a time; the shuffle check finds an id in two partitions."""
    import dask.dataframe as dd

    import provenance.dask
    from provenance.dask._extract import table_metas

    metas = table_metas()
    frames = {n: dd.from_pandas(metas[n], npartitions=1) for n in metas}
    article = pd.DataFrame({"article_id": ["art_0000000000000001"] * 2, "x": [1, 2]})
    frames["articles"] = dd.from_pandas(article, npartitions=2, sort=False)
    lazy = provenance.dask.DaskTables(**frames)
    found = lazy.duplicate_ids().compute()
    assert found.values.tolist() == [["articles", "art_0000000000000001"]] * 2
    with pytest.raises(provenance.SchemaError, match="more than one row"):
        lazy.to_parquet(tmp_path)


def test_ids_travel_as_numbers_and_a_duplicate_is_named_as_written() -> None:
    """The uniqueness check shuffles (table, 64-bit key) pairs: the same id twice in a table
    is found and named as written; the same digits in two tables, or two ids, are not."""
    from provenance.dask._tables import _duplicate_keys, id_keys

    claims = id_keys(
        pd.Series(["clm_00000000000000ab", "clm_ffffffffffffffff", "clm_00000000000000ab"]),
        "claims",
    )
    figures = id_keys(pd.Series(["fig_00000000000000ab"]), "figures")
    rows = pd.concat([claims, figures], ignore_index=True)
    assert str(rows["key"].dtype) == "uint64"
    found = _duplicate_keys(rows)
    assert found.values.tolist() == [["claims", "clm_00000000000000ab"]] * 2
    assert _duplicate_keys(pd.concat([claims.iloc[:2], figures])).empty


def test_an_id_not_of_the_table_form_is_checked_by_its_hash() -> None:
    """An id that is not prefix_16-hex still gets one key, equal for equal ids only."""
    from provenance.dask._tables import id_keys

    keys = id_keys(pd.Series(["odd id", "odd id", "other", "src_00000000000000ab"]), "claims")[
        "key"
    ].tolist()
    assert keys[0] == keys[1] != keys[2]
    assert keys[3] != 0xAB  # the prefix of another table is no id of this one: hashed
