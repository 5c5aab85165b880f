"""Typed building (``build_tables(..., typed=True)``) changes no validated table.

``provenance.extract`` builds the columns in their contract dtypes when it is about
to validate, so validation does not convert every string a second time. Whatever
the extractions, the validated tables must be the same as from the plain build.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import FigureKind, Format
from provenance.errors import SchemaError
from provenance.extractors.pipeline import Extraction
from provenance.extractors.records import FigureSpan
from provenance.ids import sha256_hex
from provenance.ingest.document import Document
from provenance.tables.build import build_tables
from provenance.tables.columns import contract_dtypes
from provenance.tables.validate import validate_tables
from provenance.testing.strategies import extractions

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _same(left: pd.DataFrame, right: pd.DataFrame, name: str) -> None:
    pd.testing.assert_frame_equal(left, right, check_exact=True, obj=name)
    for column in left.columns:  # the cells too: None, NaN and NA are told apart
        assert left[column].map(type).tolist() == right[column].map(type).tolist(), column


@_SETTINGS
@given(st.lists(extractions(), max_size=4))
def test_typed_build_validates_to_the_same_tables(batch: list[Extraction]) -> None:
    """Generated extractions (empty batches included) validate to identical tables."""
    plain = validate_tables(build_tables(batch))
    typed = validate_tables(build_tables(batch, typed=True))
    for (name, left), (_, right) in zip(plain.items(), typed.items(), strict=True):
        _same(left, right, name)


@_SETTINGS
@given(st.lists(extractions(), min_size=1, max_size=3))
def test_typed_columns_have_their_contract_dtypes(batch: list[Extraction]) -> None:
    """String and number columns come out in the contract dtype; dates are left as built."""
    tables = build_tables(batch, typed=True)
    for name, frame in tables.items():
        for column, dtype in contract_dtypes(name).items():
            if column != "published":
                assert frame[column].dtype == dtype, (name, column)


def _doc(published: datetime | None) -> Document:
    body = "Troops said 40 died."
    return Document(
        path="x.txt",
        format=Format.TEXT,
        headline="H",
        body=body,
        sha256=sha256_hex(body),
        agency="AFP",
        published=published,
    )


@pytest.mark.parametrize(
    "published",
    [None, datetime(2025, 8, 1, 12, tzinfo=UTC), datetime(2025, 8, 1, 12)],
    ids=["none", "aware", "naive"],
)
def test_dates_validate_the_same(published: datetime | None) -> None:
    """The ``published`` column (left to validation) gives the same dates, naive ones as UTC."""
    ex = Extraction(document=_doc(published), figures=(), claims=(), credits=())
    plain = validate_tables(build_tables([ex]))
    typed = validate_tables(build_tables([ex], typed=True))
    _same(plain.articles, typed.articles, "articles")


@pytest.mark.parametrize("batch", [["none", "none"], []], ids=["undated", "empty"])
def test_a_column_of_no_dates_is_built_in_its_contract_dtype(batch: list[str]) -> None:
    """With no date in the batch (text files carry none), ``published`` is built as the
    missing times validation makes of it, and validates to the same table."""
    docs = [dataclasses.replace(_doc(None), headline=f"H{i}") for i, _ in enumerate(batch)]
    exs = [Extraction(document=d, figures=(), claims=(), credits=()) for d in docs]
    typed = build_tables(exs, typed=True)
    assert typed.articles["published"].dtype == contract_dtypes("articles")["published"]
    assert typed.articles["published"].isna().all()
    _same(validate_tables(build_tables(exs)).articles, validate_tables(typed).articles, "articles")


def test_a_column_with_a_date_is_left_to_validation() -> None:
    """One date among missing ones: the column is built as given (validation reads it)."""
    dated = [_doc(None), dataclasses.replace(_doc(datetime(2025, 8, 1, 12)), headline="H2")]
    exs = [Extraction(document=d, figures=(), claims=(), credits=()) for d in dated]
    built = build_tables(exs, typed=True).articles["published"]
    pd.testing.assert_series_equal(built, build_tables(exs).articles["published"])


def test_tables_needing_no_coercion_validate_in_a_fresh_process() -> None:
    """Typed tables of text files need no coercion: validating them in place works in a
    process where pandera has coerced nothing yet (its ``frame.pandera`` accessor)."""
    import subprocess
    import sys

    code = (
        "from provenance.tables.build import build_tables\n"
        "from provenance.tables.validate import validate_tables\n"
        "validate_tables(build_tables([], typed=True), inplace=True)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_a_value_the_dtype_cannot_hold_is_still_reported_by_validation() -> None:
    """A figure with a text start (a bug in a plug-in) fails validation either way."""
    body = "Troops said 40 died."
    good = FigureSpan("40", 12, 14, FigureKind.CARDINAL, 40.0)
    bad = dataclasses.replace(good, start="twelve")  # type: ignore[arg-type]
    ex = Extraction(document=_doc(None), figures=(bad,), claims=(), credits=())
    assert body[12:14] == "40"
    for typed in (False, True):
        with pytest.raises(SchemaError):
            validate_tables(build_tables([ex], typed=typed))


def _cells(array: object) -> list[tuple[type, object]]:
    """Each cell with its type: None, NaN and NA told apart, missing ones compared as equal."""
    return [(type(v), "missing" if pd.isna(v) else v) for v in list(array)]  # type: ignore[call-overload]


_STRING: Any = pd.StringDtype("python", na_value=float("nan"))


@pytest.mark.parametrize(
    "values",
    [
        ["a", "b"],
        [None, None],
        ["a", None, "b", None],
        [None, "a"],
        [],
        ["a", float("nan"), None],  # a NaN goes to pandas as it is
        ["a", pd.NA, None],  # so does NA
        ["a", 5, None],  # a number (a bug): pandas turns it into text, as without gaps
    ],
    ids=["strings", "missing", "mixed", "missing-first", "empty", "nan", "na", "number"],
)
@pytest.mark.parametrize("gaps", [False, True])
def test_string_column_is_what_pandas_makes(values: list[Any], gaps: bool) -> None:
    """A string column, built with or without the ``take`` of its missing cells, holds what
    ``pd.array`` makes of the list: the same dtype and the same cells."""
    from provenance.tables.build import _column

    expected = pd.array(values, dtype=_STRING)
    built = _column(list(values), _STRING, gaps=gaps)
    assert built.dtype == expected.dtype
    assert _cells(built) == _cells(expected)


@pytest.mark.parametrize(
    "values",
    [[0, 5, 12], [], [True, 3], [None, 4], [2**70, 1]],
    ids=["ints", "empty", "bool", "missing", "past-int64"],
)
def test_int_column_is_what_pandas_makes(values: list[Any]) -> None:
    """An Int64 column of ints is what ``pd.array`` makes; anything else goes through it
    (a value it refuses leaves the plain list, for validation to report; one past int64
    raises as it does)."""
    from provenance.tables.build import _column

    try:
        expected = pd.array(values, dtype="Int64")
    except OverflowError:
        with pytest.raises(OverflowError):
            _column(list(values), pd.Int64Dtype())
        return
    except (TypeError, ValueError):
        assert _column(list(values), pd.Int64Dtype()) == values
        return
    built = _column(list(values), pd.Int64Dtype())
    assert built.dtype == expected.dtype
    assert _cells(built) == _cells(expected)
