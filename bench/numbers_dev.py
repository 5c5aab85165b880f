"""Benchmark of number expressions: the English and French dev sets from other libraries' tests.

(Named ``numbers_dev`` because a ``bench/numbers.py`` would shadow the standard
library's ``numbers`` for every script run from this folder.) Run it as a script
(``python bench/numbers_dev.py``) for a table, or import it and
call :func:`run` for the metrics as a dict. The sets are read from
``<shared>/corpus/numbers_dev_{en,fr}.jsonl`` at run time (research-use data,
never copied into the repository); without them, :func:`run` returns ``{}``.

Every figure with a value is submitted (ordinals too: the gold marks them);
a range is submitted as its two bounds, since the gold gives each number of
"five to ten" on its own. Precision, recall and F1 come from the reference
scorer (``<shared>/eval/score.py``, ``score_numbers``: value equal and spans
overlapping). Beside them:

- *value accuracy*: of the gold figures some predicted span overlaps, the share
  whose value is right (a wrong value there is a reading error, not a miss);
- misses by gold ``kind`` and by origin (the library whose tests the item comes from);
- the same on the even and the odd half of the items (``--half even|odd``), so
  a gain tuned on one half can be checked on the other.

Options: ``--misses N`` prints N missed gold figures per set; ``--half``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from provenance.extractors.figures import find_figures

__all__ = ["predict", "run"]

from _corpus import load_jsonl, load_scorer

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
SETS = (("numbers_dev_en", "en"), ("numbers_dev_fr", "fr"))


def _find(language: str) -> Callable[[str], Any]:
    def call(text: str) -> Any:
        try:
            return find_figures(text, language=language)  # type: ignore[call-arg]
        except TypeError:  # before the language parameter existed
            return find_figures(text)

    return call


def predict(text: str, language: str) -> list[dict[str, Any]]:
    """The figures of ``text`` in the scorer's format (ranges as their two bounds)."""
    out: list[dict[str, Any]] = []
    for f in _find(language)(text):
        span = {"surface": f.text, "start": f.start, "end": f.end, "kind": f.kind.value}
        if f.value is not None:
            out.append({"value": f.value, **span})
        elif f.lower is not None and f.upper is not None and f.lower != f.upper:
            out.append({"value": f.lower, **span})
            out.append({"value": f.upper, **span})
    return out


def _half(items: list[dict[str, Any]], half: str | None) -> list[dict[str, Any]]:
    if half is None:
        return items
    keep = 0 if half == "even" else 1
    return [g for i, g in enumerate(items) if i % 2 == keep]


def _score_set(
    gold: list[dict[str, Any]], language: str, scorer: Any, misses: int
) -> dict[str, Any]:
    preds = [{"id": g["id"], "figures": predict(g["text"], language)} for g in gold]
    res: dict[str, Any] = scorer.score_numbers(gold, preds)
    by_id = {p["id"]: p["figures"] for p in preds}
    spanned = right = 0
    missed_kind: Counter[str] = Counter()
    missed_origin: Counter[str] = Counter()
    total_kind: Counter[str] = Counter()
    examples: list[str] = []
    for g in gold:
        pf = by_id[g["id"]]
        used: set[int] = set()
        for gi in g["figures"]:
            total_kind[gi["kind"]] += 1
            over = [p for p in pf if scorer.span_overlap(gi, p)]
            if over:
                spanned += 1
                right += any(scorer.value_eq(gi["value"], p["value"]) for p in over)
            hit = next(
                (
                    j
                    for j, p in enumerate(pf)
                    if j not in used
                    and scorer.value_eq(gi["value"], p["value"])
                    and scorer.span_overlap(gi, p)
                ),
                None,
            )
            if hit is None:
                missed_kind[gi["kind"]] += 1
                missed_origin[g["id"].split(":")[0]] += 1
                if len(examples) < misses:
                    got = [(p["surface"], p["value"]) for p in over]
                    examples.append(
                        f"{g['text'][:90]!r}: {gi['surface']!r}={gi['value']} got {got}"
                    )
            else:
                used.add(hit)
    res["value_accuracy"] = round(right / spanned, 4) if spanned else None
    res["missed_by_kind"] = {k: f"{missed_kind[k]}/{n}" for k, n in sorted(total_kind.items())}
    res["missed_by_origin"] = dict(missed_origin.most_common())
    res["examples"] = examples
    return res


def run(
    shared: Path = DEFAULT_SHARED, *, half: str | None = None, misses: int = 0
) -> dict[str, Any]:
    """Score ``find_figures`` on the number dev sets; ``{}`` when they are absent.

    Example:
        >>> sorted(run(Path("/nonexistent")))
        []
    """
    corpus = shared / "corpus"
    if not all((corpus / f"{name}.jsonl").exists() for name, _ in SETS):
        print(f"skipped: no number dev sets under {corpus}", file=sys.stderr)
        return {}
    scorer = load_scorer(shared)
    return {
        name: _score_set(_half(load_jsonl(corpus / f"{name}.jsonl"), half), lang, scorer, misses)
        for name, lang in SETS
    }


def main() -> None:
    """Print the table (and, with ``--misses``, missed figures)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--half", choices=("even", "odd"))
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = run(a.shared, half=a.half, misses=a.misses)
    if a.json:
        print(json.dumps(res, indent=1))
        return
    print(f"{'set':<16} {'P':>6} {'R':>6} {'F1':>6} {'valacc':>7}  gold  (half: {a.half or 'all'})")
    for name, r in res.items():
        print(
            f"{name:<16} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
            f"{r['value_accuracy'] or 0:>7.3f}  {r['tp'] + r['fn']}"
        )
        print(f"  missed by kind: {r['missed_by_kind']}")
        print(f"  missed by origin: {r['missed_by_origin']}")
        for ex in r["examples"]:
            print("   ", ex)


if __name__ == "__main__":
    main()
