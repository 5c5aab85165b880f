"""Benchmark of direct quotations: PolNeAR attributions whose content is a quotation.

Run ``python bench/quotes.py [SHARED_DIR] [--split dev|train]`` (default ``../shared``
next to the repository, else ``/work/shared``); import :func:`run` to combine it with
the other benchmarks. The corpus is research-use data and is only read at run time.

Metrics (the reference scorer ``shared/eval/score.py attribution`` at 0.3 overlap)
-----------------------------------------------------------------------------------
A *quote* is an attribution whose content holds a double quotation mark (a mark of
a ``kind: double`` pair of ``lexicon/data/quotes.yaml``: “ ” " „ « » ...; single
marks double as apostrophes): gold and predicted alike.

quote_recall
    gold quotes matched (one to one, character Jaccard >= 0.3) by some predicted
    attributed claim / all gold quotes.
quote_precision
    predicted quotes matched by some gold attribution (quote or not) / all
    predicted quotes.
quote_f1, quote_source_accuracy
    the harmonic mean of the two; the source accuracy of the recall matches
    (the scorer's token overlap, as in ``bench/claims.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from _corpus import load_jsonl, load_scorer, print_metrics
from claims import _default_shared, predict_attributions

from provenance.extractors.claims.quotes import quote_marks

__all__ = ["is_quote", "run"]

OVERLAP = 0.3


def _quote_chars() -> frozenset[str]:
    doubles = [p for p in quote_marks().pairs if p.kind == "double"]
    return frozenset({p.open for p in doubles} | {c for p in doubles for c in p.close})


def is_quote(content: str, chars: frozenset[str] | None = None) -> bool:
    """Whether a content span holds a double quotation mark."""
    chars = _quote_chars() if chars is None else chars
    return any(c in chars for c in content)


def _gold_quotes(g: dict[str, Any], chars: frozenset[str]) -> dict[str, Any]:
    """``g`` with only its attributions whose content is a quotation."""
    kept = [
        a
        for a in g["attributions"]
        if a.get("content") and is_quote(g["text"][_lo(a) : _hi(a)], chars)
    ]
    return {**g, "attributions": kept}


def _lo(a: dict[str, Any]) -> int:
    return min(x[0] for x in a["content"]["spans"])


def _hi(a: dict[str, Any]) -> int:
    return max(x[1] for x in a["content"]["spans"])


def run(shared: Path, *, split: str = "dev") -> dict[str, Any]:
    """Quote precision, recall, F1 and source accuracy; ``{}`` when the corpus is absent."""
    corpus = shared / "corpus"
    gold_path = corpus / f"polnear_{split}.jsonl"
    if not gold_path.exists() or not (shared / "eval" / "score.py").exists():
        print(f"bench/quotes.py: skipped, no PolNeAR corpus under {corpus}", file=sys.stderr)
        return {}
    chars = _quote_chars()
    scorer = load_scorer(shared)
    gold = load_jsonl(gold_path)
    per_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        if g["doc"] not in per_doc:
            per_doc[g["doc"]] = predict_attributions(g["text"])
    texts = {g["doc"]: g["text"] for g in gold}
    everything = [{"id": scorer.gold_id(g), "attributions": per_doc[g["doc"]]} for g in gold]
    quotes_only = [
        {
            "id": scorer.gold_id(g),
            "attributions": [
                p
                for p in per_doc[g["doc"]]
                if is_quote(texts[g["doc"]][p["content_start"] : p["content_end"]], chars)
            ],
        }
        for g in gold
    ]
    recall = scorer.score_attribution([_gold_quotes(g, chars) for g in gold], everything, OVERLAP)
    precision = scorer.score_attribution(gold, quotes_only, OVERLAP)
    p, r = precision["precision"], recall["recall"]
    return {
        "quote_gold": recall["tp"] + recall["fn"],
        "quote_predicted": precision["tp"] + precision["fp"],
        "quote_precision": p,
        "quote_recall": r,
        "quote_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "quote_source_accuracy": recall["source_accuracy_on_matches"],
    }


def main(argv: list[str]) -> int:
    """Print the quote metrics of one split."""
    import argparse

    parser = argparse.ArgumentParser(prog="bench/quotes.py")
    parser.add_argument("shared", nargs="?", type=Path, default=None)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    args = parser.parse_args(argv[1:])
    result = run(args.shared if args.shared is not None else _default_shared(), split=args.split)
    if result:
        print_metrics(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
