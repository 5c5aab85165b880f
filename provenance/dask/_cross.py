"""The ledger's cross-article figure matching on Dask: keys per partition, a shuffle, groups.

``matching_keys`` depends on one article (its claims and its date), so it runs
per aligned partition. Figures with equal keys share a ``group_id``: shuffled
on it, every group lies in one partition, where ``group_status`` counts the
sources that agree and disagree and ``contradicting_claim`` names the claim a
figure is contradicted by. Both read only the rows of a group, so the result
is the one the ledger computes over everything. Figures without a key never
meet another and are ``unverified`` where they are.

:func:`figure_matches` gives, per figure, the columns of
:func:`provenance.matching.match_figures` (``provenance.check(cross=True)``'s
``figure_groups``) and the contradicting claim. :func:`with_cross_columns`
adds to the figures view the columns of ``provenance check --ledger``
(``status``, ``disagreeing_sources``, ``single_source``, ``contradicted_by``
and the ``cross_*`` description of the contradicting claim). No step gathers a
whole table in one partition: claims are described per aligned partition and
joined on the claim id, source names are joined on ``source_id`` (hash joins).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

    from provenance.dask._tables import DaskTables

__all__ = [
    "CROSS_COLUMNS",
    "cells_meta",
    "claim_info",
    "describe_claims",
    "figure_groups",
    "figure_matches",
    "finish_figures_view",
    "group_figures",
    "matching_cells",
    "merge_left",
    "with_cross_columns",
]

#: The matching key columns ``matching_keys`` gives and ``figure_groups`` keeps.
_KEYS = ("kind", "unit_key", "places", "events", "window_start")
#: Per figure: what the shuffle on ``group_id`` carries.
_CELLS = ("figure_id", "claim_id", "source_id", "group_id", "low", "high", "published", *_KEYS)
_OBJECTS = frozenset(
    {"status", "contradicted_by", "cross_text", "cross_source", "cross_agency", "cross_headline"}
)
#: The column of the describing claim's source, until its name is joined on.
_SOURCE = "_cross_source_id"
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
    """Per figure of one partition: its ``group_id`` and key, interval, source, claim and date.

    Example:
        >>> import provenance
        >>> t = provenance.extract("examples/afp_putin_trump_talks.txt")
        >>> cells = matching_cells(t.articles, t.claims, t.figures)
        >>> cells["group_id"].notna().any()  # the seed has no date: nothing matches
        np.False_
    """
    import pandas as pd

    from provenance.matching import article_dates, matching_keys

    keys = matching_keys(figures, claims, articles)
    cells = pd.DataFrame(
        {
            "figure_id": figures["figure_id"].astype(object),
            "claim_id": figures["claim_id"].astype(object),
            "source_id": figures["source_id"].astype(object),
            "group_id": keys["group_id"].astype(object),
            "low": keys["low"].astype("float64"),
            "high": keys["high"].astype("float64"),
            "published": article_dates(figures["article_id"], articles),
        }
    )
    for column in _KEYS:
        cells[column] = keys[column] if column == "window_start" else keys[column].astype(object)
    return cells.reset_index(drop=True)


def group_figures(cells: pd.DataFrame) -> pd.DataFrame:
    """Per figure of whole groups: ``match_figures``' columns and the contradicting claim.

    Correct on any partition of the cells by ``group_id`` (each group whole).

    Example:
        >>> import pandas as pd
        >>> cells = pd.DataFrame({"figure_id": ["f1", "f2"], "claim_id": ["c1", "c2"],
        ...     "source_id": ["kyiv", "moscow"], "group_id": ["g", "g"],
        ...     "low": [10.0, 50.0], "high": [10.0, 50.0],
        ...     "published": pd.to_datetime(["2025-08-19", "2025-08-20"], utc=True),
        ...     "kind": "cardinal", "unit_key": "civilian", "places": "Sumy",
        ...     "events": "death", "window_start": pd.Timestamp("2025-08-18", tz="UTC")})
        >>> group_figures(cells)[["status", "contradicted_by"]].values.tolist()
        [['contradicted', None], ['contradicted', 'c1']]
    """
    from provenance.matching import MATCH_COLUMNS, group_status
    from provenance.rules.cross import contradicting_claim

    cells = cells.reset_index(drop=True)
    found = group_status(cells[["group_id", "source_id", "low", "high"]])
    out = cells.assign(
        figure_id=cells["figure_id"].astype(object),
        group_id=cells["group_id"].astype(object),
        status=found["status"].astype(object),
        agreeing_sources=found["agreeing_sources"].astype("Int64"),
        disagreeing_sources=found["disagreeing_sources"].astype("Int64"),
        contradicted_by=contradicting_claim(cells).astype(object),
    )
    return out[[*MATCH_COLUMNS, "contradicted_by"]]


def claim_info(
    claims: pd.DataFrame, articles: pd.DataFrame, id_column: str = "contradicted_by"
) -> pd.DataFrame:
    """Per claim of one aligned partition: what a finding says about it when it answers
    something elsewhere.

    The claim's id is in ``id_column`` ("contradicted_by" for figures,
    "denied_by" for denials), beside its text, agency and headline, and its
    ``source_id`` (whose name :func:`describe_claims` joins on).

    Example:
        >>> import provenance
        >>> t = provenance.extract("examples/afp_putin_trump_talks.txt")
        >>> list(claim_info(t.claims, t.articles).columns)[:2]
        ['contradicted_by', 'cross_text']
    """
    import pandas as pd

    meta = articles.set_index("article_id")
    return pd.DataFrame(
        {
            id_column: claims["claim_id"].astype(object),
            "cross_text": claims["text"].astype(object),
            _SOURCE: claims["source_id"].astype(object),
            "cross_agency": claims["article_id"].map(meta["agency"]).astype(object),
            "cross_headline": claims["article_id"].map(meta["headline"]).astype(object),
        }
    )


def describe_claims(
    found: dd.DataFrame, lazy: DaskTables, id_column: str, ids: Any
) -> dd.DataFrame:
    """``found`` (a lazy frame with a claim id in ``id_column``) with that claim's ``cross_*``.

    The claims are described per aligned partition of ``lazy`` and joined on
    ``id_column``; the source names are joined on ``source_id``. ``ids`` is the
    dtype of the id columns, so that merges compare like with like.

    Example:
        >>> described = describe_claims(denied, lazy, "denied_by", ids)  # doctest: +SKIP
    """
    import dask.dataframe as dd
    from dask.delayed import delayed

    # optimize_graph=False: the same task keys as the tables, so extraction runs once.
    claims = lazy.claims.to_delayed(optimize_graph=False)
    articles = lazy.articles.to_delayed(optimize_graph=False)
    meta = claim_info(lazy.claims._meta, lazy.articles._meta, id_column)
    info = dd.from_delayed(
        [delayed(claim_info)(c, a, id_column) for c, a in zip(claims, articles, strict=True)],
        meta=meta.astype({id_column: ids, _SOURCE: ids}),
        verify_meta=False,
    )
    described = merge_left(found, info, id_column)
    names = lazy.sources[["source_id", "name"]].rename(
        columns={"source_id": _SOURCE, "name": "cross_source"}
    )
    named = merge_left(described, names, _SOURCE)
    out: dd.DataFrame = named.drop(columns=[_SOURCE])
    return out


def cells_meta() -> pd.DataFrame:
    """The empty :func:`matching_cells` (``matching_keys`` needs rows to run)."""
    import pandas as pd

    columns = {c: pd.Series([], dtype=object) for c in _CELLS}
    columns.update(
        low=pd.Series([], dtype="float64"),
        high=pd.Series([], dtype="float64"),
        published=pd.Series([], dtype="datetime64[us, UTC]"),
        window_start=pd.Series([], dtype="datetime64[us, UTC]"),
    )
    return pd.DataFrame(columns)


def figure_matches(lazy: DaskTables, ids: Any) -> dd.DataFrame:
    """Per figure of the aligned ``lazy`` tables: ``match_figures``' columns and
    ``contradicted_by``, lazily (one shuffle on ``group_id``).

    ``ids`` is the dtype of the id columns.

    Example:
        >>> matches = figure_matches(lazy, "string")  # doctest: +SKIP
    """
    import dask.dataframe as dd
    from dask.delayed import delayed

    typed_meta = _typed(cells_meta(), ids)
    # optimize_graph=False: the same task keys as the tables, so extraction runs once.
    articles, claims, figures = (
        t.to_delayed(optimize_graph=False) for t in (lazy.articles, lazy.claims, lazy.figures)
    )
    parts = zip(articles, claims, figures, strict=True)
    pieces = [delayed(matching_cells)(a, c, f) for a, c, f in parts]
    cells = dd.from_delayed(pieces, meta=typed_meta, verify_meta=False)
    grouped_meta = _typed(group_figures(typed_meta), ids)
    matched = cells[~cells["group_id"].isna()].shuffle(on="group_id")
    # A figure without a key meets no other: it is grouped (unverified) where it is.
    grouped: dd.DataFrame = dd.concat(
        [
            matched.map_partitions(group_figures, meta=grouped_meta),
            cells[cells["group_id"].isna()].map_partitions(group_figures, meta=grouped_meta),
        ]
    )
    return grouped


def figure_groups(matches: pd.DataFrame, order: pd.Series) -> pd.DataFrame:
    """The computed :func:`figure_matches` as ``match_figures`` gives them, in ``order``
    (the figure ids of the figures table).

    Example:
        >>> figure_groups(computed, tables.figures["figure_id"])  # doctest: +SKIP
    """
    import pandas as pd

    from provenance.matching import MATCH_COLUMNS

    by_figure = matches.assign(figure_id=matches["figure_id"].astype(object))
    rows = by_figure.set_index("figure_id").reindex(pd.Index(order.astype(object)))
    out = rows.reset_index()[list(MATCH_COLUMNS)]
    typed = {c: out[c].astype(object) for c in out.columns if out[c].dtype.kind in "OTU"}
    typed = {c: v.where(v.notna(), None) for c, v in typed.items()}
    return out.assign(
        **typed,
        agreeing_sources=out["agreeing_sources"].astype("Int64"),
        disagreeing_sources=out["disagreeing_sources"].astype("Int64"),
        window_start=pd.to_datetime(out["window_start"], utc=True).astype("datetime64[us, UTC]"),
        low=out["low"].astype("float64"),
        high=out["high"].astype("float64"),
    )


def with_cross_columns(
    view: dd.DataFrame, lazy: DaskTables, matches: dd.DataFrame | None = None
) -> dd.DataFrame:
    """The lazy figures ``view`` with the ledger's cross-article columns (aligned ``lazy``).

    ``matches`` is :func:`figure_matches` of ``lazy`` when the caller computes
    it too (the figure groups of a check); made here otherwise.

    Example:
        >>> view = with_cross_columns(view, provenance.dask.extract("feed/"))  # doctest: +SKIP
    """
    # Every id column's meta in the view's string dtype, so merges compare like with like.
    ids = view._meta.dtypes["figure_id"]
    grouped = figure_matches(lazy, ids) if matches is None else matches
    grouped = grouped[["figure_id", "status", "disagreeing_sources", "contradicted_by"]]
    contradicted = grouped[~grouped["contradicted_by"].isna()][["figure_id", "contradicted_by"]]
    described = describe_claims(contradicted, lazy, "contradicted_by", ids)
    described = described.drop(columns=["contradicted_by"])
    with_status = merge_left(grouped, described, "figure_id")
    out_meta = view._meta.assign(**_cross_meta())
    joined = merge_left(view, with_status, "figure_id")
    finished: dd.DataFrame = joined.map_partitions(finish_figures_view, meta=out_meta)
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


def finish_figures_view(joined: pd.DataFrame) -> pd.DataFrame:
    """The figures view with the cross columns in the dtypes the ledger gives them."""
    objects = {c: joined[c].astype(object) for c in CROSS_COLUMNS if c in _OBJECTS}
    out = joined.assign(
        **{c: v.where(v.notna(), None) for c, v in objects.items()},
        disagreeing_sources=joined["disagreeing_sources"].fillna(0).astype("int64"),
        single_source=(joined["status"] == "single_source").fillna(False).astype(bool),
    )
    return out[[c for c in out.columns if c not in CROSS_COLUMNS] + list(CROSS_COLUMNS)]
