"""Scale: many articles through the processes engine and Dask; the figure-matching shuffle.

Usage (from the repository root, with the ``dask`` extra installed)::

    .venv/bin/python bench/scale.py --articles 100000 --figures 10000000
    .venv/bin/python bench/scale.py --articles 2000 --sample 500 --figures 200000  # a quick look
    .venv/bin/python bench/scale.py --key-spread   # how matching keys spread on the dev corpus

Articles: the dev corpus (``wire_dev``, BBC and Reuters-21578 train, read from
``../shared/corpus``, never copied; "skipped" without it) cycled with varied
ids: copy *k* of a story gets `` (k)`` after its headline and a date *k* days
later, so every copy is a distinct article. They are written once as JSONL of
article rows (``ARTICLE_COLUMNS``) to a temporary folder; the processes engine
(``--workers`` processes) and ``provenance.dask`` (a ``LocalCluster`` of
``--workers`` single-threaded worker processes, tables written to Parquet)
both extract all of them, and one process (``provenance.extract``, ``jobs=1``)
extracts the first ``--sample`` of them in the same run: each engine's rate is
printed against that one-process rate, beside the load average at its start
and end (the machine is shared: ratios in one run mean more than rates).
Peak memory per worker is VmHWM from /proc (the kernel's high-water mark).

Matching: ``--figures`` synthetic figures (``bench/_scale_matching.py``: keys
spread like news, Zipf group sizes with a cap) in ``--figure-partitions``
partitions; ``matching_cells`` per partition, a shuffle on ``group_id``,
``group_figures`` per part, on the same ``LocalCluster`` shape; and, on
``--check-figures`` figures, the Dask result compared row for row with the
ledger's one-process ``match_figures`` + ``contradicting_claim``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import _scale_matching as matching

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
PROJECTED = 10_000_000


def _stories() -> list[tuple[str, str, str, str, datetime]]:
    """(source, id, headline, body, date) of every dev-corpus story; dateless ones in 2005."""
    stories = []
    undated = datetime(2005, 1, 3, 12)
    for name, source in (("wire_dev", "wire"), ("bbc_news", "bbc"), ("reuters21578_train", "r")):
        with (CORPUS / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                s = json.loads(line)
                when = undated
                if "date" in s:  # Reuters: "26-FEB-1987 15:01:01.79" (some times are broken)
                    when = datetime.strptime(s["date"].split()[0], "%d-%b-%Y")
                ident = str(s.get("id", s.get("newid")))
                stories.append(
                    (source, ident, s["title"] or "", s.get("body") or s.get("text") or "", when)
                )
    return stories


def write_articles(count: int, folder: Path, stories: list[Any] | None = None) -> Path:
    """``count`` article rows as JSONL: the stories in turn, each copy with its own id and date."""
    stories = stories or _stories()
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            source, ident, title, body, when = stories[i % len(stories)]
            copy = i // len(stories)
            headline = title if copy == 0 else f"{title} ({copy})"
            row = {
                "path": f"{source}/{ident}/{copy}.txt",
                "item_index": 0,
                "format": "text",
                "sha256": hashlib.sha256(f"{headline}\n{body}".encode()).hexdigest(),
                "headline": headline,
                "body": body,
                "agency": {"r": "Reuters", "bbc": "BBC"}.get(source),
                "published": (when + timedelta(days=copy)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "language": "en",
                "byline": None,
                "dateline": None,
                "located": None,
                "uri": None,
                "pictures": None,
            }
            fh.write(json.dumps(row) + "\n")
    return path


def _load() -> float:
    return os.getloadavg()[0]


def _documents(jsonl: Path, count: int | None = None) -> list[Any]:
    import pandas as pd

    from provenance.dask._read import conform
    from provenance.engines import frame_documents

    frame = pd.read_json(jsonl, lines=True, dtype=False, nrows=count)
    return frame_documents(conform(frame))


class _Peaks:
    """VmHWM of every descendant process, read from /proc every 0.2 s while it runs."""

    def __init__(self) -> None:
        self.kib: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._done.is_set():
            for child in me.children(recursive=True):
                try:
                    with open(f"/proc/{child.pid}/status", encoding="ascii") as fh:
                        hwm = next((ln for ln in fh if ln.startswith("VmHWM:")), "VmHWM: 0")
                except OSError:
                    continue
                self.kib[child.pid] = max(self.kib.get(child.pid, 0), int(hwm.split()[1]))
                try:
                    times = child.cpu_times()
                except psutil.Error:
                    continue
                self.cpu[child.pid] = times.user + times.system
            time.sleep(0.2)

    def __enter__(self) -> _Peaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


def bench_one(jsonl: Path, sample: int) -> dict[str, Any]:
    """``provenance.extract`` in this process (``jobs=1``) on the first ``sample`` articles."""
    import provenance

    documents = _documents(jsonl, sample)
    load = _load()
    wall, cpu = time.perf_counter(), time.process_time()
    provenance.extract(documents, jobs=1)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = matching._vmhwm_kib() / 1024
    return _row("one process (jobs=1)", sample, 1, wall, [peak], (load, _load()), cpu)


def bench_processes(jsonl: Path, articles: int, workers: int) -> dict[str, Any]:
    """The built-in processes engine on every article."""
    from provenance.engines import processes

    documents = _documents(jsonl)
    load = _load()
    with _Peaks() as peaks:
        start = time.perf_counter()
        processes.extract(documents, jobs=workers)
        wall = time.perf_counter() - start
    # The largest ``workers`` peaks are the workers (the forkserver only imports).
    top = sorted(peaks.kib.values())[-workers:] or [0]
    cpu = sum(peaks.cpu.values())  # sampled every 0.2 s: a little low
    loads = (load, _load())
    return _row("processes", articles, workers, wall, [k / 1024 for k in top], loads, cpu)


def _cluster(workers: int) -> Any:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return cluster, Client(cluster)


def bench_dask(jsonl: Path, articles: int, workers: int, partition_size: int) -> dict[str, Any]:
    """Extraction through ``provenance.dask`` on a LocalCluster; tables written to Parquet."""
    import provenance.dask

    cluster, client = _cluster(workers)
    try:
        with tempfile.TemporaryDirectory() as out:
            load = _load()
            cpu = matching.workers_cpu_s(client)
            start = time.perf_counter()
            provenance.dask.extract(str(jsonl), partition_size=partition_size).to_parquet(out)
            wall = time.perf_counter() - start
            cpu = matching.workers_cpu_s(client) - cpu
            peaks = matching.worker_peaks_mib(client)
    finally:
        client.close()
        cluster.close()
    return _row("dask (LocalCluster)", articles, workers, wall, peaks, (load, _load()), cpu)


def _row(
    engine: str,
    articles: int,
    workers: int,
    wall: float,
    peaks: list[float],
    loads: tuple[float, float],
    cpu: float | None = None,
) -> dict[str, Any]:
    rate = articles / wall
    return {
        "engine": engine,
        "workers": workers,
        "articles": articles,
        "wall_s": round(wall, 1),
        "cpu_s": None if cpu is None else round(cpu, 1),
        "articles_per_cpu_s": None if not cpu else round(articles / cpu, 1),
        "articles_per_s": round(rate, 1),
        "peak_mib_per_worker": round(max(peaks), 0),
        "load_avg": f"{loads[0]:.1f}-{loads[1]:.1f}",
        "projected_10M_h": round(PROJECTED / rate / 3600, 1),
    }


def bench_matching(figures: int, partitions: int, workers: int, check: int) -> dict[str, Any]:
    """The matching shuffle over ``figures`` on Dask, and the equality check on ``check``."""
    cluster, client = _cluster(workers)
    try:
        load = _load()
        cpu = matching.workers_cpu_s(client)
        counts, wall = matching.dask_groups(client, figures, partitions, collect=False)
        cpu = matching.workers_cpu_s(client) - cpu
        peaks = matching.worker_peaks_mib(client)
        end_load = _load()
        same = None
        if check:
            parts = max(2, partitions * check // figures)
            rows, _ = matching.dask_groups(client, check, parts, collect=True)
            same = matching.same_result(rows, matching.one_process_groups(check, parts))
    finally:
        client.close()
        cluster.close()
    total = figures // partitions * partitions
    return {
        "figures": total,
        "partitions": partitions,
        "workers": workers,
        "wall_s": round(wall, 1),
        "figures_per_s": round(total / wall, 0),
        "worker_cpu_s": round(cpu, 1),
        "figures_per_worker_cpu_s": round(total / cpu, 0),
        "peak_mib_per_worker": round(max(peaks), 0),
        "load_avg": f"{load:.1f}-{end_load:.1f}",
        "statuses": {
            f"{s}{' +contradicting' if c else ''}": int(n) for (s, c), n in counts.items()
        },
        f"same_as_one_process_on_{check}": same,
    }


def key_spread(reuters: int | None = None) -> None:
    """Print how ``matching_keys`` spreads the dev corpus's figures into groups."""
    import provenance
    from provenance.matching import matching_keys

    stories = _stories()
    for source in ("wire", "bbc", "r"):
        chosen = [s for s in stories if s[0] == source][: reuters if source == "r" else None]
        with tempfile.TemporaryDirectory() as folder:
            path = write_articles(len(chosen), Path(folder), chosen)
            t = provenance.extract(_documents(path))
        keys = matching_keys(t.figures, t.claims, t.articles)["group_id"].dropna()
        sizes = keys.value_counts().value_counts().sort_index()
        print(
            f"{source}: {len(t.articles)} articles, {len(t.figures)} figures, "
            f"{len(keys)} keyed, groups by size {dict(sizes.items())}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000, help="articles for both engines")
    parser.add_argument("--sample", type=int, default=5_000, help="articles for one process")
    parser.add_argument("--figures", type=int, default=10_000_000, help="figures to match")
    parser.add_argument("--check-figures", type=int, default=100_000, help="checked vs one process")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=2_000, help="articles a partition")
    parser.add_argument("--figure-partitions", type=int, default=100)
    parser.add_argument("--skip", choices=["one", "processes", "dask", "matching"], action="append")
    parser.add_argument("--key-spread", action="store_true", help="print the dev corpus's keys")
    args = parser.parse_args(argv)
    skip = set(args.skip or ())
    if not (CORPUS / "bbc_news.jsonl").exists():
        print(f"skipped: {CORPUS} not found (the corpus lives in ../shared)")
        return 0
    if args.key_spread:
        key_spread()
        return 0
    print(f"cpu cores: {os.cpu_count()}; python {sys.version.split()[0]}; load {_load():.1f}")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        jsonl = write_articles(args.articles, Path(folder))
        if "one" not in skip:
            rows.append(bench_one(jsonl, min(args.sample, args.articles)))
            print(json.dumps(rows[-1]), flush=True)
        if "processes" not in skip:
            rows.append(bench_processes(jsonl, args.articles, args.workers))
            print(json.dumps(rows[-1]), flush=True)
        if "dask" not in skip:
            rows.append(bench_dask(jsonl, args.articles, args.workers, args.partition_size))
            print(json.dumps(rows[-1]), flush=True)
    _table(rows)
    if "matching" not in skip:
        print(json.dumps(bench_matching(
            args.figures, args.figure_partitions, args.workers, args.check_figures
        )), flush=True)  # fmt: skip
    return 0


def _table(rows: list[dict[str, Any]]) -> None:
    """The Markdown table of the article runs, each rate against the one-process rate."""
    if not rows:
        return
    one = next((r["articles_per_s"] for r in rows if r["workers"] == 1), None)
    print("| engine | workers | articles | wall s | articles/s | x one process | "
          "CPU s (workers) | articles per CPU s | peak MiB per worker | load avg | "
          "10M articles, projected h |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for r in rows:
        ratio = f"{r['articles_per_s'] / one:.2f}" if one else "-"
        print(
            f"| {r['engine']} | {r['workers']} | {r['articles']:,} | {r['wall_s']} | "
            f"{r['articles_per_s']} | {ratio} | {r['cpu_s']} | {r['articles_per_cpu_s']} | "
            f"{r['peak_mib_per_worker']:.0f} | "
            f"{r['load_avg']} | {r['projected_10M_h']} |"
        )


if __name__ == "__main__":
    raise SystemExit(main())
