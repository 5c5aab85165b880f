"""Quote coverage: a gold-free recall proxy for quotations in British news (BBC).

Run ``python bench/quote_coverage.py [SHARED_DIR] [--half even|odd|all]
[--uncovered N] [--added-from FILE]`` (default ``../shared`` next to the
repository, else ``/work/shared``); import :func:`run` to combine it with the
other benchmarks. The corpus is research-use data and is only read at run time.

Metrics
-------
A *quotation* is an outer quotation of ``find_quotations`` whose marks are a
``kind: double`` pair of ``lexicon/data/quotes.yaml`` and whose inside holds at
least four words. Its *inside* is its characters between the marks, spaces and
the marks of later paragraphs left out.

quote_coverage
    quotations whose inside lies (at least 90% of its characters, so that a
    content split at a paragraph break or trimmed of a final full stop still
    counts) inside the contents of claims attributed (direct or indirect) to a
    source, over all quotations.
quote_named, quote_anonymous, quote_pronoun
    the share of all quotations covered by a claim (the one overlapping its inside
    most) whose source is a name or a noun phrase, an anonymous source ("a
    spokesman", "officials"), or a personal pronoun the resolver left as written.

The BBC articles are split by index: ``even`` (0, 2, 4, ...) to tune rules on,
``odd`` to check them. ``--uncovered N`` prints N uncovered quotations of the
half with their paragraph; ``--dump FILE`` writes every attributed claim that
covers a quotation (article, source, content) as JSONL, and ``--added-from FILE``
prints the claims covering a quotation now that the dump ``FILE`` (of an
earlier run) did not have, to read what a change adds.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from _corpus import load_jsonl, print_metrics

from provenance.enums import Attribution, SourceKind
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.quotes import Quotation, find_quotations
from provenance.extractors.records import ClaimSpan

__all__ = ["QuoteCover", "cover_quotations", "run", "summarize"]

MIN_WORDS = 4
MIN_SHARE = 0.9
_WORD = re.compile(r"\w+")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "him", "her", "them"})
_ATTRIBUTED = (Attribution.DIRECT, Attribution.INDIRECT)
QuoteCover = tuple[int, int, str]  # start, end, kind: named|anonymous|pronoun|uncovered


def _inside(text: str, q: Quotation) -> list[int]:
    """Offsets of the visible characters between a quotation's marks."""
    lo = q.start + 1
    hi = q.end - 1 if q.close_mark is not None else q.end
    skip = set(q.reopened)
    return [i for i in range(lo, hi) if i not in skip and not text[i].isspace()]


def _source_kind(claim: ClaimSpan) -> str:
    source = claim.source
    if source is None:
        return "uncovered"
    written = (claim.source_text or source.name).casefold()
    if written in _PRONOUNS and source.name.casefold() == written:
        return "pronoun"
    return "anonymous" if source.kind == SourceKind.ANONYMOUS else "named"


def cover_quotations(text: str, claims: Sequence[ClaimSpan] | None = None) -> list[QuoteCover]:
    """Each quotation of ``text`` (>= 4 words, double marks) and how the claims cover it.

    Example:
        >>> [k for _, _, k in cover_quotations('Smith said: "We will win this fight."')]
        ['named']
        >>> cover_quotations('The "so-called" plan.')
        []
    """
    if claims is None:
        claims = find_claims(text)
    spans = [
        (c.start, c.end, c) for c in claims if c.attribution in _ATTRIBUTED and c.source is not None
    ]
    out: list[QuoteCover] = []
    for q in find_quotations(text):
        if q.depth or q.kind != "double":
            continue
        inside = _inside(text, q)
        lo, hi = q.start + 1, (q.end - 1 if q.close_mark is not None else q.end)
        if len(_WORD.findall(text, lo, hi)) < MIN_WORDS or not inside:
            continue
        covered = [i for i in inside if any(s <= i < e for s, e, _ in spans)]
        if len(covered) < MIN_SHARE * len(inside):
            out.append((q.start, q.end, "uncovered"))
            continue
        best = max(spans, key=lambda s: min(s[1], hi) - max(s[0], lo))
        out.append((q.start, q.end, _source_kind(best[2])))
    return out


