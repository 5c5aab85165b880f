"""Full-extraction throughput and memory on BBC articles (figures, claims, sources, credits).

Run: ``python bench/pipeline.py [--shared ../shared]``. Reads the research corpus
from ``../shared/corpus`` at run time (never copied into the project) and
skips cleanly when it is absent.

Measured, in one process, median of 5 runs each:
- ``extract_document`` over every article (the extractors alone);
- the batch API: ``provenance.extract_figures(bodies)`` + ``extract_claims(bodies)``
  (figures, claims and their sources; plain strings carry no photo credits);
- ``provenance.extract`` on the articles written to a temporary folder as .txt
  files (reading, extraction, tables, validation), with the CPU time of each phase;
- the batch API's cost per text on top of the extractors: ``extract_figures(list)``
  minus ``find_figures`` on each text, divided by the count (same for claims);
- quantulum3 on a sample of the same texts, in the same run, and the ratio;
- peak RSS of a fresh process streaming 1,000 and 20,000 articles.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
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
    from provenance.extractors.text.sentences import split_sentences

    return sum(len(split_sentences(body)) for _, body in texts)


def throughput(texts: list[tuple[str, str]], runs: int = 5) -> dict[str, float]:
    """Median articles/s and sentences/s of full extraction over all texts, single process."""
    from provenance.extractors.pipeline import Extractors, extract_document

    extractors = Extractors()
    docs = list(_documents(texts, len(texts)))
    for doc in docs[:50]:  # warm caches and lazy imports
        extract_document(doc, extractors)  # type: ignore[arg-type]

    def extract_all() -> None:
        for doc in docs:
            extract_document(doc, extractors)  # type: ignore[arg-type]

    median, cpu = _median_time(extract_all, runs)
    return {
        "articles_per_s": len(docs) / median,
        "cpu_articles_per_s": len(docs) / cpu,
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


def _median_time(fn: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``fn()`` over ``runs`` runs.

    CPU time (this process only) is reported beside wall time because the
    bench often shares its cores; the two agree on an idle machine.
    """
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def batch_api(texts: list[tuple[str, str]], runs: int = 5) -> dict[str, float]:
    """Articles/s of ``extract_figures(bodies)`` + ``extract_claims(bodies)``, one call each."""
    import provenance

    bodies = [body for _, body in texts]
    provenance.extract_figures(bodies[:50])  # warm caches and lazy imports
    provenance.extract_claims(bodies[:50])

    def both() -> None:
        provenance.extract_figures(bodies)
        provenance.extract_claims(bodies)

    median, cpu = _median_time(both, runs)
    return {
        "batch_articles_per_s": len(bodies) / median,
        "batch_cpu_articles_per_s": len(bodies) / cpu,
        "batch_seconds_median": median,
    }


def batch_overhead(texts: list[tuple[str, str]], runs: int = 7) -> dict[str, float]:
    """Microseconds per text the batch API adds on top of the extractors it calls.

    ``extract_figures(list)`` minus ``find_figures`` on each text (and
    ``extract_claims(list)`` minus ``find_claims``), divided by the count. The
    difference is small beside the extraction, so it is taken between the
    fastest of interleaved runs, in CPU time: the least disturbed by other
    processes on a shared machine.
    """
    import provenance
    from provenance.extractors.claims import find_claims
    from provenance.extractors.figures import find_figures

    bodies = [body for _, body in texts]

    def each(fn: Callable[[str], object]) -> Callable[[], None]:
        def run_all() -> None:
            for body in bodies:
                fn(body)

        return run_all

    out: dict[str, float] = {}
    for name, batch, one in (
        ("figures", provenance.extract_figures, lambda t: find_figures(t, language="en")),
        ("claims", provenance.extract_claims, find_claims),
    ):
        batch(bodies[:50])
        batched, alone = [], []
        for _ in range(runs):
            batched.append(_median_time(lambda b=batch: b(bodies), runs=1)[1])  # type: ignore[misc]
            alone.append(_median_time(each(one), runs=1)[1])
        extra = min(batched) - min(alone)
        out[f"{name}_overhead_us_per_text"] = extra / len(bodies) * 1e6
    return out


