"""Benchmark of claim extraction on PolNeAR (dev) and BBC News throughput.

Run ``python bench/claims.py [SHARED_DIR] [--split train] [--no-throughput]``
(default ``../shared`` next to the repository, else ``/work/shared``; the dev
split); import :func:`run` to combine it with the
other benchmarks. The corpus is research-use data and is only read at run time.

Metrics
-------
content P/R/F1, source accuracy
    ``shared/eval/score.py attribution`` at 0.5 character-Jaccard overlap. We
    predict once per document and write the same prediction under every
    annotator id. Only *attributed* claims (direct and indirect) are sent;
    narrator claims are not. The predicted source string is the mention as
    written plus its resolution ("he / Volodymyr Zelensky"), so that the
    scorer's token overlap can credit either.
hedge / denial precision and recall
    Among gold attributions (``polnear_dev_cue_classes.jsonl``) matched to a
    predicted claim by the scorer's rule (best unused predicted content with
    Jaccard >= 0.5): precision = matched predicted claims with status
    ``hedged`` (``denied``) whose gold cue class is ``hedge`` (``denial``),
    over all matched predicted claims with that status; recall = matched gold
    ``hedge`` (``denial``) attributions whose predicted status is ``hedged``
    (``denied``), over all matched gold ``hedge`` (``denial``) attributions.
    ``*_gold_matched`` / ``*_gold_total`` say how many gold cues of the class
    were matched at all, so the conditional numbers are not read alone.
throughput
    :func:`provenance.extractors.claims.find_claims` over every BBC body, median
    articles per second of 5 runs on one core.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan

__all__ = ["predict_attributions", "run"]

_ATTRIBUTED = (Attribution.DIRECT, Attribution.INDIRECT)


def predict_attributions(text: str) -> list[dict[str, Any]]:
    """Attributed claims of ``text`` in the scorer's prediction format."""
    out = []
    for c in find_claims(text):
        if c.attribution not in _ATTRIBUTED:
            continue
        out.append(
            {
                "source": _source_string(c),
                "content_start": c.start,
                "content_end": c.end,
                "status": c.status.value,
            }
        )
    return out


def _source_string(c: ClaimSpan) -> str:
    parts = [p for p in (c.source_text, c.source.name if c.source else None) if p]
    return " / ".join(dict.fromkeys(parts))


def _load_scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("_score", shared / "eval" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _status_scores(
    classes: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]], overlap: Any
) -> dict[str, Any]:
    """Hedge and denial precision/recall on matched pairs (see the module docstring)."""
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in classes:
        by_id[row["id"]].append(row)
    counts: dict[str, defaultdict[str, int]] = {k: defaultdict(int) for k in ("hedge", "denial")}
    status_of = {"hedge": ClaimStatus.HEDGED.value, "denial": ClaimStatus.DENIED.value}
    for doc_id, golds in by_id.items():
        pa = preds.get(doc_id, [])
        used: set[int] = set()
        for g in golds:
            best, bj = 0.0, None
            for j, p in enumerate(pa):
                if j in used:
                    continue
                r = overlap(
                    (g["content_start"], g["content_end"]), (p["content_start"], p["content_end"])
                )
                if r > best:
                    best, bj = r, j
            for cls in counts:
                counts[cls]["gold_total"] += g["cue_class"] == cls
            if bj is None or best < 0.5:
                continue
            used.add(bj)
            for cls, c in counts.items():
                gold_pos = g["cue_class"] == cls
                pred_pos = pa[bj]["status"] == status_of[cls]
                c["gold_matched"] += gold_pos
                c["tp"] += gold_pos and pred_pos
                c["pred_pos"] += pred_pos
    out: dict[str, Any] = {}
    for cls, c in counts.items():
        out[f"{cls}_precision"] = round(c["tp"] / c["pred_pos"], 4) if c["pred_pos"] else None
        out[f"{cls}_recall"] = round(c["tp"] / c["gold_matched"], 4) if c["gold_matched"] else None
        out[f"{cls}_gold_matched"] = c["gold_matched"]
        out[f"{cls}_gold_total"] = c["gold_total"]
    return out


def _throughput(bodies: list[str], repeats: int = 5) -> float:
    rates = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for body in bodies:
            find_claims(body)
        rates.append(len(bodies) / (time.perf_counter() - t0))
    return round(statistics.median(rates), 1)


def run(shared: Path, *, split: str = "dev", throughput: bool = True) -> dict[str, Any]:
    """All claim metrics as a flat dict; ``{}`` (with a message) when the corpus is absent.

    Example:
        >>> run(Path("/nonexistent"))  # doctest: +SKIP
        {}
    """
    corpus = shared / "corpus"
    gold_path = corpus / f"polnear_{split}.jsonl"
    if not gold_path.exists() or not (shared / "eval" / "score.py").exists():
        print(f"bench/claims.py: skipped, no PolNeAR corpus under {corpus}", file=sys.stderr)
        return {}
    scorer = _load_scorer(shared)
    gold = _jsonl(gold_path)
    per_doc: dict[str, list[dict[str, Any]]] = {}
    preds: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        if g["doc"] not in per_doc:
            per_doc[g["doc"]] = predict_attributions(g["text"])
        preds[scorer.gold_id(g)] = per_doc[g["doc"]]
    pred_rows = [{"id": k, "attributions": v} for k, v in preds.items()]
    res = scorer.score_attribution(gold, pred_rows, 0.5)
    result: dict[str, Any] = {
        "content_precision": res["precision"],
        "content_recall": res["recall"],
        "content_f1": res["f1"],
        "source_accuracy": res["source_accuracy_on_matches"],
    }
    classes_path = corpus / f"polnear_{split}_cue_classes.jsonl"
    if classes_path.exists():
        result.update(_status_scores(_jsonl(classes_path), preds, scorer.overlap_ratio))
    bbc = corpus / "bbc_news.jsonl"
    if throughput and bbc.exists():
        bodies = [row["body"] for row in _jsonl(bbc)]
        result["claims_articles_per_s"] = _throughput(bodies)
    return result


def _default_shared() -> Path:
    here = Path(__file__).resolve().parents[1].parent / "shared"
    return here if here.exists() else Path("/work/shared")


def main(argv: list[str]) -> int:
    """Print the metric table; ``--split train`` scores the train split instead of dev."""
    import argparse

    parser = argparse.ArgumentParser(prog="bench/claims.py")
    parser.add_argument("shared", nargs="?", type=Path, default=None)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--no-throughput", dest="throughput", action="store_false")
    args = parser.parse_args(argv[1:])
    shared = args.shared if args.shared is not None else _default_shared()
    result = run(shared, split=args.split, throughput=args.throughput)
    if not result:
        return 0
    width = max(len(k) for k in result)
    print(f"{'metric':<{width}}  value")
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
