"""Growth of figure and claim extraction on adversarial inputs and on long news.

Run: ``python bench/adversarial.py [--shared ../shared] [--sizes 10000,100000,1000000]
[--families dots,said] [--news-mb 1,5]``.

For each family of hostile text (runs of dots, spaces, quotes, "said", a long
sentence without punctuation, nested quotes, digits with separators, digit
codes that once made a figure pattern backtrack exponentially...) it builds
inputs of 10k, 100k and 1M characters and prints the CPU time
(``time.process_time``) of :func:`~provenance.extractors.figures.find_figures`
and :func:`~provenance.extractors.claims.find_claims` on each, with the growth
ratio per 10x of input: about 10 is linear, about 100 quadratic. It then does
the same on 1 and 5 MB of real news (BBC bodies from ``../shared/corpus``,
repeated), skipped when the corpus is absent. A run that would take longer
than ``--limit`` seconds of CPU is stopped (a child process per measure, under a
CPU-time rlimit) and shown as ``>limit``, so a quadratic family cannot hang the benchmark.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing as mp
import resource
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"

#: family -> the unit repeated to build the text (cut to the exact size)
FAMILIES: dict[str, str] = {
    "dots": ".",
    "spaces": " ",
    "newlines": "\n",
    "straight_quotes": '"',
    "curly_quotes": "“",
    "nested_quotes": "“He said ‘",
    "said": "said ",
    "said_quote": '"x," said ',
    "no_punctuation": "the minister told reporters that officials ",
    "capital_words": "Minister Officials Reporters ",
    "digits_grouped": "1,000,",
    "digits_spaced": "1 000 ",
    "digit_code": "x" + "9" * 30 + "_" + "9" * 30 + " ",
    "number_spaces": "5" + " " * 9999,
    "word_spaces": "five" + " " * 9996,
    "caption_spaces": "(Photo:" + " " * 9993,
    "digits": "9",
    "abbreviations": "U.S. Mr. ",
    "dashes": "- ",
    "brackets": "(",
}


def family_text(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def news_text(shared: Path, size: int) -> str | None:
    """``size`` characters of BBC bodies joined by blank lines, repeated; None without corpus."""
    path = shared / "corpus" / "bbc_news.jsonl"
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        bodies = [json.loads(line)["body"] for line in fh]
    joined = "\n\n".join(bodies)
    return family_text(joined + "\n\n", size)


def _extractor(name: str) -> Callable[[str], object]:
    if name == "figures":
        from provenance.extractors.figures import find_figures

        return find_figures
    from provenance.extractors.claims import find_claims

    return find_claims


def _child(name: str, text: str, limit: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    # a CPU-time limit, not a wall-clock one: a loaded machine does not fake a hang
    cap = int(limit) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cap, cap))
    fn = _extractor(name)
    fn("Warm up: 5 people said “yes”.")
    start = time.process_time()
    fn(text)
    out.put(time.process_time() - start)


def measure(name: str, text: str, limit: float) -> float | None:
    """CPU seconds of extractor ``name`` on ``text`` in a child process; None past ``limit``."""
    ctx = mp.get_context("fork")
    queue: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    proc = ctx.Process(target=_child, args=(name, text, limit, queue))
    proc.start()
    proc.join()  # the child stops itself past ``limit`` CPU seconds (SIGXCPU)
    if proc.exitcode != 0:
        return None
    seconds: float = queue.get()
    return seconds if seconds <= limit else None


def _fmt(seconds: float | None, limit: float) -> str:
    return f">{limit:.0f}s" if seconds is None else f"{seconds:.3f}s"


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None:
        return "-"
    return f"x{b / max(a, 1e-4):.1f}"


def run_rows(
    rows: list[tuple[str, list[tuple[int, str]]]], limit: float, extractors: list[str]
) -> None:
    """Print one line per (row, extractor): the time at each size and the growth per step."""
    for label, sized in rows:
        for name in extractors:
            times: list[float | None] = []
            for _, text in sized:
                prev = times[-1] if times else 0.0
                times.append(None if prev is None else measure(name, text, limit))
            cells = [
                f"{size:>9,}: {_fmt(t, limit):>8}"
                for (size, _), t in zip(sized, times, strict=True)
            ]
            growth = [_ratio(a, b) for a, b in itertools.pairwise(times)]
            print(f"{label:<16} {name:<8} " + "  ".join(cells) + "   growth " + " ".join(growth))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--families", default=",".join(FAMILIES))
    parser.add_argument("--news-mb", default="1,5")
    parser.add_argument("--extractors", default="figures,claims")
    parser.add_argument("--limit", type=float, default=60.0, help="CPU seconds per measure")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    extractors = [e for e in args.extractors.split(",") if e]
    print("CPU seconds per extraction; growth per step of input (10x: ~10 linear, ~100 quadratic)")
    rows = [
        (fam, [(n, family_text(FAMILIES[fam], n)) for n in sizes])
        for fam in args.families.split(",")
        if fam
    ]
    run_rows(rows, args.limit, extractors)
    mbs = [float(m) for m in args.news_mb.split(",") if m]
    news = [(int(m * 1_000_000), news_text(args.shared, int(m * 1_000_000))) for m in mbs]
    if not mbs:
        return
    if news[0][1] is None:
        print("news: skipped (no corpus at", args.shared / "corpus", ")")
        return
    run_rows([("news", [(n, t) for n, t in news if t is not None])], args.limit * 5, extractors)


if __name__ == "__main__":
    main()
