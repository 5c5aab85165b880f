"""Every document leaves the readers printable and within the field limit.

Text policy: lone surrogates (from ``\\ud800`` JSON escapes, file names with
invalid UTF-8, or a Python string) become U+FFFD here, once, so nothing
downstream (ids, extractors, reports) can fail to encode a document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from provenance.errors import LimitError, ReadError, printable
from provenance.settings import DEFAULT_LIMITS, Limits

from .document import Document, Picture

__all__ = ["settle_document", "too_big"]

_SHA256 = re.compile("[0-9a-f]{64}")
_PICTURE_FIELDS = ("caption", "credit_line", "provider", "copyright_holder", "uri")
_DOCUMENT_FIELDS: tuple[str, ...] = ("path", "headline", "body", "agency", "language")
_DOCUMENT_FIELDS += ("byline", "dateline", "located", "uri")


def _too_long(path: str, field: str, size: int, limits: Limits) -> LimitError:
    return LimitError(
        path,
        f"the {field} holds {size:,} characters, over the limit of {limits.max_field_chars:,}",
        "split the input, or raise --limit max_field_chars",
        limit="max_field_chars",
    )


def _settled(value: str | None, path: str, field: str, limits: Limits) -> str | None:
    if value is None:
        return None
    if len(value) > limits.max_field_chars:
        raise _too_long(path, field, len(value), limits)
    return printable(value)


def settle_document(document: Document, limits: Limits = DEFAULT_LIMITS) -> Document:
    """The document with every text field printable and within ``limits``.

    Lone surrogates become U+FFFD; a field longer than ``limits.max_field_chars``
    refuses the document, and so does a ``sha256`` that is not 64 hex digits (a
    document made by hand: ``provenance verify`` compares it with the file).

    Example:
        >>> from provenance.enums import Format
        >>> doc = Document("a.txt", Format.TEXT, "Title", "5\\ud800", sha256="0" * 64)
        >>> settle_document(doc).body
        '5\ufffd'

    Raises:
        LimitError: a field is longer than ``limits.max_field_chars``.
        ReadError: the ``sha256`` is not 64 lowercase hex digits.
    """
    path = document.path
    digest = document.sha256
    if not (isinstance(digest, str) and _SHA256.fullmatch(digest)):
        raise ReadError(
            path,
            f"its sha256 {digest!r} is not the hex SHA-256 of its raw input",
            "give Document(sha256=provenance.ids.sha256_hex(raw bytes))",
        )
    changes = _changes(document, _DOCUMENT_FIELDS, path, limits)
    pictures = tuple(_settle_picture(pic, path, limits) for pic in document.pictures)
    if any(new is not old for new, old in zip(pictures, document.pictures, strict=True)):
        changes["pictures"] = pictures
    return replace(document, **changes) if changes else document  # type: ignore[arg-type]


def _changes(
    record: Document | Picture, names: tuple[str, ...], path: str, limits: Limits
) -> dict[str, object]:
    """The fields of ``record`` that settling changes, with their new values."""
    changes: dict[str, object] = {}
    for name in names:
        value = getattr(record, name)
        settled = _settled(value, path, name, limits)
        if settled is not value:
            changes[name] = settled
    return changes


def _settle_picture(picture: Picture, path: str, limits: Limits) -> Picture:
    changes = _changes(picture, _PICTURE_FIELDS, path, limits)
    creators = tuple(_settled(c, path, "creator", limits) or "" for c in picture.creators)
    if creators != picture.creators:
        changes["creators"] = creators
    return replace(picture, **changes) if changes else picture  # type: ignore[arg-type]


def too_big(path: str, size: int, limits: Limits) -> LimitError:
    """The error for an input of ``size`` bytes over ``limits.max_file_bytes``."""
    return LimitError(
        path,
        f"the file holds {size:,} bytes, over the limit of {limits.max_file_bytes:,}",
        "split it, or raise --limit max_file_bytes",
        limit="max_file_bytes",
    )
