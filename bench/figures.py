"""Benchmark of figure extraction: accuracy, digit coverage and speed, against quantulum3.

Run it as a script (``python bench/figures.py``) for a table, or import it and
call :func:`run` for the metrics as a dict. The corpus is read from
``<shared>/corpus`` at run time (research-use data, never copied into the
repository); without it, :func:`run` returns ``{}`` and says why.

Metrics:
- the quantulum3 test suite (``gold_numbers_quantulum3.jsonl``) scored with
  ``<shared>/eval/score.py``'s ``score_numbers``: value match and span overlap.
  Figures that are not quantities in quantulum3's sense (dates, times, list
  markers, ordinals) and figures without a value are not submitted; a range
  is submitted with the midpoint of its bounds, as quantulum3 reports it.
- digit coverage: the share of maximal digit runs (``\\d+``) inside some span.
- throughput: articles/s and sentences/s of ``find_figures`` on BBC (median of
  5 runs), and of ``quantulum3.parser.parse`` on a sample of BBC articles.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from provenance.enums import FigureKind
from provenance.extractors.figures import find_figures
from provenance.extractors.records import FigureSpan

__all__ = ["coverage", "predictions", "run"]

from _corpus import load_jsonl, load_scorer

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
NOT_QUANTITIES = frozenset({FigureKind.DATE, FigureKind.TIME, FigureKind.MARKER})
NOT_QUANTITIES |= {FigureKind.ORDINAL}
_DIGITS = re.compile(r"\d+")
_SENTENCE = re.compile(r"[.!?](?:[\"'’”]?)\s+(?=[\"'‘“]?[A-Z0-9])|\n\s*\n")


#: Money written in a subunit ("a penny", "one hundred cents", "50p").
_SUBUNIT = re.compile(r"\b(cents?|penny|pence)\b|\d(c|p)\b", re.IGNORECASE)


def _as_prediction(f: FigureSpan) -> dict[str, Any] | None:
    """A figure in the scorer's format, its value in the unit as written.

    The library gives money in the currency's main unit ("a penny" -> GBP
    0.01, so amounts compare across articles); the gold gives every quantity
    in the unit it is written in ("a penny" -> 1 penny, "100 cl" -> 100
    centilitre). Money written in a subunit is therefore reported in it.
    """
    if f.kind in NOT_QUANTITIES:
        return None
    if f.kind is FigureKind.MONEY and f.value is not None and _SUBUNIT.search(f.text):
        return {
            "value": round(f.value * 100, 6),
            "unit": f.text.split()[-1],
            "surface": f.text,
            "start": f.start,
            "end": f.end,
        }
    value = f.value
    if value is None and f.lower is not None and f.upper is not None:
        if f.kind is FigureKind.YEAR:
            return None  # a span of years ("2013-14") is not one quantity
        value = (f.lower + f.upper) / 2
    if value is None:
        return None
    return {"value": value, "unit": f.unit, "surface": f.text, "start": f.start, "end": f.end}


def predictions(gold: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predictions in the scorer's format for each gold item.

    Example:
        >>> predictions([{"id": "x", "text": "I want 20 euros"}])[0]["figures"][0]["value"]
        20.0
    """
    out = []
    for g in gold:
        figs = [p for f in find_figures(g["text"]) if (p := _as_prediction(f)) is not None]
        out.append({"id": g["id"], "figures": figs})
    return out


def coverage(texts: Iterable[str]) -> tuple[float, int, list[tuple[str, str]]]:
    """Share of maximal digit runs inside some figure span, the run count and misses.

    Example:
        >>> coverage(["In 2004, 12 people and 3 dogs."])[:2]
        (1.0, 3)
    """
    total = covered = 0
    misses: list[tuple[str, str]] = []
    for text in texts:
        spans = [(f.start, f.end) for f in find_figures(text)]
        i = 0
        for m in _DIGITS.finditer(text):
            total += 1
            while i < len(spans) and spans[i][1] <= m.start():
                i += 1
            if i < len(spans) and spans[i][0] <= m.start() and m.end() <= spans[i][1]:
                covered += 1
            elif len(misses) < 50:
                misses.append((m.group(), text[max(0, m.start() - 30) : m.end() + 30]))
    return (covered / total if total else 1.0), total, misses


def _sentences(texts: list[str]) -> int:
    return sum(len(_SENTENCE.split(t)) for t in texts)


def _throughput(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        times.append(time.perf_counter() - t0)
    return len(texts) / statistics.median(times)


def run(shared: Path = DEFAULT_SHARED, *, quantulum_sample: int = 200) -> dict[str, Any]:
    """Compute the figure benchmark; ``{}`` (and a message) when the corpus is absent.

    Example:
        >>> metrics = run(Path("/nonexistent"))
        figures bench skipped: no corpus at /nonexistent/corpus
        >>> metrics
        {}
    """
    corpus = shared / "corpus"
    if not (corpus / "bbc_news.jsonl").exists():
        print(f"figures bench skipped: no corpus at {corpus}")
        return {}
    gold = load_jsonl(corpus / "gold_numbers_quantulum3.jsonl")
    score = load_scorer(shared).score_numbers(gold, predictions(gold))
    bbc = [r["body"] for r in load_jsonl(corpus / "bbc_news.jsonl")]
    reuters = [r["body"] for r in load_jsonl(corpus / "reuters21578_train.jsonl")]
    cov_bbc, runs_bbc, _ = coverage(bbc)
    cov_reu, runs_reu, _ = coverage(reuters)
    sentences = _sentences(bbc)
    ours = _throughput(find_figures, bbc, repeat=5)
    metrics: dict[str, Any] = {
        "suite_precision": score["precision"],
        "suite_recall": score["recall"],
        "suite_f1": score["f1"],
        "suite_unit_agreement": score["unit_agreement_on_matches"],
        "coverage_bbc": round(cov_bbc, 5),
        "digit_runs_bbc": runs_bbc,
        "coverage_reuters": round(cov_reu, 5),
        "digit_runs_reuters": runs_reu,
        "articles_per_s": round(ours, 1),
        "sentences_per_s": round(ours * sentences / len(bbc), 1),
        "ms_per_article": round(1000 / ours, 4),
    }
    # every n-th article, so the sample spans all five BBC categories
    sample = bbc[:: max(1, len(bbc) // quantulum_sample)][:quantulum_sample]
    our_rate = _throughput(find_figures, sample, repeat=5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns that its classifier is absent
        try:
            from quantulum3 import parser as q3
        except ImportError:
            print("quantulum3 not installed: no comparison")
            return metrics
        q3_rate = _throughput(q3.parse, sample, repeat=1)
    metrics |= {
        "quantulum3_articles_per_s": round(q3_rate, 2),
        "quantulum3_sentences_per_s": round(q3_rate * _sentences(sample) / len(sample), 1),
        "sample_articles_per_s": round(our_rate, 1),
        "speedup_vs_quantulum3": round(our_rate / q3_rate, 1),
    }
    return metrics


def main() -> None:
    """Print the benchmark as a two-column table."""
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SHARED
    metrics = run(shared)
    width = max((len(k) for k in metrics), default=0)
    for key, value in metrics.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
