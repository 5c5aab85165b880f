"""Faults of the ledger file with real processes: damaged, not ours, read-only, disk full.

Each gives one line on stderr naming the file and what to do, exit 2, no traceback, and
the data committed before stays intact and readable.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from provenance.ledger import Ledger, ingest
from tests.ledger.conftest import Stories, run_cli

BENCH = Path(__file__).resolve().parents[2] / "bench" / "ledger_crash.py"


def _one_line_error(result: subprocess.CompletedProcess[str], path: Path, *words: str) -> str:
    """Assert exit 2 with one stderr line naming ``path`` and holding ``words``; the line."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ledger ")
    assert str(path) in lines[0]
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def _truncated(good: bytes) -> bytes:
    return good[: len(good) // 3]


def _random(good: bytes) -> bytes:
    return os.urandom(len(good))


def _text(good: bytes) -> bytes:
    return b"article_id,headline\n1,not a database\n" * 50


def _blocks_overwritten(good: bytes) -> bytes:
    # The three 4 KiB headers kept, every data block overwritten: opens, fails on reading.
    return good[:12288] + os.urandom(len(good) - 12288)


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "truncated": _truncated,
    "random bytes": _random,
    "text file": _text,
    "blocks overwritten": _blocks_overwritten,
}


@pytest.fixture
def small_ledger(tmp_path: Path, stories: Stories) -> Path:
    """A checkpointed ledger of 6 stories (no write-ahead log beside it)."""
    path = tmp_path / "news.duckdb"
    ingest(stories(tmp_path / "feed", 6), ledger=path)
    assert not Path(f"{path}.wal").exists()
    return path


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_ledger_is_one_clear_line(
    tmp_path: Path, small_ledger: Path, damage: str
) -> None:
    """A ledger file truncated, overwritten or replaced by another file: ingest, verify
    and export each say in one line that it is damaged and what to do, exit 2; the file is
    left as it was."""
    small_ledger.write_bytes(DAMAGES[damage](small_ledger.read_bytes()))
    before = small_ledger.read_bytes()
    for args in (
        ["ingest", str(tmp_path / "feed"), "--ledger", str(small_ledger)],
        ["ledger", "verify", "--ledger", str(small_ledger)],
        ["ledger", "export", "--ledger", str(small_ledger), str(tmp_path / "out")],
    ):
        line = _one_line_error(run_cli(args), small_ledger, "damaged", "backup")
        assert "cannot open it" in line or "cannot read it" in line or "failed" in line
    assert small_ledger.read_bytes() == before


def test_a_duckdb_file_without_the_schema_is_not_read_as_a_ledger(tmp_path: Path) -> None:
    """Verify and export of a DuckDB database that holds other tables say it is not a
    ledger, naming its tables, exit 2."""
    import duckdb

    path = tmp_path / "analytics.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table page_views (n int)")
    con.close()
    for args in (
        ["ledger", "verify", "--ledger", str(path)],
        ["ledger", "export", "--ledger", str(path), str(tmp_path / "out")],
    ):
        _one_line_error(run_cli(args), path, "not a ledger", "page_views", "--ledger")
    assert not (tmp_path / "out").exists()


@pytest.fixture
def immutable(small_ledger: Path) -> Iterator[Path]:
    """The small ledger made immutable with ``chattr +i`` (root cannot write it either)."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed: cannot make a file read-only for root")
    made = subprocess.run(["chattr", "+i", str(small_ledger)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not supported here: {made.stderr.strip()}")
    try:
        yield small_ledger
    finally:
        subprocess.run(["chattr", "-i", str(small_ledger)], check=True)


def test_a_read_only_ledger_is_read_but_not_written(
    tmp_path: Path, immutable: Path, stories: Stories
) -> None:
    """An immutable ledger: an ingest of new stories says in one line that it cannot be
    written, exit 2, nothing changed; verify and export still read it."""
    before = immutable.read_bytes()
    stories(tmp_path / "more", 8)
    refused = run_cli(["ingest", str(tmp_path / "more"), "--ledger", str(immutable)])
    _one_line_error(refused, immutable, "read-only", "writable")
    assert immutable.read_bytes() == before
    verify = run_cli(["ledger", "verify", "--ledger", str(immutable)])
    assert verify.returncode == 0, verify.stderr
    assert "6 article(s)" in verify.stdout
    export = run_cli(["ledger", "export", "--ledger", str(immutable), str(tmp_path / "out")])
    assert export.returncode == 0, export.stderr
    assert (tmp_path / "out" / "articles.parquet").exists()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs mounted on a folder (root only; skipped where mounting is refused)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_full_disk_keeps_the_committed_batches(
    tmp_path: Path, small_disk: Path, stories: Stories
) -> None:
    """An ingest that fills the disk says so in one line, exit 2; the batches committed
    before stay whole and readable, and after moving the ledger to a disk with room the
    same ingest completes it exactly once."""
    feed = tmp_path / "feed"
    stories(feed, 800)
    path = small_disk / "news.duckdb"
    full = run_cli(["ingest", str(feed), "--ledger", str(path), "--batch-size", "20"])
    _one_line_error(full, path, "disk is full", "free some space")
    kept = Ledger(path)
    assert kept.problems() == []
    committed = len(kept.tables().articles)
    assert 0 < committed < 800
    assert committed % 20 == 0  # whole batches only
    export = run_cli(["ledger", "export", "--ledger", str(path), str(tmp_path / "out")])
    assert export.returncode == 0, export.stderr
    roomy = tmp_path / "roomy.duckdb"
    for part in small_disk.iterdir():
        shutil.copy(part, tmp_path / part.name.replace("news", "roomy"))
    done = run_cli(["ingest", str(feed), "--ledger", str(roomy)])
    assert done.returncode == 0, done.stderr
    assert f"{800 - committed} article version(s) added, {committed} unchanged" in done.stdout
    assert Ledger(roomy).problems() == []
    assert Ledger(roomy).query("select count(*) as n from article_versions")["n"][0] == 800


def test_kill_9_at_random_points_a_handful_of_times() -> None:
    """bench/ledger_crash.py, run for 3 kills: after each kill -9 of the real ingest the
    ledger verifies clean (or does not exist yet) and a second ingest stores every
    article exactly once (the script runs 50 by default)."""
    import json

    run = subprocess.run(
        [sys.executable, str(BENCH), "--kills", "3", "--stories", "30", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["trials"] == 3
    assert summary["failures"] == 0
    assert summary["completed_exactly_once"] == 3
    assert summary["killed_mid_ingest"] >= 1
