"""Articles batches: documents as one pandas frame, and THE batch function every engine calls.

An *articles batch* is one row per document as read, before extraction, in
plain pandas types (strings, int64, UTC timestamps), so it travels through
Parquet, Arrow and JSONL unchanged. :func:`extract_batch` turns a batch into
the five validated tables; an engine (worker processes, Dask, Spark) only
decides which rows go into which batch.

What the batch does not keep: the UTC offset of ``published`` (the instant is
kept). A date without a year in the body is resolved against the document's
publication date, so a document published near midnight in a far time zone
may resolve such a date one day apart when read through a batch.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.enums import Format
from provenance.errors import ReadError
from provenance.ingest.document import Document, Picture
from provenance.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    import pandas as pd

    from provenance.extractors.pipeline import Extractors
    from provenance.tables.bundle import Tables

__all__ = [
    "ARTICLE_COLUMNS",
    "REQUIRED_COLUMNS",
    "article_ids",
    "checked_batch",
    "dedupe_batch",
    "documents_frame",
    "extract_batch",
    "frame_documents",
    "read_batch",
]

#: The columns of an articles batch, in order.
ARTICLE_COLUMNS: tuple[str, ...] = (
    "path",
    "item_index",
    "format",
    "sha256",
    "headline",
    "body",
    "agency",
    "published",
    "language",
    "byline",
    "dateline",
    "located",
    "uri",
    "pictures",
)
#: The columns an articles batch cannot do without.
REQUIRED_COLUMNS: tuple[str, ...] = ("path", "format", "headline", "body", "sha256")
_SHA256 = re.compile("[0-9a-f]{64}")
_TEXT_COLUMNS = tuple(c for c in ARTICLE_COLUMNS if c not in ("item_index", "published"))
_OPTIONAL = ("agency", "language", "byline", "dateline", "located", "uri")
#: Which copy of an article an engine keeps: the order ``_unique`` of the table builder uses.
_KEEP_ORDER = ["path", "item_index", "format", "sha256"]


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:  # the table builder reads a naive time as UTC too
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:  # year 1 with a positive offset: no UTC instant to keep
        return None


def _pictures_json(pictures: tuple[Picture, ...]) -> str | None:
    if not pictures:
        return None
    return json.dumps([asdict(p) for p in pictures], ensure_ascii=False)


def _pictures(raw: Any, path: str) -> tuple[Picture, ...]:
    if raw is None or (isinstance(raw, float) and raw != raw):
        return ()
    try:
        items = json.loads(raw)
        return tuple(
            Picture(
                caption=item.get("caption"),
                credit_line=item.get("credit_line"),
                creators=tuple(item.get("creators") or ()),
                provider=item.get("provider"),
                copyright_holder=item.get("copyright_holder"),
                uri=item.get("uri"),
                files=tuple(item.get("files") or ()),
            )
            for item in items
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise ReadError(
            path,
            f"the batch's pictures column is not a JSON list of pictures ({exc})",
            "write it with provenance.engines.documents_frame",
        ) from exc


def documents_frame(documents: Iterable[Document]) -> pd.DataFrame:
    """The articles batch of ``documents``: one row each, columns :data:`ARTICLE_COLUMNS`.

    Example:
        >>> from provenance.ingest import read_text
        >>> batch = documents_frame(read_text("Title\\n\\nTroops said 40 died.\\n\\nAFP"))
        >>> batch[["headline", "agency", "item_index"]].values.tolist()
        [['Title', 'AFP', 0]]
    """
    import pandas as pd

    docs = list(documents)
    data: dict[str, Any] = {
        "path": [d.path for d in docs],
        "item_index": pd.Series([d.item_index for d in docs], dtype="int64"),
        "format": [d.format.value for d in docs],
        "sha256": [d.sha256 for d in docs],
        "headline": [d.headline for d in docs],
        "body": [d.body for d in docs],
        "published": pd.Series([_utc(d.published) for d in docs], dtype="datetime64[us, UTC]"),
        "pictures": [_pictures_json(d.pictures) for d in docs],
    }
    for name in _OPTIONAL:
        data[name] = [getattr(d, name) for d in docs]
    for name in _TEXT_COLUMNS:
        data[name] = pd.Series(data[name], dtype="str")
    return pd.DataFrame(data, columns=list(ARTICLE_COLUMNS))


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value)


def _row_document(row: dict[str, Any]) -> Document:
    given = _text(row.get("path"))
    path = "<batch>" if given is None else given
    try:
        fmt = Format(str(row["format"]))
    except (KeyError, ValueError) as exc:
        raise ReadError(
            path,
            f"the batch's format {row.get('format')!r} is not one of "
            f"{', '.join(f.value for f in Format)}",
            "write the batch with provenance.engines.documents_frame",
        ) from exc
    published = row.get("published")
    when = None if published is None or published != published else published.to_pydatetime()
    return Document(
        path=path,
        format=fmt,
        headline=_text(row.get("headline")) or "",
        body=_text(row.get("body")) or "",
        sha256=_text(row.get("sha256")) or "",
        item_index=int(row.get("item_index") or 0),
        published=when,
        pictures=_pictures(row.get("pictures"), path),
        **{name: _text(row.get(name)) for name in _OPTIONAL},
    )


def _first_path(batch: pd.DataFrame, bad: pd.Series) -> str:
    return str(batch.loc[bad, "path"].iloc[0])


def checked_batch(batch: pd.DataFrame) -> pd.DataFrame:
    """``batch`` with its columns checked, ``published`` given as ISO 8601 strings parsed.

    The columns :data:`REQUIRED_COLUMNS` must be there; ``sha256`` must hold the
    hex SHA-256 of each article's raw input (``provenance verify`` compares it
    with the file); ``item_index``, when given, whole numbers from 0; and
    ``published``, when given, timestamps or ISO 8601 strings.

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"path": ["a.txt"], "format": ["text"],
        ...     "headline": ["T"], "body": ["B"]})
        >>> checked_batch(rows)
        Traceback (most recent call last):
        ...
        provenance.errors.BatchError: articles batch: the column(s) sha256 are missing; ...

    Raises:
        BatchError: a column is missing or holds values of the wrong type.
    """
    from provenance.errors import BatchError

    batch = _conformed(batch)
    digest = batch["sha256"].astype(object)
    bad = ~digest.map(lambda v: isinstance(v, str) and _SHA256.fullmatch(v) is not None)
    if bad.any():
        raise BatchError(
            "sha256",
            "the column sha256 is empty or not 64 hex digits",
            "give each row the hex SHA-256 of the raw bytes the article was read from "
            "(provenance.ids.sha256_hex(raw))",
            rows=int(bad.sum()),
            first=_first_path(batch, bad),
        )
    return batch


def _conformed(batch: pd.DataFrame) -> pd.DataFrame:
    """The batch's columns there, ``item_index`` whole, ``published`` as UTC times.

    Raises:
        BatchError: a column is missing or ``item_index`` / ``published`` ill-typed.
    """
    import pandas as pd

    from provenance.errors import BatchError

    missing = [c for c in REQUIRED_COLUMNS if c not in batch.columns]
    if missing:
        raise BatchError(
            ", ".join(missing),
            f"the column(s) {', '.join(missing)} are missing",
            f"an articles batch has the columns {', '.join(ARTICLE_COLUMNS)} (write it with "
            "provenance.engines.documents_frame, or add the missing ones)",
        )
    if "item_index" in batch.columns:
        given = batch["item_index"]
        number = pd.to_numeric(given.astype(object), errors="coerce")
        bad = given.notna() & (number.isna() | (number < 0) | (number % 1 != 0))
        if bad.any():
            raise BatchError(
                "item_index",
                "the column item_index holds values that are not whole numbers from 0",
                "give the position of the item in its file (0 for a file of one article)",
                rows=int(bad.sum()),
                first=_first_path(batch, bad),
            )
    if "published" in batch.columns and not isinstance(
        batch["published"].dtype, pd.DatetimeTZDtype
    ):
        parsed = _instants(batch["published"])
        bad = batch["published"].notna() & parsed.isna()
        if bad.any():
            raise BatchError(
                "published",
                "the column published holds values that are not timestamps",
                "give UTC timestamps (pandas.to_datetime(column, utc=True)) or ISO 8601 strings",
                rows=int(bad.sum()),
                first=_first_path(batch, bad),
            )
        batch = batch.assign(published=parsed)
    return batch


def _instants(given: pd.Series) -> pd.Series:
    """Datetimes as they are and ISO 8601 strings parsed, in UTC; anything else missing."""
    import pandas as pd

    values = given.astype(object)
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[us, UTC]")
    text = values.map(lambda v: isinstance(v, str)).astype(bool)
    instant = values.map(lambda v: isinstance(v, datetime)).astype(bool)
    if text.any():
        found = pd.to_datetime(values[text], utc=True, errors="coerce", format="ISO8601")
        out[text] = found.astype("datetime64[us, UTC]")
    if instant.any():
        out[instant] = pd.to_datetime(values[instant], utc=True).astype("datetime64[us, UTC]")
    return out


def _documents(batch: pd.DataFrame, errors: list[ReadError]) -> list[Document]:
    """The documents of ``batch``; a row that cannot be one is an error naming its path."""
    batch = _conformed(batch)
    docs: list[Document] = []
    for row in batch.to_dict("records"):
        try:
            docs.append(_row_document({str(k): v for k, v in row.items()}))
        except ReadError as exc:
            errors.append(exc)
    return docs


def frame_documents(batch: pd.DataFrame) -> list[Document]:
    """The documents of an articles batch (the inverse of :func:`documents_frame`).

    Example:
        >>> from provenance.ingest import read_text
        >>> docs = read_text("Title\\n\\nTroops said 40 died.\\n\\nAFP")
        >>> frame_documents(documents_frame(docs)) == docs
        True

    Raises:
        ReadError: a row is not a document (an unknown format, bad pictures JSON),
            naming its path.
        BatchError: the frame lacks a needed column or holds ill-typed values.
    """
    errors: list[ReadError] = []
    docs = _documents(batch, errors)
    if errors:
        raise errors[0]
    return docs


def read_batch(
    paths: Sequence[str | Path],
    *,
    format: Format | str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[pd.DataFrame, tuple[ReadError, ...]]:
    """Read files (or directories, recursively) into an articles batch.

    A file that cannot be read is one error in the second item, never an exception.

    Example:
        >>> batch, errors = read_batch(["examples/afp_putin_trump_talks.txt"])
        >>> batch["agency"].tolist(), errors
        (['AFP'], ())

    Raises:
        UsageError: an unknown ``format``.
    """
    from provenance.api import _documents as read_documents
    from provenance.api import _parse_format

    errors: list[ReadError] = []
    docs = list(read_documents(list(paths), _parse_format(format), errors, False, limits))
    return documents_frame(docs), tuple(errors)


def extract_batch(
    batch: pd.DataFrame,
    *,
    extractors: Extractors | None = None,
    validate: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> Tables:
    """The five tables of an articles batch, validated: the function every engine calls.

    Identical articles in the batch are kept once, as by :func:`provenance.extract`.
    A row that cannot be read or extracted is one ``ReadError`` on
    ``Tables.errors`` naming its path; the other rows are kept.

    Example:
        >>> batch, _ = read_batch(["examples/afp_putin_trump_talks.txt"])
        >>> len(extract_batch(batch).articles)
        1

    Raises:
        BatchError: the frame lacks a needed column or holds ill-typed values.
        SchemaError: the tables break their contract (a bug: please report it).
    """
    from dataclasses import replace

    from provenance.api import _safely
    from provenance.extractors.pipeline import Extractors
    from provenance.ingest import settle_document
    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    errors: list[ReadError] = []
    settled: list[Document] = []
    for doc in _documents(checked_batch(batch), errors):
        try:  # the text policy and the field limits hold for batch rows too
            settled.append(settle_document(doc, limits))
        except ReadError as exc:
            errors.append(exc)
    tables = build_tables(
        _safely(settled, extractors or Extractors(), errors, limits), typed=validate
    )
    if validate:  # the frames were just built here: coerced in place, not copied
        tables = validate_tables(tables, inplace=True)
    return replace(tables, errors=tuple(errors))


def article_ids(batch: pd.DataFrame) -> pd.Series:
    """The article id of each row of an articles batch (from its headline and body).

    Example:
        >>> batch, _ = read_batch(["examples/afp_putin_trump_talks.txt"])
        >>> article_ids(batch).str.startswith("art_").tolist()
        [True]
    """
    import pandas as pd

    from provenance.tables.build import article_id_for

    ids = [
        article_id_for(_text(h) or "", _text(b) or "")
        for h, b in zip(batch["headline"], batch["body"], strict=True)
    ]
    return pd.Series(ids, index=batch.index, dtype="str", name="article_id")


def dedupe_batch(batch: pd.DataFrame) -> pd.DataFrame:
    """One row per article id: the copy :func:`provenance.extract` would keep.

    That is the copy with the smallest (path, item_index, format, sha256), then
    the smallest row as text, whatever the order of the rows. Run it on a
    partition of rows hashed by :func:`article_ids` to dedupe a whole dataset.

    Example:
        >>> batch, _ = read_batch(["examples/", "examples/afp_putin_trump_talks.txt"])
        >>> len(batch), len(dedupe_batch(batch))
        (2, 1)
    """
    import numpy as np

    id_series = article_ids(batch)
    ids = id_series.to_numpy()
    copies = np.asarray(id_series.duplicated(keep=False), dtype=bool)
    if not copies.any():
        return batch
    # Only the rows whose id is seen twice are compared (by position: the index may repeat).
    at = np.flatnonzero(copies)
    rows = batch.iloc[at]
    keyed = rows.assign(_at=at, _id=ids[at], _row=[repr(r) for r in _row_tuples(rows)])
    keyed = keyed.sort_values(["_id", *_KEEP_ORDER, "_row"], kind="stable")
    keep = ~copies
    keep[keyed.drop_duplicates("_id")["_at"].to_numpy()] = True
    return batch[keep]


def _row_tuples(batch: pd.DataFrame) -> list[tuple[Any, ...]]:
    return list(batch.astype(object).itertuples(index=False, name=None))
