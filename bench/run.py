"""The benchmark harness: one table of every measured figure against its target.

Run from the repository root, with the dev extra installed::

    .venv/bin/python bench/run.py            # reads ../shared/corpus
    .venv/bin/python bench/run.py --shared /path/to/shared
    .venv/bin/python bench/run.py --no-speed # accuracy only (a few minutes less)

Reads the research corpus at run time (never copied into the project) and
prints "skipped" when it is absent. Benchmarks measure; tests assert behaviour.

Every accuracy row has two columns: ``dev``, the set the rules are tuned on,
and ``check``, figures the rules were not tuned on: the odd half of a dev set
(items at odd positions, or pages with an odd number in their id) for sets
whose even half is read while tuning, and the train split for PolNeAR. A gain
on dev that does not show on check is overfitting.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import claims as claims_bench  # noqa: E402
import credits as credits_bench  # noqa: E402
import figures as figures_bench  # noqa: E402
import numbers_dev as numbers_bench  # noqa: E402
import pipeline as pipeline_bench  # noqa: E402
import quote_coverage as quote_coverage_bench  # noqa: E402
import quotes as quotes_bench  # noqa: E402
import wire as wire_bench  # noqa: E402

DEFAULT_SHARED = HERE.parents[1] / "shared"

Results = dict[str, dict[str, Any]]
Getter = Callable[[Results], Any]


def at(section: str, *keys: str) -> Getter:
    """A getter for ``results[section][k1][k2]...``; ``None`` when any step is absent."""

    def get(results: Results) -> Any:
        value: Any = results.get(section)
        for key in keys:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value

    return get


def pair(section: str, first: str, second: str) -> Getter:
    """A getter for two figures shown as ``a / b``."""
    a, b = at(section, first), at(section, second)

    def get(results: Results) -> Any:
        x, y = a(results), b(results)
        return None if x is None or y is None else f"{x:.3f} / {y:.3f}"

    return get


def _shares(section: dict[str, Any] | None) -> str | None:
    """The quote coverage split by source kind, as "named / anonymous / pronoun"."""
    if not section:
        return None
    keys = ("quote_named", "quote_anonymous", "quote_pronoun")
    return " / ".join(f"{section[k]:.2%}" for k in keys)


# (label, dev getter, check getter or None, target as (op, value) or None, format)
Row = tuple[str, Getter, Getter | None, tuple[str, float] | None, str]
ACCURACY: list[Row] = [
    (
        "numbers EN: recall",
        at("numbers", "numbers_dev_en", "recall"),
        at("numbers_odd", "numbers_dev_en", "recall"),
        (">=", 0.90),
        "{:.3f}",
    ),
    (
        "numbers EN: precision",
        at("numbers", "numbers_dev_en", "precision"),
        at("numbers_odd", "numbers_dev_en", "precision"),
        None,
        "{:.3f}",
    ),
    (
        "numbers EN: value accuracy (span-matched)",
        at("numbers", "numbers_dev_en", "value_accuracy"),
        at("numbers_odd", "numbers_dev_en", "value_accuracy"),
        (">=", 0.95),
        "{:.3f}",
    ),
    (
        "numbers FR: recall",
        at("numbers", "numbers_dev_fr", "recall"),
        at("numbers_odd", "numbers_dev_fr", "recall"),
        (">=", 0.85),
        "{:.3f}",
    ),
    (
        "numbers FR: precision / value accuracy",
        pair("numbers_fr", "precision", "value_accuracy"),
        pair("numbers_fr_odd", "precision", "value_accuracy"),
        None,
        "{}",
    ),
    ("quantulum3 suite: number F1", at("figures", "suite_f1"), None, (">=", 0.95), "{:.3f}"),
    ("digit coverage, BBC", at("figures", "coverage_bbc"), None, (">=", 0.995), "{:.2%}"),
    ("digit coverage, Reuters", at("figures", "coverage_reuters"), None, (">=", 0.995), "{:.2%}"),
    (
        "quote coverage, BBC (check: odd half)",
        at("quote_coverage", "quote_coverage"),
        at("quote_coverage_odd", "quote_coverage"),
        None,
        "{:.2%}",
    ),
    (
        "quote coverage, BBC: named / anonymous / unresolved pronoun",
        lambda r: _shares(r.get("quote_coverage")),
        lambda r: _shares(r.get("quote_coverage_odd")),
        None,
        "{}",
    ),
    ("wire: figures F1", at("wire", "figures_f1"), at("wire_odd", "figures_f1"), None, "{:.3f}"),
    (
        "wire: figure's source right (matched figures)",
        at("wire", "figure_source_accuracy"),
        at("wire_odd", "figure_source_accuracy"),
        (">=", 0.80),
        "{:.3f}",
    ),
    (
        "wire: figure's source right (all gold figures)",
        at("wire", "figure_source_accuracy_all_gold"),
        at("wire_odd", "figure_source_accuracy_all_gold"),
        None,
        "{:.3f}",
    ),
    (
        "wire: flags F1",
        at("wire", "flags_f1"),
        at("wire_odd", "flags_f1"),
        (">=", 0.60),
        "{:.3f}",
    ),
    (
        "wire: flags precision / recall",
        pair("wire", "flags_precision", "flags_recall"),
        pair("wire_odd", "flags_precision", "flags_recall"),
        None,
        "{}",
    ),
    (
        "wire: unverified P / R",
        pair("wire", "unverified_precision", "unverified_recall"),
        pair("wire_odd", "unverified_precision", "unverified_recall"),
        None,
        "{}",
    ),
    (
        "wire: contradiction P / R",
        pair("wire", "contradiction_precision", "contradiction_recall"),
        pair("wire_odd", "contradiction_precision", "contradiction_recall"),
        None,
        "{}",
    ),
    (
        "PolNeAR: attribution content F1 (0.5 overlap)",
        at("polnear", "content_f1"),
        at("polnear_train", "content_f1"),
        (">=", 0.65),
        "{:.3f}",
    ),
    (
        "PolNeAR: direct quotes F1 (0.3 overlap)",
        at("quotes", "quote_f1"),
        at("quotes_train", "quote_f1"),
        (">=", 0.85),
        "{:.3f}",
    ),
    (
        "PolNeAR: source right (matched claims)",
        at("polnear", "source_accuracy"),
        at("polnear_train", "source_accuracy"),
        (">=", 0.90),
        "{:.3f}",
    ),
    (
        "PolNeAR: source right (all gold attributions)",
        at("polnear", "source_accuracy_all_gold"),
        at("polnear_train", "source_accuracy_all_gold"),
        None,
        "{:.3f}",
    ),
    (
        "PolNeAR: hedge cue precision (all gold cues)",
        at("polnear", "hedge_precision"),
        at("polnear_train", "hedge_precision"),
        (">=", 0.90),
        "{:.3f}",
    ),
    (
        "PolNeAR: hedge cue precision, conditional: predicted cues at a gold cue",
        at("polnear", "hedge_precision_annotated"),
        at("polnear_train", "hedge_precision_annotated"),
        None,
        "{:.3f}",
    ),
    (
        "PolNeAR: hedge cue precision, conditional: cues outside other claims' content",
        at("polnear", "hedge_precision_top_level"),
        at("polnear_train", "hedge_precision_top_level"),
        None,
        "{:.3f}",
    ),
    (
        "PolNeAR: hedge cue precision, conditional: cues outside every gold content",
        at("polnear", "hedge_precision_outside_gold_content"),
        at("polnear_train", "hedge_precision_outside_gold_content"),
        None,
        "{:.3f}",
    ),
    (
        "PolNeAR: hedge cue recall (all gold cues)",
        at("polnear", "hedge_recall"),
        at("polnear_train", "hedge_recall"),
        (">=", 0.90),
        "{:.3f}",
    ),
    (
        "PolNeAR: denial cue precision (all gold cues)",
        at("polnear", "denial_precision"),
        at("polnear_train", "denial_precision"),
        (">=", 0.90),
        "{:.3f}",
    ),
    (
        "PolNeAR: denial cue precision, conditional: predicted cues at a gold cue",
        at("polnear", "denial_precision_annotated"),
        at("polnear_train", "denial_precision_annotated"),
        None,
        "{:.3f}",
    ),
    (
        "PolNeAR: denial cue precision, conditional: cues outside other claims' content",
        at("polnear", "denial_precision_top_level"),
        at("polnear_train", "denial_precision_top_level"),
        None,
        "{:.3f}",
    ),
    (
        "PolNeAR: denial cue precision, conditional: cues outside every gold content",
        at("polnear", "denial_precision_outside_gold_content"),
        at("polnear_train", "denial_precision_outside_gold_content"),
        None,
        "{:.3f}",
    ),
    (
        "PolNeAR: denial cue recall (all gold cues)",
        at("polnear", "denial_recall"),
        at("polnear_train", "denial_recall"),
        (">=", 0.90),
        "{:.3f}",
    ),
    (
        "credits on pages: photographer F1",
        at("credits", "all", "photographers_f1"),
        at("credits", "odd", "photographers_f1"),
        (">=", 0.90),
        "{:.3f}",
    ),
    (
        "credits on pages: organization F1",
        at("credits", "all", "organizations_f1"),
        at("credits", "odd", "organizations_f1"),
        (">=", 0.85),
        "{:.3f}",
    ),
    (
        "credit lines in house styles split exactly",
        at("credits", "all", "written_exact"),
        at("credits", "odd", "written_exact"),
        (">=", 0.85),
        "{:.3f}",
    ),
]

SPEED: list[Row] = [
    (
        "full extraction, extract_document, BBC articles/s (CPU time)",
        at("pipeline", "cpu_articles_per_s"),
        None,
        (">=", 500),
        "{:,.0f}",
    ),
    (
        "full extraction, batch API, BBC articles/s (CPU time)",
        at("pipeline", "batch_cpu_articles_per_s"),
        None,
        (">=", 500),
        "{:,.0f}",
    ),
    (
        "provenance.extract on .txt files, articles/s (CPU time)",
        at("pipeline", "files_cpu_articles_per_s"),
        None,
        (">=", 500),
        "{:,.0f}",
    ),
    (
        "batch API / quantulum3, same texts, same run (CPU time)",
        at("pipeline", "batch_vs_quantulum3_cpu"),
        None,
        (">=", 50),
        "{:,.0f}x",
    ),
    (
        "provenance.extract on files / quantulum3 (CPU time)",
        at("pipeline", "files_vs_quantulum3_cpu"),
        None,
        (">=", 50),
        "{:,.0f}x",
    ),
    (
        "batch API cost per text beyond extraction, figures (us)",
        at("pipeline", "figures_overhead_us_per_text"),
        None,
        ("<=", 1000),
        "{:,.0f}",
    ),
    (
        "batch API cost per text beyond extraction, claims (us)",
        at("pipeline", "claims_overhead_us_per_text"),
        None,
        ("<=", 1000),
        "{:,.0f}",
    ),
    ("peak RSS, 1,000 articles streamed (MiB)", at("pipeline", "peak_1000"), None, None, "{:.1f}"),
    (
        "peak RSS, 20,000 articles streamed (MiB)",
        at("pipeline", "peak_20000"),
        None,
        None,
        "{:.1f}",
    ),
    ("peak RSS growth 1k -> 20k", at("pipeline", "peak_growth"), None, ("<=", 1.25), "{:.3f}x"),
]


def collect(shared: Path, *, speed: bool = True) -> Results:
    """Run every benchmark; an absent corpus gives empty sections."""
    numbers = numbers_bench.run(shared)
    numbers_odd = numbers_bench.run(shared, half="odd")
    results: Results = {
        "numbers": numbers,
        "numbers_odd": numbers_odd,
        "numbers_fr": numbers.get("numbers_dev_fr", {}),
        "numbers_fr_odd": numbers_odd.get("numbers_dev_fr", {}),
        "figures": figures_bench.run(shared),
        "wire": wire_bench.run(shared),
        "wire_odd": wire_bench.run(shared, half="odd"),
        "polnear": claims_bench.run(shared, throughput=False),
        "polnear_train": claims_bench.run(shared, split="train", throughput=False),
        "quotes": quotes_bench.run(shared),
        "quotes_train": quotes_bench.run(shared, split="train"),
        "quote_coverage": quote_coverage_bench.run(shared, half="even"),
        "quote_coverage_odd": quote_coverage_bench.run(shared, half="odd"),
        "credits": credits_bench.run(shared),
    }
    if speed:
        pipe = pipeline_bench.run(shared)
        if pipe:
            peak = pipe["peak_mib"]
            pipe |= {
                "peak_1000": peak[1000],
                "peak_20000": peak[20000],
                "peak_growth": peak[20000] / peak[1000],
            }
        results["pipeline"] = pipe
    return results


def _reaches(value: float, op: str, bound: float) -> bool:
    return value >= bound if op == ">=" else value <= bound


def table(results: Results, rows: list[Row], *, check: bool = True) -> str:
    """Markdown table: metric, dev value, check value, target, met.

    "met" asks every column: "yes" when dev and check both reach the target, "dev
    only" when the check column (rules not tuned on it) falls short.
    """
    if check:
        lines = ["| metric | dev | check | target | met |", "|---|---:|---:|---|---|"]
    else:
        lines = ["| metric | value | target | met |", "|---|---:|---|---|"]
    for label, dev, held, target, fmt in rows:
        value = dev(results)
        cells = ["skipped" if value is None else fmt.format(value)]
        if check:
            other = held(results) if held else None
            cells.append("" if other is None else fmt.format(other))
        goal = met = ""
        if target is not None and isinstance(value, int | float):
            op, bound = target
            goal = f"{op} {bound:g}"
            held_value = held(results) if check and held else None
            if not _reaches(value, op, bound):
                met = "**no**"
            elif isinstance(held_value, int | float) and not _reaches(held_value, op, bound):
                met = "**dev only**"
            else:
                met = "yes"
        lines.append(f"| {label} | {' | '.join(cells)} | {goal} | {met} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--no-speed", dest="speed", action="store_false")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        print(f"skipped: no corpus at {args.shared / 'corpus'}")
        return
    results = collect(args.shared, speed=args.speed)
    print("\nAccuracy (check = odd half of the dev set; PolNeAR: train)\n")
    print(table(results, ACCURACY))
    if args.speed:
        print("\nSpeed and memory (one process)\n")
        print(table(results, SPEED, check=False))


if __name__ == "__main__":
    main()
