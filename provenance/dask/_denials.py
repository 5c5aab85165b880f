"""The ledger's denials across articles on Dask: cells per partition, a shuffle, pairs.

``denial_cells`` depends on one article (its claims, its date, the denials it
already answers), so it runs per aligned partition. A claim and a denial of it
elsewhere share a ``(window, name)`` key: shuffled on it, every candidate pair
lies in one partition, where ``pair_denials`` keeps the real ones. A claim's
pairs may come out of several partitions (one per name it shares), so the
pairs are shuffled again on ``claim_id`` and the first denial of each claim
kept, as :func:`provenance.rules.cross.denied_elsewhere` does over everything.

The columns added to the claims view are those of ``provenance check
--ledger`` (``denied_by``, ``agency``, ``headline`` and the ``cross_*``
description of the denying claim), so the ``claims_cross`` suite runs on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

    from provenance.dask._tables import DaskTables

__all__ = [
    "DENIAL_VIEW_COLUMNS",
    "claim_cells",
    "denial_cells_meta",
    "finish_claims_view",
    "part_pairs",
    "with_denial_columns",
    "with_own_article",
]

#: The columns with_denial_columns adds to the claims view, in the ledger's order.
DENIAL_VIEW_COLUMNS = (
    "denied_by",
    "agency",
    "headline",
    "cross_text",
    "cross_source",
    "cross_agency",
    "cross_headline",
)
_CELLS = ("claim_id", "name", "window", "names", "words", "article_id", "source_id", "agency")
_FLAGS = ("denial", "answered")


def claim_cells(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The denial cells of one partition of whole articles, in fixed dtypes."""
    from provenance.matching import denial_cells

    if claims.empty:
        return denial_cells_meta()
    cells = denial_cells(claims, articles)
    return _typed_cells(cells)


def _typed_cells(cells: pd.DataFrame) -> pd.DataFrame:
    out = cells[list(_CELLS + _FLAGS)].astype(
        {**dict.fromkeys(_CELLS, object), "window": "Int64", "denial": bool, "answered": bool}
    )
    return out.reset_index(drop=True)


def denial_cells_meta() -> pd.DataFrame:
    """The empty :func:`claim_cells`, in their fixed dtypes."""
    import pandas as pd

    empty = pd.DataFrame({c: pd.Series([], dtype=object) for c in _CELLS + _FLAGS})
    return _typed_cells(empty)


def part_pairs(cells: pd.DataFrame) -> pd.DataFrame:
    """Per part of the cells shuffled on (window, name): (claim, denial) pairs."""
    from provenance.matching import pair_denials

    pairs = pair_denials(cells.reset_index(drop=True))
    return pairs[["claim_id", "denial_claim_id"]].astype(object).reset_index(drop=True)


def _first(pairs: pd.DataFrame) -> pd.DataFrame:
    """Per part of the pairs shuffled on ``claim_id``: the first denial of each claim."""
    import pandas as pd

    first = pairs.groupby("claim_id")["denial_claim_id"].min()
    return pd.DataFrame(
        {"claim_id": first.index.astype(object), "denied_by": first.astype(object).to_numpy()}
    )


def with_own_article(view: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The claims view of one aligned partition with its article's agency and headline."""
    meta = articles.set_index("article_id")
    article = view["article_id"]
    return view.assign(
        agency=article.map(meta["agency"]).astype(object),
        headline=article.map(meta["headline"]).astype(object),
    )


def with_denial_columns(views: dd.DataFrame, lazy: DaskTables, ids: Any) -> dd.DataFrame:
    """The lazy claims ``views`` (one per aligned partition of ``lazy``) with the denial columns.

    ``ids`` is the dtype of the views' id columns, so that merges compare like with like.

    Example:
        >>> view = with_denial_columns(view, lazy, ids)  # doctest: +SKIP
    """
    import dask.dataframe as dd
    from dask.delayed import delayed

    from provenance.dask._cross import describe_claims, merge_left

    # optimize_graph=False: the same task keys as the tables, so extraction runs once.
    articles = lazy.articles.to_delayed(optimize_graph=False)
    claims = lazy.claims.to_delayed(optimize_graph=False)
    cells_meta = denial_cells_meta().astype({"claim_id": ids})
    cells = dd.from_delayed(
        [delayed(claim_cells)(c, a) for c, a in zip(claims, articles, strict=True)],
        meta=cells_meta,
        verify_meta=False,
    )
    pair_meta = cells_meta[["claim_id"]].assign(denial_claim_id=cells_meta["claim_id"])
    pairs = cells.shuffle(on=["window", "name"]).map_partitions(part_pairs, meta=pair_meta)
    first_meta = pair_meta[["claim_id"]].assign(denied_by=pair_meta["claim_id"])
    denied = pairs.shuffle(on="claim_id").map_partitions(_first, meta=first_meta)
    described = describe_claims(denied, lazy, "denied_by", ids)
    own_meta = with_own_article(views._meta, lazy.articles._meta)
    own = dd.from_delayed(
        [
            delayed(with_own_article)(v, a)
            for v, a in zip(views.to_delayed(optimize_graph=False), articles, strict=True)
        ],
        meta=own_meta,
        verify_meta=False,
    )
    joined = merge_left(own, described, "claim_id")
    out_meta = finish_claims_view(joined._meta)
    finished: dd.DataFrame = joined.map_partitions(finish_claims_view, meta=out_meta)
    return finished


def finish_claims_view(joined: pd.DataFrame) -> pd.DataFrame:
    """The claims view with the denial columns as objects (``None`` when missing), in order."""
    objects = {c: joined[c].astype(object) for c in DENIAL_VIEW_COLUMNS}
    out = joined.assign(**{c: v.where(v.notna(), None) for c, v in objects.items()})
    rest = [c for c in out.columns if c not in DENIAL_VIEW_COLUMNS]
    return out[rest + list(DENIAL_VIEW_COLUMNS)].reset_index(drop=True)