def batch_cost(texts: list[tuple[str, str]], runs: int = 7) -> dict[str, float]:
    """Microseconds per text of the batch API itself, with the extraction taken out.

    The extractors' results are computed first and handed back from a table,
    so what is timed is only what the batch API adds: checking the input,
    resolving languages, gathering columns and building the frame. (The
    subtraction in :func:`batch_overhead` measures the same thing but is
    within the noise of the extraction on a busy machine.)
    """
    import provenance
    import provenance.tables.frames as frames
    from provenance.extractors.pipeline import claims_for, figures_for, shared_extractors

    bodies = [body for _, body in texts]
    ex = shared_extractors()
    figures = {body: figures_for(body, ex, "en") for body in bodies}
    claims = {body: claims_for(body, ex, "en") for body in bodies}
    saved = frames.figures_for, frames.claims_for
    frames.figures_for = lambda text, *args, **kwargs: figures[text]  # type: ignore[assignment]
    frames.claims_for = lambda text, *args, **kwargs: claims[text]  # type: ignore[assignment]
    try:
        out = {}
        for name, batch in (
            ("figures", provenance.extract_figures),
            ("claims", provenance.extract_claims),
        ):
            cpu = min(_median_time(lambda b=batch: b(bodies), runs=1)[1] for _ in range(runs))  # type: ignore[misc]
            out[f"{name}_frame_us_per_text"] = cpu / len(bodies) * 1e6
    finally:
        frames.figures_for, frames.claims_for = saved
    return out


