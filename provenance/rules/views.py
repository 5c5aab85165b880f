"""The checked views: each table with the columns its rules compute.

The expectation suites run over these views, not the raw tables, so a suite
file only ever names built-in expectation types over plain columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.rules.claims import contradicted_claim, is_hedged, is_unconfirmed
from provenance.rules.figures import COMPARABLE_KINDS, conflicting_claim, party_only

if TYPE_CHECKING:
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = ["VIEW_IDS", "rule_views"]

#: The id column of each view: the subject of its findings.
VIEW_IDS: dict[str, str] = {
    "articles": "article_id",
    "photo_credits": "credit_id",
    "claims": "claim_id",
    "figures": "figure_id",
}


def _names(tables: Tables) -> pd.Series:
    return tables.sources.set_index("source_id")["name"]


def rule_views(tables: Tables) -> dict[str, pd.DataFrame]:
    """Compute every rule column, returning one view per checked table.

    Example:
        >>> views = rule_views(tables)  # doctest: +SKIP
        >>> views["claims"]["hedged"].sum()  # doctest: +SKIP
        1
    """
    names = _names(tables)
    claims = tables.claims
    claim_view = claims.assign(
        source_name=claims["source_id"].map(names),
        hedged=is_hedged(claims),
        unconfirmed=is_unconfirmed(claims),
        contradicted_claim_id=contradicted_claim(claims),
    )
    claim_text = claims.set_index("claim_id")["text"]
    claim_source = claim_view.set_index("claim_id")["source_name"]
    claim_view = claim_view.assign(
        related_text=claim_view["contradicted_claim_id"].map(claim_text),
        related_source=claim_view["contradicted_claim_id"].map(claim_source),
    )

    figures = tables.figures
    conflict = conflicting_claim(figures)
    figure_view = figures.assign(
        source_name=figures["source_id"].map(names),
        comparable=figures["kind"].isin([k.value for k in COMPARABLE_KINDS]),
        conflicting_claim_id=conflict,
        related_text=conflict.map(claim_text),
        related_source=conflict.map(claim_source),
        party_only=party_only(figures, tables.sources),
    )

    credits = tables.photo_credits
    credit_view = credits.assign(unnamed_supplier=credits["name"].isna().astype(bool))

    articles = tables.articles
    article_view = articles.drop(columns=["body", "published"]).assign(
        agency_unknown=articles["agency"].isna().astype(bool)
    )
    return {
        "articles": article_view,
        "photo_credits": credit_view,
        "claims": claim_view,
        "figures": figure_view,
    }
