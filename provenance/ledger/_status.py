"""The status step of an ingest: each figure's group across articles and what the feed says.

Inside the batch's transaction, after its rows are written: the new figures get
their matching key (``group_id``) and interval (``low``, ``high``) from
:func:`provenance.matching.matching_keys`; then only the groups they touch (and
the groups of the versions they supersede) are recounted with
:func:`provenance.matching.group_status` over the latest figures of those
groups, read by ``group_id``. The rest of the ledger is not read, so the step
costs the size of the batch and of its groups, not of the ledger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from provenance.tables.bundle import Tables

__all__ = ["refresh_all", "refresh_batch"]

_LATEST = (
    "FROM all_figures t JOIN article_versions v ON t.version_id = v.version_id "
    "WHERE v.superseded_by IS NULL"
)


def _keys(figures: pd.DataFrame, claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``figure_id``, ``article_id``, ``group_id``, ``low``, ``high`` of the figures."""
    from provenance.matching import matching_keys

    keys = matching_keys(figures, claims, articles)
    return keys[["group_id", "low", "high"]].assign(
        figure_id=figures["figure_id"].astype(object),
        article_id=figures["article_id"].astype(object),
    )


def _store_keys(con: duckdb.DuckDBPyConnection, keyed: pd.DataFrame) -> None:
    """Write ``group_id``, ``low`` and ``high`` of the keyed figures (by version and figure)."""
    if keyed.empty:
        return
    con.register("new_keys", keyed[["version_id", "figure_id", "group_id", "low", "high"]])
    try:
        con.execute(
            "UPDATE all_figures SET group_id = k.group_id, low = k.low, high = k.high "
            "FROM new_keys k WHERE all_figures.version_id = k.version_id "
            "AND all_figures.figure_id = k.figure_id"
        )
    finally:
        con.unregister("new_keys")


def _recount(con: duckdb.DuckDBPyConnection, groups: pd.DataFrame) -> None:
    """Recount the latest figures of ``groups`` (one ``group_id`` column) and store the result."""
    from provenance.matching import group_status

    if groups.empty:
        return
    con.register("touched_groups", groups)
    try:
        cells = con.execute(
            "SELECT t.version_id, t.figure_id, t.group_id, t.source_id, t.low, t.high "
            f"{_LATEST} AND t.group_id IN (SELECT group_id FROM touched_groups)"
        ).df()
    finally:
        con.unregister("touched_groups")
    if cells.empty:
        return
    found = group_status(cells).assign(version_id=cells["version_id"], figure_id=cells["figure_id"])
    con.register("recounted", found)
    try:
        con.execute(
            "UPDATE all_figures SET status = r.status, agreeing_sources = r.agreeing_sources, "
            "disagreeing_sources = r.disagreeing_sources FROM recounted r "
            "WHERE all_figures.version_id = r.version_id AND all_figures.figure_id = r.figure_id"
        )
    finally:
        con.unregister("recounted")


def refresh_batch(
    con: duckdb.DuckDBPyConnection, tables: Tables, plan: pd.DataFrame, superseded: list[int]
) -> None:
    """Key the batch's new figures and recount the groups they touch (inside the transaction).

    ``plan`` maps each new version's ``article_id`` to its ``version_id``;
    ``superseded`` are the versions the batch replaced (their groups lose a figure).
    """
    import pandas as pd

    figures = tables.figures
    keys = _keys(figures, tables.claims, tables.articles)
    keys = keys.merge(plan[["article_id", "version_id"]], on="article_id")
    keyed = keys[keys["group_id"].notna()]
    _store_keys(con, keyed)
    groups = set(keyed["group_id"])
    if superseded:
        old = pd.DataFrame({"version_id": pd.Series(superseded, dtype="int64")})
        con.register("old_versions", old)
        try:
            rows = con.execute(
                "SELECT DISTINCT group_id FROM all_figures WHERE group_id IS NOT NULL "
                "AND version_id IN (SELECT version_id FROM old_versions)"
            ).fetchall()
        finally:
            con.unregister("old_versions")
        groups |= {str(g) for (g,) in rows}
    _recount(con, pd.DataFrame({"group_id": sorted(groups)}, dtype=object))


def refresh_all(con: duckdb.DuckDBPyConnection) -> None:
    """Key and recount every latest figure of the ledger (the migration to version 2)."""
    import pandas as pd

    from provenance.ledger._schema import column_list

    figures = con.execute(f"SELECT t.version_id, {column_list('figures', 't.')} {_LATEST}").df()
    if figures.empty:
        return
    claims = con.execute("SELECT claim_id, text FROM claims").df()
    articles = con.execute("SELECT article_id, published FROM articles").df()
    keys = _keys(figures, claims, articles).assign(version_id=figures["version_id"])
    keyed = keys[keys["group_id"].notna()]
    _store_keys(con, keyed)
    _recount(con, pd.DataFrame({"group_id": sorted(set(keyed["group_id"]))}, dtype=object))
