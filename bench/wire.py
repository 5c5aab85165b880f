"""Benchmark of figures, their sources and the flags on hand-annotated Reuters stories.

Run ``python bench/wire.py [SHARED_DIR] [--half even|odd|all] [--misses N]``
(default ``../shared`` next to the repository). Reads
``corpus/wire_dev.jsonl`` at run time (research-use data, never copied into
the project) and prints "skipped" without it.

Each story's ``text`` becomes a plain-text :class:`~provenance.ingest.document.Document`
delivered by Reuters and goes through the library's full path,
:func:`provenance.check` with the pandas engine, so what is scored is exactly
what a user gets:

figures
    every row of the figures table, with ``start``/``end`` and the name of its
    source (narrator figures carry the agency, "Reuters").
flags
    every finding of kind ``unverified`` (``claim.hedged``,
    ``claim.unconfirmed``) or ``contradiction`` (``claim.denial_contradicts``,
    ``claim.denied``, ``figure.conflicting_values``); its span is the content of
    the finding's claim (for a figure finding, the figure's claim), or of its
    related claim when the finding names one (a contradiction flags the claim that
    is contradicted: "X denied [Russian claims that [troops entered]]"). Its
    source is who hedges, or who denies (the guideline's flag source): one flag
    per span and kind, and for a contradiction one per source denying that span.

Scored by ``shared/eval/score.py wire`` (imported from the shared path). Beside
the scorer's numbers we report figure-source accuracy over *all* gold figures
(a gold figure with no matching prediction counts as wrong) and flag
precision/recall/F1 per kind. ``--half even`` scores stories 0, 2, 4, ... (the
tuning half), ``--half odd`` the check half.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from _corpus import load_jsonl, load_scorer, print_metrics

__all__ = ["predict", "run"]

_FLAG_KINDS = ("unverified", "contradiction")


def _document(row: dict[str, Any]) -> Any:
    from provenance.enums import Format
    from provenance.ids import sha256_hex
    from provenance.ingest.document import Document

    return Document(
        path=f"wire/{row['id']}",
        format=Format.TEXT,
        headline=row.get("title") or "",
        body=row["text"],
        sha256=sha256_hex(row["text"]),
        agency="Reuters",
        language="en",
    )


def predict(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predictions in the scorer's ``wire`` format, one per story, from :func:`provenance.check`."""
    import provenance

    docs = [_document(r) for r in rows]
    result = provenance.check(docs, engine="pandas")
    t = result.tables
    names = t.sources.set_index("source_id")["name"].to_dict()
    art_of_path = dict(zip(t.articles["path"], t.articles["article_id"], strict=True))
    claims = t.claims.set_index("claim_id")
    fig_claim = t.figures.set_index("figure_id")["claim_id"].to_dict()
    out = []
    for row in rows:
        art = art_of_path[f"wire/{row['id']}"]
        figs = t.figures[t.figures["article_id"] == art]
        figures = [
            {"start": int(f.start), "end": int(f.end), "source": names.get(f.source_id)}
            for f in figs.itertuples()
        ]
        finds = result.findings[
            (result.findings["article_id"] == art) & result.findings["kind"].isin(_FLAG_KINDS)
        ]
        flags = []
        seen = set()
        for f in finds.itertuples():
            cid = f.claim_id if isinstance(f.claim_id, str) else fig_claim.get(f.figure_id)
            if cid is None:
                continue
            source = claims.loc[cid, "source_id"]  # who hedges, or who denies
            if f.kind == "contradiction" and isinstance(f.related_claim_id, str):
                cid = f.related_claim_id  # the flag is on the claim that is contradicted
            c = claims.loc[cid]
            if f.kind == "unverified":
                source = c.source_id
            # one flag per claim and kind, and for a contradiction per source denying it:
            # the guideline's flag names who denies, so two sources denying one claim
            # ("Democrats say the allegations are baseless"; "Fernandez has said Clinton
            # played no role") are two flags on the same span
            key = (f.kind, int(c.start), int(c.end), source if f.kind == "contradiction" else None)
            if key in seen:
                continue
            seen.add(key)
            flags.append(
                {
                    "kind": f.kind,
                    "start": int(c.start),
                    "end": int(c.end),
                    "rule": f.rule,
                    "cue": c.cue,
                    "source": names.get(source),
                }
            )
        out.append({"id": row["id"], "figures": figures, "flags": flags})
    return out


