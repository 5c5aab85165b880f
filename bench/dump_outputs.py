"""Dump every extractor output on the research texts, to diff before and after a change.

Run: ``python bench/dump_outputs.py OUT.txt`` before a change and again after it, then
``diff`` the two files: a speed change must leave them identical. Reads BBC, wire_dev,
PolNeAR (dev and train) and the numbers dev sets from ``../shared/corpus`` at run time
(never copied into the project) and prints "skipped" when they are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def _texts(corpus: Path) -> Iterator[tuple[str, str, str]]:
    """(set, title, body) of every article, in file order."""
    sets = [("bbc_news", "body"), ("wire_dev", "text"), ("polnear_dev", "text")]
    sets.append(("polnear_train", "text"))
    for name, field in sets:
        with (corpus / f"{name}.jsonl").open(encoding="utf-8") as fh:
            for row in map(json.loads, fh):
                yield name, row["title"], row[field]


def main() -> int:
    """Write the dump; the CPU time of the extraction goes to stderr."""
    from provenance.extractors.figures import find_figures
    from provenance.extractors.pipeline import Extractors, extract_document

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from pipeline import _documents  # the bench's own documents (path "bbc/i", agency BBC)

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args()
    corpus = args.shared / "corpus"
    if not (corpus / "bbc_news.jsonl").exists():
        print("skipped: no research corpus at", corpus)
        return 0
    ex = Extractors()
    started = time.process_time()
    with args.out.open("w", encoding="utf-8") as out:
        rows = list(_texts(corpus))
        docs = _documents([(title, body) for _, title, body in rows], len(rows))
        for i, ((name, _, _), doc) in enumerate(zip(rows, docs, strict=True)):
            got = extract_document(doc, ex)  # type: ignore[arg-type]
            out.write(f"## {name} {i}\n")
            out.writelines(repr(x) + "\n" for x in (*got.figures, *got.claims))
        for lang in ("en", "fr"):
            with (corpus / f"numbers_dev_{lang}.jsonl").open(encoding="utf-8") as fh:
                for row in map(json.loads, fh):
                    out.write(f"## numbers {lang} {row['text']!r}\n")
                    figs = find_figures(row["text"], language=lang)
                    out.writelines(repr(f) + "\n" for f in figs)
    print(f"cpu {time.process_time() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
