"""The self-contained HTML report: one file, inline CSS and SVG, nothing fetched.

jinja2 renders it with ``autoescape=True``, so every string from the data
(headlines, claims, source names, messages) is escaped; the only markup built
outside the template is the figure ``<mark>`` (built after escaping, see
:mod:`provenance.report._view`) and matplotlib's SVG.
"""

from __future__ import annotations

import functools
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.enums import FailOn
from provenance.report._data import as_text, summarize

if TYPE_CHECKING:
    import jinja2

    from provenance.findings import CheckResult

__all__ = ["render_html", "write_html"]

_DEFAULT_TITLE = "Provenance report"


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("provenance.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _version() -> str:
    try:
        return metadata.version("news-provenance")
    except metadata.PackageNotFoundError:
        return "unknown"


def render_html(
    result: CheckResult,
    *,
    fail_on: FailOn = FailOn.WARNING,
    title: str | None = None,
    charts: bool = True,
) -> str:
    """Render ``result`` as one self-contained HTML page.

    The page has the overall status against ``fail_on``, counts by severity and
    kind, up to three small charts, the findings grouped by article (claim text
    with the figure marked, both sides of a contradiction), each article's photo
    credits and sources, the expectations that ran, and the unreadable inputs.
    Rendering the same result twice gives the same string.

    Args:
        result: what :func:`provenance.check` returned.
        fail_on: the lowest severity that makes the status "fail".
        title: the page title; defaults to "Provenance report".
        charts: set to ``False`` to leave out the charts (and matplotlib).

    Raises:
        jinja2.TemplateNotFound: if the package was installed without its templates.

    Example:
        >>> page = render_html(result, fail_on=FailOn.ERROR)  # doctest: +SKIP
        >>> page.startswith("<!DOCTYPE html>")  # doctest: +SKIP
        True
    """
    from provenance.report._view import build_articles
    from provenance.report.charts import render_charts

    summary = summarize(result, fail_on)
    articles = build_articles(result)
    context = {
        "title": title or _DEFAULT_TITLE,
        "summary": summary,
        "charts": render_charts(result) if charts else [],
        "articles": articles,
        "with_findings": sum(1 for a in articles if a.findings),
        "outcomes": sorted(result.outcomes, key=lambda o: (o.success, o.suite, o.rule)),
        "errors": [
            {"message": str(e), "path": e.path, "reason": e.reason, "hint": e.hint}
            for e in result.errors
        ],
        "inputs": list(result.inputs),
        "version": _version(),
        "as_text": as_text,
    }
    return _environment().get_template("report.html.j2").render(context)


def write_html(
    result: CheckResult,
    path: str | Path,
    *,
    fail_on: FailOn = FailOn.WARNING,
    title: str | None = None,
    charts: bool = True,
) -> Path:
    """Write :func:`render_html`'s page to ``path`` (UTF-8) and return the path.

    Raises:
        OSError: if the file cannot be written.

    Example:
        >>> write_html(result, "report.html")  # doctest: +SKIP
        PosixPath('report.html')
    """
    target = Path(path)
    page = render_html(result, fail_on=fail_on, title=title, charts=charts)
    target.write_text(page, encoding="utf-8")
    return target
