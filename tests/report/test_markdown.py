"""The Markdown report: summary, escaped findings table, unreadable inputs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from provenance.findings import CheckResult
from provenance.report import render_markdown, write_markdown
from provenance.report.markdown import escape_cell


def _table_rows(text: str, header_start: str) -> list[str]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows


def test_summary_and_findings(result: CheckResult) -> None:
    """The summary gives the status and counts; the findings table has one row per finding."""
    text = render_markdown(result)
    assert text.startswith("# Provenance report\n")
    assert "**FAIL**" in text
    rows = _table_rows(text, "| severity | kind | rule")
    assert len(rows) == len(result.findings)
    assert "claim.denial_contradicts" in rows[0]


def test_pipes_and_newlines_are_escaped(make_result: Callable[..., CheckResult]) -> None:
    """A message with pipes and newlines stays inside one cell of one row."""
    text = render_markdown(make_result(message="a | b\nc || d"))
    rows = _table_rows(text, "| severity | kind | rule")
    row = next(r for r in rows if "claim.unconfirmed" in r)
    assert row.endswith("| a \\| b<br>c \\|\\| d |")
    cells = row.replace("\\|", "").split("|")[1:-1]
    assert len(cells) == 8


def test_html_in_cells_is_escaped(make_result: Callable[..., CheckResult]) -> None:
    """Angle brackets cannot open raw HTML in renderers that allow it."""
    text = render_markdown(make_result(message="<img src=x onerror=alert(1)>"))
    assert "<img" not in text
    assert "&lt;img src=x onerror=alert\\(1\\)&gt;" in text


def test_escape_cell_backslash_before_pipe() -> None:
    """A backslash before a pipe cannot un-escape it."""
    assert escape_cell("a\\|b") == "a\\\\\\|b"


def test_unreadable_inputs_listed(result: CheckResult) -> None:
    """Each unreadable input appears with its one-line message."""
    text = render_markdown(result)
    assert "## Unreadable inputs" in text
    assert f"- {escape_cell(str(result.errors[0]))}" in text


def test_no_findings(clean_result: CheckResult) -> None:
    """Without findings the report passes and says "No findings."."""
    text = render_markdown(clean_result)
    assert "**PASS**" in text
    assert "No findings." in text
    assert "## Failed expectations" not in text


def test_write_markdown(result: CheckResult, tmp_path: Path) -> None:
    """write_markdown writes the rendered text and returns its path."""
    path = write_markdown(result, tmp_path / "r.md")
    assert path.read_text(encoding="utf-8") == render_markdown(result)
