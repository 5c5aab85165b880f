"""Read errors and warnings as rows, so they cross process and machine boundaries as data.

Workers hand errors back as rows of a small frame (:data:`ERROR_COLUMNS`): a
lazy Dask frame like the tables, written to Parquet beside them, and readable
with any release (an exception pickled by one release may not unpickle in
another). The client turns the rows into the same exception objects
``provenance.extract`` collects.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from provenance import errors as _errors_module
from provenance.errors import ReadError, ReadWarning

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ERROR_COLUMNS", "errors_frame", "frame_errors", "frame_warnings", "warnings_frame"]

#: One row per unreadable input (or dropped value): the class name and its fields.
ERROR_COLUMNS: tuple[str, ...] = ("path", "error", "reason", "hint", "limit")


def errors_frame(errors: Iterable[ReadError]) -> pd.DataFrame:
    """The errors as rows of :data:`ERROR_COLUMNS` (all strings).

    Example:
        >>> errors_frame([ReadError("a.txt", "empty file", "remove it")])["error"].tolist()
        ['ReadError']
    """
    import pandas as pd

    rows = [(e.path, type(e).__name__, e.reason, e.hint, getattr(e, "limit", "")) for e in errors]
    return pd.DataFrame(rows, columns=list(ERROR_COLUMNS), dtype=object)


def warnings_frame(warnings: Iterable[ReadWarning]) -> pd.DataFrame:
    """The warnings as rows of :data:`ERROR_COLUMNS` (``error`` is ``"ReadWarning"``).

    Example:
        >>> warnings_frame([ReadWarning("a.txt", "date dropped")])["reason"].tolist()
        ['date dropped']
    """
    import pandas as pd

    rows = [(w.path, "ReadWarning", w.reason, "", "") for w in warnings]
    return pd.DataFrame(rows, columns=list(ERROR_COLUMNS), dtype=object)


def _text(value: object) -> str:
    import pandas as pd

    missing = value is None or (not isinstance(value, str) and bool(pd.isna(value)))  # type: ignore[call-overload]
    return "" if missing else str(value)


def frame_errors(frame: pd.DataFrame) -> tuple[ReadError, ...]:
    """The exceptions of :func:`errors_frame`'s rows, in path order (the inverse).

    An unknown class name (a frame written by a newer release) gives a plain
    :class:`ReadError`, so no error is ever dropped.

    Example:
        >>> rows = errors_frame([ReadError("a.txt", "empty file", "remove it")])
        >>> str(frame_errors(rows)[0])
        'a.txt: empty file; remove it'
    """
    out: list[ReadError] = []
    ordered = frame.sort_values(["path", "reason"], kind="stable") if len(frame) else frame
    for path, name, reason, hint, limit in ordered[list(ERROR_COLUMNS)].itertuples(
        index=False, name=None
    ):
        cls = getattr(_errors_module, _text(name), ReadError)
        if not (isinstance(cls, type) and issubclass(cls, ReadError)):
            cls = ReadError
        args = (_text(path), _text(reason), _text(hint))
        error = cls(*args, limit=_text(limit)) if _text(limit) else cls(*args)  # type: ignore[call-arg]
        out.append(error)
    return tuple(out)


def frame_warnings(frame: pd.DataFrame) -> tuple[ReadWarning, ...]:
    """The :class:`ReadWarning` objects of :func:`warnings_frame`'s rows, in path order.

    Example:
        >>> rows = warnings_frame([ReadWarning("a.txt", "date dropped")])
        >>> frame_warnings(rows)[0].reason
        'date dropped'
    """
    ordered = frame.sort_values(["path", "reason"], kind="stable") if len(frame) else frame
    return tuple(
        ReadWarning(_text(p), _text(r))
        for p, r in ordered[["path", "reason"]].itertuples(index=False, name=None)
    )
