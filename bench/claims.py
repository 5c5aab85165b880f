"""Benchmark of claim extraction on PolNeAR (dev) and BBC News throughput.

Run ``python bench/claims.py [SHARED_DIR] [--split train] [--no-throughput]``
(``--by-cue`` for counts per cue words, ``--examples hedge`` to print every wrong
and missed hedge cue in its sentence)
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
hedge / denial precision and recall, over ALL gold cues
    Gold cues are the attributions of ``polnear_<split>_cue_classes.jsonl``
    whose class is ``hedge`` (``denial``); their cue spans come from the
    matching attribution (same id and attribution id) of ``polnear_<split>.jsonl``.
    Every predicted claim with a cue is a *predicted cue*, narrator claims
    included (a sourceless "allegations of fraud" is still a hedge cue); its
    class is ``hedge`` when its status is ``hedged``, ``denial`` when ``denied``.
    A gold hedge (denial) cue is *found* when some predicted hedged (denied)
    claim of the same document has a cue span overlapping the gold cue span
    by at least one character; recall = found gold cues / all gold cues of the
    class. A predicted hedged (denied) cue is *right* when its cue span
    overlaps a gold cue of that class of the same document (any annotator);
    precision = right predicted cues / all predicted cues of the class, over the
    documents of the split. A predicted hedge that overlaps a gold *neutral*
    cue, or no gold cue at all, counts against precision.
    ``*_gold`` and ``*_predicted`` give the counts. ``*_precision_annotated`` is
    a conditional figure, printed beside the plain one: precision over only the
    predicted cues that overlap a gold cue of any class (where the annotators
    marked an attribution at all), which separates a wrong class from an
    attribution PolNeAR left unannotated.
    ``*_precision_top_level`` is the other conditional figure: precision over only
    the predicted cues that do not lie inside the content of another attributed
    (direct or indirect) claim we predict. PolNeAR's annotators almost never mark
    an attribution nested in another one's content (0.3% of dev and 0.6% of train
    gold cues lie inside another attribution's content of the same annotator),
    while the product keeps nested hedges and denials (the wire guideline flags
    them: "the Kremlin denied Russian claims that ..."). The figure uses no gold
    data, so it reads the same on any split.
    ``*_precision_outside_gold_content`` is the third: precision over only the
    predicted cues that lie inside no gold content span of the document (any
    annotator; each piece of a split content on its own). PolNeAR is univocal: every
    token has one label (source, cue, content or none) and belongs to at most one
    attribution (the corpus README), so a cue inside an annotated content can never
    be a gold cue, whatever it reports. The figure separates that limit of the
    format from cues PolNeAR could have marked and did not. ``--examples`` tags each
    wrong cue ``nested`` (inside a gold content) or ``top``.
throughput
    :func:`provenance.extractors.claims.find_claims` over every BBC body, median
    articles per second of 5 runs on one core.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from _corpus import load_jsonl, load_scorer, print_metrics

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan

__all__ = ["predict_attributions", "print_by_cue", "print_examples", "run"]

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


def _gold_cues(
    gold: list[dict[str, Any]], classes: list[dict[str, Any]], gold_id: Any
) -> dict[str, list[tuple[str, str, int, int]]]:
    """Per document: (annotator id, class, cue start, cue end) of every classified gold cue."""
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    doc_of: dict[str, str] = {}
    for g in gold:
        gid = gold_id(g)
        doc_of[gid] = g["doc"]
        for a in g["attributions"]:
            if a.get("cue") and a["cue"].get("spans"):
                cs = a["cue"]["spans"]
                spans[(gid, a["id"])] = (min(x[0] for x in cs), max(x[1] for x in cs))
    out: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for row in classes:
        span = spans.get((row["id"], row["attribution"]))
        if span is not None and row["id"] in doc_of:
            out[doc_of[row["id"]]].append((row["id"], row["cue_class"], *span))
    return out


def _gold_contents(gold: list[dict[str, Any]]) -> dict[str, list[tuple[int, int]]]:
    """Per document: every piece of every gold content span, of all annotators.

    Example:
        >>> rows = [{"doc": "d", "attributions": [{"content": {"spans": [[0, 9], [15, 30]]}}]}]
        >>> _gold_contents(rows)
        {'d': [(0, 9), (15, 30)]}
    """
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for g in gold:
        for a in g["attributions"]:
            for s, e in (a.get("content") or {}).get("spans") or []:
                out[g["doc"]].append((s, e))
    return dict(out)


def _inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies wholly inside one of ``spans``.

    Example:
        >>> _inside_any(3, 7, [(0, 9)]), _inside_any(8, 12, [(0, 9), (10, 20)])
        (True, False)
    """
    return any(s <= start and end <= e for s, e in spans)


