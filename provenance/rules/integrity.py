"""Integrity rules: foreign keys, offsets and bounds across the tables.

Each rule is a pure function over dataframes that returns a boolean Series
marking the rows that *break* it (True = violation), indexed like its input.
They back both :func:`provenance.tables.validate.validate_tables` and the
``integrity`` expectation suite.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    return _dangling_in(child, parent.dropna().unique())


def _dangling_in(child: pd.Series, keys: Any) -> pd.Series:
    """Rows of ``child`` whose non-null key is not one of ``keys`` (the parent's, without nulls)."""
    return child.notna() & ~child.isin(keys)


def _key_set(parent: pd.Series) -> set[object] | None:
    """The parent's non-null keys as a set; None when a key cannot be hashed."""
    try:
        found = set(_plain(parent).tolist())
    except TypeError:  # an unhashable cell: left to the masks, which say what they say
        return None
    found.discard(None)
    return found


def _none_dangle(child: pd.Series, keys: set[object] | None) -> bool:
    """True only if no row of ``child`` dangles: each non-null key is one of ``keys``.

    A set test over the distinct keys instead of the mask of :func:`_dangling_in` (two
    hash tables and a null scan per key column): both compare keys by hash and
    equality, and a null (None once taken out) never dangles. False means some row may
    dangle (or a key cannot be hashed): the mask is then computed and tells which.

    Example:
        >>> import pandas as pd
        >>> _none_dangle(pd.Series(["a", None]), {"a"}), _none_dangle(pd.Series(["x"]), {"a"})
        (True, False)
    """
    if keys is None:
        return False
    try:
        found = set(_plain(child).tolist())
    except TypeError:
        return False
    found.discard(None)
    return found <= keys


def bad_offsets(spans: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Rows whose ``body[start:end]`` is not their ``text`` (or that point outside the body).

    Columnar: the four columns are taken out once as plain arrays and compared
    in one pass (no pandas element access per row); rows whose length already
    disagrees are flagged without slicing.

    Example:
        >>> import pandas as pd
        >>> arts = pd.DataFrame({"article_id": ["a"], "body": ["Up 5 pct."]})
        >>> spans = pd.DataFrame(
        ...     {"article_id": ["a", "a"], "start": [3, 0], "end": [8, 2], "text": ["5 pct", "Up!"]}
        ... )
        >>> bad_offsets(spans, arts).tolist()
        [False, True]
    """
    import numpy as np
    import pandas as pd

    body = _bodies_of(spans, articles)
    text, start, end = _plain(spans["text"]), _plain(spans["start"]), _plain(spans["end"])
    if None in start or None in end:  # a missing offset never matches: row by row
        bad = np.fromiter(map(_mismatch, body, start, end, text), dtype=bool, count=len(text))
    else:  # _mismatch written out, without a call per row
        bad = np.array(
            [
                not isinstance(b, str) or b[s:e] != t
                for b, s, e, t in zip(
                    body, start.tolist(), end.tolist(), text.tolist(), strict=True
                )
            ],
            dtype=bool,
        )
    return pd.Series(bad, index=spans.index, dtype=bool)


def _bodies_of(spans: pd.DataFrame, articles: pd.DataFrame) -> Any:
    """The body of each span's article (None when it has none), as a sequence of objects.

    A dict lookup per row when the article ids are unique (they are in any validated
    table): the same as mapping through the body Series, without building an index.
    """
    ids = _plain(articles["article_id"]).tolist()
    lookup = dict(zip(ids, _plain(articles["body"]).tolist(), strict=True))
    if len(lookup) != len(ids) or None in lookup:  # repeated or missing ids: as pandas maps
        return _plain(spans["article_id"].map(articles.set_index("article_id")["body"]))
    get = lookup.get
    return [get(key) for key in _plain(spans["article_id"]).tolist()]


def _plain(column: pd.Series) -> Any:
    """A column as a numpy object array, missing values as None (one conversion, no boxing)."""
    return column.to_numpy(dtype=object, na_value=None)  # type: ignore[call-overload]


def _mismatch(body: object, start: object, end: object, text: object) -> bool:
    """True when ``body[start:end]`` is not ``text`` (a missing body or offset never matches)."""
    if not isinstance(body, str) or start is None or end is None:
        return True
    return bool(body[start:end] != text)  # type: ignore[index]


def bad_bounds(figures: pd.DataFrame) -> pd.Series:
    """Figures whose lower bound exceeds the upper, or whose value lies outside them."""
    import pandas as pd

    lower, upper, value = figures["lower"], figures["upper"], figures["value"]
    # each comparison with its missing results as False (``fillna(False)``), or-ed as arrays
    crossed = (lower > upper).to_numpy(dtype=bool, na_value=False)
    below = (value < lower).to_numpy(dtype=bool, na_value=False)
    above = (value > upper).to_numpy(dtype=bool, na_value=False)
    return pd.Series(crossed | below | above, index=figures.index, dtype=bool)


def integrity_violations(tables: Tables) -> list[tuple[str, str, int, str]]:
    """Every integrity violation as ``(table, column, row position, what)``.

    An empty list means the tables are consistent.
    """
    import numpy as np

    found: list[tuple[str, str, int, str]] = []
    frames = dict(tables.items())

    def record(table: str, column: str, mask: Any, what: str) -> None:
        flags = mask if isinstance(mask, np.ndarray) else mask.to_numpy(dtype=bool, na_value=False)
        found.extend((table, column, i, what) for i in np.flatnonzero(flags).tolist())

    # The masks are computed on the columns' arrays, as the Series methods compute them
    # (``_dangling_in``): without a Series built around each intermediate result.
    keys: dict[tuple[str, str], Any] = {}  # each parent key column's values, taken once
    known: dict[tuple[str, str], set[object] | None] = {}  # the same as a set, taken once
    for child, column, parent, key in FOREIGN_KEYS:
        if (parent, key) not in known:
            known[parent, key] = _key_set(frames[parent][key])
        if _none_dangle(frames[child][column], known[parent, key]):
            continue  # every key is found: no row to record
        if (parent, key) not in keys:
            keys[parent, key] = frames[parent][key].dropna().unique()
        values = frames[child][column].array
        mask = ~np.asarray(values.isna(), dtype=bool) & ~np.asarray(
            values.isin(keys[parent, key]), dtype=bool
        )
        record(child, column, mask, f"{column} not in {parent}.{key}")
    for table in ("claims", "figures"):
        df = frames[table]
        record(table, "start", df["start"].array > df["end"].array, "start after end")
        record(table, "text", bad_offsets(df, tables.articles), "body[start:end] != text")
    record("figures", "lower", bad_bounds(tables.figures), "value outside [lower, upper]")
    return found