def _extra(gold: list[dict[str, Any]], preds: list[dict[str, Any]], scorer: Any) -> dict[str, Any]:
    """Figure source accuracy over all gold figures and flag P/R/F1 per kind."""
    pm = {p["id"]: p for p in preds}
    src_ok = n_gold = 0
    per: dict[str, list[int]] = {k: [0, 0, 0] for k in _FLAG_KINDS}
    for g in gold:
        p = pm.get(g["id"], {})
        figs, used = p.get("figures", []), set()
        for gf in g["figures"]:
            n_gold += 1
            hit = next(
                (
                    j
                    for j, q in enumerate(figs)
                    if j not in used and max(gf["start"], q["start"]) < min(gf["end"], q["end"])
                ),
                None,
            )
            if hit is None:
                continue
            used.add(hit)
            src_ok += bool(scorer._words(figs[hit].get("source")) & scorer._words(gf["source"]))
        for kind in _FLAG_KINDS:
            sub_g = {**g, "figures": [], "flags": [x for x in g["flags"] if x["kind"] == kind]}
            sub_p = {"id": g["id"], "flags": [x for x in p.get("flags", []) if x["kind"] == kind]}
            r = scorer.score_wire([sub_g], [sub_p])
            per[kind][0] += round(r["flags_recall"] * len(sub_g["flags"]))
            per[kind][1] += r["flags_predicted"]
            per[kind][2] += r["flags_gold"]
    out: dict[str, Any] = {
        "figure_source_accuracy_all_gold": round(src_ok / n_gold, 4) if n_gold else None
    }
    for kind, (tp, npred, ngold) in per.items():
        prec, rec, f1 = scorer._prf(tp, npred, ngold)
        out.update({f"{kind}_precision": prec, f"{kind}_recall": rec, f"{kind}_f1": f1})
        out[f"{kind}_predicted"], out[f"{kind}_gold"] = npred, ngold
    return out


def _half(rows: list[dict[str, Any]], half: str) -> list[dict[str, Any]]:
    if half == "all":
        return rows
    return [r for i, r in enumerate(rows) if i % 2 == (0 if half == "even" else 1)]


def run(shared: Path, *, half: str = "all") -> dict[str, Any]:
    """All wire metrics as a flat dict; ``{}`` (with a message) when the corpus is absent.

    Example:
        >>> run(Path("/nonexistent"))  # doctest: +SKIP
        {}
    """
    path = shared / "corpus" / "wire_dev.jsonl"
    if not path.exists() or not (shared / "eval" / "score.py").exists():
        print(f"bench/wire.py: skipped, no wire_dev corpus under {shared / 'corpus'}")
        return {}
    scorer = load_scorer(shared)
    gold = _half(load_jsonl(path), half)
    preds = predict(gold)
    res = scorer.score_wire(gold, preds)
    res.update(_extra(gold, preds, scorer))
    return res


def _misses(shared: Path, half: str, limit: int) -> None:
    """Print unmatched gold flags and unmatched predicted flags (for reading, not scoring)."""
    scorer = load_scorer(shared)
    gold = _half(load_jsonl(shared / "corpus" / "wire_dev.jsonl"), half)
    preds = {p["id"]: p for p in predict(gold)}
    shown = 0
    for g in gold:
        text, flags, used = g["text"], preds[g["id"]]["flags"], set()
        for gg in g["flags"]:
            hit = next(
                (
                    j
                    for j, q in enumerate(flags)
                    if j not in used
                    and q["kind"] == gg["kind"]
                    and (
                        scorer.overlap_ratio((gg["start"], gg["end"]), (q["start"], q["end"]))
                        >= 0.3
                        or (q["start"] <= gg["start"] and gg["end"] <= q["end"])
                    )
                ),
                None,
            )
            if hit is None:
                cue, src = gg["cue"], gg["source"]
                print(f"MISS {gg['kind']:13} cue={cue!r} src={src!r}: {gg['surface']!r}")
                shown += 1
            else:
                used.add(hit)
        for j, q in enumerate(flags):
            if j not in used:
                body = text[q["start"] : q["end"]]
                print(f"FP   {q['kind']:13} cue={q['cue']!r} {q['rule']}: {body!r}")
                shown += 1
        if shown >= limit:
            break


def main(argv: list[str]) -> int:
    """Print the metric table."""
    import argparse

    parser = argparse.ArgumentParser(prog="bench/wire.py")
    parser.add_argument("shared", nargs="?", type=Path, default=None)
    parser.add_argument("--half", default="all", choices=["all", "even", "odd"])
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args(argv[1:])
    shared = args.shared or Path(__file__).resolve().parents[2] / "shared"
    if args.misses:
        _misses(shared, args.half, args.misses)
        return 0
    result = run(shared, half=args.half)
    if not result:
        return 0
    print_metrics(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
