"""Scale: many articles through the processes engine and Dask; the figure-matching shuffle.

Usage (from the repository root, with the ``dask`` extra installed)::

    .venv/bin/python bench/scale.py --articles 100000 --figures 10000000
    .venv/bin/python bench/scale.py --articles 5000 --figures 1000000   # a quick look

The articles are the BBC dev corpus (``../shared/corpus/bbc_news.jsonl``, read
from there, never copied) repeated with varied ids: copy *k* of a story gets
`` (k)`` after its headline and a publication date *k* days later, so every
copy is a distinct article. They are written once as JSONL of article rows
(``ARTICLE_COLUMNS``) into a temporary folder, and both engines read that file.
Without the corpus the script prints "skipped" and exits 0.

Measured: wall time, throughput (articles/s of wall time), the peak resident
memory of each worker process, and a linear projection to 10 million
articles. The figure-matching part makes synthetic figures (a claim naming a
place and an event, dates over a year, five figures per group on average: a
group's cost is quadratic in its size), runs ``matching_keys`` per partition,
shuffles on ``group_id`` and counts the groups (``group_status`` +
``contradicting_claim``) on a Dask ``LocalCluster``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "bbc_news.jsonl"
PROJECTED = 10_000_000


def _rows(count: int) -> list[dict[str, Any]]:
    """``count`` article rows: the corpus stories in turn, each copy with its own id and date."""
    stories = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    rows = []
    for i in range(count):
        story = stories[i % len(stories)]
        copy = i // len(stories)
        headline = story["title"] if copy == 0 else f"{story['title']} ({copy})"
        body = story["body"]
        rows.append(
            {
                "path": f"bbc/{story['id']}/{copy}.txt",
                "item_index": 0,
                "format": "text",
                "sha256": hashlib.sha256(f"{headline}\n{body}".encode()).hexdigest(),
                "headline": headline,
                "body": body,
                "agency": "BBC",
                "published": f"2005-01-{1 + copy % 28:02d}T12:00:00Z",
                "language": "en",
                "byline": None,
                "dateline": None,
                "located": None,
                "uri": None,
                "pictures": None,
            }
        )
    return rows


def _write_jsonl(rows: list[dict[str, Any]], folder: Path) -> Path:
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    return path


def _mib(kib: float) -> float:
    return kib / 1024  # ru_maxrss is in KiB on Linux


def _worker_peak() -> float:
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _cluster(workers: int) -> Any:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return cluster, Client(cluster)


def bench_dask(jsonl: Path, articles: int, workers: int, partition_size: int) -> dict[str, Any]:
    """Extract through ``provenance.dask`` on a LocalCluster; tables written to Parquet."""
    import provenance.dask

    cluster, client = _cluster(workers)
    try:
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            lazy = provenance.dask.extract(str(jsonl), partition_size=partition_size)
            lazy.to_parquet(out)
            wall = time.perf_counter() - start
            peaks = client.run(_worker_peak)
    finally:
        client.close()
        cluster.close()
    return _row("dask (LocalCluster)", articles, workers, wall, list(peaks.values()))


def bench_processes(jsonl: Path, articles: int, workers: int) -> dict[str, Any]:
    """Extract through the built-in processes engine (``provenance.engines.processes``)."""
    import pandas as pd

    from provenance.dask._read import conform
    from provenance.engines import frame_documents, processes

    documents = frame_documents(conform(pd.read_json(jsonl, lines=True, dtype=False)))
    start = time.perf_counter()
    processes.extract(documents, jobs=workers)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return _row("processes", articles, workers, wall, [float(peak)])


def _row(
    engine: str, articles: int, workers: int, wall: float, peaks: list[float]
) -> dict[str, Any]:
    rate = articles / wall
    return {
        "engine": engine,
        "workers": workers,
        "articles": articles,
        "wall_s": round(wall, 1),
        "articles_per_s": round(rate, 1),
        "peak_worker_mib": round(_mib(max(peaks)), 0),
        "projected_10M_h": round(PROJECTED / rate / 3600, 1),
    }


def _figure_part(index: int, size: int, groups: int) -> Any:
    """Synthetic tables for one partition: ``size`` figures, one claim and article each."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(index)
    ids = np.arange(index * size, (index + 1) * size)
    group = rng.integers(0, groups, size)
    places = np.array(["Kyiv", "Gaza", "Sumy", "Paris", "London", "Tokyo"])
    claims = pd.DataFrame(
        {
            "claim_id": [f"clm_{i:016x}" for i in ids],
            "article_id": [f"art_{i:016x}" for i in ids],
            "text": [
                f"Officials said {n} people died in floods in {places[g % 6]}"
                for g, n in zip(group, group % 97, strict=True)
            ],
        }
    )
    start = pd.Timestamp("2025-01-06", tz="UTC")
    articles = pd.DataFrame(
        {
            "article_id": claims["article_id"],
            "published": start + pd.to_timedelta(group % 52 * 7, unit="D"),
        }
    )
    value = (group % 97 + 1).astype("float64") * rng.choice([1.0, 1.0, 1.0, 1.5], size)
    figures = pd.DataFrame(
        {
            "figure_id": [f"fig_{i:016x}" for i in ids],
            "claim_id": claims["claim_id"],
            "article_id": claims["article_id"],
            "source_id": [f"src_{s:04d}" for s in rng.integers(0, 300, size)],
            "value": value,
            "lower": np.nan,
            "upper": np.nan,
            "approximate": rng.random(size) < 0.3,
            "kind": "cardinal",
            "unit": "people",
            "language": "en",
        }
    )
    from provenance.dask._cross import matching_cells

    return matching_cells(articles, claims, figures)


