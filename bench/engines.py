"""Wall-clock speedup of the processes engine: ``--jobs 1`` against ``--jobs N`` on BBC articles.

Run: ``python bench/engines.py [--articles 2000] [--jobs 2] [--repeats 3] [--check gx|pandas]
[--shared ../shared]`` (``--check``: time ``provenance.check`` instead of ``extract``).
Reads the BBC corpus from ``../shared/corpus`` at run time (never copied into the
project; prints "skipped" without it) and writes the articles as .txt files to a
temporary folder. Each run is a fresh ``python`` process timing
``provenance.extract(folder, jobs=J)`` alone (imports excluded), so worker start-up
is counted. This is the one place where wall time is the measure (the point of
worker processes is to finish sooner); the runs of 1 and N jobs alternate, back
to back, and the median of the repeats is reported with the machine's load average.
Peak RSS is read from /proc (VmHWM) of the parent and of every worker while it runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"

_RUN = """
import json, sys, time
import provenance
from provenance.api import check, extract
def main():
    folder, jobs, engine = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    wall, cpu = time.perf_counter(), time.process_time()
    if engine == "-":
        tables = extract(folder, jobs=jobs)
        findings = -1
    else:
        result = check(folder, jobs=jobs, engine=engine)
        tables, findings = result.tables, len(result.findings)
    print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                      "articles": len(tables.articles), "figures": len(tables.figures),
                      "findings": findings}))
if __name__ == "__main__":
    main()
"""


def write_articles(shared: Path, count: int, folder: Path) -> int:
    """Write ``count`` BBC articles (cycled, own headlines) as .txt; 0 without the corpus."""
    path = shared / "corpus" / "bbc_news.jsonl"
    if not path.exists():
        return 0
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for i in range(count):
        row = rows[i % len(rows)]
        text = f"{row['title']} ({i})\n\n{row['body']}\n\nBBC\n"
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    return count


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a live process (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK


def _ppid(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return 0


def _hwm_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _session(sid: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == sid:
            pids.append(int(stat.parent.name))
    return pids


def run_once(script: Path, folder: Path, jobs: int, check: str = "-") -> dict[str, float]:
    """One timed extraction (or check) in a fresh process; peak RSS of it and its workers (MiB)."""
    proc = subprocess.Popen(
        [sys.executable, str(script), str(folder), str(jobs), check],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    parents: dict[int, int] = {}
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            for pid in _session(proc.pid):
                peaks[pid] = max(peaks.get(pid, 0), _hwm_kib(pid))
                cpu[pid] = max(cpu.get(pid, 0.0), _cpu_s(pid))
                parents.setdefault(pid, _ppid(pid))
            time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, _ = proc.communicate()
    done.set()
    watcher.join()
    result = json.loads(out.strip().splitlines()[-1])
    # The parent's children are the forkserver and the resource tracker; workers
    # are the forkserver's children.
    children = {p for p, pp in parents.items() if pp == proc.pid}
    workers = [p for p, pp in parents.items() if pp in children]
    server = [p for p in children if any(pp == p for pp in parents.values())]
    result["parent_mib"] = peaks.get(proc.pid, 0) / 1024
    result["worker_mib"] = max((peaks[p] for p in workers), default=0) / 1024
    # CPU seconds seen in /proc (sampled every 0.1 s, so a little low): the
    # forkserver's start-up and warm-up, and the busiest worker.
    result["server_cpu"] = sum(cpu[p] for p in server)
    result["worker_cpu"] = max((cpu[p] for p in workers), default=0.0)
    result["workers_cpu"] = sum(cpu[p] for p in workers)
    result["all_cpu"] = sum(cpu.values())
    return result


def main() -> None:
    """Print the table of wall times, speedup and memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--check",
        choices=["-", "gx", "pandas"],
        default="-",
        help="time provenance.check with this suite engine instead of extract",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        if not write_articles(args.shared, args.articles, folder):
            print(f"skipped: no corpus under {args.shared}")
            return
        script = Path(tmp) / "run.py"
        script.write_text(_RUN, encoding="utf-8")
        runs: dict[int, list[dict[str, float]]] = {1: [], args.jobs: []}
        loads = []
        for _ in range(args.repeats):
            for jobs in (1, args.jobs):
                loads.append(os.getloadavg()[0])
                runs[jobs].append(run_once(script, folder, jobs, args.check))
        one, many = runs[1], runs[args.jobs]
        assert all(r["articles"] == one[0]["articles"] for r in one + many)
        assert all(r["findings"] == one[0]["findings"] for r in one + many)
        wall_1 = statistics.median(r["wall"] for r in one)
        wall_n = statistics.median(r["wall"] for r in many)
        print(f"{args.articles} BBC articles, {os.cpu_count()} cores, median of {args.repeats}")
        print(f"load average (1 min) at the runs: {min(loads):.1f} to {max(loads):.1f}")
        print(
            "| jobs | wall s (median) | articles/s (wall) | CPU s, all processes | "
            "critical path, CPU s | peak RSS parent | peak RSS per worker |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|")
        paths = {}
        for jobs, rows, wall in ((1, one, wall_1), (args.jobs, many, wall_n)):
            total = statistics.median(r["all_cpu"] for r in rows)
            # What an idle machine would wait for: the parent's own work, the
            # forkserver's warm-up (before any worker runs) and the busiest worker.
            paths[jobs] = statistics.median(
                r["cpu"] + r["server_cpu"] + r["worker_cpu"] for r in rows
            )
            parent = max(r["parent_mib"] for r in rows)
            worker = max(r["worker_mib"] for r in rows)
            per_worker = f"{worker:.0f} MiB" if jobs > 1 else "-"
            print(
                f"| {jobs} | {wall:.1f} | {args.articles / wall:.0f} | {total:.1f} | "
                f"{paths[jobs]:.1f} | {parent:.0f} MiB | {per_worker} |"
            )
        # Amdahl: the parent's CPU and the forkserver's warm-up are serial, the
        # workers' CPU is shared among them; a loaded machine changes neither.
        parent = statistics.median(r["cpu"] for r in many)
        server = statistics.median(r["server_cpu"] for r in many)
        workers = statistics.median(r["workers_cpu"] for r in many)
        serial = (parent + server) / (parent + server + workers)
        print(
            f"jobs={args.jobs}: parent {parent:.1f} CPU s, forkserver {server:.1f} CPU s, "
            f"workers {workers:.1f} CPU s together: serial share {serial:.1%}"
        )
        print(
            f"Amdahl projection for {args.jobs} jobs (serial + workers / {args.jobs}, "
            f"against {paths[1]:.1f} s on one): "
            f"{paths[1] / (parent + server + workers / args.jobs):.2f}x"
        )
        print(f"speedup of {args.jobs} jobs over 1 (median wall): {wall_1 / wall_n:.2f}x")
        print(
            "speedup on the critical path (CPU s, as on an idle machine): "
            f"{paths[1] / paths[args.jobs]:.2f}x"
        )
        walls = {j: [round(r["wall"], 1) for r in rows] for j, rows in runs.items()}
        print("all runs (wall s):", walls)


if __name__ == "__main__":
    main()
