"""Readers: news items in text, HTML, ninjs, NewsML-G2 and NewsML 1.2 as :class:`Document`.

Every ``read_*`` function raises only :class:`~provenance.errors.ReadError`
(and its subclasses :class:`~provenance.errors.UnknownFormatError`,
:class:`~provenance.errors.UnsafeInputError` and
:class:`~provenance.errors.LimitError`) for bad input, with a one-line
message naming the file and saying what to do.

Text policy: text enters through these functions (and the string API of
:mod:`provenance.api`); lone surrogates (from ``\\ud800`` JSON escapes, file
names with invalid UTF-8, or a Python string) become U+FFFD there, once, so
nothing downstream (ids, extractors, reports) can fail to encode a document.
"""

from __future__ import annotations

import functools
import os

from provenance.enums import Format
from provenance.errors import ReadError, printable
from provenance.ids import sha256_hex
from provenance.settings import DEFAULT_LIMITS as _DEFAULTS
from provenance.settings import Limits

from .agency import DISTRIBUTORS, KNOWN_AGENCIES, normalize_agency, normalize_distributor
from .decode import decode_bytes as _decode_bytes
from .detect import detect_format
from .detect import detect_text_format as _detect_text_format
from .document import Document, Picture
from .files import iter_paths
from .files import read_regular as _read_regular
from .registry import Reader, ReaderRegistry, Source, default_readers
from .settle import settle_document
from .settle import too_big as _too_big

__all__ = [
    "DISTRIBUTORS",
    "KNOWN_AGENCIES",
    "Document",
    "Picture",
    "Reader",
    "ReaderRegistry",
    "Source",
    "default_readers",
    "detect_format",
    "iter_paths",
    "normalize_agency",
    "normalize_distributor",
    "read_bytes",
    "read_file",
    "read_text",
    "settle_document",
]


@functools.cache
def _builtin_readers() -> ReaderRegistry:
    """The built-in readers, registered once per process (never handed out, never changed)."""
    return default_readers()


def _read(
    text: str,
    raw: bytes,
    path: str,
    format: Format | None,
    registry: ReaderRegistry | None,
    limits: Limits,
) -> list[Document]:
    if len(raw) > limits.max_file_bytes:
        raise _too_big(path, len(raw), limits)
    chosen = format if format is not None else _detect_text_format(text, path)
    readers = registry if registry is not None else _builtin_readers()
    reader = readers.get(chosen)
    try:
        documents = reader(Source(path=path, sha256=sha256_hex(raw), text=text, limits=limits))
    except RecursionError as exc:  # absurdly nested markup
        raise ReadError(path, "the input is nested too deeply to read", "simplify it") from exc
    return [settle_document(doc, limits) for doc in documents]


def read_bytes(
    data: bytes,
    *,
    path: str = "<bytes>",
    format: Format | None = None,
    registry: ReaderRegistry | None = None,
    limits: Limits = _DEFAULTS,
) -> list[Document]:
    """Read the news items in raw bytes; the format is detected unless given.

    Example:
        >>> docs = read_bytes(b"Title\\n\\nPARIS (AFP) - Text.\\n\\nAFP", path="a.txt")
        >>> docs[0].headline, docs[0].agency
        ('Title', 'AFP')

    Raises:
        ReadError: the bytes are empty, binary, not UTF-8/UTF-16, or malformed
            for their format.
        UnknownFormatError: the format cannot be told; pass ``format``.
        UnsafeInputError: XML that declares a DTD or entities.
        LimitError: the input breaks one of ``limits``.
    """
    if len(data) > limits.max_file_bytes:
        raise _too_big(path, len(data), limits)
    return _read(_decode_bytes(data, path), data, path, format, registry, limits)


def read_text(
    text: str,
    *,
    path: str = "<string>",
    format: Format | None = None,
    registry: ReaderRegistry | None = None,
    limits: Limits = _DEFAULTS,
) -> list[Document]:
    """Read the news items in a string; ``sha256`` is that of its UTF-8 encoding.

    Lone surrogates in ``text`` become U+FFFD first (see the module's text policy).

    Example:
        >>> read_text("Title\\n\\nBody.")[0].body
        'Body.'

    Raises:
        ReadError: the text is blank or malformed for its format.
        UnknownFormatError: the format cannot be told; pass ``format``.
        UnsafeInputError: XML that declares a DTD or entities.
        LimitError: the input breaks one of ``limits``.
    """
    raw = printable(text).encode("utf-8")
    return _read(_decode_bytes(raw, path), raw, path, format, registry, limits)


def read_file(
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    registry: ReaderRegistry | None = None,
    limits: Limits = _DEFAULTS,
) -> list[Document]:
    """Read the news items in a file.

    FIFOs, sockets and devices are refused without being waited on.

    Example:
        >>> docs = read_file("article.txt")  # doctest: +SKIP

    Raises:
        ReadError: the file is missing, unreadable or not a regular file, or
            its content is bad (see :func:`read_bytes`).
        UnknownFormatError: the format cannot be told; pass ``format``.
        UnsafeInputError: XML that declares a DTD or entities.
        LimitError: the file breaks one of ``limits``.
    """
    name = os.fspath(path)
    try:
        data = _read_regular(name, limits)
    except FileNotFoundError as exc:
        raise ReadError(name, "no such file", "check the path") from exc
    except IsADirectoryError as exc:
        raise ReadError(name, "is a directory", "pass a file, or use iter_paths") from exc
    except OSError as exc:
        raise ReadError(name, f"cannot read the file ({exc.strerror})", "check it") from exc
    return read_bytes(data, path=name, format=format, registry=registry, limits=limits)
