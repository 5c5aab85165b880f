"""Rules over figures: conflicting values for the same thing, and party-only sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.enums import FigureKind, SourceKind

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COMPARABLE_KINDS",
    "CONFLICT_MAX_RATIO",
    "GENERIC_UNITS",
    "PARTY_ONLY_MIN_VALUE",
    "conflicting_claim",
    "is_party",
    "party_only",
    "unit_in_text",
    "unit_key",
]

#: Kinds whose values can be compared across sources.
COMPARABLE_KINDS = frozenset({FigureKind.CARDINAL, FigureKind.MONEY, FigureKind.PERCENT})

_PARTY_KINDS = frozenset({SourceKind.PERSON, SourceKind.GOVERNMENT, SourceKind.MILITARY})

#: Exact counts below this are references ("the two leaders"), not estimates to
#: corroborate; approximate figures ("about 5") are always checked.
PARTY_ONLY_MIN_VALUE = 10.0


#: Counted nouns too generic to say two figures count the same thing.
GENERIC_UNITS = frozenset({"times", "time", "per cent", "percent", "points", "point", "others"})


def unit_in_text(figures: pd.DataFrame) -> pd.Series:
    """Figures whose unit is written inside their own text ("30mph", "400m"): measures."""
    import pandas as pd

    flags = [
        isinstance(u, str) and u.lower() in str(t).lower()
        for t, u in zip(figures["text"], figures["unit"], strict=True)
    ]
    return pd.Series(flags, index=figures.index, dtype=bool)


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


#: Largest ratio between two values still read as rival counts of one thing:
#: 53,000 against 50,000 is a conflict; 677,000 copies against four million
#: copies is two different things.
CONFLICT_MAX_RATIO = 2.0


def conflicting_claim(figures: pd.DataFrame) -> pd.Series:
    """For each figure, the claim of another source giving a rival count of the same thing.

    "The same thing" is a cardinal figure in the same article counting the same
    unit key ("Russian soldiers"); "rival" means a different value within
    :data:`CONFLICT_MAX_RATIO` of it. Money, percentages, measures written
    into the number ("400m") and :data:`GENERIC_UNITS` are not compared: they
    say nothing about what is counted. Null when there is no rival.
    """
    import pandas as pd

    f = figures.assign(_key=unit_key(figures), _measure=unit_in_text(figures))
    f = f[
        f["_key"].notna()
        & ~f["_key"].isin(GENERIC_UNITS)
        & ~f["_measure"]
        & (f["value"] > 0)
        & (f["kind"] == FigureKind.CARDINAL.value)
    ]
    other = f[["article_id", "_key", "source_id", "value", "claim_id", "start"]]
    pairs = f[["figure_id", "article_id", "_key", "source_id", "value"]].merge(
        other, on=["article_id", "_key"], suffixes=("", "_o")
    )
    ratio = pairs[["value", "value_o"]].max(axis=1) / pairs[["value", "value_o"]].min(axis=1)
    pairs = pairs[
        (pairs["source_id"] != pairs["source_id_o"])
        & (pairs["value"] != pairs["value_o"])
        & (ratio <= CONFLICT_MAX_RATIO)
    ]
    # Several rivals: name the first in the text, whatever the row order.
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
    # Per (unit key, value): does a source that is not a party give it, and how
    # many sides do. A party's figure is corroborated by either (another side is
    # another source). Grouped, not self-joined: a value common across an
    # archive ("2 people") stays linear.
    c = f[comparable]
    by = [c["_key"], c["value"]]
    any_nonparty = (~c["_party"]).groupby(by).transform("any").astype(bool)
    n_sides = c["_side"].where(c["_party"]).groupby(by).transform("nunique")
    corroborated = (any_nonparty | (n_sides >= 2)).reindex(f.index, fill_value=False)
    estimate = (f["value"].abs() >= PARTY_ONLY_MIN_VALUE) | f["approximate"].astype(bool)
    return (f["_party"] & comparable & estimate.fillna(False) & ~corroborated).astype(bool)
