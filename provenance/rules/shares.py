"""Rival shares: two sources giving one proportion as percentages or fractions at odds.

"The union put turnout at 40%. The ministry said a third of workers had stopped work": a
share restated after a head that names what is counted ("put turnout at", ``restated_heads``)
or a fraction standing for the thing another source counted ("more than half had") gives
the same proportion as the nearest share of another source, and values that cannot both
hold are a conflict, one on each side, as rival counts are (:mod:`provenance.rules.figures`).
Percentages are never compared otherwise: "inflation was 5%" and "unemployment was 7%"
count two things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.enums import FigureKind
from provenance.rules.figures import (
    RESTATE_WINDOW,
    RESTATED_MAX_RATIO,
    restating_figures,
    value_bounds,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["conflicting_share", "share_percent"]


def share_percent(figures: pd.DataFrame) -> pd.Series:
    """Each figure's share in percent: a percentage as written, a fraction with no counted
    noun ("a third", "more than half") times 100; null for any other figure.

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"kind": ["percent", "cardinal", "cardinal"],
        ...     "value": [40.0, 0.5, 300.0], "unit": ["percent", None, "people"]})
        >>> share_percent(f).tolist()
        [40.0, 50.0, nan]
    """
    value = figures["value"].astype("float64")
    percent = figures["kind"] == FigureKind.PERCENT.value
    fraction = (
        (figures["kind"] == FigureKind.CARDINAL.value)
        & figures["unit"].isna()
        & (value > 0)
        & (value < 1)
    )
    return (value.where(percent) * 1.0).fillna(value.where(fraction) * 100.0)


def conflicting_share(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """For each share, the claim of another source giving a rival share of one proportion.

    A restated or elliptical share (see the module) is compared with the nearest share of
    another source in its article within :data:`RESTATE_WINDOW` characters; bounds and
    approximations are respected ("about a third" allows 30%) and values more than
    :data:`RESTATED_MAX_RATIO` apart are two things. Null when there is no rival.

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"figure_id": ["a", "b"], "article_id": ["x", "x"],
        ...     "claim_id": ["c1", "c2"], "source_id": ["union", "ministry"],
        ...     "start": [10, 40], "value": [40.0, 0.5], "unit": ["percent", None],
        ...     "kind": ["percent", "cardinal"], "approximate": [False, False],
        ...     "text": ["40%", "half"]})
        >>> c = pd.DataFrame({"claim_id": ["c1", "c2"], "start": [10, 40],
        ...     "text": ["turnout at 40%", "half did"], "cue": ["put", "said"]})
        >>> conflicting_share(f, c).tolist()
        ['c2', 'c1']
    """
    import pandas as pd

    out = pd.Series([None] * len(figures), index=figures.index, dtype=object)
    pct = share_percent(figures)
    shares = figures[pct.notna()]
    if claims is None or len(shares) < 2:
        return out
    lo, hi = value_bounds(shares)
    scale = pd.Series(100.0, index=shares.index).where(
        shares["kind"] != FigureKind.PERCENT.value, 1.0
    )
    s = shares.assign(_pct=pct[shares.index], _lo=lo * scale, _hi=hi * scale)
    led = restating_figures(s, claims)
    pairs: dict[object, str] = {}
    # in text order, whatever the row order: the first restatement names a share's rival
    for row in s[led.to_numpy(dtype=bool)].sort_values(["start", "figure_id"]).index:
        me = s.loc[row]
        other = s[(s["article_id"] == me["article_id"]) & (s["source_id"] != me["source_id"])]
        distance = (other["start"].astype("int64") - int(me["start"])).abs()
        close = other.assign(_d=distance)[distance <= RESTATE_WINDOW]
        if close.empty:
            continue
        # equally near shares before and after it: the earlier, whatever the row order
        near = close.sort_values(["_d", "start"], kind="stable").iloc[0]
        low, high = sorted((float(me["_pct"]), float(near["_pct"])))
        apart = me["_hi"] < near["_lo"] or near["_hi"] < me["_lo"]
        if apart and low > 0 and high / low <= RESTATED_MAX_RATIO:
            pairs.setdefault(row, str(near["claim_id"]))
            pairs.setdefault(near.name, str(me["claim_id"]))
    for row, claim in pairs.items():
        out.at[row] = claim
    return out
