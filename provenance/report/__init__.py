"""Report writers: one self-contained HTML page, Markdown, JSON and JUnit XML.

Each format has a ``render_*`` function returning a string and a ``write_*``
function writing it to a path. Importing this package is cheap: pandas,
jinja2 and matplotlib are imported only when a report is rendered.

Example:
    >>> from provenance.report import write_html
    >>> write_html(result, "report.html")  # doctest: +SKIP
    PosixPath('report.html')
"""

from __future__ import annotations

from provenance.report.html import render_html, write_html
from provenance.report.json_report import render_json, write_json
from provenance.report.junit import render_junit, write_junit
from provenance.report.markdown import render_markdown, write_markdown

__all__ = [
    "render_html",
    "render_json",
    "render_junit",
    "render_markdown",
    "write_html",
    "write_json",
    "write_junit",
    "write_markdown",
]