def bench_matching(figures: int, workers: int, partitions: int) -> dict[str, Any]:
    """``matching_keys`` per partition -> shuffle on ``group_id`` -> groups, on a LocalCluster."""
    import dask.dataframe as dd

    from provenance.dask._cross import _unmatched, group_figures

    size = max(1, figures // partitions)
    groups = max(1, figures // 5)  # five figures a quantity: a story relayed a few times
    meta = _figure_part(0, 1, 1).iloc[:0]
    cluster, client = _cluster(workers)
    try:
        start = time.perf_counter()
        cells = dd.from_map(_figure_part, range(partitions), args=(size, groups), meta=meta)
        matched = cells[~cells["group_id"].isna()].shuffle(on="group_id")
        grouped = matched.map_partitions(group_figures, meta=_unmatched(meta))
        counts = grouped["status"].value_counts().compute()
        wall = time.perf_counter() - start
        peaks = client.run(_worker_peak)
    finally:
        client.close()
        cluster.close()
    return {
        "figures": size * partitions,
        "partitions": partitions,
        "workers": workers,
        "wall_s": round(wall, 1),
        "figures_per_s": round(size * partitions / wall, 0),
        "peak_worker_mib": round(_mib(max(peaks.values())), 0),
        "statuses": dict(counts.sort_index().items()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--figures", type=int, default=10_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=2_000)
    parser.add_argument("--figure-partitions", type=int, default=100)
    parser.add_argument("--skip", choices=["processes", "dask", "matching"], action="append")
    args = parser.parse_args(argv)
    skip = set(args.skip or ())
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the corpus lives in ../shared)")
        return 0
    print(f"cpu cores: {os.cpu_count()}; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as folder:
        jsonl = _write_jsonl(_rows(args.articles), Path(folder))
        if "processes" not in skip:
            print(json.dumps(bench_processes(jsonl, args.articles, args.workers)))
        if "dask" not in skip:
            print(json.dumps(bench_dask(jsonl, args.articles, args.workers, args.partition_size)))
    if "matching" not in skip:
        print(json.dumps(bench_matching(args.figures, args.workers, args.figure_partitions)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
