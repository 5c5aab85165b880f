"""Articles batches: documents in one frame and back, and the batch function."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import provenance
from provenance.engines import (
    ARTICLE_COLUMNS,
    article_ids,
    canonical,
    dedupe_batch,
    documents_frame,
    extract_batch,
    frame_documents,
    read_batch,
)
from provenance.enums import Format
from provenance.errors import ReadError
from provenance.ingest.document import Document, Picture
from provenance.testing.engines import BAD_FILE

# Documents as readers leave them: printable text (no lone surrogates), aware times.
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_maybe = st.none() | _text
_times = st.none() | st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)
_pictures = st.builds(
    Picture,
    caption=_maybe,
    credit_line=_maybe,
    creators=st.lists(_text, max_size=2).map(tuple),
    provider=_maybe,
    copyright_holder=_maybe,
    uri=_maybe,
    files=st.lists(_text, max_size=2).map(tuple),
)
_documents = st.builds(
    Document,
    path=_text,
    format=st.sampled_from(list(Format)),
    headline=_text,
    body=_text,
    sha256=st.text("0123456789abcdef", min_size=1, max_size=64),
    agency=_maybe,
    published=_times,
    language=_maybe,
    byline=_maybe,
    dateline=_maybe,
    located=_maybe,
    uri=_maybe,
    item_index=st.integers(0, 2**40),
    pictures=st.lists(_pictures, max_size=2).map(tuple),
)


@given(st.lists(_documents, max_size=5))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_documents_round_trip_through_a_batch(docs: list[Document]) -> None:
    """documents_frame then frame_documents gives back the same documents."""
    batch = documents_frame(docs)
    assert tuple(batch.columns) == ARTICLE_COLUMNS
    assert frame_documents(batch) == docs


@given(st.lists(_documents, min_size=1, max_size=4))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_batch_round_trips_through_parquet_and_jsonl(docs: list[Document]) -> None:
    """A batch written to Parquet or JSON lines and read back holds the same documents."""
    import io

    batch = documents_frame(docs)
    buffer = io.BytesIO()
    batch.to_parquet(buffer)
    assert frame_documents(pd.read_parquet(io.BytesIO(buffer.getvalue()))) == docs
    lines = batch.to_json(orient="records", lines=True, date_format="iso", date_unit="us")
    back = pd.read_json(io.StringIO(lines), lines=True, dtype=False)
    back["published"] = pd.to_datetime(back["published"], utc=True, format="ISO8601")
    assert frame_documents(back) == docs


def test_an_offset_time_keeps_its_instant() -> None:
    """A publication time with a UTC offset comes back as the same instant, in UTC."""
    when = datetime(2025, 6, 1, 23, 30, tzinfo=UTC) + timedelta(hours=3)
    doc = Document("a.txt", Format.TEXT, "H", "B", "0", published=when)
    (back,) = frame_documents(documents_frame([doc]))
    assert back.published == when
    assert back.published is not None
    assert back.published.utcoffset() == timedelta(0)


def test_a_bad_row_is_an_error_naming_its_path() -> None:
    """A row with an unknown format becomes one ReadError naming its path; the rest is kept."""
    docs = [
        Document("good.txt", Format.TEXT, "Title", "Kyiv said 40 soldiers died.", "0" * 64),
        Document("bad.txt", Format.TEXT, "Other", "Body.", "1" * 64),
    ]
    batch = documents_frame(docs)
    batch.loc[1, "format"] = "telex"
    tables = extract_batch(batch)
    assert len(tables.articles) == 1
    (error,) = tables.errors
    assert isinstance(error, ReadError)
    assert error.path == "bad.txt"
    assert "telex" in str(error)
    with pytest.raises(ReadError, match=r"bad\.txt"):
        frame_documents(batch)


def test_read_batch_keeps_good_files_beside_a_bad_one(small_dir: Path) -> None:
    """Reading a folder with a binary file gives every other article and one error for it."""
    batch, errors = read_batch([small_dir])
    assert [Path(e.path).name for e in errors] == [BAD_FILE]
    assert len(batch) == len(list(small_dir.iterdir())) - 1


def test_extract_batch_equals_extract(small_dir: Path) -> None:
    """The batch function gives the tables provenance.extract gives on the same files."""
    batch, errors = read_batch([small_dir])
    expected = canonical(provenance.extract(small_dir))
    got = canonical(extract_batch(batch))
    for (name, left), (_, right) in zip(got.items(), expected.items(), strict=True):
        pd.testing.assert_frame_equal(left, right, obj=name)
    assert [str(e) for e in errors] == [str(e) for e in expected.errors]


@given(st.permutations(range(12)), st.data())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_dedupe_batch_keeps_the_copy_extract_keeps(order: list[int], data: st.DataObject) -> None:
    """Whatever the row order or index, dedupe_batch keeps per id the copy _unique keeps."""
    docs = [
        Document(f"{p}.txt", fmt, f"T{i % 4}", "Body.", sha, item_index=k)
        for i, (p, fmt, sha, k) in enumerate(
            data.draw(
                st.lists(
                    st.tuples(
                        st.sampled_from("abc"),
                        st.sampled_from([Format.TEXT, Format.NINJS]),
                        st.sampled_from(["0" * 64, "1" * 64]),
                        st.integers(0, 1),
                    ),
                    min_size=12,
                    max_size=12,
                )
            )
        )
    ]
    batch = documents_frame([docs[i] for i in order])
    batch.index = [0] * len(batch)  # partitions of a distributed frame repeat index labels
    kept = dedupe_batch(batch)
    assert not article_ids(kept).duplicated().any()
    assert set(article_ids(kept)) == set(article_ids(batch))
    expected = provenance.extract(docs).articles
    got = extract_batch(kept).articles
    assert sorted(zip(got["article_id"], got["path"], got["format"], strict=True)) == sorted(
        zip(expected["article_id"], expected["path"], expected["format"], strict=True)
    )
