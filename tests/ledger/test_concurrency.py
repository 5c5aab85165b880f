"""Two real processes at one ledger: they take turns or one says the ledger is busy."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from provenance.ledger import Ledger
from tests.ledger.conftest import Stories, run_cli

# Holds the ledger's write lock until its stdin closes.
HOLD_LOCK = """
import sys
from provenance.ledger import Ledger

with Ledger(sys.argv[1]).connect(write=True):
    print("held", flush=True)
    sys.stdin.read()
"""


def test_two_writers_of_the_same_files_store_each_article_once(
    tmp_path: Path, stories: Stories
) -> None:
    """Two ingests of the same folder started together: both succeed, each article is
    stored once, and what they report adding sums to the number of articles."""
    stories(tmp_path / "feed", 30)
    path = tmp_path / "news.duckdb"
    args = [sys.executable, "-m", "provenance", "ingest", str(tmp_path / "feed")]
    args += ["--ledger", str(path), "--batch-size", "4", "--wait", "120"]
    procs = [
        subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    added = [int(re.search(r"(\d+) article version", out).group(1)) for out, _ in outputs]  # type: ignore[union-attr]
    assert sum(added) == 30
    ledger = Ledger(path)
    assert ledger.problems() == []
    assert ledger.query("select count(*) as n from article_versions")["n"][0] == 30


def test_a_writer_that_cannot_get_the_lock_says_the_ledger_is_busy(
    tmp_path: Path, stories: Stories
) -> None:
    """While another process holds the ledger, an ingest with a short --wait exits 2 with
    one line saying the ledger is busy; once it is freed, the same ingest succeeds."""
    stories(tmp_path / "feed", 3)
    path = tmp_path / "news.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        busy = run_cli(["ingest", str(tmp_path / "feed"), "--ledger", str(path), "--wait", "0.5"])
    finally:
        holder.communicate(input="", timeout=60)
    assert busy.returncode == 2
    lines = busy.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "ledger is busy" in lines[0]
    assert str(path) in lines[0]
    assert "Traceback" not in busy.stderr
    again = run_cli(["ingest", str(tmp_path / "feed"), "--ledger", str(path)])
    assert again.returncode == 0, again.stderr
    assert Ledger(path).problems() == []
