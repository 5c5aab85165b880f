"""The Markdown report: a summary, the top findings and the unreadable inputs.

Meant for pull-request comments and CI summaries (GitHub-flavoured Markdown).
GitHub refuses a comment over 65,536 characters, so the report never exceeds
:data:`MAX_CHARS` whatever the input: every cell is cut to a few hundred
characters, findings are listed most serious first, and a table stops where the
budget ends with a line saying how many rows were left out.
Every cell is escaped so that article text stays text: ``|`` cannot split a
table cell, a newline cannot end a row, ``<``/``>``/``&`` cannot open HTML in
renderers that allow it, ``[ ] ( ) !`` cannot make a link or an image, ``` ` ```,
``*``, ``~`` and word-edge ``_`` cannot start code or emphasis, and a word that a
renderer would turn into a link by itself (``https://…``, ``www.…``, an e-mail
address, a GitHub ``@mention`` or ``#123`` reference) is shown as inline code,
which no renderer links. Unclosed bidi overrides are closed at the end of the
cell, and unpaired surrogates become U+FFFD.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from provenance.enums import FailOn
from provenance.report._data import Row, as_text, records, severity_rank, summarize
from provenance.report._text import balance_bidi, scrub

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from provenance.findings import CheckResult

__all__ = ["MAX_CHARS", "escape_cell", "render_markdown", "write_markdown"]

MAX_CHARS = 65_000  # a GitHub comment holds 65,536; the report stays under this
# Rows stop at _ROWS_LIMIT; headings and "left out" notes (a few hundred characters
# each, at most ~4,000 in all) always fit in the room above it.
_ROWS_LIMIT = MAX_CHARS - 6_000
_DEFAULT_TITLE = "Provenance report"
_COLUMNS = ("severity", "kind", "rule", "article_id", "claim_id", "figure_id")
_MAX_CLAIM = 200  # characters of claim text per cell
_MAX_CELL = 300  # characters of any other text per cell (before escaping)
_MAX_ID = 80  # characters of an id, rule, severity or kind per cell

# What makes a word (no whitespace) one that GFM or GitHub would link on its own: a
# scheme, a "www." host, an e-mail address or @mention, an issue reference.
_LINK_MARK = re.compile(r"://|[Ww][Ww][Ww]\.|@|#[0-9]")
_WORD = re.compile(r"\S+")
# Markdown punctuation that can start a link, image, code span, emphasis or raw
# HTML; "_" only at a word's edge, so ids like "art_1" stay readable.
_SPECIAL = re.compile(r"[\\`*~\[\]()!|]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_BACKTICKS = re.compile("`+")
_BLOCK_START = re.compile(r"\A([0-9]{0,9})([.)#+=-])")
_T = TypeVar("_T")


def _escape_text(text: str) -> str:
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text).translate(_HTML)


def _code(word: str) -> str:
    """``word`` as an inline code span: shown verbatim, never linked."""
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(word)), default=0) + 1)
    pad = " " if word.startswith("`") or word.endswith("`") else ""
    return f"{fence}{pad}{word.replace('|', chr(92) + '|')}{pad}{fence}"


def _escape_line(line: str) -> str:
    if _LINK_MARK.search(line) is None:
        return _escape_text(line)
    # Word by word (not one pattern with a marker inside "\S*", which backtracks
    # quadratically on a long word without one).
    parts: list[str] = []
    cursor = 0
    for word in _WORD.finditer(line):
        if _LINK_MARK.search(word.group(0)) is None:
            continue
        parts += [_escape_text(line[cursor : word.start()]), _code(word.group(0))]
        cursor = word.end()
    parts.append(_escape_text(line[cursor:]))
    return "".join(parts)


def escape_cell(text: str) -> str:
    """``text`` made safe for one cell of a GFM table, on one line, as plain text.

    Example:
        >>> escape_cell("a | b\\n<c>")
        'a \\\\| b<br>&lt;c&gt;'
        >>> escape_cell("![img](y) from https://x.example")
        '\\\\!\\\\[img\\\\]\\\\(y\\\\) from `https://x.example`'
    """
    lines = balance_bidi(scrub(text)).splitlines() or [""]
    cell = "<br>".join(_escape_line(line.strip()) for line in lines)
    # Where the text starts a line (a list item), it must not open a heading or a list.
    return _BLOCK_START.sub(r"\1\\\2", cell, count=1)


def _cut(text: str, limit: int = _MAX_CELL) -> str:
    """``text`` cut to ``limit`` characters, the cut shown by an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(escape_cell(c) for c in cells) + " |"


