"""Kill -9 at random points of ``provenance ingest``, again and again; count what survives.

Run: ``python bench/ledger_crash.py [--kills 50] [--stories 200] [--batch-size 2] [--seed 1]``
(``--feed DIR`` ingests that folder instead of the synthetic stories; ``--json`` prints the
counts as one JSON object too). Exit 0 when every trial passed, 1 otherwise.

Each trial starts the real CLI on a fresh ledger and sends SIGKILL a random delay after the
ledger file appears: from 0 to 1.2 times as long as an uninterrupted ingest keeps the file
open (measured first, in the same run; the extra 0.2 lets some runs finish). Then it checks:

1. the ledger opens and ``provenance ledger verify`` is clean (exit 0), or the kill came
   before the first commit and the ledger does not exist yet (no file, or an empty
   database, which ``verify`` reports as "not a ledger", exit 2);
2. a second ``provenance ingest`` of the same folder exits 0 and reports the articles the
   kill left out as added and the others as unchanged;
3. the ledger then holds every article exactly once: ``Ledger.problems()`` is empty, one
   version per article, and the rows of ``articles``, ``photo_credits``, ``claims`` and
   ``figures`` match what ``provenance.extract`` gives for the folder.

The stories are synthetic (no corpus is needed or read).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PLACES = ("Kherson", "Mykolaiv", "Poltava", "Chernihiv", "Kramatorsk")
COUNTED = ("articles", "photo_credits", "claims", "figures")


def write_stories(folder: Path, n: int) -> Path:
    """``n`` short wire stories, each its own article, as text files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        (folder / f"wire_{i:04d}.txt").write_text(
            f"Shelling of {place} wounds {i + 2}, report {i}\n\n"
            f"KYIV (AFP) - At least {i + 2} people were wounded in shelling of {place}, "
            f"the regional administration said on Telegram.\n\n"
            f"Officials said {5 + i % 30} buildings were damaged and about {200 + 3 * i:,} "
            f"residents were left without power, which Moscow denied.\n\nAFP\n",
            encoding="utf-8",
        )
    return folder


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The ``provenance`` command in a real subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def expected_counts(feed: Path) -> dict[str, int]:
    """Rows per table that ``provenance.extract`` gives for the folder."""
    import provenance

    tables = provenance.extract(feed)
    return {name: len(getattr(tables, name)) for name in COUNTED}


def ledger_counts(path: Path) -> tuple[list[str], dict[str, int]]:
    """``Ledger.problems()`` and the row counts of the ledger (versions, tables, sha256s)."""
    from provenance.ledger import Ledger

    ledger = Ledger(path)
    sql = ", ".join(f"(select count(*) from {name}) as {name}" for name in COUNTED)
    sql += ", (select count(*) from article_versions) as versions"
    sql += ", (select count(distinct sha256) from article_versions) as inputs"
    row = ledger.query(f"select {sql}").iloc[0]
    return ledger.problems(), {key: int(value) for key, value in row.items()}


