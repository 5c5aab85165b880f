"""Output paths checked before any work, and write failures worded for the user.

The CLI checks every output path the user typed before reading a single input
(a usage error, exit 2), so a typo never costs a long run; a failure that only
shows while writing (a full disk) is worded by :func:`write_problem`.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from provenance.errors import printable

__all__ = ["file_problem", "folder_problem", "write_problem"]


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def _line(path: Path, why: str, hint: str) -> str:
    return f"cannot write {printable(str(path))}: {why}; {hint}"


def file_problem(path: Path) -> str | None:
    """What stops writing the file ``path``, as a line for the user, or ``None``.

    Example:
        >>> print(file_problem(Path("/no/such/folder/report.html")))
        cannot write /no/such/folder/report.html: the folder /no/such/folder does not exist; \
create it or choose another path
    """
    parent = path.parent
    if path.is_dir():
        return _line(path, "it is a folder", "give a file name inside it")
    if path.exists():
        if os.access(path, os.W_OK):
            return None
        return _line(path, "the file is read-only", "make it writable or choose another path")
    blocker = _file_above(path)
    if blocker is not None:
        return _line(path, f"{printable(str(blocker))} is not a folder", "choose another path")
    if not parent.exists():
        where = printable(str(parent))
        return _line(path, f"the folder {where} does not exist", "create it or choose another path")
    if not _writable(parent):
        return _line(path, "its folder is read-only", "choose another path")
    return None


def folder_problem(path: Path) -> str | None:
    """What stops writing files into the folder ``path`` (created if missing), or ``None``.

    Example:
        >>> print(folder_problem(Path("/etc/hostname/tables")))
        cannot write /etc/hostname/tables: /etc/hostname is not a folder; choose another folder
    """
    if path.exists() and not path.is_dir():
        return _line(path, "it is a file, not a folder", "choose another folder")
    blocker = _file_above(path)
    if blocker is not None:
        return _line(path, f"{printable(str(blocker))} is not a folder", "choose another folder")
    existing = next((p for p in (path, *path.parents) if p.exists()), Path("."))
    if not _writable(existing):
        return _line(path, f"{printable(str(existing))} is read-only", "choose another folder")
    return None


def _file_above(path: Path) -> Path | None:
    """The nearest existing ancestor of ``path`` when it is not a folder (``a.txt/b``)."""
    for parent in path.parents:
        if parent.exists() or parent.is_symlink():
            return None if parent.is_dir() else parent
    return None


def write_problem(path: Path, exc: OSError) -> str:
    """One line for a write that failed after the checks passed (disk full, ...).

    Example:
        >>> write_problem(Path("r.json"), OSError(errno.ENOSPC, "No space left on device"))
        'cannot write r.json: No space left on device; free some space or write elsewhere'
    """
    hints = {
        errno.ENOSPC: "free some space or write elsewhere",
        errno.EDQUOT: "free some space or write elsewhere",
        errno.EROFS: "the disk is read-only; write elsewhere",
        errno.EACCES: "check the permissions or write elsewhere",
        errno.EPERM: "check the permissions or write elsewhere",
    }
    reason = exc.strerror or type(exc).__name__
    return _line(path, reason, hints.get(exc.errno or 0, "check the path and the disk"))