def _status_scores(
    cues: dict[str, list[tuple[str, str, int, int]]],
    predicted: dict[str, list[dict[str, Any]]],
    contents: dict[str, list[tuple[int, int]]] | None = None,
) -> dict[str, Any]:
    """Hedge and denial precision/recall over all gold cues (see the module docstring).

    ``contents`` are the gold content spans per document (:func:`_gold_contents`);
    without them the figure outside gold contents counts every predicted cue.
    """
    status_of = {"hedge": ClaimStatus.HEDGED.value, "denial": ClaimStatus.DENIED.value}
    contents = contents or {}
    out: dict[str, Any] = {}
    for cls, status in status_of.items():
        found = n_gold = right = n_pred = n_annotated = right_top = n_top = 0
        right_open = n_open = 0
        for doc, gold_cues in cues.items():
            mine = [
                p
                for p in predicted.get(doc, [])
                if p["status"] == status and p.get("cue_start") is not None
            ]
            pred = [(p["cue_start"], p["cue_end"]) for p in mine]
            top = [(p["cue_start"], p["cue_end"]) for p in mine if not p.get("nested")]
            spans = contents.get(doc, [])
            open_ = [(ps, pe) for ps, pe in pred if not _inside_any(ps, pe, spans)]
            of_class = [(s, e) for _, c, s, e in gold_cues if c == cls]
            any_class = [(s, e) for _, _, s, e in gold_cues]
            n_gold += len(of_class)
            found += sum(any(ps < e and s < pe for ps, pe in pred) for s, e in of_class)
            n_pred += len(pred)
            right += sum(any(ps < e and s < pe for s, e in of_class) for ps, pe in pred)
            n_annotated += sum(any(ps < e and s < pe for s, e in any_class) for ps, pe in pred)
            n_top += len(top)
            right_top += sum(any(ps < e and s < pe for s, e in of_class) for ps, pe in top)
            n_open += len(open_)
            right_open += sum(any(ps < e and s < pe for s, e in of_class) for ps, pe in open_)
        out[f"{cls}_precision"] = round(right / n_pred, 4) if n_pred else None
        # Conditional, printed beside the plain figure: only the predicted cues that
        # overlap some gold cue (of any class), i.e. where the annotators marked an
        # attribution at all. It tells a wrong class apart from an unannotated one.
        out[f"{cls}_precision_annotated"] = round(right / n_annotated, 4) if n_annotated else None
        out[f"{cls}_predicted_annotated"] = n_annotated
        # Also beside the plain figure: only the cues outside every other attributed
        # claim's content, the layer PolNeAR annotates (see the module docstring).
        out[f"{cls}_precision_top_level"] = round(right_top / n_top, 4) if n_top else None
        out[f"{cls}_predicted_top_level"] = n_top
        # And: only the cues inside no gold content, where PolNeAR's one label per token
        # lets a gold cue stand at all (see the module docstring).
        out[f"{cls}_precision_outside_gold_content"] = (
            round(right_open / n_open, 4) if n_open else None
        )
        out[f"{cls}_predicted_outside_gold_content"] = n_open
        out[f"{cls}_recall"] = round(found / n_gold, 4) if n_gold else None
        out[f"{cls}_gold"] = n_gold
        out[f"{cls}_predicted"] = n_pred
    return out