def write_files(texts: list[tuple[str, str]], folder: Path) -> None:
    """Each article as ``<n>.txt``: headline, blank line, body."""
    for i, (title, body) in enumerate(texts):
        (folder / f"{i:05d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def _extract_as_files_do(documents: tuple[object, ...]) -> list[object]:
    """The extraction step of ``provenance.extract``: the shared extractors, documents in
    chunks extracted one step at a time (``extract_documents``); code before that step
    existed extracted each document in turn, with the shared extractors."""
    from provenance.extractors.pipeline import extract_document, shared_extractors

    ex = shared_extractors()
    try:
        from provenance.api import EXTRACT_CHUNK
        from provenance.extractors.pipeline import extract_documents
    except ImportError:
        return [extract_document(doc, ex) for doc in documents]  # type: ignore[arg-type]
    out: list[object] = []
    for i in range(0, len(documents), EXTRACT_CHUNK):
        out.extend(extract_documents(documents[i : i + EXTRACT_CHUNK], ex))  # type: ignore[arg-type]
    return out


def on_files(texts: list[tuple[str, str]], runs: int = 5) -> dict[str, float]:
    """Articles/s of ``provenance.extract`` on .txt files, and the median CPU time of each phase.

    The phases are those ``provenance.extract`` runs: reading, the extraction as it does it
    (:func:`_extract_as_files_do`), building the tables typed, validating them in place.
    """
    import provenance
    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(texts, folder)
        articles = len(provenance.extract(folder).articles)  # warm caches and lazy imports
        median, cpu = _median_time(lambda: provenance.extract(folder, progress=False), runs)
        phases: dict[str, list[float]] = {"read": [], "extract": [], "build": [], "validate": []}
        for _ in range(runs):
            t0 = time.process_time()
            documents = provenance.read(folder, progress=False).documents
            t1 = time.process_time()
            extractions = _extract_as_files_do(documents)
            t2 = time.process_time()
            tables = build_tables(extractions, typed=True)  # type: ignore[arg-type]
            t3 = time.process_time()
            validate_tables(tables, inplace=True)
            t4 = time.process_time()
            for phase, seconds in zip(phases, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                phases[phase].append(seconds)
    out = {
        "files_articles_per_s": len(texts) / median,
        "files_cpu_articles_per_s": len(texts) / cpu,
        "files_seconds_median": median,
        "files_articles_kept": float(articles),
    }
    for phase, times in phases.items():
        out[f"files_{phase}_ms_per_article"] = statistics.median(times) / len(texts) * 1000
    return out


def quantulum(texts: list[tuple[str, str]], sample: int = 200) -> dict[str, float]:
    """quantulum3 on every n-th article, and the library on the same texts, in this run."""
    picked = texts[:: max(1, len(texts) // sample)][:sample]
    bodies = [body for _, body in picked]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns that its classifier is absent
        try:
            from quantulum3 import parser as q3
        except ImportError:
            print("quantulum3 not installed: no comparison", file=sys.stderr)
            return {}
        q3.parse(bodies[0])

        def parse_all() -> None:
            for body in bodies:
                q3.parse(body)

        q3_wall, q3_cpu = _median_time(parse_all, runs=1)
    q3_rate, q3_cpu_rate = len(bodies) / q3_wall, len(bodies) / q3_cpu
    ours = throughput(picked)["articles_per_s"]
    batch = batch_api(picked)
    files = on_files(picked)
    return {
        "quantulum3_sample": float(len(bodies)),
        "quantulum3_articles_per_s": q3_rate,
        "sample_extract_document_articles_per_s": ours,
        "quantulum3_cpu_articles_per_s": q3_cpu_rate,
        "sample_batch_articles_per_s": batch["batch_articles_per_s"],
        "sample_files_articles_per_s": files["files_articles_per_s"],
        "batch_vs_quantulum3": batch["batch_articles_per_s"] / q3_rate,
        "files_vs_quantulum3": files["files_articles_per_s"] / q3_rate,
        "batch_vs_quantulum3_cpu": batch["batch_cpu_articles_per_s"] / q3_cpu_rate,
        "files_vs_quantulum3_cpu": files["files_cpu_articles_per_s"] / q3_cpu_rate,
    }


def run(shared: Path = DEFAULT_SHARED, *, quantulum_sample: int = 200) -> dict[str, object]:
    """Throughput and memory figures, or {} when the corpus is absent."""
    texts = bbc_texts(shared)
    if not texts:
        print(f"skipped: no corpus under {shared}/corpus", file=sys.stderr)
        return {}
    return {
        **throughput(texts),
        **batch_api(texts),
        **batch_overhead(texts),
        **batch_cost(texts),
        **on_files(texts),
        **quantulum(texts, quantulum_sample),
        **suites(texts),
        "peak_mib": memory(shared),
    }


def summary(result: dict[str, object]) -> str:
    """The headline numbers, one per line."""
    r: dict[str, object] = result
    lines = [
        f"extract_document: {r['articles_per_s']:,.0f} articles/s "
        f"(CPU time: {r['cpu_articles_per_s']:,.0f})",
        f"batch API (figures + claims): {r['batch_articles_per_s']:,.0f} articles/s "
        f"(CPU time: {r['batch_cpu_articles_per_s']:,.0f})",
        f"provenance.extract on files: {r['files_articles_per_s']:,.0f} articles/s "
        f"(CPU time: {r['files_cpu_articles_per_s']:,.0f}) "
        f"(read {r['files_read_ms_per_article']:.2f}"
        f" + extract {r['files_extract_ms_per_article']:.2f}"
        f" + build {r['files_build_ms_per_article']:.2f}"
        f" + validate {r['files_validate_ms_per_article']:.2f} ms/article of CPU time)",
        f"batch overhead per text: figures {r['figures_overhead_us_per_text']:.1f} us, "
        f"claims {r['claims_overhead_us_per_text']:.1f} us (target < 1000 us); "
        f"the frame building alone: figures {r['figures_frame_us_per_text']:.1f} us, "
        f"claims {r['claims_frame_us_per_text']:.1f} us",
    ]
    if "quantulum3_articles_per_s" in r:
        lines.append(
            f"quantulum3 on {r['quantulum3_sample']:.0f} of the same texts: "
            f"{r['quantulum3_articles_per_s']:.1f} articles/s; "
            f"batch API {r['batch_vs_quantulum3']:.0f}x, files {r['files_vs_quantulum3']:.0f}x "
            f"(CPU time: {r['batch_vs_quantulum3_cpu']:.0f}x, {r['files_vs_quantulum3_cpu']:.0f}x)"
        )
    peak = r["peak_mib"]
    assert isinstance(peak, dict)
    lines.append(
        f"peak RSS streaming 1,000 / 20,000 articles: {peak[1000]:.1f} / {peak[20000]:.1f} MiB"
    )
    return "\n".join(lines)


def _mark() -> None:
    """A region mark for callgrind: ``--dump-before=getppid`` writes the counts so far.

    Under ``valgrind --tool=callgrind --dump-before=getppid``, the counted region of the
    ``--*-only`` modes lies between two marks, so its instructions are the second dump
    (``callgrind.out.2``) alone, with no subtraction and no second run. Outside valgrind
    this is one cheap system call.
    """
    os.getppid()


def _extract_only(count: int, shared: Path) -> None:
    """``extract_document`` on the first ``count`` BBC articles, after one warm-up call.

    ``valgrind --tool=callgrind python bench/pipeline.py --extract-only 100`` minus the
    same at 0, divided by 100, gives repeatable instructions per article on a loaded
    machine (wall and CPU time are not).
    """
    from provenance.extractors.pipeline import Extractors, extract_document

    texts = bbc_texts(shared)
    if not texts:
        print("skipped: no BBC corpus under", shared)
        return
    docs = list(_documents(texts, max(count, 1)))
    extractors = Extractors()
    extract_document(docs[0], extractors)  # type: ignore[arg-type]
    _mark()
    for doc in docs[:count]:
        extract_document(doc, extractors)  # type: ignore[arg-type]
    _mark()


def _batch_only(count: int, shared: Path) -> None:
    """The batch API (``extract_figures`` + ``extract_claims``) on the first ``count`` BBC
    bodies, after one warm-up call on the first body: counted like ``--extract-only``.
    """
    import provenance

    texts = bbc_texts(shared)
    if not texts:
        print("skipped: no BBC corpus under", shared)
        return
    bodies = [body for _, body in texts[: max(count, 1)]]
    provenance.extract_figures(bodies[:1])
    provenance.extract_claims(bodies[:1])
    _mark()
    provenance.extract_figures(bodies[:count])
    provenance.extract_claims(bodies[:count])
    _mark()


#: where ``--files-only`` and ``--phases-only`` write their articles
_COUNTED_FOLDER = Path(tempfile.gettempdir()) / "provenance-pipeline-counted"


@contextlib.contextmanager
def _written(count: int, shared: Path) -> Iterator[list[Path] | None]:
    """The first BBC articles as .txt files (at least 100), after one warm-up call on
    the first; ``None`` when the corpus is absent."""
    import provenance

    texts = bbc_texts(shared)
    if not texts:
        print("skipped: no BBC corpus under", shared)
        yield None
        return
    # a folder with a fixed name: a random temporary path made the same code count up to
    # 0.7% apart under callgrind (stop 32); emptied first, since a run cut short leaves it
    folder = _COUNTED_FOLDER
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        write_files(texts[:100] if count <= 100 else texts[:count], folder)
        paths = sorted(folder.iterdir())
        provenance.extract(paths[:1], progress=False)
        yield paths
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _files_only(count: int, shared: Path) -> None:
    """``provenance.extract`` on the first ``count`` BBC articles written as .txt files,
    after one warm-up call on the first file: counted like ``--extract-only``.

    The files are written in both runs (``count`` and 0 write the same ``max(count, 1)``
    files) and the warm-up reads one of them, so the difference is reading, extraction,
    tables and validation of ``count`` articles.
    """
    import provenance

    with _written(count, shared) as paths:
        if paths is None:
            return
        _mark()
        if count:
            provenance.extract(paths[:count], progress=False)
        _mark()


def _phases_only(count: int, shared: Path) -> None:
    """The files path of ``--files-only`` cut into its phases, one callgrind dump each.

    Under ``valgrind --tool=callgrind --dump-before=getppid``, dumps 2 to 5 hold reading
    the ``count`` files, the extraction as ``provenance.extract`` does it
    (:func:`_extract_as_files_do`), ``build_tables(..., typed=True)`` and
    ``validate_tables(..., inplace=True)``: the four phases it runs, counted apart.
    """
    import provenance
    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    with _written(count, shared) as paths:
        if paths is None:
            return
        _mark()
        documents = provenance.read(paths[:count], progress=False).documents
        _mark()
        extractions = _extract_as_files_do(documents)
        _mark()
        tables = build_tables(extractions, typed=True)  # type: ignore[arg-type]
        _mark()
        validate_tables(tables, inplace=True)
        _mark()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--quantulum-sample", type=int, default=200)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--extract-only",
        type=int,
        metavar="N",
        help="only run extract_document on the first N BBC articles (after one warm-up) "
        "and exit: for instruction counts, run under callgrind at N and at 0 and subtract",
    )
    parser.add_argument(
        "--batch-only",
        type=int,
        metavar="N",
        help="the same for the batch API (extract_figures + extract_claims on a list)",
    )
    parser.add_argument(
        "--files-only",
        type=int,
        metavar="N",
        help="the same for provenance.extract on N .txt files (read, extract, tables, validate)",
    )
    parser.add_argument(
        "--phases-only",
        type=int,
        metavar="N",
        help="--files-only cut into read, extract, build and validate: callgrind dumps 2 to 5",
    )
    args = parser.parse_args()
    for flag, only in (
        (args.extract_only, _extract_only),
        (args.batch_only, _batch_only),
        (args.files_only, _files_only),
        (args.phases_only, _phases_only),
    ):
        if flag is not None:
            only(flag, args.shared)
            return
    if args.child:
        _stream(args.child, args.shared)
        return
    result = run(args.shared, quantulum_sample=args.quantulum_sample)
    print(json.dumps(result, indent=1))
    if result:
        print(summary(result))


if __name__ == "__main__":
    main()
