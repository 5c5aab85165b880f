"""Small inline-SVG charts for the HTML report, drawn with matplotlib's SVG backend.

matplotlib is imported inside :func:`render_charts` only. Output is
deterministic: each chart gets its own ``svg.hashsalt`` (so element ids are
stable and do not collide between charts inlined in one page) and no date is
written into the metadata. Text is kept as SVG ``<text>`` (``svg.fonttype:
none``), which keeps the files small and lets screen readers and search read
labels; matplotlib escapes it, and bidi controls are taken out of labels (an SVG
``<text>`` cannot be isolated the way HTML's ``<bdi>`` is).

The report's Content-Security-Policy allows no ``style`` attribute and only a
hashed ``<style>`` element, so each chart's ``style="..."`` attributes become
classes (``findings-s0``, ...) whose rules are returned in :attr:`Chart.css`,
for the page's one stylesheet.
"""

from __future__ import annotations

import contextlib
import html
import io
import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from provenance.enums import ClaimStatus, FindingKind, Severity
from provenance.report._data import as_text, records
from provenance.report._text import scrub, strip_bidi

if TYPE_CHECKING:
    from collections.abc import Iterator

    from provenance.findings import CheckResult

__all__ = ["Chart", "render_charts"]

SEVERITY_COLORS = {"error": "#b3261e", "warning": "#c77700", "info": "#2f6fb3"}
STATUS_COLORS = {
    "asserted": "#5b7083",
    "hedged": "#c77700",
    "unconfirmed": "#7b4fa3",
    "denied": "#b3261e",
}
_OTHER_COLOR = "#9aa5b1"
_MAX_SOURCES = 8
_LABEL_WIDTH = 22  # characters; at 10 pt even 22 wide glyphs leave room for the bars
_PROLOGUE = re.compile(r"\A.*?(?=<svg\b)", re.DOTALL)
_TAG = re.compile(r"<[^<>]+>")  # text content cannot match: matplotlib escapes "<" in it
_ID_REF = re.compile(r'(\sid="|url\(#|href="#)')
_STYLE_ELEMENT = re.compile(r"<style\b[^>]*>([^<]*)</style>")
_STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')
_UNSAFE_CSS = re.compile(r"[<>{}\\@]")  # a declaration list needs none of these


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart ready to inline.

    Attributes:
        key: a stable identifier (``"findings"``), also used as the hash salt.
        title: the caption.
        description: a text alternative for screen readers.
        svg: the ``<svg>`` element, without XML prologue, ``style`` attributes or
            ``<style>`` element.
        css: the rules ``svg`` needs (its styles as classes prefixed with ``key``).
    """

    key: str
    title: str
    description: str
    svg: str
    css: str = ""


def _prefix_ids(tag: str, key: str) -> str:
    """Prefix ids and references to them in one SVG tag, so charts on one page never clash."""
    return _ID_REF.sub(lambda m: f"{m.group(1)}{key}-", tag)


class _Styles:
    """``style`` attributes of one chart turned into classes, in order of first use."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.classes: dict[str, str] = {}

    def tag(self, tag: str) -> str:
        """``tag`` with its ids prefixed and its ``style`` attribute made a class."""
        tag = _prefix_ids(tag, self.key)
        match = _STYLE_ATTRIBUTE.search(tag)
        if match is None:
            return tag
        declarations = html.unescape(match.group(1))
        if _UNSAFE_CSS.search(declarations):
            return tag[: match.start()] + tag[match.end() :]  # never from matplotlib: drop it
        name = self.classes.setdefault(declarations, f"{self.key}-s{len(self.classes)}")
        return f'{tag[: match.start()]} class="{name}"{tag[match.end() :]}'

    def css(self) -> str:
        return "".join(f"\n.{name} {{ {rules} }}" for rules, name in self.classes.items())


