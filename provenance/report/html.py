"""The self-contained HTML report: one file, inline CSS and SVG, nothing fetched.

jinja2 renders it with ``autoescape=True``, so every string from the data
(headlines, claims, source names, messages) is escaped; the only markup built
outside the template is the figure ``<mark>`` (built after escaping, see
:mod:`provenance.report._view`) and matplotlib's SVG.

Two more defences, for a page people open from untrusted feeds:

- a Content-Security-Policy in a ``<meta>`` tag: nothing may load (``default-src
  'none'``), the one ``<style>`` element applies and the one ``<script>`` (the
  findings table's search and sort, ours, inline) runs only because their SHA-256
  are in the policy (computed at render time): an injected script cannot run.
  The page and the charts carry no ``style`` attribute: an injected one would not
  apply. Without JavaScript the findings table is a plain table;
- every string from an article sits in a ``<bdi>`` element with its bidi
  embeddings closed, so a right-to-left override in a source name or headline
  reorders nothing around it.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.enums import FailOn
from provenance.report._data import as_text, severity_rank, summarize, xml_safe
from provenance.report._text import balance_bidi

if TYPE_CHECKING:
    from collections.abc import Sequence

    import jinja2
    import pandas as pd
    from markupsafe import Markup

    from provenance.findings import CheckResult

__all__ = ["content_security_policy", "isolate", "render_html", "write_html"]

_DEFAULT_TITLE = "Provenance report"
# No fetch of any kind, no script, no plugin, no <base>, no form target; styles only
# by hash. (frame-ancestors and report-uri are ignored in a <meta> policy.)
_POLICY = (
    "default-src 'none'; style-src {hashes}; img-src data:; base-uri 'none'; form-action 'none'"
)
_SCRIPT_POLICY = "; script-src {hashes}"


def isolate(value: object) -> Markup:
    """``value`` escaped inside a ``<bdi>``, its bidi embeddings closed.

    The template's ``iso`` filter: every string that comes from an article goes
    through it, so its direction is its own and it cannot reorder the page.

    Example:
        >>> str(isolate("\u202eevil <b>"))
        '<bdi>\u202eevil &lt;b&gt;\u202c</bdi>'
    """
    from markupsafe import Markup, escape

    if isinstance(value, Markup):  # already escaped markup (a claim with its figure marked)
        inner = Markup(balance_bidi(str(value)))
    else:
        inner = escape(balance_bidi(str(value)))
    return Markup("<bdi>") + inner + Markup("</bdi>")


def _hashes(contents: Sequence[str]) -> str:
    digests = (
        base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
        for text in contents
    )
    return " ".join(f"'sha256-{d}'" for d in digests) or "'none'"


def content_security_policy(styles: list[str], scripts: Sequence[str] = ()) -> str:
    """The page's policy, allowing exactly the ``<style>`` contents ``styles``.

    With ``scripts``, exactly those ``<script>`` contents may run too (no other
    script, no event handler attribute, no ``javascript:`` URL).

    Example:
        >>> content_security_policy(["p{}"]).split("; ")[:2]
        ["default-src 'none'", "style-src 'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='"]
    """
    policy = _POLICY.format(hashes=_hashes(styles))
    return policy + _SCRIPT_POLICY.format(hashes=_hashes(scripts)) if scripts else policy


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("provenance.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["iso"] = isolate
    return environment


@functools.cache
def _stylesheet() -> str:
    return resources.files("provenance.report").joinpath("templates/report.css").read_text("utf-8")


@functools.cache
def _script() -> str:
    return resources.files("provenance.report").joinpath("templates/report.js").read_text("utf-8")


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
    figure_groups: pd.DataFrame | None = None,
) -> str:
    """Render ``result`` as one self-contained HTML page.

    The page has the overall status against ``fail_on``, counts by severity and
    kind, up to three small charts, the figure trail (each group of figures
    about one quantity: who gave which value, when, through which agency, on a
    timeline), findings by source and by agency, a searchable, sortable table
    of all findings, the findings grouped by article (claim text with the figure
    marked, both sides of a contradiction), each article's photo credits and
    sources, the expectations that ran, and the unreadable inputs. Rendering the
    same result twice gives the same string.

    Args:
        result: what :func:`provenance.check` returned.
        fail_on: the lowest severity that makes the status "fail".
        title: the page title; defaults to "Provenance report".
        charts: set to ``False`` to leave out the charts (and matplotlib).
        figure_groups: the figure groups (``figure_id``, ``group_id``,
            ``status``, as :func:`provenance.matching.match_figures` gives
            them, e.g. read from the ledger); by default a ``group_id`` column
            of the figures table, else computed.

    Raises:
        jinja2.TemplateNotFound: if the package was installed without its templates.

    Example:
        >>> page = render_html(result, fail_on=FailOn.ERROR)  # doctest: +SKIP
        >>> page.startswith("<!DOCTYPE html>")  # doctest: +SKIP
        True
    """
    from markupsafe import Markup

    from provenance.report._timeline import render_timeline
    from provenance.report._trail import build_trail, finding_context, tally
    from provenance.report._view import build_articles
    from provenance.report.charts import render_charts

    summary = summarize(result, fail_on)
    articles = build_articles(result)
    drawn = render_charts(result) if charts else []
    trails, trails_total = build_trail(result, figure_groups)
    if charts:
        for number, trail in enumerate(trails, 1):
            trail.chart = render_timeline(trail, f"trail{number}")
    css = (
        _stylesheet()
        + "".join(chart.css for chart in drawn)
        + "".join(t.chart.css for t in trails if t.chart)
    )
    found = finding_context(result)
    script = _script()
    context = {
        "title": title or _DEFAULT_TITLE,
        "csp": content_security_policy([css], [script]),
        "css": Markup(css),
        "script": Markup(script),
        "summary": summary,
        "charts": drawn,
        "trails": trails,
        "trails_total": trails_total,
        "by_source": tally(found, 1),
        "by_agency": tally(found, 2),
        "all_findings": sorted(found, key=lambda f: severity_rank(as_text(f[0], "severity"))),
        "rank": severity_rank,
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
    page = _environment().get_template("report.html.j2").render(context)
    # Characters no HTML file should carry (NUL, most C0 controls) and unpaired
    # surrogates (which UTF-8 cannot encode) never come from the template or the CSS.
    return xml_safe(page)


def write_html(
    result: CheckResult,
    path: str | Path,
    *,
    fail_on: FailOn = FailOn.WARNING,
    title: str | None = None,
    charts: bool = True,
    figure_groups: pd.DataFrame | None = None,
) -> Path:
    """Write :func:`render_html`'s page to ``path`` (UTF-8) and return the path.

    Raises:
        OSError: if the file cannot be written.

    Example:
        >>> write_html(result, "report.html")  # doctest: +SKIP
        PosixPath('report.html')
    """
    target = Path(path)
    page = render_html(
        result, fail_on=fail_on, title=title, charts=charts, figure_groups=figure_groups
    )
    target.write_text(page, encoding="utf-8")
    return target
