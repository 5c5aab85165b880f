"""The Markdown report: a summary, the findings table and the unreadable inputs.

Meant for pull-request comments and CI summaries (GitHub-flavoured Markdown).
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
from typing import TYPE_CHECKING

from provenance.enums import FailOn
from provenance.report._data import Row, as_text, records, summarize
from provenance.report._text import balance_bidi, scrub

if TYPE_CHECKING:
    from provenance.findings import CheckResult

__all__ = ["escape_cell", "render_markdown", "write_markdown"]

_DEFAULT_TITLE = "Provenance report"
_COLUMNS = ("severity", "kind", "rule", "article_id", "claim_id", "figure_id")
_MAX_CLAIM = 200  # characters of claim text per cell

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


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(escape_cell(c) for c in row) + " |" for row in rows]
    return lines


def _evidence(result: CheckResult) -> dict[tuple[str, str], str]:
    """Claim and figure text by ``("claim_id", id)`` / ``("figure_id", id)``."""
    evidence: dict[tuple[str, str], str] = {}
    for key, frame in (("claim_id", result.tables.claims), ("figure_id", result.tables.figures)):
        for row in records(frame):
            ident, text = as_text(row, key), as_text(row, "text")
            if ident is not None and text is not None:
                if len(text) > _MAX_CLAIM:
                    text = text[: _MAX_CLAIM - 1] + "…"
                evidence[key, ident] = text
    return evidence


def _claim_cell(row: Row, evidence: dict[tuple[str, str], str]) -> str:
    for key in ("claim_id", "figure_id"):
        ident = as_text(row, key)
        if ident is not None and (key, ident) in evidence:
            return evidence[key, ident]
    return ""


def render_markdown(
    result: CheckResult, *, fail_on: FailOn = FailOn.WARNING, title: str | None = None
) -> str:
    """Render ``result`` as GitHub-flavoured Markdown.

    Args:
        result: what :func:`provenance.check` returned.
        fail_on: the lowest severity that makes the status "fail".
        title: the level-1 heading; defaults to "Provenance report".

    Example:
        >>> print(render_markdown(result).splitlines()[0])  # doctest: +SKIP
        # Provenance report
    """
    summary = summarize(result, fail_on)
    out = [f"# {escape_cell(title or _DEFAULT_TITLE)}", ""]
    verdict = "FAIL" if summary.failed else "PASS"
    out.append(
        f"**{verdict}** (fail on: `{fail_on.value}`): {summary.findings} finding(s), "
        f"{summary.reaching} at or above the threshold; "
        f"{summary.expectations_failed} of {summary.expectations} expectation(s) failed; "
        f"{summary.unreadable} unreadable input(s)."
    )
    out.append("")
    out += _table(["severity", "findings"], [[k, str(v)] for k, v in summary.by_severity.items()])
    out.append("")
    out += _table(["kind", "findings"], [[k, str(v)] for k, v in summary.by_kind.items()])
    out += ["", "## Findings", ""]
    rows = records(result.findings)
    if rows:
        evidence = _evidence(result)
        out += _table(
            [*_COLUMNS, "claim", "message"],
            [
                [
                    *(as_text(r, c) or "" for c in _COLUMNS),
                    _claim_cell(r, evidence),
                    as_text(r, "message") or "",
                ]
                for r in rows
            ],
        )
    else:
        out.append("No findings.")
    articles = records(result.tables.articles)
    if articles:
        counts: dict[str | None, int] = {}
        for r in rows:
            counts[as_text(r, "article_id")] = counts.get(as_text(r, "article_id"), 0) + 1
        out += ["", "## Articles", ""]
        out += _table(
            ["article_id", "headline", "agency", "findings"],
            [
                [
                    as_text(a, "article_id") or "",
                    as_text(a, "headline") or "",
                    as_text(a, "agency") or "",
                    str(counts.get(as_text(a, "article_id"), 0)),
                ]
                for a in articles
            ],
        )
    failed = [o for o in result.outcomes if not o.success]
    if failed:
        out += ["", "## Failed expectations", ""]
        out += _table(
            ["suite", "rule", "severity", "unexpected", "rows", "error"],
            [
                [
                    o.suite,
                    o.rule,
                    o.severity.value,
                    str(o.unexpected_count),
                    str(o.element_count),
                    o.exception or "",
                ]
                for o in failed
            ],
        )
    out += ["", "## Unreadable inputs", ""]
    if result.errors:
        out += [f"- {escape_cell(str(e))}" for e in result.errors]
    else:
        out.append("None: every input was read.")
    out.append("")
    return "\n".join(out)


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
