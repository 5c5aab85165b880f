"""The one exception tree of the library.

::

    ProvenanceError                 anything this library raises on purpose
    ├── ReadError (ValueError)      an input cannot be read (empty, binary, malformed, ...)
    │   ├── UnknownFormatError      no reader recognises the input
    │   ├── LimitError              an input breaks one of the Limits (size, depth, time)
    │   └── ExtractionError         an extractor failed on one document (a bug: report it)
    ├── UnsafeInputError (ValueError)  XML with entities/DTDs that could expand or fetch
    ├── SchemaError (ValueError)    a table breaks its contract
    ├── SuiteError (ValueError)     an expectation suite file is missing or invalid
    ├── LexiconError (ValueError)   a language data file is missing or invalid
    ├── LedgerError (ValueError)    a ledger file cannot be opened, migrated or written
    │   └── LedgerBusyError         another process holds the ledger's write lock
    └── UsageError (ValueError)     bad arguments to the API or CLI
        └── BatchError              a frame of article rows lacks a column or has ill-typed values

    ReadWarning (UserWarning)      a value one document could not carry was dropped
                                   (kept on ``Tables.warnings``; never raised)

Findings about the *data* (an unverified claim, a contradiction) are never
exceptions: they are rows of the findings table.
"""

from __future__ import annotations

import re

__all__ = [
    "BatchError",
    "ExtractionError",
    "LedgerBusyError",
    "LedgerError",
    "LexiconError",
    "LimitError",
    "ProvenanceError",
    "ReadError",
    "ReadWarning",
    "SchemaError",
    "SuiteError",
    "UnknownFormatError",
    "UnsafeInputError",
    "UsageError",
    "printable",
]

_SURROGATE = re.compile("[\ud800-\udfff]")


def _rebuilt(cls: type[Exception], args: tuple[object, ...], state: dict[str, object]) -> Exception:
    """An error rebuilt from its message and fields (see ``__reduce__``)."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ProvenanceError(Exception):
    """Root of every error this library raises on purpose."""

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled by fields, not by re-calling __init__ with the message: errors
        # cross process boundaries (worker processes, Dask, Spark) whole.
        return (_rebuilt, (type(self), self.args, self.__dict__))


def printable(text: str) -> str:
    """``text`` safe to print and encode: lone surrogates (from file names with
    invalid UTF-8, or JSON escapes) become U+FFFD.

    Example:
        >>> printable("bad\\udcff.txt")
        'bad\ufffd.txt'
    """
    if text.isascii():  # a flag CPython keeps on the string: no scan for most texts
        return text
    return _SURROGATE.sub("\ufffd", text) if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a surrogate (U+D800 to U+DFFF), lone or paired.

    UTF-8 encodes every code point but those: one C pass, several times cheaper than
    searching a non-ASCII body for the surrogates' character class.

    Example:
        >>> _has_surrogate("caf\\u00e9"), _has_surrogate("bad\\udcff")
        (False, True)
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _message(path: str, reason: str, hint: str) -> str:
    message = f"{printable(path)}: {reason}"
    return f"{message}; {hint}" if hint else message


class ReadError(ProvenanceError, ValueError):
    """An input cannot be read.

    Attributes:
        path: the file (or ``"<string>"``) that failed; undecodable bytes of a
            file name show as U+FFFD, so the path and the message can always
            be printed and written into a report.
        reason: what is wrong, in a few words.
        hint: what the user can do about it.
    """

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path = printable(path)
        self.reason = reason
        self.hint = hint
        super().__init__(_message(path, reason, hint))


class LimitError(ReadError):
    """An input breaks one of the :class:`~provenance.settings.Limits`.

    Attributes:
        limit: the name of the limit (``"max_file_bytes"``, ``"time_budget_s"``, ...).
    """

    def __init__(self, path: str, reason: str, hint: str = "", *, limit: str = "") -> None:
        self.limit = limit
        super().__init__(path, reason, hint)


class ReadWarning(UserWarning):
    """A value one document could not carry was dropped; the document is kept.

    Kept on ``Tables.warnings`` and printed by the CLI as ``warning: ...``;
    never raised or emitted through :mod:`warnings`.

    Attributes:
        path: the file the document came from.
        reason: what was dropped and why.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = printable(path)
        self.reason = reason
        super().__init__(_message(path, reason, ""))

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuilt, (type(self), self.args, self.__dict__))


class UnknownFormatError(ReadError):
    """No reader recognises the input."""


class ExtractionError(ReadError):
    """An extractor failed on one document; the other documents are still processed."""


class UnsafeInputError(ReadError):
    """XML that declares entities or a DTD, refused to avoid expansion bombs and XXE."""


class SchemaError(ProvenanceError, ValueError):
    """A table breaks its contract.

    Attributes:
        table: the table's name.
        failures: a dataframe of failure cases (column, check, index, value), when known.
        path: the input file of the first failing row, when the row leads to one.
        detail: the message without the table and the file.
    """

    def __init__(
        self, table: str, message: str, failures: object = None, path: str | None = None
    ) -> None:
        self.table = table
        self.failures = failures
        self.path = path
        self.detail = message
        where = f" (file {path!r})" if path is not None else ""
        super().__init__(f"table {table!r}: {message}{where}")


class SuiteError(ProvenanceError, ValueError):
    """An expectation suite file is missing, unreadable or uses an unknown rule."""


class LexiconError(ProvenanceError, ValueError):
    """A lexicon data file (cues, currencies, number words, agencies) is missing or invalid.

    Attributes:
        file: the data file, relative to ``provenance/lexicon/data``.
        problem: what is wrong, naming the entry (``"cues[3]: 'lemma' must be ..."``).
    """

    def __init__(self, file: str, problem: str, hint: str = "fix the entry in that file") -> None:
        self.file = file
        self.problem = problem
        super().__init__(f"lexicon file {file}: {problem}; {hint}")


class LedgerError(ProvenanceError, ValueError):
    """A ledger file cannot be opened, migrated, read or written.

    Attributes:
        path: the ledger file.
        reason: what is wrong, in a few words.
        hint: what the user can do about it.
    """

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path, self.reason, self.hint = path, reason, hint
        super().__init__("; ".join(filter(None, (f"ledger {path}: {reason}", hint))))


class LedgerBusyError(LedgerError):
    """Another process holds the ledger's write lock past the timeout."""


class UsageError(ProvenanceError, ValueError):
    """Bad arguments to the API or the CLI."""


class BatchError(UsageError):
    """A frame of article rows (an articles batch) lacks a column or has ill-typed values.

    Raised before any row is extracted: the frame is the caller's, not one bad input.

    Attributes:
        column: the column at fault (several, comma-separated, when missing).
        problem: what is wrong with it.
        hint: what the user can do about it.
        rows: how many rows are at fault (0 when the column is missing).
        first: the ``path`` of the first row at fault ("" when the column is missing).
    """

    def __init__(
        self, column: str, problem: str, hint: str, *, rows: int = 0, first: str = ""
    ) -> None:
        self.column = column
        self.problem = problem
        self.hint = hint
        self.rows = rows
        self.first = printable(first)
        where = f" ({rows} row(s), the first from {self.first!r})" if rows else ""
        super().__init__(f"articles batch: {problem}{where}; {hint}")
