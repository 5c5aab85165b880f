"""How exactly the ninjs export round-trips real stories, and what each export costs.

Run ``python bench/interchange.py [SHARED_DIR] [--limit N]`` (default ``../shared`` next
to the repository). Reads ``corpus/wire_dev.jsonl`` (Reuters stories) and the first
``--limit`` BBC articles of ``corpus/bbc_news.jsonl`` at run time (research-use data,
never copied into the project) and prints "skipped" without them.

Each story is written to a temporary ``.txt`` file (headline, blank line, body) and read
with :func:`provenance.extract`, as a user's files are; the tables are exported as ninjs,
written, and read back. An article round-trips when every row of all five tables that
belongs to it is equal, ignoring ``path``, ``sha256``, ``format`` (they describe the file
read) and ``uri`` (ninjs requires one; these stories have none). Then the CPU time
(``time.process_time``) of each export on the same tables: PROV-JSON (when ``prov`` is
installed), ninjs (with validation), ClaimReview drafts (the check that flags the claims
is timed apart).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _corpus import load_jsonl

_IGNORED = ("path", "sha256", "format", "uri")


def _files(rows: list[dict[str, Any]], folder: Path, body_key: str) -> list[Path]:
    paths = []
    for index, row in enumerate(rows):
        path = folder / f"{index:05d}.txt"
        path.write_text(f"{row.get('title') or ''}\n\n{row[body_key]}\n", encoding="utf-8")
        paths.append(path)
    return paths


def _article_rows(tables: Any, article_id: str, keys: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, frame in tables.items():
        mine = frame[frame["article_id"] == article_id] if "article_id" in frame else None
        if mine is None:  # sources: the ones this article's claims name
            ids = set(tables.claims.loc[tables.claims["article_id"] == article_id, "source_id"])
            mine = frame[frame["source_id"].isin(ids)]
        drop = [c for c in _IGNORED if c in mine]
        out[name] = mine.drop(columns=drop).sort_values(keys[name]).reset_index(drop=True)
    return out


def round_trip(rows: list[dict[str, Any]], body_key: str) -> tuple[int, int, list[str]]:
    """``(articles, articles that round-trip exactly, first differing tables)``."""
    import pandas as pd

    import provenance
    from provenance.interchange.ninjs_out import write_ninjs

    keys = {
        "articles": "article_id",
        "photo_credits": "credit_id",
        "sources": "source_id",
        "claims": "claim_id",
        "figures": "figure_id",
    }
    with tempfile.TemporaryDirectory() as tmp:
        before = provenance.extract(_files(rows, Path(tmp), body_key))
        out = Path(tmp) / "export.json"
        out.write_text(write_ninjs(before), encoding="utf-8")
        after = provenance.extract(out)
    same, misses = 0, []
    for article_id in before.articles["article_id"]:
        old = _article_rows(before, article_id, keys)
        new = _article_rows(after, article_id, keys)
        differing = []
        for name in keys:
            try:
                pd.testing.assert_frame_equal(old[name], new[name])
            except AssertionError:
                differing.append(name)
        if differing:
            misses.append(f"{article_id}: {', '.join(differing)}")
        else:
            same += 1
    return len(before.articles), same, misses


def timings(rows: list[dict[str, Any]], body_key: str) -> dict[str, float]:
    """CPU milliseconds per article of each export, on the same tables."""
    import importlib.util

    import provenance
    from provenance.interchange.claimreview import claimreview_drafts
    from provenance.interchange.ninjs_out import write_ninjs
    from provenance.interchange.prov import write_prov

    with tempfile.TemporaryDirectory() as tmp:
        tables = provenance.extract(_files(rows, Path(tmp), body_key))
    n = max(len(tables.articles), 1)
    out: dict[str, float] = {}
    start = time.process_time()
    result = provenance.check(tables, engine="pandas")
    out["check (pandas engine), for the drafts"] = time.process_time() - start
    jobs = {
        "ninjs (with validation)": lambda: write_ninjs(tables),
        "claimreview drafts": lambda: claimreview_drafts(tables, result.findings),
    }
    if importlib.util.find_spec("prov") is not None:
        jobs["prov-json"] = lambda: write_prov(tables, "prov-json")
        jobs["prov-n"] = lambda: write_prov(tables, "prov-n")
    for name, job in jobs.items():
        start = time.process_time()
        job()
        out[name] = time.process_time() - start
    return {name: 1000 * seconds / n for name, seconds in out.items()}


def main(argv: list[str] | None = None) -> int:
    """Print the round-trip counts and the export costs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=200, help="BBC articles to use")
    args = parser.parse_args(argv)
    shared = args.shared or Path(__file__).resolve().parents[2] / "shared"
    wire, bbc = shared / "corpus" / "wire_dev.jsonl", shared / "corpus" / "bbc_news.jsonl"
    if not (wire.exists() and bbc.exists()):
        print("skipped: corpus/wire_dev.jsonl or corpus/bbc_news.jsonl not found under", shared)
        return 0
    sets = {
        "wire_dev (Reuters)": (load_jsonl(wire), "text"),
        f"bbc_news (first {args.limit})": (load_jsonl(bbc)[: args.limit], "body"),
    }
    for label, (rows, body_key) in sets.items():
        total, same, misses = round_trip(rows, body_key)
        print(f"{label}: ninjs round trip exact for {same} of {total} articles")
        for miss in misses[:5]:
            print(f"  differs: {miss}")
        for name, ms in timings(rows, body_key).items():
            print(f"  {name}: {ms:.2f} ms CPU per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
