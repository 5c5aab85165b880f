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
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from provenance.enums import Format
from provenance.errors import LimitError, ReadError, printable
from provenance.ids import sha256_hex
from provenance.settings import DEFAULT_LIMITS as _DEFAULTS
from provenance.settings import Limits

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
    "settle_document",
]


@functools.cache
def _builtin_readers() -> ReaderRegistry:
    """The built-in readers, registered once per process (never handed out, never changed)."""
    return default_readers()


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


def settle_document(document: Document, limits: Limits = _DEFAULTS) -> Document:
    """The document with every text field printable and within ``limits``.

    Lone surrogates become U+FFFD; a field longer than ``limits.max_field_chars``
    refuses the document.

    Example:
        >>> doc = read_text("Title\\n\\nBody.")[0]
        >>> settle_document(replace(doc, body="5\\ud800")).body
        '5\ufffd'

    Raises:
        LimitError: a field is longer than ``limits.max_field_chars``.
    """
    path = document.path
    changes: dict[str, object] = {}
    for name in _DOCUMENT_FIELDS:
        value = getattr(document, name)
        settled = _settled(value, path, name, limits)
        if settled is not value:
            changes[name] = settled
    pictures = tuple(_settle_picture(pic, path, limits) for pic in document.pictures)
    if any(new is not old for new, old in zip(pictures, document.pictures, strict=True)):
        changes["pictures"] = pictures
    return replace(document, **changes) if changes else document  # type: ignore[arg-type]


def _settle_picture(picture: Picture, path: str, limits: Limits) -> Picture:
    changes: dict[str, object] = {}
    for name in _PICTURE_FIELDS:
        value = getattr(picture, name)
        settled = _settled(value, path, name, limits)
        if settled is not value:
            changes[name] = settled
    creators = tuple(_settled(c, path, "creator", limits) or "" for c in picture.creators)
    if creators != picture.creators:
        changes["creators"] = creators
    return replace(picture, **changes) if changes else picture  # type: ignore[arg-type]


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


def _too_big(path: str, size: int, limits: Limits) -> LimitError:
    return LimitError(
        path,
        f"the file holds {size:,} bytes, over the limit of {limits.max_file_bytes:,}",
        "split it, or raise --limit max_file_bytes",
        limit="max_file_bytes",
    )


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


def _special(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _read_regular(name: str, limits: Limits) -> bytes:
    """The bytes of a regular file; anything else is refused without waiting on it."""
    # O_NONBLOCK: opening a FIFO with no writer returns at once instead of blocking
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(name, flags)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(name)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(name, f"is {_special(info.st_mode)}, not a file", "pass a regular file")
        if info.st_size > limits.max_file_bytes:
            raise _too_big(name, info.st_size, limits)
        # read one byte past the limit: a file that grows while read is still bounded
        data = handle.read(limits.max_file_bytes + 1)
    if len(data) > limits.max_file_bytes:
        raise _too_big(name, len(data), limits)
    return data


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


def iter_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_error: Callable[[ReadError], None] | None = None,
) -> Iterator[Path]:
    """Files to read: files as given, directories walked recursively in sorted order.

    Hidden files and directories inside a walked directory are skipped; a
    linked folder is walked once (a link loop is skipped). Entries that cannot be read
    (an unreadable subfolder, a FIFO, a socket, a device, a broken or looping
    link) are skipped, each reported to ``on_error`` as a :class:`ReadError`
    when given.

    Example:
        >>> list(iter_paths(["article.txt"]))  # doctest: +SKIP
        [PosixPath('article.txt')]

    Raises:
        ReadError: a path does not exist.
    """
    report = on_error if on_error is not None else _ignore
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path, report)
        elif path.exists() or path.is_symlink():
            yield path  # read_file says what is wrong with a special file
        else:
            raise ReadError(str(path), "no such file or directory", "check the path")


def _ignore(error: ReadError) -> None:
    """Errors nobody asked for are dropped (the older behaviour of iter_paths)."""


def _walk(root: Path, report: Callable[[ReadError], None]) -> Iterator[Path]:
    def refused(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else root
        report(
            ReadError(
                os.fspath(where),
                f"cannot read the folder ({exc.strerror}); its files were skipped",
                "check its permissions",
            )
        )

    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    # followlinks: a linked folder is read, once; a link back to a folder on the way is a loop
    for folder, dirs, files in os.walk(root, onerror=refused, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError as exc:
            refused(exc)
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            report(
                ReadError(
                    folder, "a link to a folder already read (a loop?); skipped", "remove the link"
                )
            )
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(folder, f) for f in files if not f.startswith("."))
    for path in sorted(found):
        problem = _not_a_file(path)
        if problem is None:
            yield path
        else:
            report(ReadError(str(path), f"{problem}; skipped", "remove it or pass a regular file"))


def _not_a_file(path: Path) -> str | None:
    """Why ``path`` (found in a walked folder) is not a file to read, or ``None``."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink():
            return f"a broken or looping symbolic link ({exc.strerror})"
        return f"cannot be examined ({exc.strerror})"
    if stat.S_ISREG(mode):
        return None
    return f"{_special(mode)}, not a file"
