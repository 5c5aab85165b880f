"""Integrity rules: foreign keys, offsets and bounds across the tables.

Each rule is a pure function over dataframes that returns a boolean Series
marking the rows that *break* it (True = violation), indexed like its input.
They back both :func:`provenance.tables.validate.validate_tables` and the
``integrity`` expectation suite.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = [
    "FOREIGN_KEYS",
    "bad_bounds",
    "bad_offsets",
    "dangling",
    "integrity_violations",
]

#: (child table, child column, parent table, parent column); a null child value is allowed.
FOREIGN_KEYS: tuple[tuple[str, str, str, str], ...] = (
    ("photo_credits", "article_id", "articles", "article_id"),
    ("claims", "article_id", "articles", "article_id"),
    ("claims", "source_id", "sources", "source_id"),
    ("claims", "parent_claim_id", "claims", "claim_id"),
    ("figures", "article_id", "articles", "article_id"),
    ("figures", "claim_id", "claims", "claim_id"),
    ("figures", "source_id", "sources", "source_id"),
)


def dangling(child: pd.Series, parent: pd.Series) -> pd.Series:
    """Rows of ``child`` whose non-null key is missing from ``parent``.

    Example:
        >>> import pandas as pd
        >>> dangling(pd.Series(["a", "x", None]), pd.Series(["a"])).tolist()
        [False, True, False]
    """
    return child.notna() & ~child.isin(parent.dropna().unique())


def bad_offsets(spans: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Rows whose ``body[start:end]`` is not their ``text`` (or that point outside the body)."""
    bodies = articles.set_index("article_id")["body"]
    body = spans["article_id"].map(bodies)
    sliced = [
        b[s:e] if isinstance(b, str) else None
        for b, s, e in zip(body, spans["start"], spans["end"], strict=True)
    ]
    import pandas as pd

    return pd.Series(
        [got != want for got, want in zip(sliced, spans["text"], strict=True)],
        index=spans.index,
        dtype=bool,
    )


def bad_bounds(figures: pd.DataFrame) -> pd.Series:
    """Figures whose lower bound exceeds the upper, or whose value lies outside them."""
    lower, upper, value = figures["lower"], figures["upper"], figures["value"]
    crossed = (lower > upper).fillna(False)
    below = (value < lower).fillna(False)
    above = (value > upper).fillna(False)
    return (crossed | below | above).astype(bool)


def integrity_violations(tables: Tables) -> list[tuple[str, str, int, str]]:
    """Every integrity violation as ``(table, column, row position, what)``.

    An empty list means the tables are consistent.
    """
    found: list[tuple[str, str, int, str]] = []
    frames = dict(tables.items())

    def record(table: str, column: str, mask: pd.Series, what: str) -> None:
        positions = [i for i, bad in enumerate(mask.tolist()) if bad]
        found.extend((table, column, i, what) for i in positions)

    for child, column, parent, key in FOREIGN_KEYS:
        mask = dangling(frames[child][column], frames[parent][key])
        record(child, column, mask, f"{column} not in {parent}.{key}")
    for table in ("claims", "figures"):
        df = frames[table]
        record(table, "start", df["start"] > df["end"], "start after end")
        record(table, "text", bad_offsets(df, tables.articles), "body[start:end] != text")
    record("figures", "lower", bad_bounds(tables.figures), "value outside [lower, upper]")
    return found
