"""The global steps are right on any partition: party_only, combined tables, outcomes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import provenance
from provenance.engines import (
    PARTY_KEY_COLUMNS,
    canonical,
    canonical_findings,
    combine_tables,
    documents_frame,
    extract_batch,
    findings_for_views,
    local_views,
    merge_outcomes,
    party_keys,
    party_only_from_keys,
    read_batch,
)
from provenance.ingest.document import Document
from provenance.rules.figures import party_only
from provenance.rules.views import rule_views
from provenance.testing.strategies import tables as table_strategy

_keys = st.lists(
    st.fixed_dictionaries(
        {
            "unit_key": st.sampled_from(["dead", "troops", None]),
            "value": st.sampled_from([10.0, 40.0, -0.0, 0.0, float("nan")]),
            "party": st.booleans(),
            "side": st.sampled_from(["Russia", "Ukraine", None]),
            "estimate": st.booleans(),
        }
    ),
    max_size=30,
)


def _frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=[c for c in PARTY_KEY_COLUMNS if c != "comparable"])
    frame["figure_id"] = [f"fig_{i:016x}" for i in range(len(frame))]
    frame["value"] = frame["value"].astype("float64") + 0.0
    frame["comparable"] = frame["unit_key"].notna() & frame["value"].notna()
    return frame[list(PARTY_KEY_COLUMNS)]


@given(_keys, st.integers(1, 5), st.integers(0, 2**32))
@settings(max_examples=150, deadline=None)
def test_party_only_is_the_same_on_any_hash_partition(
    rows: list[dict[str, object]], parts: int, salt: int
) -> None:
    """Shuffling the keys on (unit_key, value) into any number of parts changes no flag."""
    keys = _frame(rows)
    whole = party_only_from_keys(keys)
    bucket = pd.util.hash_pandas_object(keys[["unit_key", "value"]], index=False) + salt
    pieces = [party_only_from_keys(keys[bucket % parts == p]) for p in range(parts)]
    merged = pd.concat(pieces).reindex(whole.index) if pieces else whole
    pd.testing.assert_series_equal(merged, whole)


@given(table_strategy())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_split_views_rebuild_rule_views(tables: provenance.Tables) -> None:
    """rule_views is local_views plus party_only from the keys: the same as before the split."""
    views = rule_views(tables)
    flags = views["figures"]["party_only"]
    assert flags.tolist() == party_only(tables.figures, tables.sources).tolist()
    local = local_views(tables)
    assert "party_only" not in local["figures"]
    keyed = party_only_from_keys(party_keys(tables.figures, tables.sources))
    assert keyed.tolist() == flags.tolist()
    for name, view in local.items():
        pd.testing.assert_frame_equal(view, views[name].drop(columns="party_only", errors="ignore"))


@pytest.fixture(scope="module")
def small_docs(small_dir: Path) -> list[Document]:
    """The documents of the small sample, in path order (copies in several files)."""
    return provenance.read(small_dir).documents


@pytest.fixture(scope="module")
def small_whole(small_docs: list[Document]) -> provenance.Tables:
    """The tables one extraction of all the small sample's documents gives."""
    return canonical(provenance.extract(small_docs))


@given(st.data())
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_combined_parts_equal_one_extraction(
    small_docs: list[Document], small_whole: provenance.Tables, data: st.DataObject
) -> None:
    """Any split of the documents into parts, extracted apart and combined, gives the whole."""
    n = data.draw(st.integers(1, 4), label="parts")
    owner = data.draw(
        st.lists(st.integers(0, n - 1), min_size=len(small_docs), max_size=len(small_docs)),
        label="owners",
    )
    parts = [
        extract_batch(
            documents_frame([d for d, o in zip(small_docs, owner, strict=True) if o == p])
        )
        for p in range(n)
    ]
    got = canonical(combine_tables(parts))
    for (name, left), (_, right) in zip(got.items(), small_whole.items(), strict=True):
        pd.testing.assert_frame_equal(left, right, obj=name)


def test_partitioned_findings_and_outcomes_equal_one_run(small_dir: Path) -> None:
    """Suites over partitions of the views, merged, give the findings and outcomes of one run."""
    batch, _ = read_batch([small_dir])
    tables = extract_batch(batch)
    whole, outcomes = findings_for_views(rule_views(tables), engine="pandas")
    views = rule_views(tables)
    halves = [{name: view.iloc[i::2] for name, view in views.items()} for i in range(2)]
    results = [findings_for_views(h, engine="pandas") for h in halves]
    merged = pd.concat([f for f, _ in results], ignore_index=True)
    pd.testing.assert_frame_equal(canonical_findings(merged), canonical_findings(whole))
    assert merge_outcomes([o for _, o in results]) == outcomes
    assert len(whole) > 0
