"""Photo credits on real pages and in written house styles, scored against ``credits_dev``.

Run: ``python bench/credits.py [SHARED] [--half even|odd|all] [--misses]`` (``--show``
is the old name of ``--misses``; ``--half`` picks the half whose misses are listed). For each
``origin: page`` line of ``<shared>/corpus/credits_dev.jsonl`` the gzipped page
``credits_dev_html/PAGE_ID.html.gz`` is read with the library's HTML reader and
every party of every picture credit is collected per page; each ``origin:
written`` line is split with :func:`provenance.extractors.credits.extract_credits`.
The predictions are scored with ``<shared>/eval/score.py credits`` (imported from
the shared path, never copied). Besides the scorer's figures, it reports recall
and precision by IPTC role (agencies, distributors, sources) over the gold
parties, and the two check halves (pages with an even or odd number in the id;
written lines by position). Without the corpus it prints "skipped".
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from _corpus import load_jsonl, load_scorer

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
_DIGITS = re.compile(r"\d+")


def half_of(page_id: str) -> str:
    """``"even"`` or ``"odd"``: the parity of the last number in a page id (0 if none)."""
    numbers = _DIGITS.findall(page_id)
    return "odd" if numbers and int(numbers[-1]) % 2 else "even"


def _label(party: Any) -> str | None:
    from provenance.extractors.credits import party_label

    label: str | None = party_label(party)
    return label


def _sort(parties: Iterable[Any]) -> tuple[list[str], list[str], dict[str, list[str]]]:
    from provenance.enums import CreditRole

    people: list[str] = []
    orgs: list[str] = []
    roles: dict[str, list[str]] = {"agency": [], "distributor": [], "source": []}
    for party in parties:
        label = _label(party)
        if not label:
            continue
        if party.role is CreditRole.PHOTOGRAPHER:
            people.append(label)
        else:
            orgs.append(label)
            role = "source" if party.role is CreditRole.COPYRIGHT else party.role.value
            roles[role].append(label)
    return people, orgs, roles


def page_parties(html: str) -> list[Any]:
    """Every credited party of every picture the HTML reader finds on a page."""
    from provenance.extractors.credits import credits_for
    from provenance.ingest.html import parse_html_article

    article = parse_html_article(html)
    return [party for picture in article.pictures for party in credits_for(picture)]


def predict(
    gold: list[dict[str, Any]], corpus: Path
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Predictions in the scorer's format, and the predicted roles per id."""
    from provenance.extractors.credits import extract_credits

    preds: list[dict[str, Any]] = []
    roles: dict[str, Any] = {}
    pages = sorted({g["page_id"] for g in gold if g["origin"] == "page"})
    for page_id in pages:
        path = corpus / "credits_dev_html" / f"{page_id}.html.gz"
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        people, orgs, by_role = _sort(page_parties(html))
        preds.append({"id": page_id, "photographers": people, "organizations": orgs})
        roles[page_id] = by_role
    for g in gold:
        if g["origin"] == "written":
            people, orgs, by_role = _sort(extract_credits(g["credit"]))
            preds.append({"id": g["credit"], "photographers": people, "organizations": orgs})
            roles[g["credit"]] = by_role
    return preds, roles


def _prf(tp: int, pn: int, gn: int) -> dict[str, float]:
    p = tp / pn if pn else 0.0
    r = tp / gn if gn else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }


def by_role(
    gold: list[dict[str, Any]], roles: dict[str, Any], party: Callable[[str], str]
) -> dict[str, Any]:
    """P/R/F1 per IPTC role (agencies, distributors, sources), name and role both right."""
    out: dict[str, Any] = {}
    for role, key in (
        ("agency", "agencies"),
        ("distributor", "distributors"),
        ("source", "sources"),
    ):
        gsets: dict[str, set[str]] = {}
        for g in gold:
            gid = g["page_id"] if g["origin"] == "page" else g["credit"]
            gsets.setdefault(gid, set()).update(party(x) for x in g[key])
        tp = pn = gn = 0
        for gid, gs in gsets.items():
            ps = {party(x) for x in roles.get(gid, {}).get(role, [])} - {""}
            tp += len(ps & gs)
            pn += len(ps)
            gn += len(gs)
        out[role] = _prf(tp, pn, gn)
    return out


