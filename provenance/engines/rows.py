"""JSONL files of article rows: one JSON object a line, the columns of an articles batch.

A ``.jsonl`` (or ``.ndjson``) file given without ``format`` is read as article
rows (:data:`~provenance.engines.batch.ARTICLE_COLUMNS`; as
``DataFrame.to_json(orient="records", lines=True)`` writes an articles batch),
each row one article. A line that is not a sound row is one
:class:`~provenance.errors.ReadError` naming ``FILE:LINE``; the other rows are
read. Each line may be as long as one input file may be (``max_file_bytes``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePath
from typing import Any

from provenance.engines.batch import _SHA256, REQUIRED_COLUMNS, _row_document
from provenance.enums import Format
from provenance.errors import ReadError
from provenance.ingest.document import Document
from provenance.settings import DEFAULT_LIMITS, Limits

__all__ = ["ROW_SUFFIXES", "is_rows_file", "read_documents", "read_rows", "row_document"]

#: The suffixes of files read as article rows when no format is forced.
ROW_SUFFIXES = (".jsonl", ".ndjson")
_HINT = (
    "write one JSON object a line with the columns path, format, headline, body and "
    "sha256 (provenance.engines.documents_frame(...).to_json(orient='records', lines=True))"
)


def is_rows_file(path: str | os.PathLike[str], format: Format | None) -> bool:
    """Whether ``path`` is read as article rows: a JSONL suffix and no forced format.

    Example:
        >>> is_rows_file("feed/articles.jsonl", None), is_rows_file("a.jsonl", Format.NINJS)
        (True, False)
    """
    if format is not None:
        return False
    # a path already given as a path object (every walked file) is not parsed again
    name = path if isinstance(path, PurePath) else Path(path)
    return name.suffix.lower() in ROW_SUFFIXES


def _instant(value: Any) -> datetime | None:
    """An ISO 8601 time (or epoch milliseconds, as pandas writes them) in UTC; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(value / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    try:
        found = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)


def row_document(row: Any, where: str) -> Document:
    """One article row (a JSON object) as a :class:`Document`.

    Example:
        >>> row = {"path": "a.txt", "format": "text", "headline": "T", "body": "B",
        ...        "sha256": "0" * 64, "published": "2025-06-21T10:00:00Z"}
        >>> doc = row_document(row, "rows.jsonl:1")
        >>> doc.path, doc.published.isoformat()
        ('a.txt', '2025-06-21T10:00:00+00:00')

    Raises:
        ReadError: the row is no article row, naming ``where`` and the bad key.
    """
    import pandas as pd

    if not isinstance(row, dict):
        kind = type(row).__name__
        raise ReadError(where, f"a JSON {kind}, not an object (an article row)", _HINT)
    missing = [c for c in REQUIRED_COLUMNS if row.get(c) is None]
    if missing:
        raise ReadError(where, f"the row has no {', '.join(missing)}", _HINT)
    sha = row["sha256"]
    if not (isinstance(sha, str) and _SHA256.fullmatch(sha)):
        raise ReadError(
            where,
            "sha256 is not 64 lower-case hex digits",
            "give the hex SHA-256 of the raw bytes the article was read from",
        )
    index = row.get("item_index")
    if index is not None and (
        isinstance(index, bool) or not isinstance(index, (int, float)) or index < 0 or index % 1
    ):
        raise ReadError(where, f"item_index {index!r} is not a whole number from 0", _HINT)
    published = row.get("published")
    when = None if published is None else _instant(published)
    if published is not None and when is None:
        raise ReadError(where, f"published {published!r} is not an ISO 8601 time", _HINT)
    pictures = row.get("pictures")
    if isinstance(pictures, list):  # written as JSON rather than a JSON string
        pictures = json.dumps(pictures, ensure_ascii=False)
    try:
        return _row_document(
            {
                **row,
                "item_index": index,
                "published": None if when is None else pd.Timestamp(when),
                "pictures": pictures,
            }
        )
    except ReadError as exc:  # named by the row's path: name the line instead
        raise ReadError(where, exc.reason, exc.hint) from exc


def read_rows(
    path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS
) -> Iterator[Document | ReadError]:
    """The documents of a JSONL file of article rows, and an error for each bad line.

    Blank lines are skipped; lines are numbered from 1.

    Example:
        >>> items = list(read_rows("feed/articles.jsonl"))  # doctest: +SKIP

    Raises:
        ReadError: the file is missing, unreadable or not a regular file.
    """
    name = os.fspath(path)
    if not Path(name).is_file():
        what = "no such file" if not Path(name).exists() else "not a regular file"
        raise ReadError(name, what, "check the path")
    try:
        with open(name, "rb") as fh:
            for number, raw in enumerate(fh, start=1):
                where = f"{name}:{number}"
                if not raw.strip():
                    continue
                if len(raw) > limits.max_file_bytes:
                    yield ReadError(
                        where,
                        f"the line is over max_file_bytes ({limits.max_file_bytes} bytes)",
                        "raise it with --limit max_file_bytes=N",
                    )
                    continue
                try:
                    row = json.loads(raw.decode("utf-8").rstrip("\r\n"))
                except UnicodeDecodeError as exc:
                    yield ReadError(where, f"not UTF-8 ({exc.reason})", _HINT)
                    continue
                except json.JSONDecodeError as exc:
                    reason = f"malformed JSON at column {exc.colno} ({exc.msg})"
                    yield ReadError(where, reason, _HINT)
                    continue
                try:
                    yield row_document(row, where)
                except ReadError as exc:
                    yield exc
    except OSError as exc:
        raise ReadError(name, f"cannot read the file ({exc.strerror})", "check it") from exc


def read_documents(
    path: str | os.PathLike[str],
    *,
    format: Format | None,
    limits: Limits,
    errors: list[ReadError],
) -> Iterator[Document]:
    """The documents of one input file: article rows of a JSONL file, else its news items.

    A bad line of a JSONL file is an error on ``errors`` and the other rows are
    read; any other unreadable file raises as :func:`provenance.ingest.read_file` does.

    Example:
        >>> errors = []
        >>> docs = list(read_documents("examples/afp_putin_trump_talks.txt",
        ...     format=None, limits=DEFAULT_LIMITS, errors=errors))
        >>> len(docs), errors
        (1, [])

    Raises:
        ReadError: the file cannot be read (see :func:`provenance.ingest.read_file`).
    """
    from provenance.ingest import read_file, settle_document

    if not is_rows_file(path, format):
        yield from read_file(path, format=format, limits=limits)
        return
    for item in read_rows(path, limits):
        if isinstance(item, ReadError):
            errors.append(item)
            continue
        try:  # the text policy and the field limit hold for rows too
            yield settle_document(item, limits)
        except ReadError as exc:
            errors.append(exc)
