"""Ledger ingest on worker processes stores the rows one process stores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from provenance.engines import canonical

pytest.importorskip("duckdb")

from provenance.ledger import Ledger, ingest

ROOT = Path(__file__).resolve().parents[2]


def _rows(ledger: Path) -> dict[str, pd.DataFrame]:
    store = Ledger(ledger)
    tables = canonical(store.tables())
    rows = dict(tables.items())
    status = (
        "select figure_id, group_id, status, agreeing_sources, disagreeing_sources from figures"
    )
    rows["status"] = store.query(status).sort_values("figure_id").reset_index(drop=True)
    versions = (
        "select article_id, sha256, uri, previous_version_id is null as first from article_versions"
    )
    rows["versions"] = (
        store.query(versions).sort_values(["article_id", "sha256"]).reset_index(drop=True)
    )
    return rows


def test_ingest_with_two_jobs_stores_the_rows_of_one(tmp_path: Path, small_dir: Path) -> None:
    """ingest(jobs=2) and `ingest --jobs 2` store the rows, statuses and versions of jobs=1."""
    one = ingest([small_dir], ledger=tmp_path / "one.duckdb", batch_size=16)
    two = ingest([small_dir], ledger=tmp_path / "two.duckdb", batch_size=16, jobs=2)
    assert (one.added, one.unchanged, one.superseded) == (two.added, two.unchanged, two.superseded)
    assert [str(e) for e in one.errors] == [str(e) for e in two.errors]
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "provenance.cli",
            "ingest",
            str(small_dir),
            "--ledger",
            str(tmp_path / "cli.duckdb"),
            "--batch-size",
            "16",
            "--jobs",
            "2",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("error:") == 1, run.stderr  # the bad file
    expected = _rows(tmp_path / "one.duckdb")
    for name in ("two.duckdb", "cli.duckdb"):
        for table, frame in _rows(tmp_path / name).items():
            pd.testing.assert_frame_equal(frame, expected[table], obj=f"{name}: {table}")
