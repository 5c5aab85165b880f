"""What the reports cost: HTML (with the figure trail and the findings table) and Markdown.

Run: ``python bench/reports.py [--shared ../shared] [--count 500]``. Reads BBC
articles from ``../shared/corpus`` at run time (never copied into the project),
gives them dates over two weeks and three agencies so figures can match, checks
them (pandas engine) and times, in CPU seconds (``time.process_time``), median
of 3: ``render_html`` with charts, its parts (figure trail with timelines,
tallies), ``render_html`` without charts, and ``render_markdown`` (with its
length). Prints "skipped" without the corpus.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def _cpu(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    """Time the report writers on dated BBC articles."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "bbc_news.jsonl"
    if not corpus.exists():
        print(f"skipped: {corpus} not found")
        return
    import json

    import provenance
    from provenance.enums import Format
    from provenance.ids import sha256_hex
    from provenance.ingest.document import Document
    from provenance.report import render_html, render_markdown
    from provenance.report._trail import build_trail, finding_context, tally

    with corpus.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][: args.count]
    start = datetime(2025, 6, 2, tzinfo=UTC)
    agencies = ("AFP", "AP", "Reuters")
    docs = [
        Document(
            path=f"bbc/{i}",
            format=Format.TEXT,
            headline=row["title"],
            body=row["body"],
            sha256=sha256_hex(row["body"]),
            agency=agencies[i % 3],
            published=start + timedelta(hours=7 * i % 336),
        )
        for i, row in enumerate(rows)
    ]
    result = provenance.check(provenance.extract(docs), engine="pandas")
    trails, groups = build_trail(result)
    html_page = render_html(result)
    markdown = render_markdown(result)
    figures = {
        "articles": len(result.tables.articles),
        "figures": len(result.tables.figures),
        "findings": len(result.findings),
        "figure groups": groups,
        "trails shown": len(trails),
        "html KiB": round(len(html_page.encode()) / 1024),
        "markdown characters": len(markdown),
        "render_html CPU s": round(_cpu(lambda: render_html(result)), 3),
        "render_html charts=False CPU s": round(_cpu(lambda: render_html(result, charts=False)), 3),
        "build_trail (match_figures) CPU s": round(_cpu(lambda: build_trail(result)), 3),
        "tallies CPU s": round(
            _cpu(lambda: [tally(finding_context(result), by) for by in (1, 2)]), 3
        ),
        "render_markdown CPU s": round(_cpu(lambda: render_markdown(result)), 3),
    }
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
