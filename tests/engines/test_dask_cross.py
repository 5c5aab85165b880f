"""The Dask cross-article steps give the pandas ledger's answer on any partitioning.

``figure_matches``, ``with_cross_columns`` and ``with_denial_columns`` shuffle on
their matching keys (and join source names on ``source_id``) instead of gathering
a table in one partition; these tests cut the same small tables into random
numbers of partitions (the sources apart from the rest) and compare every cross
column, and the figure groups, with the one-process functions over everything.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import provenance
from provenance.dask._cross import CROSS_COLUMNS
from provenance.dask._denials import DENIAL_VIEW_COLUMNS
from provenance.dask._tables import DaskTables
from provenance.tables.bundle import Tables
from provenance.testing.engines import dated_stories


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Tables:
    """Twelve dated stories of one week whose figures and claims meet across articles,
    and an undated one."""
    root = tmp_path_factory.mktemp("cross")
    dated_stories(root, 12)
    # Undated: its figure can be placed in no week and stays unverified.
    (root / "undated.txt").write_text(
        "Drones shot down\n\nOfficials said 40 drones were shot down over Sumy.\n\nAFP",
        encoding="utf-8",
    )
    return provenance.extract(root)


@pytest.fixture(scope="module")
def expected(tables: Tables) -> dict[str, pd.DataFrame]:
    """The pandas ledger's figure groups and cross views over all the tables at once."""
    from provenance.ledger.check import _cross_views
    from provenance.matching import match_figures
    from provenance.rules.views import rule_views

    status = match_figures(tables.figures, tables.claims, tables.sources, tables.articles)
    views = rule_views(tables)
    _cross_views(views, tables, status)
    statuses = set(status["status"])
    assert {"corroborated", "contradicted", "single_source", "unverified"} <= statuses
    assert views["claims"]["denied_by"].notna().any()
    return {"groups": status, "figures": views["figures"], "claims": views["claims"]}


def _lazy(tables: Tables, parts: int, source_parts: int) -> DaskTables:
    """The tables as aligned lazy frames: ``parts`` partitions by article, sources apart."""
    import dask.dataframe as dd

    from provenance.dask._check import _aligned
    from provenance.dask._errors import errors_frame

    def lazy(frame: pd.DataFrame, n: int) -> dd.DataFrame:
        return dd.from_pandas(frame, npartitions=n, sort=False)

    per_article = ("articles", "photo_credits", "claims", "figures")
    return _aligned(
        DaskTables(
            sources=lazy(tables.sources, source_parts),
            errors=lazy(errors_frame([]), 1),
            warnings=lazy(errors_frame([]), 1),
            aligned=False,
            **{name: lazy(getattr(tables, name), parts) for name in per_article},
        )
    )


def _by(frame: pd.DataFrame, key: str, columns: tuple[str, ...]) -> pd.DataFrame:
    """``columns`` by ``key``, as plain objects (missing is None), for comparing values."""
    rows = frame.sort_values(key).reset_index(drop=True)[[key, *columns]].astype(object)
    return rows.where(rows.notna(), None)


@given(parts=st.integers(1, 6), source_parts=st.integers(1, 3))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_cross_columns_are_the_same_on_any_partitioning(
    tables: Tables, expected: dict[str, pd.DataFrame], parts: int, source_parts: int
) -> None:
    """Figure groups, figure cross columns and denial columns equal the pandas ledger's."""
    import dask

    from provenance.dask._cross import figure_groups, figure_matches, with_cross_columns
    from provenance.dask._denials import with_denial_columns

    lazy = _lazy(tables, parts, source_parts)
    figures = lazy.figures[["figure_id", "article_id"]]
    ids = figures._meta.dtypes["figure_id"]
    matches = figure_matches(lazy, ids)
    claims = lazy.claims[["claim_id", "article_id"]]
    got_figures, got_claims, got_matches = dask.compute(
        with_cross_columns(figures, lazy, matches),
        with_denial_columns(claims, lazy, ids),
        matches,
        scheduler="sync",
    )
    groups = figure_groups(got_matches, tables.figures["figure_id"])
    pd.testing.assert_frame_equal(groups, expected["groups"])
    want = expected["figures"].assign(
        disagreeing_sources=expected["figures"]["disagreeing_sources"].fillna(0)
    )
    pd.testing.assert_frame_equal(
        _by(got_figures, "figure_id", CROSS_COLUMNS), _by(want, "figure_id", CROSS_COLUMNS)
    )
    pd.testing.assert_frame_equal(
        _by(got_claims, "claim_id", DENIAL_VIEW_COLUMNS),
        _by(expected["claims"], "claim_id", DENIAL_VIEW_COLUMNS),
    )


def test_figure_groups_of_an_empty_archive_are_empty(tables: Tables) -> None:
    """No figures: no groups, in match_figures' columns and dtypes."""
    from provenance.dask._cross import figure_groups, figure_matches
    from provenance.matching import match_figures

    empty = Tables(**{name: frame.iloc[:0] for name, frame in tables.items()})
    lazy = _lazy(empty, 1, 1)
    ids = lazy.figures._meta.dtypes["figure_id"]
    computed = figure_matches(lazy, ids).compute(scheduler="sync")
    want = match_figures(empty.figures, empty.claims, empty.sources, empty.articles)
    got = figure_groups(computed, empty.figures["figure_id"])
    pd.testing.assert_frame_equal(got, want, check_index_type=False)


@given(parts=st.integers(1, 6), source_parts=st.integers(1, 3))
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_each_partition_gets_the_sources_it_names(
    tables: Tables, parts: int, source_parts: int
) -> None:
    """named_sources gives partition i exactly the sources its claims and figures name,
    in the lazy sources' dtypes (no partition is sent the whole table)."""
    import dask

    from provenance.dask._check import named_sources

    lazy = _lazy(tables, parts, source_parts)
    claims = lazy.claims.to_delayed()
    figures = lazy.figures.to_delayed()
    got = dask.compute(named_sources(lazy), claims, figures, scheduler="sync")
    for named, claim_part, figure_part in zip(*got, strict=True):
        ids = set(claim_part["source_id"].dropna()) | set(figure_part["source_id"].dropna())
        want = tables.sources[tables.sources["source_id"].isin(ids)]
        assert list(named.dtypes) == list(lazy.sources._meta.dtypes)
        columns = tuple(c for c in want.columns if c != "source_id")
        pd.testing.assert_frame_equal(
            _by(named, "source_id", columns), _by(want, "source_id", columns)
        )
    assert len(got[0]) == lazy.claims.npartitions
