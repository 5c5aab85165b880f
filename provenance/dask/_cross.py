"""The ledger's cross-article figure matching on Dask: keys per partition, a shuffle, groups.

``matching_keys`` depends on one article (its claims and its date), so it runs
per aligned partition. Figures with equal keys share a ``group_id``: shuffled
on it, every group lies in one partition, where ``group_status`` counts the
sources that agree and disagree and ``contradicting_claim`` names the claim a
figure is contradicted by. Both read only the rows of a group, so the result
is the one the ledger computes over everything. Figures without a key never
meet another and are ``unverified`` where they are.

The columns added to the figures view are those of ``provenance check
--ledger`` (``status``, ``disagreeing_sources``, ``single_source``,
``contradicted_by`` and the ``cross_*`` description of the contradicting claim).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

    from provenance.dask._tables import DaskTables

__all__ = ["CROSS_COLUMNS", "group_figures", "matching_cells", "with_cross_columns"]

#: Per figure: what the shuffle on ``group_id`` carries.
_CELLS = ("figure_id", "claim_id", "source_id", "group_id", "low", "high", "published")
#: Per figure: what the groups give back.
_GROUPED = ("figure_id", "status", "disagreeing_sources", "contradicted_by")
_OBJECTS = frozenset(
    {"status", "contradicted_by", "cross_text", "cross_source", "cross_agency", "cross_headline"}
)
#: The columns with_cross_columns adds to the figures view.
CROSS_COLUMNS = (
    "status",
    "disagreeing_sources",
    "single_source",
    "contradicted_by",
    "cross_text",
    "cross_source",
    "cross_agency",
    "cross_headline",
)


def matching_cells(
    articles: pd.DataFrame, claims: pd.DataFrame, figures: pd.DataFrame
) -> pd.DataFrame:
    """Per figure of one partition: its ``group_id``, interval, source, claim and date.

    Example:
        >>> import provenance
        >>> t = provenance.extract("examples/afp_putin_trump_talks.txt")
        >>> cells = matching_cells(t.articles, t.claims, t.figures)
        >>> cells["group_id"].notna().any()  # the seed has no date: nothing matches
        np.False_
    """
    import pandas as pd

    from provenance.matching import matching_keys

    keys = matching_keys(figures, claims, articles)
    published = figures["article_id"].map(articles.set_index("article_id")["published"])
    return pd.DataFrame(
        {
            "figure_id": figures["figure_id"].astype(object),
            "claim_id": figures["claim_id"].astype(object),
            "source_id": figures["source_id"].astype(object),
            "group_id": keys["group_id"].astype(object),
            "low": keys["low"].astype("float64"),
            "high": keys["high"].astype("float64"),
            "published": pd.to_datetime(published, utc=True),
        }
    ).reset_index(drop=True)


def group_figures(cells: pd.DataFrame) -> pd.DataFrame:
    """Per figure of whole groups: its status, disagreeing sources and contradicting claim.

    Correct on any partition of the cells by ``group_id`` (each group whole).

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame({"figure_id": ["f1", "f2"], "claim_id": ["c1", "c2"],
        ...     "source_id": ["kyiv", "moscow"], "group_id": ["g", "g"],
        ...     "low": [10.0, 50.0], "high": [10.0, 50.0],
        ...     "published": pd.to_datetime(["2025-08-19", "2025-08-20"], utc=True)})
        >>> group_figures(cells)[["status", "contradicted_by"]].values.tolist()
        [['contradicted', None], ['contradicted', 'c1']]
    """
    import pandas as pd

    from provenance.matching import group_status
    from provenance.rules.cross import contradicting_claim

    cells = cells.reset_index(drop=True)
    found = group_status(cells[["group_id", "source_id", "low", "high"]])
    return pd.DataFrame(
        {
            "figure_id": cells["figure_id"].astype(object),
            "status": found["status"].astype(object),
            "disagreeing_sources": found["disagreeing_sources"].astype("int64"),
            "contradicted_by": contradicting_claim(cells).astype(object),
        }
    )


def claim_info(
    claims: pd.DataFrame,
    articles: pd.DataFrame,
    sources: pd.DataFrame,
    id_column: str = "contradicted_by",
) -> pd.DataFrame:
    """Per claim: what a finding says about it when it answers something elsewhere.

    The claim's id is in ``id_column`` ("contradicted_by" for figures,
    "denied_by" for denials), beside its text, source, agency and headline.
    """
    import pandas as pd

    meta = articles.set_index("article_id")
    names = sources.set_index("source_id")["name"]
    return pd.DataFrame(
        {
            id_column: claims["claim_id"].astype(object),
            "cross_text": claims["text"].astype(object),
            "cross_source": claims["source_id"].map(names).astype(object),
            "cross_agency": claims["article_id"].map(meta["agency"]).astype(object),
            "cross_headline": claims["article_id"].map(meta["headline"]).astype(object),
        }
    )


def _cells_meta() -> pd.DataFrame:
    """The empty :func:`matching_cells` (``matching_keys`` needs rows to run)."""
    import pandas as pd

    columns = {c: pd.Series([], dtype=object) for c in _CELLS}
    columns.update(
        low=pd.Series([], dtype="float64"),
        high=pd.Series([], dtype="float64"),
        published=pd.Series([], dtype="datetime64[us, UTC]"),
    )
    return pd.DataFrame(columns)


def _unmatched(cells: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {
            "figure_id": cells["figure_id"].astype(object),
            "status": pd.Series("unverified", index=cells.index, dtype=object),
            "disagreeing_sources": pd.Series(0, index=cells.index, dtype="int64"),
            "contradicted_by": pd.Series(None, index=cells.index, dtype=object),
        }
    )


def with_cross_columns(view: dd.DataFrame, lazy: DaskTables) -> dd.DataFrame:
    """The lazy figures ``view`` with the ledger's cross-article columns (aligned ``lazy``).

    Example:
        >>> view = with_cross_columns(view, provenance.dask.extract("feed/"))  # doctest: +SKIP
    """
    import dask.dataframe as dd
    from dask.delayed import delayed

    # Every id column's meta in the view's string dtype, so merges compare like with like.
    ids = view._meta.dtypes["figure_id"]
    cells_meta = _typed(_cells_meta(), ids)
    # optimize_graph=False: the same task keys as the tables, so extraction runs once.
    articles, claims, figures = (
        t.to_delayed(optimize_graph=False) for t in (lazy.articles, lazy.claims, lazy.figures)
    )
    parts = zip(articles, claims, figures, strict=True)
    pieces = [delayed(matching_cells)(a, c, f) for a, c, f in parts]
    cells = dd.from_delayed(pieces, meta=cells_meta, verify_meta=False)
    grouped_meta = _typed(_unmatched(cells_meta), ids)
    matched = cells[~cells["group_id"].isna()].shuffle(on="group_id")
    grouped = dd.concat(
        [
            matched.map_partitions(group_figures, meta=grouped_meta),
            cells[cells["group_id"].isna()].map_partitions(_unmatched, meta=grouped_meta),
        ]
    )
    sources = lazy.sources.repartition(npartitions=1).to_delayed(optimize_graph=False)[0]
    info_parts = zip(claims, articles, strict=True)
    info_meta = _typed(claim_info(lazy.claims._meta, lazy.articles._meta, lazy.sources._meta), ids)
    info = dd.from_delayed(
        [delayed(claim_info)(c, a, sources) for c, a in info_parts],
        meta=info_meta,
        verify_meta=False,
    )
    contradicted = grouped[~grouped["contradicted_by"].isna()][["figure_id", "contradicted_by"]]
    described = merge_left(contradicted, info, "contradicted_by")
    described = described.drop(columns=["contradicted_by"])
    with_status = merge_left(grouped, described, "figure_id")
    out_meta = view._meta.assign(**_cross_meta())
    joined = merge_left(view, with_status, "figure_id")
    finished: dd.DataFrame = joined.map_partitions(_finish, meta=out_meta)
    return finished


def merge_left(left: dd.DataFrame, right: dd.DataFrame, on: str) -> dd.DataFrame:
    """A left merge on ``on``, the key cast to one dtype on both sides first.

    Dask turns object columns into Arrow strings in some metas and not in others;
    a key of two string dtypes merges correctly but warns, and warnings are errors
    in the tests.
    """
    dtype = left._meta.dtypes[on]
    merged: dd.DataFrame = left.astype({on: dtype}).merge(
        right.astype({on: dtype}), on=on, how="left"
    )
    return merged


def _typed(meta: pd.DataFrame, ids: Any) -> pd.DataFrame:
    """``meta`` with its id columns in the dtype ``ids``."""
    names = ("figure_id", "claim_id", "source_id", "group_id", "contradicted_by")
    return meta.astype({c: ids for c in names if c in meta.columns})


def _cross_meta() -> dict[str, pd.Series]:
    import pandas as pd

    empty = {c: pd.Series([], dtype=object) for c in CROSS_COLUMNS}
    empty["disagreeing_sources"] = pd.Series([], dtype="int64")
    empty["single_source"] = pd.Series([], dtype=bool)
    return empty


def _finish(joined: pd.DataFrame) -> pd.DataFrame:
    """The figures view with the cross columns in the dtypes the ledger gives them."""
    objects = {c: joined[c].astype(object) for c in CROSS_COLUMNS if c in _OBJECTS}
    out = joined.assign(
        **{c: v.where(v.notna(), None) for c, v in objects.items()},
        disagreeing_sources=joined["disagreeing_sources"].fillna(0).astype("int64"),
        single_source=(joined["status"] == "single_source").fillna(False).astype(bool),
    )
    return out[[c for c in out.columns if c not in CROSS_COLUMNS] + list(CROSS_COLUMNS)]
