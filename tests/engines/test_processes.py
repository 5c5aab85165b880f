"""The processes engine: the same tables and findings as one process, and crashes contained."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import provenance
from provenance.engines import canonical, canonical_findings, processes
from provenance.engines._pool import chunked
from provenance.errors import UsageError
from provenance.extractors.pipeline import Extractors
from provenance.testing.engines import BAD_FILE
from tests.engines.killer import MARKER, Killer

ROOT = Path(__file__).resolve().parents[2]


def _assert_same_tables(
    left: provenance.Tables, right: provenance.Tables, *, errors: bool = True
) -> None:
    a, b = canonical(left), canonical(right)
    for (name, x), (_, y) in zip(a.items(), b.items(), strict=True):
        pd.testing.assert_frame_equal(x, y, obj=name)
    if errors:
        assert [str(e) for e in a.errors] == [str(e) for e in b.errors]
        assert [str(w) for w in a.warnings] == [str(w) for w in b.warnings]


@pytest.fixture(scope="module")
def one_process(sample_dir: Path) -> provenance.CheckResult:
    """The sample checked in one process (pandas suites)."""
    return provenance.check(sample_dir, engine="pandas")


def test_two_workers_give_the_findings_of_one_process(
    sample_dir: Path, one_process: provenance.CheckResult
) -> None:
    """jobs=2 gives the same canonical tables, findings and outcomes as jobs=1.

    The sample has copies of articles in files far apart (so in different
    chunks), figures of parties of both sides in different chunks, and a bad file.
    """
    paths = sorted(sample_dir.iterdir())
    assert len(chunked(paths, 2)) >= 4  # copies and party figures do cross chunks
    result = provenance.check(sample_dir, engine="pandas", jobs=2)
    _assert_same_tables(result.tables, one_process.tables)
    pd.testing.assert_frame_equal(
        canonical_findings(result.findings), canonical_findings(one_process.findings)
    )
    assert result.outcomes == one_process.outcomes
    assert [Path(e.path).name for e in result.errors] == [BAD_FILE]
    rules = set(result.findings["rule"])
    assert "figure.party_only_source" in rules
    assert len(result.tables.articles) < len(paths) - 1  # the copies were kept once


def test_the_suites_run_on_parts_of_whole_articles(
    sample_dir: Path, one_process: provenance.CheckResult
) -> None:
    """The workers check parts holding whole articles and the sources they name; the
    findings come back in the one-process order, row for row."""
    import numpy as np

    tables = one_process.tables
    flags = np.arange(len(tables.figures)) % 2 == 0
    parts = processes._split(tables, flags, 4)
    assert len(parts) == 4
    seen: list[str] = []
    for part, party in parts:
        ids = set(part.articles["article_id"])
        seen += list(ids)
        for name in ("photo_credits", "claims", "figures"):
            frame = getattr(part, name)
            assert set(frame["article_id"]) <= ids, name
            whole = getattr(tables, name)
            assert len(frame) == whole["article_id"].isin(ids).sum(), name
        named = set(part.claims["source_id"]) | set(part.figures["source_id"].dropna())
        assert set(part.sources["source_id"]) == named
        mine = tables.figures["article_id"].isin(ids).to_numpy()
        assert party.tolist() == flags[mine].tolist()
    assert sorted(seen) == sorted(tables.articles["article_id"])
    result = provenance.check(sample_dir, engine="pandas", jobs=2)
    pd.testing.assert_frame_equal(result.findings, one_process.findings)


class _DeadPool:
    """A pool whose workers died: ``map`` gives None, as WorkerPool.map does then."""

    jobs = 2

    def map(self, fn: object, calls: object) -> None:
        return None


def test_the_suites_run_here_when_a_worker_dies(one_process: provenance.CheckResult) -> None:
    """If the workers die during the suites, the parts are checked in this process:
    the findings and outcomes of one process all the same."""
    from provenance.suites import load_suites

    findings, outcomes = processes.check_tables(
        one_process.tables,
        load_suites(),
        "pandas",
        _DeadPool(),  # type: ignore[arg-type]
    )
    pd.testing.assert_frame_equal(findings, one_process.findings)
    assert outcomes == one_process.outcomes


def test_documents_given_directly_go_to_the_workers(sample_dir: Path) -> None:
    """Documents (not paths) are extracted on workers too, with the same tables."""
    docs = provenance.read(sorted(sample_dir.glob("a_00[0-4]*"))).documents
    _assert_same_tables(processes.extract(docs, jobs=2), provenance.extract(docs))


def test_a_negative_job_count_is_a_usage_error() -> None:
    """jobs=-1 is refused with a UsageError that says what jobs means."""
    with pytest.raises(UsageError, match="one per core"):
        provenance.extract("examples/", jobs=-1)


def test_extractors_that_cannot_pickle_are_refused() -> None:
    """A plug-in that cannot go to another process is a UsageError, not a crash in a worker."""

    def local(text: str, **_: object) -> tuple[()]:
        return ()

    with pytest.raises(UsageError, match="jobs=1"):
        processes.extract("examples/", jobs=2, extractors=Extractors(figures=local))


def test_a_worker_that_dies_costs_one_file(tmp_path: Path, small_dir: Path) -> None:
    """A document that kills its worker is one error; every other file is extracted."""
    shutil.copytree(small_dir, tmp_path, dirs_exist_ok=True)
    (tmp_path / "f_kill.txt").write_text(f"Deadly\n\nKyiv said {MARKER} 40 died.\n\nAFP\n")
    started = time.monotonic()
    got = processes.extract(tmp_path, jobs=2, extractors=Extractors(claims=Killer()))
    assert time.monotonic() - started < 120
    names = sorted(Path(e.path).name for e in got.errors)
    assert names == sorted([BAD_FILE, "f_kill.txt"])
    killed = next(e for e in got.errors if e.path.endswith("f_kill.txt"))
    assert "worker process" in str(killed)
    assert "died" in str(killed)
    expected = provenance.extract([p for p in tmp_path.iterdir() if p.name != "f_kill.txt"])
    _assert_same_tables(got, expected, errors=False)


def _run(args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "provenance.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        **kw,
    )


def test_cli_jobs_prints_the_tables_of_one_process(small_dir: Path) -> None:
    """`extract --jobs 2` prints the tables `--jobs 1` prints; both exit 2 for the bad file."""
    import io
    import json

    runs = [_run(["extract", str(small_dir), "--jobs", jobs]) for jobs in ("1", "2")]
    for run in runs:
        assert run.returncode == 2, run.stderr
        assert run.stderr.count("error:") == 1
        assert BAD_FILE in run.stderr
    one, two = (json.loads(r.stdout) for r in runs)
    for table, key in (
        ("articles", "article_id"),
        ("claims", "claim_id"),
        ("figures", "figure_id"),
    ):
        left = pd.read_json(io.StringIO(json.dumps(one[table]))).sort_values(key)
        right = pd.read_json(io.StringIO(json.dumps(two[table]))).sort_values(key)
        pd.testing.assert_frame_equal(left.reset_index(drop=True), right.reset_index(drop=True))


def test_cli_worker_crash_is_one_line_and_keeps_the_rest(tmp_path: Path, small_dir: Path) -> None:
    """A worker killed by a plug-in: one error line naming the file, exit 2, no traceback."""
    shutil.copytree(small_dir, tmp_path, dirs_exist_ok=True)
    (tmp_path / "f_kill.txt").write_text(f"Deadly\n\nKyiv said {MARKER} 40 died.\n\nAFP\n")
    plugin = "tests.engines.killer:Killer"
    args = ["check", "--engine", "pandas", "-q", "--claims-extractor", plugin, "--jobs", "2"]
    run = _run([*args, str(tmp_path)])
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 2, run.stderr  # the bad file and the killer, one line each
    assert any("f_kill.txt" in line and "worker process" in line for line in lines)
    assert "Traceback" not in run.stderr
    good = provenance.extract(small_dir)
    assert f"in {len(good.articles)} article(s)" in run.stdout


def _session(sid: int) -> list[int]:
    """The processes of session ``sid`` (Linux /proc)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:
            pids.append(int(stat.parent.name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_ctrl_c_stops_the_workers(tmp_path: Path) -> None:
    """SIGINT to the command while workers extract ends it and every worker, no traceback."""
    from provenance.testing.engines import sample_articles

    sample_articles(tmp_path, 3000, seed=1)
    proc = subprocess.Popen(
        [sys.executable, "-m", "provenance.cli", "extract", str(tmp_path), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while (
            len(_session(proc.pid)) < 4 and time.monotonic() < deadline
        ):  # parent, server, 2 workers
            time.sleep(0.2)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(1)
        os.kill(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode != 0
        assert "Traceback" not in err
        deadline = time.monotonic() + 15
        while _session(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _session(proc.pid), "worker processes outlived the interrupted command"
    finally:  # a hung run must not outlive the test (its warnings would fail the next one)
        for pid in _session(proc.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.communicate(timeout=10)


def test_a_worker_killed_while_it_sends_a_result_does_not_hang_the_stop(tmp_path: Path) -> None:
    """Stopping at once while a worker is halfway through sending its result returns."""
    import threading

    from provenance.engines._pool import WorkerPool
    from provenance.engines._worker import Settings
    from tests.engines.killer import write_half_a_result

    flag = tmp_path / "half-written"
    pool = WorkerPool(1, Settings())
    future = pool._pool(1).submit(write_half_a_result, str(flag))
    deadline = time.monotonic() + 60
    while not flag.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert flag.exists(), "the worker never wrote its half result"
    stopper = threading.Thread(target=pool.close, kwargs={"kill": True}, daemon=True)
    stopper.start()
    stopper.join(30)
    assert not stopper.is_alive(), "the pool waited forever for the rest of the result"
    assert future.done()


def test_a_script_without_a_main_guard_gets_one_error_not_a_loop(tmp_path: Path) -> None:
    """Workers that cannot start (the main module re-runs in them) end the run with one error."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import provenance\nprovenance.extract('examples/afp_putin_trump_talks.txt', jobs=2)\n"
    )
    run = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode != 0
    assert "died before they could start" in run.stderr
    assert '__name__ == "__main__"' in run.stderr
