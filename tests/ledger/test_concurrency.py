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


def _export_while(writer: subprocess.Popen[bytes], path: Path, out: Path, wait: str) -> str:
    """One `provenance ledger export` while ``writer`` runs: "data" or "busy" (else fails)."""
    import pandas as pd

    result = run_cli(["ledger", "export", "--ledger", str(path), "--wait", wait, str(out)])
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, lines
        assert "ledger is busy" in lines[0], lines[0]
        assert str(path) in lines[0]
        return "busy"
    assert result.returncode == 0, result.stderr
    articles = pd.read_parquet(out / "articles.parquet")
    figures = pd.read_parquet(out / "figures.parquet")
    assert articles["article_id"].is_unique
    assert set(figures["article_id"]) <= set(articles["article_id"])
    assert len(articles) >= 10  # the articles committed before the writer started
    return "data"


def test_readers_during_an_ingest_get_data_or_one_busy_line(
    tmp_path: Path, stories: Stories
) -> None:
    """`provenance ledger export` run again and again while an ingest writes: each export
    either writes whole, consistent tables or exits 2 with one "busy" line; a reader that
    waits gets data; the ingest completes every article once."""
    paths = stories(tmp_path / "feed", 150)
    path = tmp_path / "news.duckdb"
    assert run_cli(["ingest", *map(str, paths[:10]), "--ledger", str(path)]).returncode == 0
    args = [sys.executable, "-m", "provenance", "ingest", str(tmp_path / "feed")]
    writer = subprocess.Popen(
        [*args, "--ledger", str(path), "--batch-size", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    outcomes: list[str] = []
    try:
        while writer.poll() is None and len(outcomes) < 8:
            for wait in ("0", "30"):
                out = tmp_path / f"out_{len(outcomes)}"
                outcomes.append(_export_while(writer, path, out, wait))
    finally:
        _, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    assert outcomes, "the ingest ended before any reader ran: use more stories"
    assert "data" in outcomes
    assert Ledger(path).problems() == []
    assert Ledger(path).query("select count(*) as n from article_versions")["n"][0] == 150