def _all_cues(text: str) -> list[dict[str, Any]]:
    """Every claim of ``text`` that has a cue, with its status, cue span and cue words.

    ``nested`` is true when the cue lies inside the content of another attributed
    claim ("X said [Rubio's claim that ... is false]").
    """
    claims = find_claims(text)
    outer = [(c.start, c.end) for c in claims if c.attribution in _ATTRIBUTED]
    return [
        {
            "status": c.status.value,
            "cue_start": c.cue_start,
            "cue_end": c.cue_end,
            "cue": _cue_key(text[c.cue_start : c.cue_end]),
            "nested": any(
                s <= c.cue_start and c.cue_end <= e and (s, e) != (c.start, c.end) for s, e in outer
            ),
        }
        for c in claims
        if c.cue_start is not None and c.cue_end is not None
    ]


def _cue_key(words: str) -> str:
    """A cue's words lower-cased with inner whitespace collapsed (the breakdown's key)."""
    return " ".join(words.lower().split())[:40]


def _by_cue(
    cues: dict[str, list[tuple[str, str, int, int]]],
    predicted: dict[str, list[dict[str, Any]]],
    texts: dict[str, str],
) -> dict[str, dict[str, list[int]]]:
    """Per class and cue words: [predicted right, predicted wrong, gold found, gold missed]."""
    status_of = {"hedge": ClaimStatus.HEDGED.value, "denial": ClaimStatus.DENIED.value}
    out: dict[str, dict[str, list[int]]] = {}
    for cls, status in status_of.items():
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for doc, gold_cues in cues.items():
            pred = [p for p in predicted.get(doc, []) if p["status"] == status]
            gold = {(s, e) for _, c, s, e in gold_cues if c == cls}
            for p in pred:
                ok = any(p["cue_start"] < e and s < p["cue_end"] for s, e in gold)
                table[p["cue"]][0 if ok else 1] += 1
            for s, e in gold:
                ok = any(p["cue_start"] < e and s < p["cue_end"] for p in pred)
                table[_cue_key(texts[doc][s:e])][2 if ok else 3] += 1
        out[cls] = dict(table)
    return out


def print_by_cue(shared: Path, split: str = "dev", top: int = 25) -> None:
    """Print hedge and denial counts per cue words, most wrong predictions first.

    Columns: predicted right, predicted wrong (precision), gold found, gold missed
    (recall). Gold cues are keyed by their own words, predictions by theirs.
    """
    corpus = shared / "corpus"
    gold_path = corpus / f"polnear_{split}.jsonl"
    classes_path = corpus / f"polnear_{split}_cue_classes.jsonl"
    if not gold_path.exists() or not classes_path.exists():
        print("bench/claims.py: skipped, no PolNeAR cue classes", file=sys.stderr)
        return
    scorer = load_scorer(shared)
    gold = load_jsonl(gold_path)
    cues = _gold_cues(gold, load_jsonl(classes_path), scorer.gold_id)
    texts = {g["doc"]: g["text"] for g in gold}
    table = _by_cue(cues, {d: _all_cues(t) for d, t in texts.items()}, texts)
    for cls, rows in table.items():
        print(f"{cls}: cue  pred_right pred_wrong gold_found gold_missed")
        order = sorted(rows.items(), key=lambda kv: (-kv[1][1] - kv[1][3], kv[0]))
        for cue, (r, w, f, m) in order[:top]:
            print(f"  {cue:<40} {r:>5} {w:>5} {f:>5} {m:>5}")


