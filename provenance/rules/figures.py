"""Rules over figures: conflicting values for the same thing, and party-only sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.enums import FigureKind, SourceKind

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COMPARABLE_KINDS",
    "PARTY_ONLY_MIN_VALUE",
    "conflicting_claim",
    "is_party",
    "party_only",
    "unit_key",
]

#: Kinds whose values can be compared across sources.
COMPARABLE_KINDS = frozenset({FigureKind.CARDINAL, FigureKind.MONEY, FigureKind.PERCENT})

_PARTY_KINDS = frozenset({SourceKind.PERSON, SourceKind.GOVERNMENT, SourceKind.MILITARY})

#: Exact counts below this are references ("the two leaders"), not estimates to
#: corroborate; approximate figures ("about 5") are always checked.
PARTY_ONLY_MIN_VALUE = 10.0


def unit_key(figures: pd.DataFrame) -> pd.Series:
    """What a figure counts, normalized for comparison (null when not comparable).

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"unit": [" Russian Soldiers", None], "kind": ["cardinal"] * 2})
        >>> unit_key(f).tolist()
        ['russian soldiers', None]
    """
    comparable = figures["kind"].isin([k.value for k in COMPARABLE_KINDS])
    key = (
        figures["unit"]
        .astype("string")
        .str.strip()
        .str.lower()
        .str.replace(r"\s+", " ", regex=True)
    )
    return key.astype(object).where(comparable & key.notna() & (key != ""), None)


def is_party(sources: pd.DataFrame) -> pd.Series:
    """Sources that are a side in the story: people, governments, militaries with an affiliation."""
    kinds = [k.value for k in _PARTY_KINDS]
    return (sources["kind"].isin(kinds) & sources["affiliation"].notna()).astype(bool)


def conflicting_claim(figures: pd.DataFrame) -> pd.Series:
    """For each figure, the claim of another source giving a different value for the same thing.

    "The same thing" is the same article, kind and unit key. Null when there is none.
    """
    import pandas as pd

    f = figures.assign(_key=unit_key(figures))
    f = f[f["_key"].notna() & f["value"].notna()]
    other = f[["article_id", "_key", "kind", "source_id", "value", "claim_id", "start"]]
    pairs = f[["figure_id", "article_id", "_key", "kind", "source_id", "value"]].merge(
        other, on=["article_id", "_key", "kind"], suffixes=("", "_o")
    )
    pairs = pairs[
        (pairs["source_id"] != pairs["source_id_o"]) & (pairs["value"] != pairs["value_o"])
    ]
    # Several conflicting figures: name the first in the text, whatever the row order.
    pairs = pairs.sort_values(["start", "claim_id"], kind="stable")
    first = pairs.drop_duplicates("figure_id").set_index("figure_id")["claim_id"]
    out = figures["figure_id"].map(first)
    return pd.Series(out.tolist(), index=figures.index, dtype=object).where(out.notna(), None)


def party_only(figures: pd.DataFrame, sources: pd.DataFrame) -> pd.Series:
    """Figures whose only sources are parties to the story.

    A figure is corroborated when a source that is not a party, or a party of
    another side, gives the same value for the same unit key. Exact counts
    under :data:`PARTY_ONLY_MIN_VALUE` are not checked.
    """
    party = sources.assign(_party=is_party(sources)).set_index("source_id")
    f = figures.assign(
        _key=unit_key(figures),
        _party=figures["source_id"].map(party["_party"]).fillna(False).astype(bool),
        _side=figures["source_id"].map(party["affiliation"]),
    )
    comparable = f["_key"].notna() & f["value"].notna()
    same = f[comparable].merge(
        f.loc[comparable, ["_key", "value", "source_id", "_party", "_side"]],
        on=["_key", "value"],
        suffixes=("", "_o"),
    )
    independent = same[
        (same["source_id_o"] != same["source_id"])
        & (~same["_party_o"] | (same["_side_o"] != same["_side"]))
    ]
    corroborated = f["figure_id"].isin(independent["figure_id"])
    estimate = (f["value"].abs() >= PARTY_ONLY_MIN_VALUE) | f["approximate"].astype(bool)
    return (f["_party"] & comparable & estimate.fillna(False) & ~corroborated).astype(bool)