def timed_ingest(feed: Path, path: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """An uninterrupted ingest; seconds from the ledger file's creation to its exit."""
    args = [sys.executable, "-m", "provenance", "ingest", str(feed), "--ledger", str(path)]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while not path.exists() and proc.poll() is None:
        time.sleep(0.005)
    created = time.monotonic()
    out, err = proc.communicate(timeout=600)
    return time.monotonic() - created, subprocess.CompletedProcess(args, proc.returncode, out, err)


def trial(
    feed: Path, path: Path, delay: float, batch: int, n: int, expected: dict[str, int]
) -> dict[str, object]:
    """One kill and its checks; a record with ``failure`` set when a check failed."""
    args = [sys.executable, "-m", "provenance", "ingest", str(feed), "--ledger", str(path)]
    proc = subprocess.Popen(
        [*args, "--batch-size", str(batch)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    while not path.exists() and proc.poll() is None:
        time.sleep(0.005)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    _, stderr = proc.communicate(timeout=600)
    record: dict[str, object] = {"delay": round(delay, 3), "killed": killed, "failure": None}
    if not killed and proc.returncode != 0:
        record["failure"] = f"ingest exit {proc.returncode}: {stderr.decode()[-300:]}"
        return record
    verify = cli("ledger", "verify", "--ledger", str(path)) if path.exists() else None
    committed = 0
    if verify is None or (verify.returncode == 2 and "it is empty" in verify.stderr):
        record["after_kill"] = "no ledger yet"
    elif verify.returncode == 0 and "Traceback" not in verify.stderr:
        record["after_kill"] = "clean"
        committed = int(re.search(r"(\d+) article\(s\)", verify.stdout).group(1))  # type: ignore[union-attr]
    else:
        record["after_kill"] = "FAILED"
        record["failure"] = f"verify exit {verify.returncode}: {verify.stderr.strip()[-300:]}"
        return record
    record["committed"] = committed
    done = cli("ingest", str(feed), "--ledger", str(path))
    counts = re.search(r"(\d+) article version\(s\) added, (\d+) unchanged", done.stdout)
    if done.returncode != 0 or counts is None:
        record["failure"] = f"second ingest exit {done.returncode}: {done.stderr.strip()[-300:]}"
        return record
    added, unchanged = int(counts.group(1)), int(counts.group(2))
    problems, stored = ledger_counts(path)
    wanted = {**expected, "versions": n, "inputs": n}
    if (added, unchanged) != (n - committed, committed):
        record["failure"] = f"second ingest added {added}, unchanged {unchanged}; {committed} kept"
    elif problems or stored != wanted:
        record["failure"] = f"after completion: problems {problems}, rows {stored} != {wanted}"
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50, help="trials (default 50)")
    parser.add_argument("--stories", type=int, default=200, help="synthetic stories")
    parser.add_argument("--batch-size", type=int, default=2, help="articles per transaction")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--feed", type=Path, help="ingest this folder instead of the stories")
    parser.add_argument("--json", action="store_true", help="also print the counts as JSON")
    opts = parser.parse_args(argv)
    rng = random.Random(opts.seed)
    with tempfile.TemporaryDirectory(prefix="ledger_crash_") as tmp:
        work = Path(tmp)
        feed = opts.feed or write_stories(work / "feed", opts.stories)
        expected = expected_counts(feed)
        n = expected["articles"]
        duration, full = timed_ingest(feed, work / "full.duckdb")
        if full.returncode != 0:
            print(f"error: the uninterrupted ingest failed: {full.stderr.strip()}", file=sys.stderr)
            return 1
        records = []
        for k in range(opts.kills):
            path = work / f"trial_{k:03d}.duckdb"
            records.append(
                trial(feed, path, rng.uniform(0, 1.2 * duration), opts.batch_size, n, expected)
            )
            for leftover in work.glob(f"trial_{k:03d}.duckdb*"):
                leftover.unlink()
    failures = [r for r in records if r["failure"]]
    committed = [int(r.get("committed", 0)) for r in records if r["killed"]]  # type: ignore[call-overload]
    summary = {
        "trials": len(records),
        "articles": n,
        "batch_size": opts.batch_size,
        "uninterrupted_s": round(duration, 2),
        "killed_mid_ingest": sum(bool(r["killed"]) for r in records),
        "finished_before_the_kill": sum(not r["killed"] for r in records),
        "after_kill": dict(Counter(str(r.get("after_kill", "-")) for r in records)),
        "killed_with_none_committed": sum(c == 0 for c in committed),
        "killed_with_some_committed": sum(0 < c < n for c in committed),
        "killed_with_all_committed": sum(c == n for c in committed),
        "completed_exactly_once": len(records) - len(failures),
        "failures": len(failures),
    }
    print(
        f"ledger_crash: {summary['trials']} trials, {n} articles, batch size "
        f"{opts.batch_size}, seed {opts.seed}; an uninterrupted ingest held the file "
        f"{duration:.1f} s"
    )
    for key, value in summary.items():
        if key not in {"trials", "articles", "batch_size", "uninterrupted_s"}:
            print(f"  {key.replace('_', ' ')}: {value}")
    for record in failures:
        print(f"  FAILED after a kill at {record['delay']} s: {record['failure']}")
    if opts.json:
        print(json.dumps(summary))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