def _context(text: str, start: int, end: int, width: int = 110) -> str:
    """The text around ``[start, end)`` on one line, the span in brackets."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    body = f"{text[lo:start]}[{text[start:end]}]{text[end:hi]}"
    return " ".join(body.split())


def print_examples(shared: Path, split: str = "dev", cls: str = "hedge") -> None:
    """Print every wrong predicted cue and every missed gold cue of a class, in context.

    ``FP`` lines are predicted cues overlapping no gold cue of the class (the gold
    class of an overlapping cue, if any, is named, and ``nested`` when the cue lies
    inside a gold content, where PolNeAR's format admits no cue, else ``top``);
    ``MISS`` lines are gold cues no predicted cue of the class overlaps (the status we
    gave there, if any, is named).
    """
    corpus = shared / "corpus"
    gold_path = corpus / f"polnear_{split}.jsonl"
    classes_path = corpus / f"polnear_{split}_cue_classes.jsonl"
    if not gold_path.exists() or not classes_path.exists():
        print("bench/claims.py: skipped, no PolNeAR cue classes", file=sys.stderr)
        return
    status = {"hedge": ClaimStatus.HEDGED.value, "denial": ClaimStatus.DENIED.value}[cls]
    scorer = load_scorer(shared)
    gold = load_jsonl(gold_path)
    cues = _gold_cues(gold, load_jsonl(classes_path), scorer.gold_id)
    texts = {g["doc"]: g["text"] for g in gold}
    contents = _gold_contents(gold)
    for doc, gold_cues in sorted(cues.items()):
        text = texts[doc]
        predicted = _all_cues(text)
        mine = [p for p in predicted if p["status"] == status]
        of_class = sorted({(s, e) for _, c, s, e in gold_cues if c == cls})
        for p in mine:
            ps, pe = p["cue_start"], p["cue_end"]
            if not any(ps < e and s < pe for s, e in of_class):
                other = {c for _, c, s, e in gold_cues if ps < e and s < pe}
                where = "nested" if _inside_any(ps, pe, contents.get(doc, [])) else "top"
                print(
                    f"FP   {doc} gold={','.join(sorted(other)) or '-'} {where}: "
                    f"{_context(text, ps, pe)}"
                )
        for s, e in of_class:
            if not any(p["cue_start"] < e and s < p["cue_end"] for p in mine):
                got = {p["status"] for p in predicted if p["cue_start"] < e and s < p["cue_end"]}
                print(f"MISS {doc} ours={','.join(sorted(got)) or '-'}: {_context(text, s, e)}")


def _source_all_gold(
    gold: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]], scorer: Any
) -> float | None:
    """Source accuracy over all gold attributions with a source (unmatched ones count wrong)."""
    right = total = 0
    for g in gold:
        pa = preds.get(scorer.gold_id(g), [])
        used: set[int] = set()
        for s, e, srcs in scorer.gold_attributions(g):
            if not srcs:
                continue
            total += 1
            best, bj = 0.0, None
            for j, p in enumerate(pa):
                if j in used:
                    continue
                r = scorer.overlap_ratio((s, e), (p["content_start"], p["content_end"]))
                if r > best:
                    best, bj = r, j
            if bj is None or best < 0.5:
                continue
            used.add(bj)
            right += any(scorer.tokens(pa[bj]["source"]) & scorer.tokens(x) for x in srcs)
    return round(right / total, 4) if total else None


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
    scorer = load_scorer(shared)
    gold = load_jsonl(gold_path)
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
    result["source_accuracy_all_gold"] = _source_all_gold(gold, preds, scorer)
    classes_path = corpus / f"polnear_{split}_cue_classes.jsonl"
    if classes_path.exists():
        cues = _gold_cues(gold, load_jsonl(classes_path), scorer.gold_id)
        texts = {g["doc"]: g["text"] for g in gold}
        predicted = {d: _all_cues(t) for d, t in texts.items()}
        result.update(_status_scores(cues, predicted, _gold_contents(gold)))
    bbc = corpus / "bbc_news.jsonl"
    if throughput and bbc.exists():
        bodies = [row["body"] for row in load_jsonl(bbc)]
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
    parser.add_argument("--by-cue", action="store_true", help="P/R counts per cue words")
    parser.add_argument(
        "--examples",
        choices=["hedge", "denial"],
        help="print every wrong and missed cue of the class in its sentence",
    )
    args = parser.parse_args(argv[1:])
    shared = args.shared if args.shared is not None else _default_shared()
    if args.by_cue:
        print_by_cue(shared, args.split)
        return 0
    if args.examples:
        print_examples(shared, args.split, args.examples)
        return 0
    result = run(shared, split=args.split, throughput=args.throughput)
    if not result:
        return 0
    print_metrics(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
