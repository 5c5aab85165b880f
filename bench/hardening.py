"""Cost of the input limits: pathological inputs refused fast, normal files not slowed.

Run: ``python bench/hardening.py [--shared ../shared] [--articles 600] [--repeat 5]``.

Two parts, CPU time (``time.process_time``), in one process:

- pathological inputs (no corpus needed): 10,000 nested NewsML 1.2 components,
  JSON nested 100,000 deep, a sparse 1 GB file, a 4,301-digit JSON integer;
  each is refused (or read) and timed;
- throughput: ``provenance.extract`` over BBC articles written to a temporary
  folder as .txt files, median of ``--repeat`` runs, so the same script run on
  the code before and after a change (``PYTHONPATH=old/ python bench/hardening.py
  --throughput-only``) compares both on the same files. Reads the research corpus
  from ``../shared/corpus`` at run time and prints "skipped" without it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import provenance

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def _cpu(fn: Callable[[], object]) -> tuple[float, str]:
    started = time.process_time()
    try:
        fn()
        outcome = "read"
    except provenance.ReadError as exc:
        outcome = f"{type(exc).__name__}: {exc.reason}"
    return time.process_time() - started, outcome


def pathological() -> None:
    """Time each pathological input and print what became of it."""
    from provenance.ingest import read_bytes, read_file

    deep_xml = (
        b"<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>T</HeadLine></NewsLines>"
        + b"<NewsComponent>" * 10_000
        + b"</NewsComponent>" * 10_000
        + b"</NewsComponent></NewsItem></NewsML>"
    )
    deep_json = b'{"headline": "x", "a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    big_int = b'{"headline": "x", "body_text": "5 died.", "n": ' + b"9" * 4301 + b"}"
    with tempfile.TemporaryDirectory() as tmp:
        sparse = Path(tmp) / "sparse.txt"
        with sparse.open("wb") as handle:
            handle.truncate(1 << 30)
        cases: list[tuple[str, Callable[[], object]]] = [
            ("10,000 nested NewsML 1.2 components", lambda: read_bytes(deep_xml, path="d.xml")),
            ("JSON nested 100,000 deep", lambda: read_bytes(deep_json, path="d.json")),
            ("4,301-digit JSON integer", lambda: read_bytes(big_int, path="i.json")),
            ("sparse 1 GB file", lambda: read_file(sparse)),
        ]
        for name, fn in cases:
            seconds, outcome = _cpu(fn)
            print(f"{name:<40} {seconds:7.3f} s CPU  {outcome}")


def throughput(shared: Path, count: int, repeat: int) -> None:
    """Median CPU time of provenance.extract over ``count`` BBC articles as .txt files."""
    source = shared / "corpus" / "bbc_news.jsonl"
    if not source.exists():
        print("throughput: skipped (no corpus at", source, ")")
        return
    rows = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            rows.append((item.get("title") or "Untitled", item["body"]))
            if len(rows) >= count:
                break
    with tempfile.TemporaryDirectory() as tmp:
        for i, (title, body) in enumerate(rows):
            Path(tmp, f"{i:05d}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
        provenance.extract(Path(tmp, "00000.txt"))  # warm the caches and imports
        times = []
        for _ in range(repeat):
            started = time.process_time()
            tables = provenance.extract(tmp)
            times.append(time.process_time() - started)
    median = statistics.median(times)
    print(
        f"throughput: {len(tables.articles)} articles, median {median:.2f} s CPU "
        f"({len(rows) / median:.0f} articles/s; runs {', '.join(f'{t:.2f}' for t in times)})"
    )


def main() -> None:
    """Parse the options and run both parts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--throughput-only", action="store_true")
    args = parser.parse_args()
    if not args.throughput_only:
        pathological()
    throughput(args.shared, args.articles, args.repeat)


if __name__ == "__main__":
    main()