def _subset(gold: list[dict[str, Any]], half: str) -> list[dict[str, Any]]:
    if half == "all":
        return gold
    written = [g for g in gold if g["origin"] == "written"]
    keep_written = {id(g) for i, g in enumerate(written) if (i % 2 == 1) == (half == "odd")}
    return [
        g
        for g in gold
        if (g["origin"] == "page" and half_of(g["page_id"]) == half) or id(g) in keep_written
    ]


def run(shared: Path = DEFAULT_SHARED, *, show: bool = False, half: str = "all") -> dict[str, Any]:
    """Score every half; print and return the figures (``show``: list the misses of ``half``).

    Example:
        >>> run(Path("/nonexistent"))
        credits bench skipped: no corpus at /nonexistent/corpus
        {}
    """
    corpus = shared / "corpus"
    if not (corpus / "credits_dev.jsonl").exists():
        print(f"credits bench skipped: no corpus at {corpus}")
        return {}
    scorer = load_scorer(shared)
    gold = load_jsonl(corpus / "credits_dev.jsonl")
    preds, roles = predict(gold, corpus)
    results: dict[str, Any] = {}
    for part in ("all", "even", "odd"):
        subset = _subset(gold, part)
        score = scorer.score_credits(subset, preds)
        score["roles"] = by_role(subset, roles, scorer._party)
        results[part] = score
    for key in ("photographers_f1", "organizations_f1", "written_exact"):
        results[key] = results["all"][key]  # flat keys for the harness table (bench/run.py)
    print(json.dumps(results, indent=1))
    if show:
        _show(_subset(gold, half), preds, scorer._party)
    return results


def _show(
    gold: list[dict[str, Any]], preds: list[dict[str, Any]], party: Callable[[str], str]
) -> None:
    """Print the misses and false alarms per id, to read while tuning (the even half)."""
    pm = {p["id"]: p for p in preds}
    grouped: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        grouped.setdefault(g["page_id"] if g["origin"] == "page" else g["credit"], []).append(g)
    for gid, gs in grouped.items():
        p = pm.get(gid, {})
        gp = {party(x) for g in gs for x in g["photographers"]}
        go = {party(x) for g in gs for x in g["agencies"] + g["distributors"] + g["sources"]}
        pp = {party(x) for x in p.get("photographers", [])} - {""}
        po = {party(x) for x in p.get("organizations", [])} - {""}
        if gp != pp or go != po:
            print(f"--- {gid}")
            print(f"   P miss {sorted(gp - pp)} extra {sorted(pp - gp)}")
            print(f"   O miss {sorted(go - po)} extra {sorted(po - go)}")


def main(argv: list[str] | None = None) -> None:
    """Command-line entry: ``python bench/credits.py [SHARED] [--half H] [--misses]``."""
    import argparse

    parser = argparse.ArgumentParser(
        description="Photo credits on real pages and written lines, scored against credits_dev "
        "(all pages, the even half tuned on, the odd half kept to check)."
    )
    parser.add_argument(
        "shared",
        nargs="?",
        type=Path,
        default=DEFAULT_SHARED,
        help="the shared folder holding corpus/ and eval/ (default: ../shared)",
    )
    parser.add_argument(
        "--half",
        choices=("all", "even", "odd"),
        default="even",
        help="whose misses --misses lists (default: even, the tuning half)",
    )
    parser.add_argument(
        "--misses",
        "--show",
        action="store_true",
        dest="misses",
        help="list the misses and false alarms per page or written line",
    )
    args = parser.parse_args(argv)
    run(args.shared, show=args.misses, half=args.half)


if __name__ == "__main__":
    main()
