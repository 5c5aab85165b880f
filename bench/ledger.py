"""Ledger ingest throughput and peak memory at 1,000 and 20,000 articles.

Run: ``python bench/ledger.py [--shared ../shared] [--sizes 1000 20000]``. The
articles are synthetic: the wire stories of ``../shared/corpus/wire_dev.jsonl``
and the seed article, cycled, each copy with its own headline suffix, uri and
sha256 (so every one is a distinct article). The corpus is read at run time,
never copied into the project; the script prints "skipped" without it.

Measured, each in a fresh process streaming the documents (never all in memory):
- ``Ledger.ingest`` of N new articles: articles/s (wall and CPU time), peak RSS,
  the ledger file's size;
- the same N articles through ``provenance.extract`` in batches of the same
  size, without the ledger, in the same run (the cost the ledger adds);
- a second ingest of the first 1,000 (all already stored): articles/s;
- the same ingest without the status step (figures' groups and statuses across
  articles switched off), in the same run: what that step costs;
- ``check --ledger`` (pandas engine) over the ingested ledger, in its own process.

Every article is dated (one every 10 minutes from 2025-06-02), so its figures
fall into 7-day windows and the status step has groups to recount: each
story's copies in a week form one group.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
BATCH = 200


def wire_texts(shared: Path) -> list[tuple[str, str]]:
    """(title, body) of the wire dev stories and the seed, or [] when absent."""
    path = shared / "corpus" / "wire_dev.jsonl"
    seed = shared / "seed" / "afp_putin_trump_talks.txt"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        texts = [(row["title"], row["text"]) for row in map(json.loads, fh)]
    if seed.exists():
        head, _, body = seed.read_text(encoding="utf-8").partition("\n")
        texts.append((head.strip(), body.strip()))
    return texts


def documents(texts: list[tuple[str, str]], count: int) -> Iterator[object]:
    """``count`` distinct documents cycling through the texts, built lazily."""
    from datetime import UTC, datetime, timedelta

    from provenance.enums import Format
    from provenance.ids import sha256_hex
    from provenance.ingest.document import Document

    start = datetime(2025, 6, 2, tzinfo=UTC)
    for i in range(count):
        title, body = texts[i % len(texts)]
        headline = f"{title} (item {i})"
        yield Document(
            path=f"synthetic/{i}.txt",
            format=Format.TEXT,
            headline=headline,
            body=body,
            sha256=sha256_hex(f"{headline}\n{body}"),
            uri=f"urn:bench:{i}",
            published=start + timedelta(minutes=10 * i),
        )


def _peak_mib() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _child(mode: str, count: int, shared: Path, ledger: Path) -> None:
    """Run one measurement in this (fresh) process; print a JSON line."""
    from itertools import islice

    import provenance
    from provenance.extractors.pipeline import Extractors
    from provenance.ledger import Ledger

    texts = wire_texts(shared)
    wall, cpu = time.perf_counter(), time.process_time()
    if mode == "check":
        from provenance.ledger.check import check_ledger

        found = check_ledger(Ledger(ledger, timeout=60), engine="pandas")
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        rules = found.findings["rule"].value_counts().to_dict()
        stats = {"articles": len(found.tables.articles), "figures": len(found.tables.figures)}
        print(json.dumps({**stats, "rules": rules, "wall_s": wall, "cpu_s": cpu}))
        return
    if mode == "nostatus":  # the same ingest with the status step switched off
        import provenance.ledger._ingest as ingest_module

        ingest_module.refresh_batch = lambda *args: None  # type: ignore[assignment]
    if mode == "extract":
        ex, docs, n = Extractors(), documents(texts, count), 0
        while batch := list(islice(docs, BATCH)):
            n += len(provenance.extract(batch, extractors=ex).articles)
        done = {"articles": n}
    else:
        result = Ledger(ledger, timeout=60).ingest(documents(texts, count), batch_size=BATCH)
        done = {"added": result.added, "unchanged": result.unchanged}
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({**done, "wall_s": wall, "cpu_s": cpu, "peak_mib": _peak_mib()}))


def _measure(mode: str, count: int, shared: Path, ledger: Path) -> dict[str, Any]:
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            mode,
            str(count),
            str(ledger),
            "--shared",
            str(shared),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(shared: Path, sizes: tuple[int, ...]) -> dict[str, dict[str, Any]]:
    """The measurements by name, or {} when the corpus is absent."""
    if not wire_texts(shared):
        print(f"skipped: no corpus under {shared}/corpus", file=sys.stderr)
        return {}
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            ledger = Path(tmp) / f"bench_{size}.duckdb"
            out[f"ingest_{size}"] = _measure("ingest", size, shared, ledger)
            out[f"ingest_{size}"]["file_mib"] = ledger.stat().st_size / 2**20
            out[f"check_{size}"] = _measure("check", size, shared, ledger)
            bare = Path(tmp) / f"bench_{size}_nostatus.duckdb"
            out[f"nostatus_{size}"] = _measure("nostatus", size, shared, bare)
            if size == min(sizes):
                out[f"extract_{size}"] = _measure("extract", size, shared, ledger)
                out[f"reingest_{size}"] = _measure("ingest", size, shared, ledger)
    return out


def summary(result: dict[str, dict[str, Any]], sizes: tuple[int, ...]) -> str:
    """The headline numbers, one per line."""
    lines = []
    for size in sizes:
        r = result[f"ingest_{size}"]
        lines.append(
            f"ingest {size:,} new articles: {r['added'] / r['wall_s']:,.0f} articles/s "
            f"(CPU time: {r['added'] / r['cpu_s']:,.0f}), peak RSS {r['peak_mib']:.1f} MiB, "
            f"ledger {r['file_mib']:.1f} MiB"
        )
        bare, chk = result[f"nostatus_{size}"], result[f"check_{size}"]
        lines.append(
            f"  without the status step: {bare['added'] / bare['cpu_s']:,.0f} articles/s of CPU "
            f"time (the step costs {r['cpu_s'] / bare['cpu_s'] - 1:+.0%} CPU time)"
        )
        lines.append(
            f"  check --ledger (pandas engine) over {chk['articles']:,} articles, "
            f"{chk['figures']:,} figures: {chk['cpu_s']:.1f} s CPU ({chk['wall_s']:.1f} s wall); "
            f"findings by rule {chk['rules']}"
        )
    small = min(sizes)
    ext, ing, again = (
        result[f"extract_{small}"],
        result[f"ingest_{small}"],
        result[f"reingest_{small}"],
    )
    extra = ing["cpu_s"] / ext["cpu_s"] - 1
    lines.append(
        f"extract only, same {small:,} articles and batches: "
        f"{ext['articles'] / ext['wall_s']:,.0f} articles/s "
        f"(CPU time: {ext['articles'] / ext['cpu_s']:,.0f}), peak RSS {ext['peak_mib']:.1f} MiB; "
        f"the ledger costs {extra:+.0%} CPU time"
    )
    lines.append(
        f"re-ingest {small:,} stored articles: {again['unchanged'] / again['wall_s']:,.0f} "
        f"articles/s, {again['added']:.0f} added"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, count, ledger = args.child
        _child(mode, int(count), args.shared, Path(ledger))
        return
    sizes = tuple(args.sizes)
    result = run(args.shared, sizes)
    print(json.dumps(result, indent=1))
    if result:
        print(summary(result, sizes))


if __name__ == "__main__":
    main()
