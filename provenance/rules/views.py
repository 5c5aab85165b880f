"""The checked views: each table with the columns its rules compute.

The expectation suites run over these views, not the raw tables, so a suite
file only ever names built-in expectation types over plain columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.rules.claims import (
    answered_claim,
    contradicted_claim,
    is_charge,
    is_hedged,
    is_unconfirmed,
    is_uncontested_denial,
)
from provenance.rules.figures import COMPARABLE_KINDS, conflicting_claim, party_only
from provenance.rules.image_credits import metadata_mismatch

if TYPE_CHECKING:
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = ["VIEW_IDS", "cue_words", "quantity", "rule_views"]

#: The id column of each view: the subject of its findings.
VIEW_IDS: dict[str, str] = {
    "articles": "article_id",
    "photo_credits": "credit_id",
    "claims": "claim_id",
    "figures": "figure_id",
}


#: What a claim's source is said to do when the text gives no cue word.
_DEFAULT_CUES = {
    "asserted": "says",
    "hedged": "is reported, with hedging,",
    "denied": "denies",
    "unconfirmed": "has not confirmed",
}
#: Kinds whose unit reads after the number ("53,000 Russian soldiers");
#: money and percentages carry theirs in the text ("$5m", "24%").
_COUNTED = ("cardinal", "ordinal", "vague", "duration")


def _names(tables: Tables) -> pd.Series:
    return tables.sources.set_index("source_id")["name"]


def cue_words(claims: pd.DataFrame) -> pd.Series:
    """The cue as written, or a phrase for the status when the text has none."""
    return (
        claims["cue"]
        .astype(object)
        .where(claims["cue"].notna(), claims["status"].map(_DEFAULT_CUES))
    )


def quantity(figures: pd.DataFrame) -> pd.Series:
    """A figure as a reader would say it: its text, and the unit when that reads after it."""
    from provenance.rules.figures import unit_in_text

    with_unit = figures["kind"].isin(_COUNTED) & figures["unit"].notna() & ~unit_in_text(figures)
    joined = figures["text"].astype(str) + " " + figures["unit"].astype(str)
    return joined.where(with_unit, figures["text"].astype(str)).astype(object)


def rule_views(tables: Tables) -> dict[str, pd.DataFrame]:
    """Compute every rule column, returning one view per checked table.

    Example:
        >>> views = rule_views(tables)  # doctest: +SKIP
        >>> views["claims"]["hedged"].sum()  # doctest: +SKIP
        1
    """
    names = _names(tables)
    claims = tables.claims
    contradicted = contradicted_claim(claims)
    contradicted = contradicted.where(contradicted.notna(), answered_claim(claims, contradicted))
    kinds = claims["source_id"].map(tables.sources.set_index("source_id")["kind"])
    claim_view = claims.assign(
        source_name=claims["source_id"].map(names),
        cue_words=cue_words(claims),
        hedged=is_hedged(claims),
        unconfirmed=is_unconfirmed(claims),
        charge=is_charge(claims, kinds),
        denied=is_uncontested_denial(claims, contradicted),
        contradicted_claim_id=contradicted,
    )
    claim_text = claims.set_index("claim_id")["text"]
    claim_source = claim_view.set_index("claim_id")["source_name"]
    claim_view = claim_view.assign(
        related_text=claim_view["contradicted_claim_id"].map(claim_text),
        related_source=claim_view["contradicted_claim_id"].map(claim_source),
    )

    figures = tables.figures
    conflict = conflicting_claim(figures, claims)
    figure_view = figures.assign(
        source_name=figures["source_id"].map(names),
        quantity=quantity(figures),
        comparable=figures["kind"].isin([k.value for k in COMPARABLE_KINDS]),
        conflicting_claim_id=conflict,
        related_text=conflict.map(claim_text),
        related_source=conflict.map(claim_source),
        party_only=party_only(figures, tables.sources),
    )

    credits = tables.photo_credits
    credit_view = credits.assign(
        unnamed_supplier=credits["name"].isna().astype(bool),
        metadata_mismatch=metadata_mismatch(credits),
    )

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
