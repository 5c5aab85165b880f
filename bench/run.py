"""The benchmark harness: one table of every measured figure against its target.

Run from the repository root, with the dev extra installed::

    .venv/bin/python bench/run.py            # reads ../shared/corpus
    .venv/bin/python bench/run.py --shared /path/to/shared

Reads the research corpus at run time (never copied into the project) and
prints "skipped" when it is absent. Benchmarks measure; tests assert behaviour.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import claims as claims_bench  # noqa: E402
import figures as figures_bench  # noqa: E402
import pipeline as pipeline_bench  # noqa: E402

DEFAULT_SHARED = HERE.parents[1] / "shared"

# (label, section, key, target as (op, value) or None, format)
ROWS: list[tuple[str, str, str, tuple[str, float] | None, str]] = [
    ("number F1, quantulum3 suite", "figures", "suite_f1", (">=", 0.95), "{:.4f}"),
    ("number precision / recall", "figures", "suite_pr", None, "{}"),
    ("digit coverage, BBC", "figures", "coverage_bbc", (">=", 0.995), "{:.4%}"),
    ("digit coverage, Reuters", "figures", "coverage_reuters", (">=", 0.995), "{:.4%}"),
    (
        "attribution content F1 (0.5 overlap), PolNeAR dev",
        "claims",
        "content_f1",
        (">=", 0.60),
        "{:.4f}",
    ),
    ("source accuracy on matched claims", "claims", "source_accuracy", (">=", 0.90), "{:.4f}"),
    ("hedge precision", "claims", "hedge_precision", (">=", 0.90), "{:.4f}"),
    ("hedge recall", "claims", "hedge_recall", (">=", 0.90), "{:.4f}"),
    ("denial precision", "claims", "denial_precision", (">=", 0.90), "{:.4f}"),
    ("denial recall", "claims", "denial_recall", (">=", 0.90), "{:.4f}"),
    (
        "full extraction, BBC articles/s (median of 5)",
        "pipeline",
        "articles_per_s",
        (">=", 500),
        "{:,.0f}",
    ),
    ("full extraction, BBC sentences/s", "pipeline", "sentences_per_s", None, "{:,.0f}"),
    ("validate 5 tables, all BBC (s)", "pipeline", "validate_s", None, "{:.2f}"),
    ("run suites, all BBC, pandas engine (s)", "pipeline", "suites_pandas_s", None, "{:.2f}"),
    ("run suites, all BBC, GX engine (s)", "pipeline", "suites_gx_s", None, "{:.2f}"),
    ("figures only, BBC articles/s", "figures", "articles_per_s", None, "{:,.0f}"),
    (
        "quantulum3, same sample, articles/s",
        "figures",
        "quantulum3_articles_per_s",
        None,
        "{:,.2f}",
    ),
    (
        "quantulum3, same sample, sentences/s",
        "figures",
        "quantulum3_sentences_per_s",
        None,
        "{:,.1f}",
    ),
    (
        "full extraction / quantulum3 (same sample)",
        "derived",
        "full_vs_quantulum3",
        (">=", 10),
        "{:,.1f}x",
    ),
    ("peak RSS, 1,000 articles streamed (MiB)", "derived", "peak_1000", None, "{:,.1f}"),
    ("peak RSS, 20,000 articles streamed (MiB)", "derived", "peak_20000", None, "{:,.1f}"),
    ("peak RSS growth 1k -> 20k", "derived", "peak_growth", None, "{:.3f}x"),
    ("peak RSS added per extra 1,000 articles (MiB)", "derived", "peak_per_1000", None, "{:.2f}"),
]


def collect(shared: Path) -> dict[str, dict[str, Any]]:
    """Run every benchmark; an absent corpus gives empty sections."""
    results = {
        "figures": figures_bench.run(shared),
        "claims": claims_bench.run(shared),
        "pipeline": pipeline_bench.run(shared),
    }
    fig, pipe = results["figures"], results["pipeline"]
    derived: dict[str, Any] = {}
    if fig:
        fig["suite_pr"] = f"{fig['suite_precision']:.4f} / {fig['suite_recall']:.4f}"
    if fig.get("quantulum3_articles_per_s") and pipe:
        sample = pipeline_bench.bbc_texts(shared)
        step = max(1, len(sample) // 200)
        rate = pipeline_bench.throughput(sample[::step][:200])["articles_per_s"]
        derived["full_vs_quantulum3"] = rate / fig["quantulum3_articles_per_s"]
    if pipe:
        peak = pipe["peak_mib"]
        derived |= {
            "peak_1000": peak[1000],
            "peak_20000": peak[20000],
            "peak_growth": peak[20000] / peak[1000],
            "peak_per_1000": (peak[20000] - peak[1000]) / 19,
        }
    results["derived"] = derived
    return results


def table(results: dict[str, dict[str, Any]]) -> str:
    """Markdown table: metric, value, target, met."""
    lines = ["| metric | value | target | met |", "|---|---:|---|---|"]
    for label, section, key, target, fmt in ROWS:
        value = results.get(section, {}).get(key)
        if value is None:
            lines.append(f"| {label} | skipped | | |")
            continue
        shown = fmt.format(value)
        goal, met = "", ""
        if target is not None:
            op, bound = target
            goal = f"{op} {bound:g}"
            met = "yes" if (value >= bound if op == ">=" else value <= bound) else "**no**"
        lines.append(f"| {label} | {shown} | {goal} | {met} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        print(f"skipped: no corpus at {args.shared / 'corpus'}")
        return
    print(table(collect(args.shared)))


if __name__ == "__main__":
    main()
