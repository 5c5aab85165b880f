"""The schema version table and the migration path between versions."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from provenance.errors import LedgerError
from provenance.ledger import SCHEMA_VERSION, Ledger, ingest
from provenance.ledger._schema import MIGRATIONS, V1_COLUMNS, current_version, migrate
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
