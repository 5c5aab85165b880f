"""Golden summaries of documents: what a fixture's ``NAME.expected.json`` holds.

To regenerate after a deliberate change, run ``python -m tests.ingest.golden`` and
review the diff of every ``*.expected.json`` before committing it.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from provenance.ingest import Document, read_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FORMAT_DIRS = ("text", "html", "ninjs", "newsml")


def summarize(doc: Document) -> dict[str, Any]:
    """A JSON-ready summary of everything a reader decides about a document."""
    return {
        "format": str(doc.format),
        "headline": doc.headline,
        "body": doc.body,
        "agency": doc.agency,
        "published": doc.published.isoformat() if doc.published else None,
        "language": doc.language,
        "byline": doc.byline,
        "dateline": doc.dateline,
        "located": doc.located,
        "uri": doc.uri,
        "item_index": doc.item_index,
        # Picture.files (rendition hrefs, read by provenance.images) is checked in tests/images.
        "pictures": [
            {k: v for k, v in asdict(p).items() if k != "files"} | {"creators": list(p.creators)}
            for p in doc.pictures
        ],
    }


def fixture_files() -> list[Path]:
    """Every input fixture that has a golden file beside it, sorted."""
    return sorted(
        p
        for d in FORMAT_DIRS
        for p in (FIXTURES / d).iterdir()
        if p.is_file() and not p.name.endswith((".expected.json", ".md"))
    )


def expected_path(path: Path) -> Path:
    """Where the golden summary of ``path`` lives."""
    return path.with_name(path.name + ".expected.json")


if __name__ == "__main__":
    for fixture in fixture_files():
        summaries = [summarize(d) for d in read_file(fixture)]
        text = json.dumps(summaries, ensure_ascii=False, indent=2) + "\n"
        expected_path(fixture).write_text(text, encoding="utf-8")
        print(f"wrote {expected_path(fixture)}")
