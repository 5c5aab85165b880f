"""Where the bundled suites and schemas are, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

__all__ = ["data_dir"]

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The directory of bundled ``expectations`` or ``schemas``.

    A wheel ships them under ``provenance/_data/``; a source checkout (editable
    install) keeps them at the top of the repository.

    Raises:
        FileNotFoundError: when neither location exists (a broken install).
    """
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled {name!r} directory not found; reinstall news-provenance")
