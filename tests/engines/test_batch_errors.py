"""A frame of article rows with a missing or ill-typed column is one BatchError, not a traceback.

The batch function (``extract_batch``) and ``provenance.dask.extract`` take
frames of article rows from users (JSONL, Parquet, their own Dask frames); a
column missing or holding values of the wrong type must give one line naming
the column and what to do, before any row is extracted; the neighbours that
are fine (ISO 8601 dates, no optional columns) must still be extracted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from provenance.engines import REQUIRED_COLUMNS, canonical, extract_batch, read_batch
from provenance.errors import BatchError, ProvenanceError, UsageError

_SEED = "examples/afp_putin_trump_talks.txt"


@pytest.fixture(scope="module")
def batch() -> pd.DataFrame:
    """The articles batch of the seed article (one row, every column)."""
    rows, errors = read_batch([_SEED])
    assert not errors
    return rows


def test_batch_error_is_a_usage_error_of_the_one_tree() -> None:
    """BatchError is caught where UsageError and ProvenanceError are (the CLI: exit 2)."""
    assert issubclass(BatchError, UsageError)
    assert issubclass(BatchError, ProvenanceError)
    assert issubclass(BatchError, ValueError)


@pytest.mark.parametrize("column", REQUIRED_COLUMNS)
def test_a_missing_required_column_is_named(batch: pd.DataFrame, column: str) -> None:
    """Each required column, dropped, is named on one line with what to do."""
    with pytest.raises(BatchError) as caught:
        extract_batch(batch.drop(columns=[column]))
    assert caught.value.column == column
    message = str(caught.value)
    assert "\n" not in message
    assert column in message
    assert "documents_frame" in message


_ILL_TYPED: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "sha256": lambda b: b.assign(sha256=[None]),
    "sha256 empty": lambda b: b.assign(sha256=[""]),
    "sha256 short": lambda b: b.assign(sha256=["abc123"]),
    "sha256 upper": lambda b: b.assign(sha256=[b["sha256"].iloc[0].upper()]),
    "item_index": lambda b: b.assign(item_index=["first"]),
    "item_index negative": lambda b: b.assign(item_index=[-1]),
    "item_index fraction": lambda b: b.assign(item_index=[0.5]),
    "published": lambda b: b.assign(published=["yesterday"]),
    "published number": lambda b: b.assign(published=[1755600000000]),
}


@pytest.mark.parametrize("case", sorted(_ILL_TYPED))
def test_an_ill_typed_column_is_named_with_its_first_row(batch: pd.DataFrame, case: str) -> None:
    """Values of the wrong type: one line naming the column, how many rows and the first."""
    with pytest.raises(BatchError) as caught:
        extract_batch(_ILL_TYPED[case](batch))
    error = caught.value
    assert error.column == case.split()[0]
    assert error.rows == 1
    assert error.first == _SEED
    assert "\n" not in str(error)


_FINE: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "ISO 8601 date": lambda b: b.assign(published=["2025-08-19T10:00:00+02:00"]),
    "no date": lambda b: b.assign(published=[None]),
    "no item_index": lambda b: b.drop(columns=["item_index"]),
    "item_index as float": lambda b: b.assign(item_index=[0.0]),
    "no optional columns": lambda b: b[list(REQUIRED_COLUMNS)],
}


@pytest.mark.parametrize("case", sorted(_FINE))
def test_the_neighbours_are_extracted(batch: pd.DataFrame, case: str) -> None:
    """Rows that differ from the batch's own dtypes but mean the same are extracted."""
    tables = extract_batch(_FINE[case](batch))
    assert len(tables.articles) == 1
    assert not tables.errors
    if case == "ISO 8601 date":
        assert tables.articles["published"].iloc[0] == pd.Timestamp("2025-08-19T08:00:00Z")


@pytest.mark.parametrize("store", ["jsonl", "parquet", "frame"])
def test_dask_refuses_rows_without_sha256_before_computing(
    batch: pd.DataFrame, store: str, tmp_path: Path
) -> None:
    """A JSONL or Parquet file, or a Dask frame, without sha256: one BatchError at once."""
    import dask.dataframe as dd

    import provenance.dask

    rows = batch.drop(columns=["sha256"])
    source: object
    if store == "jsonl":
        source = tmp_path / "rows.jsonl"
        rows.to_json(source, orient="records", lines=True, date_format="iso")
    elif store == "parquet":
        source = tmp_path / "rows.parquet"
        rows.to_parquet(source)
    else:
        source = dd.from_pandas(rows, npartitions=1)
    with pytest.raises(BatchError, match="no column sha256") as caught:
        provenance.dask.extract(source)  # type: ignore[arg-type]
    assert caught.value.column == "sha256"


def test_dask_names_an_ill_typed_value_when_computing(batch: pd.DataFrame) -> None:
    """Empty sha256 values in a Dask frame: the worker's BatchError reaches the caller whole."""
    import dask
    import dask.dataframe as dd

    import provenance.dask

    lazy = provenance.dask.extract(dd.from_pandas(batch.assign(sha256=""), npartitions=1))
    with dask.config.set(scheduler="sync"), pytest.raises(BatchError) as caught:
        lazy.compute()
    assert (caught.value.column, caught.value.rows, caught.value.first) == ("sha256", 1, _SEED)


def test_dask_takes_a_users_frame_with_iso_dates_and_no_read_error(batch: pd.DataFrame) -> None:
    """A user's Dask frame without ``read_error`` and with ISO dates gives the pandas tables."""
    import dask
    import dask.dataframe as dd

    import provenance.dask

    rows = batch.assign(published=["2025-08-19T10:00:00Z"])
    with dask.config.set(scheduler="sync"):
        got = provenance.dask.extract(dd.from_pandas(rows, npartitions=1)).compute()
    want = canonical(extract_batch(rows))
    pd.testing.assert_frame_equal(got.articles, want.articles)
    pd.testing.assert_frame_equal(got.figures, want.figures)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_hand_made_document_without_sha256_is_one_error(jobs: int) -> None:
    """provenance.extract of Documents: one with an empty sha256 is a ReadError naming it
    (not a SchemaError about the articles table); the documents beside it are extracted."""
    from dataclasses import replace

    import provenance

    (seed,) = provenance.read(_SEED).documents
    other = replace(seed, path="other.txt", headline="Another story")
    bad = replace(seed, path="mine.txt", headline="Mine", sha256="")
    tables = provenance.extract([seed, bad, other], jobs=jobs)
    assert sorted(tables.articles["path"]) == sorted(["other.txt", _SEED])
    assert [(e.path, type(e)) for e in tables.errors] == [("mine.txt", provenance.ReadError)]
    assert "sha256" in str(tables.errors[0])
