"""Grouping figures by key and counting the independent sources that agree or disagree.

Independence is about who originated a figure, not who carried it: a figure's
source is the ``source_id`` of the claim it sits in (the person or body quoted,
or the delivering agency when the agency itself says it), so Zelensky's number
relayed by AFP and by AP is one source, and two agencies quoting the same
ministry are one source. Work is per (group, source, interval), deduplicated
first, so a number relayed by a hundred stories costs one row.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from provenance.matching._keys import MatchSettings, matching_keys

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MATCH_COLUMNS", "STATUS_COLUMNS", "MatchStatus", "group_status", "match_figures"]


class MatchStatus(StrEnum):
    """What the feed says about one figure."""

    CORROBORATED = "corroborated"  # another independent source agrees, none disagrees
    SINGLE_SOURCE = "single_source"  # only its own source gives this quantity
    CONTRADICTED = "contradicted"  # an independent source gives a value outside its interval
    UNVERIFIED = "unverified"  # cannot be matched: no unit, date, place or event; not a quantity


MATCH_COLUMNS = (
    "figure_id",
    "group_id",
    "status",
    "agreeing_sources",
    "disagreeing_sources",
    "kind",
    "unit_key",
    "places",
    "events",
    "window_start",
    "low",
    "high",
)
_CELL = ["group_id", "source_id", "low", "high"]
#: What :func:`group_status` gives per figure.
STATUS_COLUMNS = ("status", "agreeing_sources", "disagreeing_sources")


def match_figures(
    figures: pd.DataFrame,
    claims: pd.DataFrame,
    sources: pd.DataFrame,
    articles: pd.DataFrame,
    settings: MatchSettings | None = None,
) -> pd.DataFrame:
    """Group figures about the same quantity and say, per figure, who agrees and who does not.

    One row per figure, in the order of ``figures``, with :data:`MATCH_COLUMNS`:
    ``group_id`` (a hash of the matching key, missing when unmatchable),
    ``status`` (a :class:`MatchStatus` value), ``agreeing_sources`` (independent
    sources whose figure in the group overlaps this one's interval, its own
    source included) and ``disagreeing_sources`` (other independent sources
    with a figure in the group outside it), plus the key and the interval.

    The result for a figure depends only on the figures with its key, so the
    function gives the same rows when called on each part of any partition of
    the figures by ``group_id`` (see :func:`matching_keys`) and concatenated.
    ``sources`` is not read yet: independence is by ``source_id``; it is taken
    so that callers need not change when affiliations count.

    Example:
        >>> import provenance
        >>> t = provenance.extract("examples/afp_putin_trump_talks.txt")
        >>> m = match_figures(t.figures, t.claims, t.sources, t.articles)
        >>> m.loc[m["unit_key"] == "russian soldier", ["places", "status"]].values.tolist()
        [['Sumy', 'unverified']]

        The seed is plain text with no date, so none of its figures can be
        placed in a time window: all are ``unverified``.
    """
    del sources  # independence is by source_id (see the docstring)
    keys = matching_keys(figures, claims, articles, settings)
    keys["figure_id"] = figures["figure_id"].astype(object)
    keys["source_id"] = figures["source_id"].astype(object)
    found = group_status(keys[_CELL])
    for column in STATUS_COLUMNS:
        keys[column] = found[column]
    return keys[list(MATCH_COLUMNS)]


def group_status(cells: pd.DataFrame) -> pd.DataFrame:
    """Per figure, what the other figures of its group say: the counting step of matching.

    ``cells`` has one row per figure with ``group_id`` (missing: unmatchable),
    ``source_id``, ``low`` and ``high``; the result has the same index with
    ``status``, ``agreeing_sources`` and ``disagreeing_sources``. A row's result
    depends only on the rows of its group, so the ledger calls this on the
    figures of the groups an ingest touched, not on the whole ledger.

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame({"group_id": ["g", "g", "g", None],
        ...     "source_id": ["zelensky", "zelensky", "staff", "x"],
        ...     "low": [47700.0, 47700.0, 30000.0, 1.0], "high": [58300.0, 58300.0, 30000.0, 1.0]})
        >>> group_status(cells)["status"].tolist()
        ['contradicted', 'contradicted', 'contradicted', 'unverified']
    """
    import pandas as pd

    keys = cells[_CELL]
    unique = keys.loc[keys["group_id"].notna()].drop_duplicates()
    pairs = unique.merge(unique, on="group_id", suffixes=("", "_o"))
    pairs = pairs[pairs["source_id"] != pairs["source_id_o"]]
    agree = (pairs["low"] <= pairs["high_o"]) & (pairs["low_o"] <= pairs["high"])
    counts = pd.DataFrame(
        {
            "agree_n": _distinct_others(pairs[agree]),
            "disagree_n": _distinct_others(pairs[~agree]),
        }
    )
    counts = counts.fillna(0).reset_index()
    merged = (
        keys.merge(counts, on=_CELL, how="left")
        if len(counts)
        else keys.assign(agree_n=0, disagree_n=0)
    )
    merged.index = keys.index
    matched = keys["group_id"].notna()
    agreeing = (merged["agree_n"].fillna(0).astype("int64") + 1).where(matched, 0)
    disagreeing = merged["disagree_n"].fillna(0).astype("int64").where(matched, 0)
    status = pd.Series(MatchStatus.SINGLE_SOURCE.value, index=keys.index, dtype=object)
    status = status.mask(agreeing >= 2, MatchStatus.CORROBORATED.value)
    status = status.mask(disagreeing > 0, MatchStatus.CONTRADICTED.value)
    status = status.mask(~matched, MatchStatus.UNVERIFIED.value)
    return pd.DataFrame(
        {
            "status": status,
            "agreeing_sources": agreeing.astype("Int64").where(matched),
            "disagreeing_sources": disagreeing.astype("Int64").where(matched),
        },
        index=keys.index,
    )


def _distinct_others(pairs: pd.DataFrame) -> pd.Series:
    """Per (group, source, interval): how many other sources are in ``pairs`` with it."""
    once = pairs[[*_CELL, "source_id_o"]].drop_duplicates()
    return once.groupby(_CELL, sort=False, dropna=False).size()
