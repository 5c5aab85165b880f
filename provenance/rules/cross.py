"""Cross-article rules: the columns the ledger's suites check, computed from stored matches.

Pure and vectorized, like the other rules: they read the ledger's figures (with
the status columns an ingest stores) and the denial pairs of
:func:`provenance.matching.match_denials`, and return columns for the
``figures`` and ``claims`` views. The related claim of a finding is the first
(by id) contradicting claim, so the same ledger gives the same findings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["contradicting_claim", "denied_elsewhere", "is_single_source"]


def contradicting_claim(figures: pd.DataFrame) -> pd.Series:
    """Per figure (same index): the claim that contradicts it, on one figure per source pair.

    Two figures of a group (``group_id``) from different sources contradict each
    other when their intervals (``low``, ``high``) do not overlap. Each pair of
    disagreeing sources in a group is one contradiction, however many stories
    relay either figure: it is put on the latest figure of the two sources
    (``published``, then ``figure_id``), naming the earliest claim of the other
    source. Every other figure gets null.

    Example:
        >>> import pandas as pd
        >>> figures = pd.DataFrame({"figure_id": ["f1", "f2", "f3"],
        ...     "claim_id": ["c1", "c2", "c3"], "group_id": ["g"] * 3,
        ...     "source_id": ["zelensky", "zelensky", "staff"],
        ...     "published": pd.to_datetime(["2025-08-19", "2025-08-20", "2025-08-21"]),
        ...     "low": [47700.0, 47700.0, 30000.0], "high": [58300.0, 58300.0, 30000.0]})
        >>> contradicting_claim(figures).tolist()
        [None, None, 'c1']
    """
    import numpy as np
    import pandas as pd

    cols = ["figure_id", "claim_id", "group_id", "source_id", "published", "low", "high"]
    grouped = figures.loc[figures["group_id"].notna(), cols].assign(_row=lambda f: f.index)
    pairs = grouped.merge(grouped, on="group_id", suffixes=("", "_o"))
    apart = (pairs["source_id"] != pairs["source_id_o"]) & (
        (pairs["low"] > pairs["high_o"]) | (pairs["low_o"] > pairs["high"])
    )
    pairs = pairs[apart]
    pairs = pairs.assign(
        _a=np.minimum(pairs["source_id"].astype(str), pairs["source_id_o"].astype(str)),
        _b=np.maximum(pairs["source_id"].astype(str), pairs["source_id_o"].astype(str)),
    ).sort_values(
        ["published", "figure_id", "published_o", "figure_id_o"],
        ascending=[False, True, True, True],
        kind="stable",
        na_position="last",
    )
    first = pairs.drop_duplicates(["group_id", "_a", "_b"]).groupby("_row")["claim_id_o"].min()
    found = figures.index.to_series().map(first)
    out = pd.Series(found.tolist(), index=figures.index, dtype=object)
    return out.where(out.notna(), None)


def is_single_source(figures: pd.DataFrame) -> pd.Series:
    """Figures whose quantity only their own source gives in the ledger.

    Example:
        >>> import pandas as pd
        >>> is_single_source(pd.DataFrame({"status": ["single_source", "corroborated"]})).tolist()
        [True, False]
    """
    return (figures["status"] == "single_source").astype(bool)


def denied_elsewhere(claims: pd.DataFrame, pairs: pd.DataFrame) -> pd.Series:
    """Per claim (same index): the first denial of it in another article, from ``pairs``.

    ``pairs`` is :func:`provenance.matching.match_denials`'s result.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["c", "d"]})
        >>> pairs = pd.DataFrame({"claim_id": ["c"], "denial_claim_id": ["d"]})
        >>> denied_elsewhere(claims, pairs).tolist()
        ['d', None]
    """
    import pandas as pd

    first = pairs.groupby("claim_id")["denial_claim_id"].min()
    out = claims["claim_id"].map(first)
    return pd.Series(out.tolist(), index=claims.index, dtype=object).where(out.notna(), None)
