"""Input files and folders: regular files only, never waited on; walks say what they skip."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal

from provenance.errors import ReadError
from provenance.settings import Limits

from .settle import too_big

__all__ = ["iter_paths", "read_regular"]


def _special(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


#: How every input is opened. O_NONBLOCK: opening a FIFO with no writer returns at once
#: instead of blocking; O_BINARY (Windows only) reads the bytes as they are. Read once: a
#: flag the system lacks cost an AttributeError raised and caught per file.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_regular(name: str, limits: Limits) -> bytes:
    """The bytes of a regular file; anything else is refused without waiting on it."""
    fd = os.open(name, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(name)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(name, f"is {_special(info.st_mode)}, not a file", "pass a regular file")
        if info.st_size > limits.max_file_bytes:
            raise too_big(name, info.st_size, limits)
        # read one byte past the limit: a file that grows while read is still bounded
        data = _read_upto(fd, limits.max_file_bytes + 1, info.st_size + 1)
    finally:
        os.close(fd)
    if len(data) > limits.max_file_bytes:
        raise too_big(name, len(data), limits)
    return data


def _read_upto(fd: int, limit: int, expected: int) -> bytes:
    """Up to ``limit`` bytes of ``fd`` until its end, as ``open(...).read(limit)`` reads them.

    Without a buffered file object around the descriptor (a fixed cost per file).
    The first read asks for ``expected`` bytes (the size, plus one to see the end)
    so no buffer of ``limit`` bytes is allocated for a small file.
    """
    parts: list[bytes] = []
    left = limit
    want = max(1, min(expected, limit))
    while left > 0:
        chunk = os.read(fd, min(want, left))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
        want = max(want, 1 << 16)  # the file grew while read: go on in larger reads
    return parts[0] if len(parts) == 1 else b"".join(parts)


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
        # a path of the concrete class already (every path a caller lists) is the path
        # ``Path`` would make again from it: the same parts, so the object itself is kept
        path = item if type(item) is _PATH else Path(item)
        kind = _kind(path)
        if kind == "folder":
            yield from _walk(path, report)
        elif kind == "entry":
            yield path  # read_file says what is wrong with a special file
        else:
            raise ReadError(str(path), "no such file or directory", "check the path")


def _kind(path: Path) -> Literal["folder", "entry", "missing"]:
    """``"folder"`` where ``path.is_dir()``, else ``"entry"`` where ``path.exists() or
    path.is_symlink()``, else ``"missing"``.

    One ``stat`` for a path that can be examined (every given file, the common case):
    it exists, and its mode says whether it is a folder. Only a path ``stat`` refuses
    asks the three tests themselves, so what they answer or raise is unchanged.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        if path.is_dir():
            return "folder"
        return "entry" if path.exists() or path.is_symlink() else "missing"
    return "folder" if stat.S_ISDIR(mode) else "entry"


#: The concrete class ``Path(...)`` makes on this system (``PosixPath``, ``WindowsPath``).
_PATH = type(Path())


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
