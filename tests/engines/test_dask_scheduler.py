"""provenance.dask on a running scheduler: separate `dask scheduler` and `dask worker` processes.

The user's code is the laptop code plus one ``Client(address)`` line; the workers import
the library themselves (they are other processes started by the ``dask`` command), and
the findings, cross-article ones included, equal plain pandas row for row.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import provenance.dask
from provenance.api import check
from provenance.engines import canonical, canonical_findings
from provenance.testing.engines import sample_articles

pytest.importorskip("distributed", reason="dask is not installed: pip install '.[dask]'")

_DASK = Path(sys.executable).with_name("dask")
_START_TIMEOUT_S = 90.0


def _wait_for(path: Path, proc: subprocess.Popen[bytes]) -> None:
    """Wait until the scheduler wrote its connection file, or fail saying why."""
    deadline = time.monotonic() + _START_TIMEOUT_S
    while not path.exists() or not path.read_text(encoding="utf-8").strip():
        if proc.poll() is not None:
            pytest.fail(f"dask scheduler exited with {proc.returncode} before it started")
        if time.monotonic() > deadline:
            pytest.fail(f"dask scheduler wrote no {path.name} in {_START_TIMEOUT_S:.0f} s")
        time.sleep(0.2)


def _start(folder: Path, command: str, *args: str) -> subprocess.Popen[bytes]:
    """``dask <command>`` in ``folder``, quiet, sharing ``folder/scheduler.json``."""
    return subprocess.Popen(
        [_DASK, command, *args, "--no-dashboard", "--scheduler-file", "scheduler.json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=folder,
    )


@pytest.fixture(scope="module")
def scheduler_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A scheduler and two single-threaded worker processes, started as a user would."""
    if not _DASK.exists():
        pytest.skip(f"no dask command beside {sys.executable}")
    folder = tmp_path_factory.mktemp("cluster")
    path = folder / "scheduler.json"
    scheduler = _start(folder, "scheduler", "--host", "127.0.0.1", "--port", "0")
    workers = None
    try:
        _wait_for(path, scheduler)
        workers = _start(folder, "worker", "--nworkers", "2", "--nthreads", "1")
        yield path
    finally:
        for proc in (workers, scheduler):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def test_same_findings_on_a_running_scheduler(scheduler_file: Path, tmp_path: Path) -> None:
    """Client(address) is the only change: tables and findings equal plain pandas's."""
    import json

    from distributed import Client

    sample_articles(tmp_path, 24, seed=5)
    want = check(tmp_path, engine="pandas", cross=True)
    address = json.loads(scheduler_file.read_text(encoding="utf-8"))["address"]
    with Client(address) as client:
        client.wait_for_workers(2, timeout=_START_TIMEOUT_S)
        got = provenance.dask.check(tmp_path, engine="pandas", partition_size=5, cross=True)
        ran_on = set(client.run(lambda: __import__("os").getpid()).values())
    assert len(ran_on) == 2, "the work ran on the two worker processes"
    assert not want.findings.empty
    pd.testing.assert_frame_equal(
        canonical_findings(got.findings), canonical_findings(want.findings)
    )
    for name, frame in canonical(want.tables).items():
        pd.testing.assert_frame_equal(getattr(got.tables, name), frame, obj=name)
