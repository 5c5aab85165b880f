"""The schema version table and the migration path between versions."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from provenance.errors import LedgerError
from provenance.ledger import SCHEMA_VERSION, Ledger, ingest
from provenance.ledger._schema import (
    MIGRATIONS,
    V1_COLUMNS,
    VERSIONED,
    column_list,
    current_version,
    migrate,
)
from provenance.tables.bundle import TABLE_NAMES
from provenance.tables.columns import columns


def _tables(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            row[0]
            for row in con.execute("select table_name from information_schema.tables").fetchall()
        }
    finally:
        con.close()


def test_v0_to_v1_creates_the_layout_and_records_the_version(tmp_path: Path) -> None:
    """An empty database (version 0) migrates to version 1: tables, views, one version row."""
    path = tmp_path / "news.duckdb"
    duckdb.connect(str(path)).close()
    con = duckdb.connect(str(path))
    try:
        assert current_version(con) == 0
        assert migrate(con, MIGRATIONS[:1]) == 0
        assert current_version(con) == 1
        assert migrate(con, MIGRATIONS[:1]) == 1  # a second run is a no-op
        assert con.execute("select count(*) from schema_version").fetchall() == [(1,)]
    finally:
        con.close()
    assert {"article_versions", "schema_version", *TABLE_NAMES} <= _tables(path)
    with Ledger(path).connect(write=True):
        pass  # opening for writing brings it to the current version, whatever the steps after v1
    assert Ledger(path).schema_version() == SCHEMA_VERSION


def test_a_user_table_beside_the_ledger_is_kept(tmp_path: Path, seed_path: Path) -> None:
    """A version-0 file holding a user's own table migrates and keeps that table's rows."""
    path = tmp_path / "news.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table my_notes as select 'keep me' as note")
    con.close()
    ingest([seed_path], ledger=path)
    assert Ledger(path).query("select note from my_notes")["note"].tolist() == ["keep me"]


def test_a_failing_step_rolls_every_step_back(tmp_path: Path) -> None:
    """When a later step fails, the file stays at its old version with none of the steps applied."""

    def broken(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("create table half_done (a int)")
        raise RuntimeError("step 2 failed")

    path = tmp_path / "news.duckdb"
    con = duckdb.connect(str(path))
    try:
        with pytest.raises(RuntimeError, match="step 2 failed"):
            migrate(con, (*MIGRATIONS, broken))
        assert current_version(con) == 0
        tables = {
            r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()
        }
        assert tables == set()
    finally:
        con.close()


def test_a_name_taken_by_the_user_is_a_clear_error(tmp_path: Path, seed_path: Path) -> None:
    """A file that already has its own `articles` table is refused, untouched, in one line."""
    path = tmp_path / "mine.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table articles (x int)")
    con.close()
    with pytest.raises(
        LedgerError, match=rf"mine\.duckdb: cannot migrate it to schema {SCHEMA_VERSION}"
    ):
        ingest([seed_path], ledger=path)
    assert _tables(path) == {"articles"}


def test_a_newer_ledger_is_refused(tmp_path: Path, seed_path: Path) -> None:
    """A ledger written by a newer release is neither read nor written: upgrade first."""
    path = tmp_path / "news.duckdb"
    ingest([seed_path], ledger=path)
    con = duckdb.connect(str(path))
    con.execute("insert into schema_version (version) values (?)", [SCHEMA_VERSION + 1])
    con.close()
    for action in (lambda: Ledger(path).tables(), lambda: ingest([seed_path], ledger=path)):
        with pytest.raises(LedgerError, match=r"newer news-provenance.*upgrade"):
            action()


def test_the_current_layout_matches_the_table_models() -> None:
    """Every model column is stored: a new column needs a migration (this test says so)."""
    assert len(MIGRATIONS) == SCHEMA_VERSION
    for name in TABLE_NAMES:
        stored = tuple(col for col, _ in V1_COLUMNS[name])
        assert stored == columns(name), f"{name}: add a migration that adds the new columns"


def _write_version_1(path: Path, files: list[Path]) -> None:
    """A ledger as the version-1 release wrote it: its DDL, one version per article."""
    import provenance

    t = provenance.extract(files)
    con = duckdb.connect(str(path))
    try:
        migrate(con, MIGRATIONS[:1])
        plan = t.articles[["article_id", "sha256", "uri"]].assign(
            version_id=range(1, len(t.articles) + 1)
        )
        for table in ("photo_credits", "claims", "figures"):
            counts = getattr(t, table)["article_id"].value_counts()
            plan[f"n_{table}"] = plan["article_id"].map(counts).fillna(0).astype("int64")
        con.register("plan", plan)
        con.execute(
            "INSERT INTO article_versions SELECT version_id, article_id, sha256, uri, NULL, NULL, "
            "current_timestamp, n_photo_credits, n_claims, n_figures FROM plan"
        )
        for table in VERSIONED:
            con.register("rows", getattr(t, table))
            con.execute(
                f"INSERT INTO all_{table} SELECT p.version_id, {column_list(table, 'r.')} "
                "FROM rows r JOIN plan p USING (article_id)"
            )
            con.unregister("rows")
        con.register("rows", t.sources)
        con.execute(f"INSERT INTO all_sources SELECT {column_list('sources')} FROM rows")
    finally:
        con.close()


def test_a_version_1_ledger_gains_each_figures_group_and_status(tmp_path: Path) -> None:
    """A file in the version-1 layout, opened for writing, migrates to the current schema and
    stores for its figures what matching all its stories at once gives; nothing is lost."""
    from provenance.matching import match_figures

    stories = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "matching").glob("*"))
    stories = [s for s in stories if s.suffix == ".json"]
    path = tmp_path / "news.duckdb"
    _write_version_1(path, stories)
    with pytest.raises(LedgerError, match="run an ingest once to migrate it"):
        Ledger(path).tables()
    before = Ledger(path, timeout=1)
    with before.connect(write=True):
        pass
    assert Ledger(path).schema_version() == SCHEMA_VERSION
    assert Ledger(path).problems() == []
    import provenance

    t = provenance.extract(stories)
    expected = match_figures(t.figures, t.claims, t.sources, t.articles)
    cols = ["figure_id", "group_id", "status", "agreeing_sources", "disagreeing_sources"]
    stored = Ledger(path).query(f"select {', '.join(cols)} from figures order by figure_id")
    types = {"agreeing_sources": "Int64", "disagreeing_sources": "Int64"}
    types |= {"figure_id": object, "group_id": object, "status": object}
    expected = expected[cols].sort_values("figure_id").reset_index(drop=True)
    assert stored.astype(types).equals(expected.astype(types))
    assert "contradicted" in set(stored["status"])
    assert len(Ledger(path).tables().figures) == len(t.figures)
