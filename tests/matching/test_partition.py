"""Invariants Dask/Spark rely on: any partition of the figures by key, and any row order."""

from __future__ import annotations

import hashlib

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.matching import match_figures, matching_keys
from tests.matching.helpers import Said, tables

_SENTENCES = [
    "{} Russian soldiers had been killed in the Kursk region.",
    "{} Russian soldiers had been wounded in the Kursk region.",
    "{} civilians had been killed in Sumy.",
    "{} people fled their homes near Pokrovsk.",
]
_VALUES = ["30,000", "about 30,000", "more than 28,000", "up to 31,000", "53,000", "nearly 31,000"]
_SOURCES = ["Zelensky", "Ukrainian General Staff", "Russian defence ministry", "AFP"]
_DAYS = ["2025-08-18", "2025-08-19", "2025-08-24", "2025-08-25", "2025-09-10"]

_said = st.builds(
    lambda s, v, src, ag, d: Said(s.format(v).capitalize(), src, ag, d),
    st.sampled_from(_SENTENCES),
    st.sampled_from(_VALUES),
    st.sampled_from(_SOURCES),
    st.sampled_from(["AFP", "AP", "Reuters"]),
    st.sampled_from(_DAYS),
)


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("figure_id").reset_index(drop=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_said, min_size=1, max_size=12), st.integers(2, 5), st.randoms())
def test_any_partition_by_key_and_any_order_give_the_same_result(
    items: list[Said], k: int, rnd: object
) -> None:
    """Split by hash of the key into k parts, match each, concat == match all; shuffling too."""
    figures, claims, sources, articles = tables(items)
    whole = _sorted(match_figures(figures, claims, sources, articles))
    keys = matching_keys(figures, claims, articles)
    part = keys["group_id"].map(lambda g: int(hashlib.md5(str(g).encode()).hexdigest(), 16) % k)
    pieces = [
        match_figures(figures[part == i], claims, sources, articles)
        for i in range(k)
        if (part == i).any()
    ]
    assert whole.equals(_sorted(pd.concat(pieces)))
    order = list(figures.index)
    rnd.shuffle(order)  # type: ignore[attr-defined]
    shuffled = match_figures(figures.loc[order], claims, sources, articles)
    assert shuffled.index.tolist() == order
    assert whole.equals(_sorted(shuffled))


@settings(max_examples=30, deadline=None)
@given(st.lists(_said, min_size=1, max_size=10))
def test_counts_never_exceed_the_sources_of_the_group(items: list[Said]) -> None:
    """At most every source of the group agrees; at most every other source disagrees."""
    figures, claims, sources, articles = tables(items)
    m = match_figures(figures, claims, sources, articles).join(figures["source_id"])
    grouped = m[m["group_id"].notna()]
    n_sources = grouped.groupby("group_id")["source_id"].transform("nunique")
    assert (grouped["agreeing_sources"] >= 1).all()
    assert (grouped["agreeing_sources"] <= n_sources).all()
    assert (grouped["disagreeing_sources"] <= n_sources - 1).all()
    single = grouped[n_sources == 1]
    assert set(single["status"]) <= {"single_source"}
