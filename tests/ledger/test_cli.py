"""The ledger's commands: ingest, ledger export, ledger verify."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from provenance.cli import cli
from provenance.ledger import Ledger
from provenance.tables.io import read_tables
from tests.ledger.conftest import Stories, sorted_frame


@pytest.fixture
def runner() -> CliRunner:
    """A click runner (stderr kept apart from stdout)."""
    return CliRunner()


def test_ingest_reports_a_bad_file_and_keeps_the_good_ones(
    runner: CliRunner, tmp_path: Path, stories: Stories
) -> None:
    """An empty file beside good stories: exit 2, one line naming it, the stories ingested."""
    stories(tmp_path / "feed", 3)
    (tmp_path / "feed" / "empty.txt").write_bytes(b"")
    path = tmp_path / "news.duckdb"
    result = runner.invoke(cli, ["ingest", str(tmp_path / "feed"), "--ledger", str(path)])
    assert result.exit_code == 2
    assert "3 article version(s) added" in result.stdout
    assert result.stderr.count("\n") == 1
    assert "empty.txt" in result.stderr
    assert len(Ledger(path).tables().articles) == 3


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_ingest_reports_a_fifo_in_a_folder_and_never_waits_on_it(
    runner: CliRunner, tmp_path: Path, stories: Stories
) -> None:
    """A FIFO inside an ingested folder is one line naming it (as `provenance check` says),
    never opened for reading, and the stories beside it are ingested."""
    stories(tmp_path / "feed", 2)
    os.mkfifo(tmp_path / "feed" / "pipe.txt")
    path = tmp_path / "news.duckdb"
    result = runner.invoke(cli, ["ingest", str(tmp_path / "feed"), "--ledger", str(path)])
    assert result.exit_code == 2
    assert "2 article version(s) added" in result.stdout
    assert result.stderr.count("\n") == 1
    assert "pipe.txt" in result.stderr
    assert len(Ledger(path).tables().articles) == 2


def test_export_writes_the_tables_extract_would(
    runner: CliRunner, tmp_path: Path, stories: Stories
) -> None:
    """`ledger export --to parquet DIR` writes five files that read back, validated, as the
    ledger's tables."""
    stories(tmp_path / "feed", 4)
    path = tmp_path / "news.duckdb"
    runner.invoke(cli, ["ingest", str(tmp_path / "feed"), "--ledger", str(path)])
    out = tmp_path / "tables"
    result = runner.invoke(
        cli, ["ledger", "export", "--ledger", str(path), "--to", "parquet", str(out)]
    )
    assert result.exit_code == 0, result.output
    exported = read_tables(out, "parquet")
    stored = Ledger(path).tables()
    for name, key in (("articles", "article_id"), ("figures", "figure_id")):
        pd.testing.assert_frame_equal(
            sorted_frame(getattr(exported, name), key),
            sorted_frame(getattr(stored, name), key),
            check_dtype=False,
        )


def test_verify_finds_a_missing_row(runner: CliRunner, tmp_path: Path, stories: Stories) -> None:
    """`ledger verify` exits 0 on a sound ledger and 2, naming the version, when a row is gone."""
    stories(tmp_path / "feed", 2)
    path = tmp_path / "news.duckdb"
    runner.invoke(cli, ["ingest", str(tmp_path / "feed"), "--ledger", str(path)])
    ok = runner.invoke(cli, ["ledger", "verify", "--ledger", str(path)])
    assert ok.exit_code == 0
    assert "ok" in ok.stdout
    con = duckdb.connect(str(path))
    con.execute(
        "delete from all_figures where figure_id in (select min(figure_id) from all_figures)"
    )
    con.close()
    bad = runner.invoke(cli, ["ledger", "verify", "--ledger", str(path)])
    assert bad.exit_code == 2
    assert "figures row(s)" in bad.stderr


def test_ledger_errors_are_one_line_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    """Exporting from a ledger that does not exist: one line naming it, exit 2, no traceback."""
    missing = tmp_path / "none.duckdb"
    result = runner.invoke(cli, ["ledger", "export", "--ledger", str(missing), str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: ledger {missing}: no such file; ingest articles first: provenance ingest"
    ]


def test_export_under_a_file_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, stories: Stories
) -> None:
    """`ledger export` into a folder under a file: one line naming the path, exit 2, before
    the ledger is read (as `extract --out` does), never a traceback."""
    stories(tmp_path / "feed", 1)
    path = tmp_path / "news.duckdb"
    runner.invoke(cli, ["ingest", str(tmp_path / "feed"), "--ledger", str(path)])
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(cli, ["ledger", "export", "--ledger", str(path), str(blocker / "out")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: cannot write {blocker / 'out'}")
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_ledger_subcommands_have_help_with_an_example(runner: CliRunner) -> None:
    """Every `provenance ledger` subcommand documents itself with an Example."""
    for name in ("export", "verify"):
        result = runner.invoke(cli, ["ledger", name, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, name


_MATCHING = Path(__file__).resolve().parent.parent / "fixtures" / "matching"


def test_check_ledger_reports_like_a_file_check(runner: CliRunner, tmp_path: Path) -> None:
    """`check --ledger` exits 1 on the cross-source contradiction and writes the JSON report."""
    path = tmp_path / "news.duckdb"
    stories = [str(p) for p in sorted(_MATCHING.glob("*.json"))]
    assert runner.invoke(cli, ["ingest", *stories, "--ledger", str(path)]).exit_code == 0
    out = tmp_path / "report.json"
    result = runner.invoke(
        cli, ["check", "--ledger", str(path), "--engine", "pandas", "--json", str(out)]
    )
    assert result.exit_code == 1, result.output
    assert "figure.contradicted_across_sources" in result.stdout
    assert "4 article(s)" in result.stdout
    assert "figure.contradicted_across_sources" in out.read_text(encoding="utf-8")
    later = runner.invoke(
        cli, ["check", "--ledger", str(path), "--since", "2030-01-01", "--engine", "pandas"]
    )
    assert later.exit_code == 0, later.output
    assert "0 finding(s)" in later.stdout
    assert "0 article(s)" in later.stdout


def test_check_ledger_usage_and_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    """No paths and no ledger, --since without --ledger, or a missing ledger: one line, exit 2."""
    for args in (
        ["check"],
        ["check", str(tmp_path), "--since", "2025-01-01"],
        ["check", "--ledger", str(tmp_path / "none.duckdb")],
    ):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2, args
        assert result.stderr.count("\n") == 1
        assert "Traceback" not in result.output


def test_rules_lists_the_cross_article_rules(runner: CliRunner) -> None:
    """`provenance rules` lists the three cross-article rules beside the file rules."""
    result = runner.invoke(cli, ["rules"])
    assert result.exit_code == 0
    for rule in (
        "figure.contradicted_across_sources",
        "claim.denied_elsewhere",
        "figure.single_source",
        "claim.hedged",
    ):
        assert rule in result.stdout
