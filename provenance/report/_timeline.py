"""A figure trail's timeline: each value given, when, coloured by who gave it.

Drawn with matplotlib like the report's other charts (same settings, same
style-attribute-free SVG). A figure with a range or a bound is a vertical bar
over its interval (open ends clipped to the values shown); undated figures are
left out of the chart and listed in the trail's table.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from provenance.report.charts import Chart, clean, drawing, finish, label

if TYPE_CHECKING:
    from provenance.report._trail import TrailGroup

__all__ = ["render_timeline"]

_PALETTE = ("#2f6fb3", "#b3261e", "#3e7c6b", "#c77700", "#7b4fa3", "#5b7083", "#a0527c", "#1e5e2f")
_OTHER = "#9aa5b1"
_MIN_SPAN = timedelta(hours=6)


def _bounds(low: float | None, high: float | None) -> tuple[float, float] | None:
    finite = [v for v in (low, high) if v is not None and math.isfinite(v)]
    if not finite:
        return None
    return (
        low if low is not None and math.isfinite(low) else min(finite),
        high if high is not None and math.isfinite(high) else max(finite),
    )


def render_timeline(group: TrailGroup, key: str) -> Chart | None:
    """The timeline of ``group`` as a chart keyed ``key``, or None when nothing is dated.

    Example:
        >>> render_timeline(group, "trail-1").svg.startswith("<svg")  # doctest: +SKIP
        True
    """
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    points = [
        (e, b) for e in group.entries if e.published is not None and (b := _bounds(e.low, e.high))
    ]
    if not points:
        return None
    sources = list(dict.fromkeys(e.source for e, _ in points))
    colors = {s: _PALETTE[i] if i < len(_PALETTE) else _OTHER for i, s in enumerate(sources)}
    unit = clean(group.unit)
    description = f"Timeline of {unit}: " + "; ".join(
        f"{clean(e.source)} via {clean(e.agency)}, {e.when}: {clean(e.text)}" for e, _ in points
    )
    with drawing(key):
        figure = Figure(figsize=(4.8, 2.6), layout="constrained")
        axes: Any = figure.subplots()
        for source in sources:
            mine = [(e, b) for e, b in points if e.source == source]
            times = [e.published.replace(tzinfo=None) for e, _ in mine if e.published]
            lows = [b[0] for _, b in mine]
            highs = [b[1] for _, b in mine]
            middles = [(lo + hi) / 2 for lo, hi in zip(lows, highs, strict=True)]
            axes.vlines(times, lows, highs, color=colors[source], linewidth=3, alpha=0.5)
            axes.scatter(times, middles, color=colors[source], label=label(source), zorder=3, s=28)
        axes.set_ylabel(label(unit))
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", color="#d9e2ec", linewidth=0.6)
        axes.set_axisbelow(True)
        axes.margins(x=0.15, y=0.2)
        stamps = [e.published.replace(tzinfo=None) for e, _ in points if e.published]
        if max(stamps) - min(stamps) < _MIN_SPAN:  # one moment: give the date axis a range
            axes.set_xlim(min(stamps) - _MIN_SPAN, max(stamps) + _MIN_SPAN)
        locator = AutoDateLocator(maxticks=5)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        axes.legend(frameon=False, fontsize=8, loc="best", handlelength=1)
        svg, css = finish(figure, key, description)
    return Chart(
        key=key, title=f"{unit}: values over time", description=description, svg=svg, css=css
    )
