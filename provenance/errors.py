"""The one exception tree of the library.

::

    ProvenanceError                 anything this library raises on purpose
    ├── ReadError (ValueError)      an input cannot be read (empty, binary, malformed, ...)
    │   ├── UnknownFormatError      no reader recognises the input
    │   └── ExtractionError         an extractor failed on one document (a bug: report it)
    ├── UnsafeInputError (ValueError)  XML with entities/DTDs that could expand or fetch
    ├── SchemaError (ValueError)    a table breaks its contract
    ├── SuiteError (ValueError)     an expectation suite file is missing or invalid
    ├── LexiconError (ValueError)   a language data file is missing or invalid
    ├── LedgerError (ValueError)    a ledger file cannot be opened, migrated or written
    │   └── LedgerBusyError         another process holds the ledger's write lock
    └── UsageError (ValueError)     bad arguments to the API or CLI

Findings about the *data* (an unverified claim, a contradiction) are never
exceptions: they are rows of the findings table.
"""

from __future__ import annotations

__all__ = [
    "ExtractionError",
    "LedgerBusyError",
    "LedgerError",
    "LexiconError",
    "ProvenanceError",
    "ReadError",
    "SchemaError",
    "SuiteError",
    "UnknownFormatError",
    "UnsafeInputError",
    "UsageError",
]


class ProvenanceError(Exception):
    """Root of every error this library raises on purpose."""


class ReadError(ProvenanceError, ValueError):
    """An input cannot be read.

    Attributes:
        path: the file (or ``"<string>"``) that failed.
        reason: what is wrong, in a few words.
        hint: what the user can do about it.
    """

    def __init__(self, path: str, reason: str, hint: str = "") -> None:
        self.path = path
        self.reason = reason
        self.hint = hint
        message = f"{path}: {reason}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


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
    """

    def __init__(self, table: str, message: str, failures: object = None) -> None:
        self.table = table
        self.failures = failures
        super().__init__(f"table {table!r}: {message}")


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
