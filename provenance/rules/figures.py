"""Rules over figures: conflicting values for the same thing, and party-only sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.enums import FigureKind, SourceKind

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COMPARABLE_KINDS",
    "CONFLICT_EVENT_MAX_RATIO",
    "CONFLICT_MAX_RATIO",
    "CONFLICT_TOLERANCE",
    "GENERIC_UNITS",
    "PARTY_ONLY_MIN_VALUE",
    "conflicting_claim",
    "counted_key",
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

#: Largest ratio when both figures' claims name the same event ("30 civilians were
#: killed" against "12 civilians were killed"): the sides of a war or a protest often
#: give counts of one event far apart.
CONFLICT_EVENT_MAX_RATIO = 5.0

#: Relative half-width of an approximate figure ("about 50,000") when rivals are
#: compared: "about 53,000" allows 50,000, "53,000" does not.
CONFLICT_TOLERANCE = 0.10


def counted_key(figures: pd.DataFrame) -> pd.Series:
    """What a figure counts, lemmatized in its language (null when not comparable).

    The unit goes through the matching lexicon of the figure's ``language``
    (English when the column is absent): plurals, stopwords and synonyms, so
    "30,000 troops" and "53,000 soldiers" count the same thing.

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"unit": ["Russian troops", "people", None], "kind": ["cardinal"] * 3})
        >>> counted_key(f).tolist()
        ['russian soldier', 'person', None]
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    key = unit_key(figures)
    lang = figures["language"] if "language" in figures else pd.Series("en", index=figures.index)
    pairs = list(zip(lang.astype(object).where(lang.notna(), None), key, strict=True))
    done: dict[tuple[object, object], str | None] = {}
    for la, k in dict.fromkeys(pairs):  # once per distinct (language, unit)
        lemmas = match_lexicon(la).unit_key(k) if isinstance(k, str) else ""
        done[(la, k)] = lemmas or None
    return pd.Series([done[p] for p in pairs], index=figures.index, dtype=object)


def _bounds(f: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The values each figure allows: exact, a bound ("more than 50") or widened ("about 50")."""
    import numpy as np
    import pandas as pd

    value = f["value"].astype("float64")
    nan = pd.Series(np.nan, index=f.index)
    lower = f["lower"].astype("float64") if "lower" in f else nan
    upper = f["upper"].astype("float64") if "upper" in f else nan
    approx = f["approximate"].fillna(False).astype(bool)
    bound = lower.notna() != upper.notna()  # one side given: the other is open
    width = (value.abs() * CONFLICT_TOLERANCE).where(approx, 0.0)
    lo = lower.where(lower.notna(), (value - width).where(~bound, -np.inf))
    hi = upper.where(upper.notna(), (value + width).where(~bound, np.inf))
    return lo, hi


def _events(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """The one event a figure's claim names ("were killed", "the toll"), else null."""
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    if claims is None or figures.empty:
        return pd.Series(None, index=figures.index, dtype=object)
    text = figures["claim_id"].map(claims.drop_duplicates("claim_id").set_index("claim_id")["text"])
    lang = figures["language"] if "language" in figures else pd.Series("en", index=figures.index)
    done: dict[tuple[object, object], str | None] = {}
    pairs = list(zip(lang.astype(object), text.astype(object), strict=True))
    for la, t in dict.fromkeys(pairs):
        found = (
            match_lexicon(la if isinstance(la, str) else None).events_of(t)
            if isinstance(t, str)
            else ()
        )
        done[(la, t)] = found[0] if len(found) == 1 else None
    return pd.Series([done[p] for p in pairs], index=figures.index, dtype=object)


def conflicting_claim(figures: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.Series:
    """For each figure, the claim of another source giving a rival count of the same thing.

    "The same thing" is a cardinal figure in the same article with the same
    counted unit (:func:`counted_key`: "Russian soldiers" and "Russian troops");
    with ``claims``, a figure with no unit whose claim names
    one event ("put the toll at 52") also counts what a figure of the same
    event counts ("40 people were killed"). "Rival" means values that cannot
    both hold (bounds and approximations respected: "at least 40" allows 52)
    within :data:`CONFLICT_MAX_RATIO` of each other. Money, percentages,
    measures written into the number ("400m") and :data:`GENERIC_UNITS` are not
    compared, nor counts whose claims name different events ("40 people were
    killed", "52 people were injured"). Null when there is no rival.

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"figure_id": ["a", "b"], "article_id": ["x", "x"],
        ...     "claim_id": ["c1", "c2"], "source_id": ["army", "rebels"], "start": [0, 50],
        ...     "value": [300.0, 200.0], "unit": ["fighters", "fighters"],
        ...     "kind": ["cardinal", "cardinal"], "approximate": [False, False],
        ...     "text": ["300", "200"]})
        >>> conflicting_claim(f).tolist()
        ['c2', 'c1']
    """
    import pandas as pd

    key = counted_key(figures)
    generic = unit_key(figures).isin(GENERIC_UNITS) | key.isin(GENERIC_UNITS)
    counts = (
        ~generic
        & ~unit_in_text(figures)
        & (figures["value"] > 0)
        & (figures["kind"] == FigureKind.CARDINAL.value)
    )
    mask = counts.fillna(False).astype(bool)
    f = figures[mask]
    lo, hi = _bounds(f)
    # The claim's event is read only for the counts: a few rows in a feed.
    f = f.assign(_key=key[mask], _event=_events(f, claims), _lo=lo, _hi=hi)
    f = f[f["_key"].notna() | f["_event"].notna()]
    cols = ["figure_id", "article_id", "source_id", "value", "claim_id", "start"]
    cols += ["_key", "_event", "_lo", "_hi"]
    keyed = f[f["_key"].notna()][cols].merge(
        f[f["_key"].notna()][cols], on=["article_id", "_key"], suffixes=("", "_o")
    )
    # "40 people were killed" and "52 people were injured" count two things.
    other_event = keyed["_event"].notna() & keyed["_event_o"].notna()
    keyed = keyed[~(other_event & (keyed["_event"] != keyed["_event_o"]))]
    evented = f[f["_event"].notna()][cols].merge(
        f[f["_event"].notna()][cols], on=["article_id", "_event"], suffixes=("", "_o")
    )
    evented = evented[evented["_key"].isna() | evented["_key_o"].isna()]
    evented = evented.assign(_event_o=evented["_event"])  # joined on it: one event
    parts = [p for p in (keyed, evented) if not p.empty]
    if not parts:
        return pd.Series([None] * len(figures), index=figures.index, dtype=object)
    pairs = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    ratio = pairs[["value", "value_o"]].max(axis=1) / pairs[["value", "value_o"]].min(axis=1)
    disjoint = (pairs["_hi"] < pairs["_lo_o"]) | (pairs["_hi_o"] < pairs["_lo"])
    same_event = pairs["_event"].notna() & (pairs["_event"] == pairs["_event_o"])
    pairs = pairs[
        (pairs["source_id"] != pairs["source_id_o"])
        & (pairs["value"] != pairs["value_o"])
        & disjoint
        & ((ratio <= CONFLICT_MAX_RATIO) | (same_event & (ratio <= CONFLICT_EVENT_MAX_RATIO)))
    ]
    # Several rivals: name the first in the text, whatever the row order.
    pairs = pairs.sort_values(["start_o", "claim_id_o"], kind="stable")
    first = pairs.drop_duplicates("figure_id").set_index("figure_id")["claim_id_o"]
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
