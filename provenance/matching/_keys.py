"""The matching key of each figure, and the interval of values it allows.

The key is what two figures must share to be about the same quantity: the value
kind, the counted unit (lemmatized), the places and event words of the claim the
figure sits in, and the article's time window. Everything in it is compared by
equality, so the key can be hashed and shuffled on: figures with different keys
never meet. Work on text is done once per distinct unit or claim text, not per
figure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from provenance.enums import FigureKind
from provenance.ids import stable_id
from provenance.lexicon.matching import MatchLexicon, match_lexicon

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["KEY_COLUMNS", "MatchSettings", "article_dates", "matching_keys"]

_QUANTITIES = frozenset(
    {
        FigureKind.CARDINAL,
        FigureKind.PERCENT,
        FigureKind.MONEY,
        FigureKind.VAGUE,
        FigureKind.MULTIPLE,  # "twice as many": matched as when it was a cardinal of "times"
    }
)
_EPOCH = "1970-01-05"  # a Monday: with 7-day windows, a window is a Monday-to-Sunday week (UTC)
_SEP = "\x1f"

KEY_COLUMNS = ("kind", "unit_key", "places", "events", "window_start")
"""The columns of the matching key, as :func:`matching_keys` returns them."""


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """How loosely figures match.

    ``tolerance`` is the relative half-width given to an approximate figure
    ("about 53,000" allows 47,700 to 58,300 at 0.1); exact figures allow only
    their own value. ``window_days`` is the width of the time windows articles
    are bucketed into, counted from Monday 1970-01-05 (UTC); figures in
    different windows never match, even a day apart across the edge.
    ``kinds`` are the figure kinds that are quantities worth matching.
    ``needs_place`` / ``needs_event``: a figure whose claim names no place / no
    event word is not matched (``unverified``): a bare "1.5 billion dlrs" or
    "30,000 people" in one week's feed is not one quantity, and grouping such
    figures would flag contradictions between unrelated numbers.
    """

    tolerance: float = 0.10
    window_days: int = 7
    needs_place: bool = True
    needs_event: bool = True
    kinds: frozenset[str] = field(default_factory=lambda: frozenset(str(k) for k in _QUANTITIES))


def matching_keys(
    figures: pd.DataFrame,
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    settings: MatchSettings | None = None,
) -> pd.DataFrame:
    """Per figure (same index and order): its key columns, ``group_id``, ``low`` and ``high``.

    ``group_id`` is ``"grp_"`` and 16 hex digits of the SHA-256 of the key, so
    the same key gets the same id in any run, process or partition; it is
    missing when the figure cannot be matched (not a quantity, no counted unit,
    no value, an article without a date, or a claim naming no place or no event;
    see :class:`MatchSettings`).

    Example:
        >>> import provenance
        >>> t = provenance.extract("examples/afp_putin_trump_talks.txt")
        >>> keys = matching_keys(t.figures, t.claims, t.articles)
        >>> keys.loc[keys["unit_key"] == "russian soldier", "kind"].tolist()
        ['cardinal']
    """
    import numpy as np
    import pandas as pd

    s = settings or MatchSettings()
    f = figures[["claim_id", "article_id", "value", "lower", "upper", "approximate", "kind"]]
    out = pd.DataFrame(index=figures.index)
    out["kind"] = figures["kind"].astype(object)
    lang = figures["language"].astype(object)
    unit = figures["unit"].astype(object)
    out["unit_key"] = _per_distinct(unit, lang, lambda lex, u: lex.unit_key(u) or None)
    text = f["claim_id"].map(claims.set_index("claim_id")["text"]).astype(object)
    around = _per_distinct(text, lang, _places_and_events).fillna(_SEP).astype(str)
    parts = around.str.extract(f"^([^{_SEP}]*){_SEP}(.*)$")  # keeps its columns when empty
    out["places"] = parts[0].astype(object)
    out["events"] = parts[1].astype(object)
    published = article_dates(f["article_id"], articles)
    width = pd.Timedelta(days=s.window_days)
    epoch = pd.Timestamp(_EPOCH, tz="UTC")
    bucket = (published - epoch) // width
    out["window_start"] = epoch + bucket * width
    low, high = _interval(f, s.tolerance)
    matchable = (
        out["kind"].isin(s.kinds)
        & out["unit_key"].notna()
        & out["window_start"].notna()
        & (low.notna() | high.notna())
        & ((out["places"] != "") | (not s.needs_place))
        & ((out["events"] != "") | (not s.needs_event))
    )
    key = (
        out["kind"].astype(str)
        + _SEP
        + out["unit_key"].astype(str)
        + _SEP
        + out["places"].fillna("").astype(str)
        + _SEP
        + out["events"].fillna("").astype(str)
        + _SEP
        + bucket.astype("Int64").astype(str)
    )
    codes, distinct = pd.factorize(key.where(matchable))
    ids = np.array([stable_id("grp", k) for k in distinct] + [None], dtype=object)
    out["group_id"] = pd.Series(ids[codes], index=out.index, dtype=object)
    out["low"] = low.astype("float64")
    out["high"] = high.astype("float64")
    return out


def article_dates(article_ids: pd.Series, articles: pd.DataFrame) -> pd.Series:
    """The ``published`` instant (UTC) of each row's article; missing when unknown.

    Also when ``articles`` has no rows: pandas 3.1 cannot map through an empty
    datetime Series (``TypeError: Cannot cast DatetimeArray to dtype float64``),
    and an engine's partition may hold no article.

    Example:
        >>> import pandas as pd
        >>> articles = pd.DataFrame({"article_id": ["a"],
        ...     "published": pd.to_datetime(["2025-08-19"], utc=True)})
        >>> article_dates(pd.Series(["a", "b"]), articles).isna().tolist()
        [False, True]
    """
    import pandas as pd

    if not len(articles):
        return pd.Series(pd.NaT, index=article_ids.index, dtype="datetime64[us, UTC]")
    dates = article_ids.map(articles.set_index("article_id")["published"])
    return pd.to_datetime(dates, utc=True)


def _places_and_events(lex: MatchLexicon, text: str) -> str:
    """The places and events of a claim, in one string (split again by the caller)."""
    return " | ".join(lex.places_of(text)) + _SEP + " | ".join(lex.events_of(text))


def _per_distinct(
    values: pd.Series, lang: pd.Series, fn: Callable[[MatchLexicon, str], str | None]
) -> pd.Series:
    """``fn(lexicon, value)`` once per distinct (language, value); missing is ``None``.

    One missing value, as in ``group_id``, so every engine's key columns compare equal.
    """
    import pandas as pd

    pairs = pd.DataFrame({"lang": lang.fillna("und"), "v": values})
    done = pairs.dropna().drop_duplicates()
    results = [fn(match_lexicon(la), v) for la, v in zip(done["lang"], done["v"], strict=True)]
    table = done.assign(r=pd.Series(results, index=done.index, dtype=object))
    merged = pairs.merge(table, on=["lang", "v"], how="left")
    out = pd.Series(merged["r"].to_numpy(dtype=object), index=values.index, dtype=object)
    return out.where(out.notna(), None)


def _interval(f: pd.DataFrame, tolerance: float) -> tuple[pd.Series, pd.Series]:
    """The values a figure allows: a point, a range, a bound, widened when approximate.

    An exact count is ``[v, v]``; "about v" is ``v`` widened by ``tolerance`` on
    both sides; "more than v" is ``[v, inf)``, "up to v" is ``(-inf, v]``;
    "nearly v" / "just over v" (approximate bounds) are ``[v - tol, v]`` and
    ``[v, v + tol]``; a vague figure ("thousands") keeps its open bound.
    """
    import numpy as np

    value = f["value"].astype("float64")
    lower = f["lower"].astype("float64")
    upper = f["upper"].astype("float64")
    approx = f["approximate"].astype("boolean").fillna(False).astype(bool)
    vague = f["kind"].astype(str) == str(FigureKind.VAGUE)
    point = lower.isna() & upper.isna()
    low = lower.where(~point, value)
    high = upper.where(~point, value)
    lower_only = lower.notna() & upper.isna()
    upper_only = upper.notna() & lower.isna()
    bound_approx = approx & ~vague
    high = high.mask(lower_only, (lower + lower.abs() * tolerance).where(bound_approx, np.inf))
    low = low.mask(upper_only, (upper - upper.abs() * tolerance).where(bound_approx, -np.inf))
    widen = approx & ~vague & ~lower_only & ~upper_only
    low = low.mask(widen, low - low.abs() * tolerance)
    high = high.mask(widen, high + high.abs() * tolerance)
    return low, high