def summarize(covers: Iterable[QuoteCover]) -> dict[str, Any]:
    """Counts and shares of a list of :data:`QuoteCover`.

    Example:
        >>> summarize([(0, 9, "named"), (20, 30, "uncovered")])["quote_coverage"]
        0.5
    """
    kinds = [k for _, _, k in covers]
    n = len(kinds)

    def share(*names: str) -> float:
        return round(sum(k in names for k in kinds) / n, 4) if n else 0.0

    return {
        "quotations": n,
        "quote_coverage": share("named", "anonymous", "pronoun"),
        "quote_named": share("named"),
        "quote_anonymous": share("anonymous"),
        "quote_pronoun": share("pronoun"),
    }


def _bodies(shared: Path, half: str) -> list[dict[str, Any]]:
    path = shared / "corpus" / "bbc_news.jsonl"
    if not path.exists():
        return []
    rows = load_jsonl(path)
    if half == "all":
        return rows
    return rows[0 if half == "even" else 1 :: 2]


def run(shared: Path, *, half: str = "even") -> dict[str, Any]:
    """Quote coverage of one half of the BBC articles; ``{}`` when the corpus is absent."""
    rows = _bodies(shared, half)
    if not rows:
        print(f"bench/quote_coverage.py: skipped, no BBC corpus under {shared}", file=sys.stderr)
        return {}
    covers: list[QuoteCover] = []
    for row in rows:
        covers.extend(cover_quotations(row["body"]))
    return summarize(covers)


def _paragraph(text: str, start: int, end: int) -> str:
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    return text[lo + 2 if lo >= 0 else 0 : hi if hi >= 0 else len(text)]


def _claim_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every attributed claim that covers some quotation, as a flat record."""
    out = []
    for row in rows:
        text = row["body"]
        claims = find_claims(text)
        quotes = [(s, e) for s, e, k in cover_quotations(text, claims) if k != "uncovered"]
        for c in claims:
            if c.attribution not in _ATTRIBUTED or c.source is None:
                continue
            if any(c.start < e and s < c.end for s, e in quotes):
                out.append(
                    {
                        "id": row["id"],
                        "source": f"{c.source_text} / {c.source.name}",
                        "cue": c.cue,
                        "content": c.text,
                    }
                )
    return out


def main(argv: list[str]) -> int:
    """Print the quote coverage of one half, and optionally uncovered quotations."""
    import argparse

    from claims import _default_shared

    parser = argparse.ArgumentParser(
        prog="bench/quote_coverage.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("shared", nargs="?", type=Path, default=None)
    parser.add_argument("--half", default="even", choices=["even", "odd", "all"])
    parser.add_argument("--uncovered", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dump", type=Path, default=None, metavar="FILE")
    parser.add_argument("--added-from", type=Path, default=None, metavar="FILE")
    args = parser.parse_args(argv[1:])
    shared = args.shared if args.shared is not None else _default_shared()
    result = run(shared, half=args.half)
    if result:
        print_metrics(result)
    rows = _bodies(shared, args.half)
    if args.uncovered:
        found = []
        for row in rows:
            text = row["body"]
            for s, e, k in cover_quotations(text):
                if k == "uncovered":
                    found.append((row["id"], text[s:e], _paragraph(text, s, e)))
        random.Random(args.seed).shuffle(found)
        for ident, quote, para in found[: args.uncovered]:
            print(f"\n## {ident}: {quote[:80]}\n{para}")
    if args.dump or args.added_from:
        claims = _claim_rows(rows)
        if args.dump:
            with args.dump.open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(c) + "\n" for c in claims)
        if args.added_from:
            before = {json.dumps(c, sort_keys=True) for c in load_jsonl(args.added_from)}
            added = [c for c in claims if json.dumps(c, sort_keys=True) not in before]
            random.Random(args.seed).shuffle(added)
            print(f"\n{len(added)} claims cover a quotation that {args.added_from} has not")
            for c in added[: args.uncovered or 50]:
                print(f"- {c['id']} [{c['source']}] ({c['cue']}) {c['content']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
