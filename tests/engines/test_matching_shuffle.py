"""The Dask figure matching is right on any hash partition of ``group_id`` (what a shuffle makes).

``provenance.dask`` shuffles the matching cells on ``group_id`` and runs
``group_figures`` on each part; these tests cut random cells into random hash
partitions and compare with one call over everything, and with the ledger's
own one-process functions.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.dask._cross import group_figures
from provenance.matching import group_status
from provenance.rules.cross import contradicting_claim

_cells = st.lists(
    st.fixed_dictionaries(
        {
            "group_id": st.sampled_from(["grp_a", "grp_b", "grp_c", "grp_d"]),
            "source_id": st.sampled_from(["src_kyiv", "src_moscow", "src_un"]),
            "low": st.sampled_from([10.0, 40.0, 45.0]),
            "width": st.sampled_from([0.0, 8.0]),
            "day": st.integers(0, 3),
        }
    ),
    max_size=25,
)


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    """Matching cells (the columns the shuffle carries) from drawn rows."""
    frame = pd.DataFrame(rows, columns=["group_id", "source_id", "low", "width", "day"])
    n = len(frame)
    low = frame["low"].astype("float64")
    return pd.DataFrame(
        {
            "figure_id": [f"fig_{i:04d}" for i in range(n)],
            "claim_id": [f"clm_{i:04d}" for i in range(n)],
            "source_id": frame["source_id"].astype(object),
            "group_id": frame["group_id"].astype(object),
            "low": low,
            "high": low + frame["width"].astype("float64"),
            "published": pd.Timestamp("2025-08-18", tz="UTC")
            + pd.to_timedelta(frame["day"].astype("int64"), unit="D"),
            "kind": "cardinal",
            "unit_key": "civilian",
            "places": "Sumy",
            "events": "death",
            "window_start": pd.Timestamp("2025-08-18", tz="UTC"),
        },
        index=range(n),
    )


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("figure_id").reset_index(drop=True)


@given(_cells, st.integers(1, 6), st.integers(0, 2**32))
@settings(max_examples=50, deadline=None)
def test_group_figures_is_the_same_on_any_hash_partition(
    rows: list[dict[str, object]], parts: int, salt: int
) -> None:
    """Cutting cells into parts by a hash of group_id, then grouping each part, changes no row."""
    cells = _frame(rows)
    whole = group_figures(cells)
    bucket = (pd.util.hash_pandas_object(cells["group_id"], index=False) + salt) % parts
    pieces = [group_figures(cells[bucket == p]) for p in range(parts)]
    merged = pd.concat(pieces, ignore_index=True) if len(cells) else whole
    pd.testing.assert_frame_equal(_sorted(merged), _sorted(whole))


@given(_cells)
@settings(max_examples=30, deadline=None)
def test_group_figures_agrees_with_the_ledger_functions(rows: list[dict[str, object]]) -> None:
    """The per-part function gives what group_status and contradicting_claim give over all."""
    cells = _frame(rows)
    found = group_figures(cells)
    status = group_status(cells[["group_id", "source_id", "low", "high"]])
    assert found["status"].tolist() == status["status"].tolist()
    assert found["agreeing_sources"].tolist() == status["agreeing_sources"].tolist()
    assert found["disagreeing_sources"].tolist() == status["disagreeing_sources"].tolist()
    assert found["contradicted_by"].tolist() == contradicting_claim(cells).tolist()


def test_a_split_group_loses_its_contradiction() -> None:
    """Why the shuffle is needed: two disagreeing sources cut apart see no contradiction."""
    cells = _frame(
        [
            {"group_id": "grp_a", "source_id": "src_kyiv", "low": 10.0, "width": 0.0, "day": 0},
            {"group_id": "grp_a", "source_id": "src_moscow", "low": 40.0, "width": 0.0, "day": 1},
        ]
    )
    together = group_figures(cells)
    apart = pd.concat([group_figures(cells.iloc[[0]]), group_figures(cells.iloc[[1]])])
    assert set(together["status"]) == {"contradicted"}
    assert "contradicted" not in set(apart["status"])