class _Page:
    """The report's lines and their running length, with a budget for table rows."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.size = 0

    def add(self, *lines: str) -> None:
        for line in lines:
            self.lines.append(line)
            self.size += len(line) + 1

    def table(
        self,
        header: list[str],
        items: Sequence[_T],
        cells: Callable[[_T], list[str]],
        what: str,
    ) -> None:
        """A GFM table of ``cells(item)`` rows, as many as the budget holds, then a note.

        Rows are built one at a time and the loop stops at the first that does
        not fit, so a million findings cost only the rows shown.
        """
        self.add("| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|")
        shown = 0
        for item in items:
            line = _row(cells(item))
            if self.size + len(line) + 1 > _ROWS_LIMIT:
                break
            self.add(line)
            shown += 1
        if shown < len(items):
            left = len(items) - shown
            self.add(
                "",
                f"_{shown} of {len(items)} {what} shown; {left} left out to keep this under "
                f"{MAX_CHARS:,} characters (the HTML and JSON reports have them all)._",
            )

    def text(self) -> str:
        return "\n".join(self.lines)


def _evidence(result: CheckResult) -> dict[tuple[str, str], str]:
    """Claim and figure text by ``("claim_id", id)`` / ``("figure_id", id)``."""
    evidence: dict[tuple[str, str], str] = {}
    for key, frame in (("claim_id", result.tables.claims), ("figure_id", result.tables.figures)):
        for row in records(frame):
            ident, text = as_text(row, key), as_text(row, "text")
            if ident is not None and text is not None:
                evidence[key, ident] = _cut(text, _MAX_CLAIM)
    return evidence


def _claim_cell(row: Row, evidence: dict[tuple[str, str], str]) -> str:
    for key in ("claim_id", "figure_id"):
        ident = as_text(row, key)
        if ident is not None and (key, ident) in evidence:
            return evidence[key, ident]
    return ""


def _finding_cells(row: Row, evidence: dict[tuple[str, str], str]) -> list[str]:
    return [
        *(_cut(as_text(row, c) or "", _MAX_ID) for c in _COLUMNS),
        _claim_cell(row, evidence),
        _cut(as_text(row, "message") or ""),
    ]


def render_markdown(
    result: CheckResult, *, fail_on: FailOn = FailOn.WARNING, title: str | None = None
) -> str:
    """Render ``result`` as GitHub-flavoured Markdown, under :data:`MAX_CHARS` characters.

    A status line, the findings per severity and per kind, the findings most
    serious first, the articles, the failed expectations and the unreadable
    inputs. Each table holds what fits; a line says how many rows were left out.

    Args:
        result: what :func:`provenance.check` returned.
        fail_on: the lowest severity that makes the status "fail".
        title: the level-1 heading; defaults to "Provenance report".

    Example:
        >>> print(render_markdown(result).splitlines()[0])  # doctest: +SKIP
        # Provenance report
    """
    summary = summarize(result, fail_on)
    page = _Page()
    page.add(f"# {escape_cell(_cut(title or _DEFAULT_TITLE))}", "")
    verdict = "FAIL" if summary.failed else "PASS"
    page.add(
        f"**{verdict}** (fail on: `{fail_on.value}`): {summary.findings} finding(s), "
        f"{summary.reaching} at or above the threshold; "
        f"{summary.expectations_failed} of {summary.expectations} expectation(s) failed; "
        f"{summary.unreadable} unreadable input(s).",
        "",
    )
    for name, counts in (("severity", summary.by_severity), ("kind", summary.by_kind)):
        page.table(
            [name, "findings"],
            list(counts.items()),
            lambda kv: [_cut(kv[0], _MAX_ID), str(kv[1])],
            f"{name} rows",
        )
        page.add("")
    page.add("## Findings", "")
    findings = sorted(
        records(result.findings), key=lambda r: severity_rank(as_text(r, "severity"))
    )  # stable: table order
    if findings:
        evidence = _evidence(result)
        page.table(
            [*_COLUMNS, "claim", "message"],
            findings,
            lambda r: _finding_cells(r, evidence),
            "findings (most serious first)",
        )
    else:
        page.add("No findings.")
    articles = records(result.tables.articles)
    if articles:
        counts_by: dict[str | None, int] = {}
        for r in findings:
            counts_by[as_text(r, "article_id")] = counts_by.get(as_text(r, "article_id"), 0) + 1
        page.add("", "## Articles", "")
        page.table(
            ["article_id", "headline", "agency", "findings"],
            articles,
            lambda a: [
                _cut(as_text(a, "article_id") or "", _MAX_ID),
                _cut(as_text(a, "headline") or ""),
                _cut(as_text(a, "agency") or "", _MAX_ID),
                str(counts_by.get(as_text(a, "article_id"), 0)),
            ],
            "articles",
        )
    failed = [o for o in result.outcomes if not o.success]
    if failed:
        page.add("", "## Failed expectations", "")
        page.table(
            ["suite", "rule", "severity", "unexpected", "rows", "error"],
            failed,
            lambda o: [
                _cut(o.suite, _MAX_ID),
                _cut(o.rule, _MAX_ID),
                o.severity.value,
                str(o.unexpected_count),
                str(o.element_count),
                _cut(o.exception or ""),
            ],
            "failed expectations",
        )
    page.add("", "## Unreadable inputs", "")
    if result.errors:
        shown = 0
        for error in result.errors:
            line = f"- {escape_cell(_cut(str(error)))}"
            if page.size + len(line) + 1 > _ROWS_LIMIT:
                break
            page.add(line)
            shown += 1
        if shown < len(result.errors):
            page.add("", f"_{len(result.errors) - shown} more unreadable input(s) left out._")
    else:
        page.add("None: every input was read.")
    page.add("")
    return page.text()


def write_markdown(
    result: CheckResult,
    path: str | Path,
    *,
    fail_on: FailOn = FailOn.WARNING,
    title: str | None = None,
) -> Path:
    """Write :func:`render_markdown`'s text to ``path`` (UTF-8) and return the path.

    Raises:
        OSError: if the file cannot be written.

    Example:
        >>> write_markdown(result, "report.md")  # doctest: +SKIP
        PosixPath('report.md')
    """
    target = Path(path)
    target.write_text(render_markdown(result, fail_on=fail_on, title=title), encoding="utf-8")
    return target
