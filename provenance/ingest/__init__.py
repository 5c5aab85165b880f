"""Readers: news items in text, HTML, ninjs, NewsML-G2 and NewsML 1.2 as :class:`Document`.

Every ``read_*`` function raises only :class:`~provenance.errors.ReadError`
(and its subclasses :class:`~provenance.errors.UnknownFormatError` and
:class:`~provenance.errors.UnsafeInputError`) for bad input, with a one-line
message naming the file and saying what to do.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from provenance.enums import Format
from provenance.errors import ReadError
from provenance.ids import sha256_hex

from .agency import DISTRIBUTORS, KNOWN_AGENCIES, normalize_agency, normalize_distributor
from .decode import decode_bytes as _decode_bytes
from .detect import detect_format
from .detect import detect_text_format as _detect_text_format
from .document import Document, Picture
from .registry import Reader, ReaderRegistry, Source, default_readers

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
]


@functools.cache
def _builtin_readers() -> ReaderRegistry:
    """The built-in readers, registered once per process (never handed out, never changed)."""
    return default_readers()


def _read(
    text: str, raw: bytes, path: str, format: Format | None, registry: ReaderRegistry | None
) -> list[Document]:
    chosen = format if format is not None else _detect_text_format(text, path)
    readers = registry if registry is not None else _builtin_readers()
    reader = readers.get(chosen)
    try:
        return reader(Source(path=path, sha256=sha256_hex(raw), text=text))
    except RecursionError as exc:  # absurdly nested markup
        raise ReadError(path, "the input is nested too deeply to read", "simplify it") from exc


def read_bytes(
    data: bytes,
    *,
    path: str = "<bytes>",
    format: Format | None = None,
    registry: ReaderRegistry | None = None,
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
    """
    return _read(_decode_bytes(data, path), data, path, format, registry)


def read_text(
    text: str,
    *,
    path: str = "<string>",
    format: Format | None = None,
    registry: ReaderRegistry | None = None,
) -> list[Document]:
    """Read the news items in a string; ``sha256`` is that of its UTF-8 encoding.

    Example:
        >>> read_text("Title\\n\\nBody.")[0].body
        'Body.'

    Raises:
        ReadError: the text is blank or malformed for its format.
        UnknownFormatError: the format cannot be told; pass ``format``.
        UnsafeInputError: XML that declares a DTD or entities.
    """
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates
        raise ReadError(
            path, f"the text holds an invalid character at {exc.start}", "re-encode it as UTF-8"
        ) from exc
    return _read(_decode_bytes(raw, path), raw, path, format, registry)


def read_file(
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    registry: ReaderRegistry | None = None,
) -> list[Document]:
    """Read the news items in a file.

    Example:
        >>> docs = read_file("article.txt")  # doctest: +SKIP

    Raises:
        ReadError: the file is missing or unreadable, or its content is bad
            (see :func:`read_bytes`).
        UnknownFormatError: the format cannot be told; pass ``format``.
        UnsafeInputError: XML that declares a DTD or entities.
    """
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError as exc:
        raise ReadError(name, "no such file", "check the path") from exc
    except IsADirectoryError as exc:
        raise ReadError(name, "is a directory", "pass a file, or use iter_paths") from exc
    except OSError as exc:
        raise ReadError(name, f"cannot read the file ({exc.strerror})", "check it") from exc
    return read_bytes(data, path=name, format=format, registry=registry)


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files to read: files as given, directories walked recursively in sorted order.

    Hidden files and directories inside a walked directory are skipped.

    Example:
        >>> list(iter_paths(["article.txt"]))  # doctest: +SKIP
        [PosixPath('article.txt')]

    Raises:
        ReadError: a path does not exist.
    """
    for item in paths:
        path = Path(item)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                relative = found.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if found.is_file():
                    yield found
        elif path.exists():
            yield path
        else:
            raise ReadError(str(path), "no such file or directory", "check the path")
