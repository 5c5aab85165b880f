"""Full-extraction throughput and memory on BBC articles (figures, claims, sources, credits).

Run: ``python bench/pipeline.py [--shared ../shared]``. Reads the research corpus
from ``../shared/corpus`` at run time (never copied into the project) and
skips cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def bbc_texts(shared: Path) -> list[tuple[str, str]]:
    """(title, body) of every BBC article, or [] when the corpus is absent."""
    path = shared / "corpus" / "bbc_news.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [(row["title"], row["body"]) for row in map(json.loads, fh)]


def _documents(texts: list[tuple[str, str]], count: int) -> Iterator[object]:
    """``count`` documents cycling through the texts, built lazily (streaming)."""
    from provenance.enums import Format
    from provenance.ids import sha256_hex
    from provenance.ingest.document import Document

    for i in range(count):
        title, body = texts[i % len(texts)]
        yield Document(
            path=f"bbc/{i}",
            format=Format.TEXT,
            headline=title,
            body=body,
            sha256=sha256_hex(body),
            agency="BBC",
        )


def sentences(texts: list[tuple[str, str]]) -> int:
    """Sentences in the bodies, by the library's own splitter."""
    from provenance.extractors.sentences import split_sentences

    return sum(len(split_sentences(body)) for _, body in texts)


def throughput(texts: list[tuple[str, str]], runs: int = 5) -> dict[str, float]:
    """Median articles/s and sentences/s of full extraction over all texts, single process."""
    from provenance.extractors.pipeline import Extractors, extract_document

    extractors = Extractors()
    docs = list(_documents(texts, len(texts)))
    for doc in docs[:50]:  # warm caches and lazy imports
        extract_document(doc, extractors)  # type: ignore[arg-type]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for doc in docs:
            extract_document(doc, extractors)  # type: ignore[arg-type]
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    return {
        "articles_per_s": len(docs) / median,
        "sentences_per_s": sentences(texts) / median,
        "seconds_median": median,
    }


def _reset_peak() -> None:
    """Reset this process's peak RSS: a forked child starts with its parent's peak."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass  # not Linux: ru_maxrss below may include the parent's peak


def _peak_mib() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _stream(count: int, shared: Path) -> None:
    """Child process: extract ``count`` articles streaming, print peak RSS in MiB."""
    _reset_peak()
    from provenance.extractors.pipeline import Extractors, extract_document

    texts = bbc_texts(shared)
    extractors = Extractors()
    figures = 0
    for doc in _documents(texts, count):
        figures += len(extract_document(doc, extractors).figures)  # type: ignore[arg-type]
    print(json.dumps({"articles": count, "figures": figures, "peak_mib": _peak_mib()}))


def memory(shared: Path, sizes: tuple[int, ...] = (1000, 20000)) -> dict[int, float]:
    """Peak RSS (MiB) of a fresh process streaming each number of articles."""
    out = {}
    for size in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(size), "--shared", str(shared)],
            capture_output=True,
            text=True,
            check=True,
        )
        out[size] = json.loads(done.stdout)["peak_mib"]
    return out


def suites(texts: list[tuple[str, str]]) -> dict[str, float]:
    """Seconds to validate the tables of every text and run the suites, per engine."""
    from provenance.extractors.pipeline import Extractors, extract_document
    from provenance.suites import run_suites
    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    extractors = Extractors()
    tables = build_tables(extract_document(d, extractors) for d in _documents(texts, len(texts)))  # type: ignore[arg-type]
    start = time.perf_counter()
    tables = validate_tables(tables)
    out = {"validate_s": time.perf_counter() - start, "figures": float(len(tables.figures))}
    for engine in ("pandas", "gx"):
        start = time.perf_counter()
        findings, _ = run_suites(tables, engine=engine)  # type: ignore[arg-type]
        out[f"suites_{engine}_s"] = time.perf_counter() - start
        out["findings"] = float(len(findings))
    return out


def run(shared: Path = DEFAULT_SHARED) -> dict[str, object]:
    """Throughput and memory figures, or {} when the corpus is absent."""
    texts = bbc_texts(shared)
    if not texts:
        print(f"skipped: no corpus under {shared}/corpus", file=sys.stderr)
        return {}
    return {**throughput(texts), **suites(texts), "peak_mib": memory(shared)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _stream(args.child, args.shared)
        return
    print(json.dumps(run(args.shared), indent=1))


if __name__ == "__main__":
    main()