def _inline_free(svg: str, key: str) -> tuple[str, str]:
    """``svg`` without style attributes or elements, and the CSS that replaces them."""
    sheets = [match.group(1).strip() for match in _STYLE_ELEMENT.finditer(svg)]
    svg = _STYLE_ELEMENT.sub("", svg)
    styles = _Styles(key)
    svg = _TAG.sub(lambda m: styles.tag(m.group(0)), svg)
    # matplotlib's own sheet ("*{stroke-linejoin: round; ...}") is kept as it is: the
    # pattern that found it cannot match a "<", so it cannot close the page's <style>.
    return svg, "".join(f"\n{sheet}" for sheet in sheets) + styles.css()


def clean(text: str) -> str:
    """Text matplotlib can lay out: no surrogates (its font code rejects them), no bidi controls."""
    return " ".join(strip_bidi(scrub(text)).split())


def label(text: str) -> str:
    """``text`` cleaned and cut to fit a chart's axis."""
    text = clean(text)
    return text if len(text) <= _LABEL_WIDTH else text[: _LABEL_WIDTH - 1] + "…"


def _count(rows: list[dict[str, object]], key: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        value = as_text(row, key) or "unknown"
        counts[value] = counts.get(value, 0) + 1
    return counts


def _ordered(counts: dict[str, int], known: list[str]) -> list[str]:
    """Known categories first in their natural order, then the rest alphabetically."""
    return [k for k in known if k in counts] + sorted(k for k in counts if k not in known)


@contextlib.contextmanager
def drawing(key: str) -> Iterator[None]:
    """The settings every chart is drawn with: stable ids, text kept as text, no TeX."""
    import matplotlib as mpl

    with (
        mpl.rc_context(
            {
                "svg.hashsalt": f"provenance-report-{key}",
                "svg.fonttype": "none",
                "text.parse_math": False,  # "$" in a source name is text, not TeX
                "font.family": "sans-serif",
                "font.size": 10,
                "axes.edgecolor": "#52606d",
                "axes.labelcolor": "#1f2933",
                "xtick.color": "#1f2933",
                "ytick.color": "#1f2933",
            }
        ),
        warnings.catch_warnings(),
    ):
        # Missing glyphs only matter to matplotlib's layout: the browser draws the text.
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing", category=UserWarning)
        # Pathological labels can defeat the layout engine; the chart is still drawn.
        warnings.filterwarnings(
            "ignore", message="constrained_layout not applied", category=UserWarning
        )
        yield


def finish(figure: Any, key: str, description: str) -> tuple[str, str]:
    """``figure`` as an inline ``<svg>`` (inside :func:`drawing`) and the CSS it needs."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg, css = _inline_free(_PROLOGUE.sub("", buffer.getvalue()), key)
    label = html.escape(strip_bidi(description), quote=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" focusable="false" ', 1), css


def _stacked(
    ylabels: list[str],
    series: list[tuple[str, list[int], str]],
    *,
    key: str,
    xlabel: str,
    description: str,
) -> tuple[str, str]:
    """A horizontal stacked bar chart: the SVG string and the CSS it needs."""
    # A bare Figure (no pyplot) renders through the SVG backend without touching
    # the process-wide backend or any GUI.
    from matplotlib.figure import Figure

    with drawing(key):
        height = 1.1 + 0.3 * len(ylabels)
        figure = Figure(figsize=(4.8, height), layout="constrained")
        axes: Any = figure.subplots()
        positions = list(range(len(ylabels)))
        left = [0] * len(ylabels)
        for name, values, color in series:
            if not any(values):
                continue
            axes.barh(positions, values, left=left, color=color, label=clean(name), height=0.6)
            left = [a + b for a, b in zip(left, values, strict=True)]
        axes.set_yticks(positions, [label(y) for y in ylabels])
        axes.set_ylim(len(ylabels) - 0.4, -0.6)  # top to bottom, same bar size for any count
        axes.set_xlabel(clean(xlabel))
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="x", color="#d9e2ec", linewidth=0.6)
        axes.set_axisbelow(True)
        shown = len([s for s in series if any(s[1])])
        if shown > 1:
            axes.legend(
                frameon=False,
                fontsize=9,
                loc="lower left",
                bbox_to_anchor=(0, 1.0),
                ncols=shown if shown <= 3 else 2,
                handlelength=1,
                columnspacing=1,
                borderaxespad=0.2,
            )
        return finish(figure, key, description)


def _findings_chart(result: CheckResult) -> Chart | None:
    rows = records(result.findings)
    if not rows:
        return None
    kinds = _ordered(_count(rows, "kind"), [k.value for k in FindingKind])
    severities = _ordered(_count(rows, "severity"), [s.value for s in Severity])
    series = []
    for severity in severities:
        values = [
            sum(1 for r in rows if as_text(r, "kind") == k and as_text(r, "severity") == severity)
            for k in kinds
        ]
        series.append((severity, values, SEVERITY_COLORS.get(severity, _OTHER_COLOR)))
    counts = "; ".join(f"{k}: {sum(1 for r in rows if as_text(r, 'kind') == k)}" for k in kinds)
    description = f"Findings by kind — {counts}."
    svg, css = _stacked(kinds, series, key="findings", xlabel="findings", description=description)
    return Chart(
        key="findings",
        title="Findings by kind and severity",
        description=description,
        svg=svg,
        css=css,
    )


def _claims_chart(result: CheckResult) -> Chart | None:
    claims = records(result.tables.claims)
    if not claims:
        return None
    names = {
        sid: as_text(row, "name") or sid
        for row in records(result.tables.sources)
        if (sid := as_text(row, "source_id"))
    }

    def who(claim: dict[str, object]) -> str:
        sid = as_text(claim, "source_id")
        if sid is not None:
            return names.get(sid, sid)
        return as_text(claim, "source_text") or "narrator"

    per_source = _count([{"who": who(c)} for c in claims], "who")
    top = sorted(per_source, key=lambda s: (-per_source[s], s))[:_MAX_SOURCES]
    statuses = _ordered(_count(claims, "status"), [s.value for s in ClaimStatus])
    series = [
        (
            status,
            [sum(1 for c in claims if who(c) == s and as_text(c, "status") == status) for s in top],
            STATUS_COLORS.get(status, _OTHER_COLOR),
        )
        for status in statuses
    ]
    more = len(per_source) - len(top)
    title = "Claims by status, per source"
    if more > 0:
        title += f" (top {len(top)} of {len(per_source)} sources)"
    counts = "; ".join(f"{s}: {per_source[s]} claims" for s in top)
    description = f"Claims per source — {counts}."
    svg, css = _stacked(top, series, key="claims", xlabel="claims", description=description)
    return Chart(
        key="claims",
        title=title,
        description=description,
        svg=svg,
        css=css,
    )


def _figures_chart(result: CheckResult) -> Chart | None:
    figures = records(result.tables.figures)
    if not figures:
        return None
    counts = _count(figures, "kind")
    kinds = sorted(counts, key=lambda k: (-counts[k], k))
    description = "Figures by kind — " + "; ".join(f"{k}: {counts[k]}" for k in kinds) + "."
    series = [("figures", [counts[k] for k in kinds], "#3e7c6b")]
    svg, css = _stacked(kinds, series, key="figures", xlabel="numbers", description=description)
    return Chart(
        key="figures",
        title="Numbers in the text, by kind",
        description=description,
        svg=svg,
        css=css,
    )


def render_charts(result: CheckResult) -> list[Chart]:
    """The report's charts for ``result``, skipping those with nothing to show.

    Example:
        >>> [c.key for c in render_charts(result)]  # doctest: +SKIP
        ['findings', 'claims', 'figures']
    """
    charts = (_findings_chart(result), _claims_chart(result), _figures_chart(result))
    return [chart for chart in charts if chart is not None]
