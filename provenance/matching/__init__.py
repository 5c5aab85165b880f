"""Figures matched across articles: the pure, vectorized core of the ledger's figure grouping.

:func:`match_figures` takes the figures, claims, sources and articles tables
(pandas in, pandas out) and gives each figure a ``group_id`` (a hash of its
matching key), a :class:`MatchStatus` and the counts of independent sources
that agree and disagree with it. :func:`matching_keys` gives the key alone,
for engines that shuffle on it before calling :func:`match_figures` per part.
:func:`match_denials` pairs a claim with a denial of it in another article.

Importing this package imports no pandas; the functions do.
"""

from __future__ import annotations

from provenance.matching._denials import (
    DENIAL_COLUMNS,
    DenialSettings,
    denial_cells,
    denial_keys,
    match_denials,
    pair_denials,
)
from provenance.matching._keys import KEY_COLUMNS, MatchSettings, article_dates, matching_keys
from provenance.matching._match import (
    MATCH_COLUMNS,
    STATUS_COLUMNS,
    MatchStatus,
    group_status,
    match_figures,
)

__all__ = [
    "DENIAL_COLUMNS",
    "KEY_COLUMNS",
    "MATCH_COLUMNS",
    "STATUS_COLUMNS",
    "DenialSettings",
    "MatchSettings",
    "MatchStatus",
    "article_dates",
    "denial_cells",
    "denial_keys",
    "group_status",
    "match_denials",
    "match_figures",
    "matching_keys",
    "pair_denials",
]
