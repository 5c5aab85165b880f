"""The :class:`Ledger`: a DuckDB file opened briefly, under its lock, for each step.

DuckDB lets one process at a time open a file for writing (and blocks other
processes' readers meanwhile). The ledger therefore opens the file only for
the length of one transaction and closes it after, so writers and readers in
other processes take turns; a process that cannot get the lock retries until
its timeout, then raises :class:`~provenance.errors.LedgerBusyError`.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from provenance.errors import LedgerBusyError, LedgerError, UsageError
from provenance.ledger._schema import (
    SCHEMA_VERSION,
    column_list,
    current_version,
    migrate,
    scalar,
)

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from provenance.api import Inputs
    from provenance.enums import Format
    from provenance.extractors.pipeline import Extractors
    from provenance.ledger._ingest import IngestResult
    from provenance.tables.bundle import Tables
    from provenance.tables.io import OutputFormat

__all__ = ["Ledger", "duckdb_module", "file_error", "first_line"]

_RETRY_SECONDS = 0.05
_MEMORY = re.compile(r"\d+(\.\d+)?\s*[KMGT]i?B", re.IGNORECASE)


def duckdb_module() -> Any:
    """The duckdb module, or a clear error saying how to install it."""
    try:
        import duckdb
    except ImportError:
        raise LedgerError(
            "-", "the ledger needs duckdb", "pip install 'news-provenance[ledger]'"
        ) from None
    return duckdb


def _is_lock_error(exc: Exception) -> bool:
    # Not a bare "lock": a damaged file's "checksum ... in block at ..." holds it too.
    message = str(exc).lower()
    return "could not set lock" in message or "conflicting lock" in message


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (DuckDB adds context lines below it)."""
    return (str(exc).splitlines() or [type(exc).__name__])[0]


#: ``(words in DuckDB's message, what is wrong, what to do)``, the first match wins.
_CAUSES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("not a valid duckdb", "could not read enough bytes", "corrupt", "checksum"),
        "it is damaged or not a DuckDB ledger",
        "restore it from a backup, or move it away and ingest into a new ledger",
    ),
    (
        ("no space left", "disk is full", "could not truncate", "could not write"),
        "the disk is full",
        "free some space, then ingest again",
    ),
    (
        ("permission denied", "operation not permitted", "read-only file system"),
        "it cannot be written (read-only)",
        "make it writable, or ingest into another file",
    ),
)


def file_error(path: Path, exc: BaseException, doing: str, after: str = "") -> LedgerError:
    """A :class:`LedgerError` for a DuckDB error met while ``doing`` (``"cannot open it"``).

    The cause is named from DuckDB's message (damaged file, full disk, read-only
    file) with what to do about it; ``after`` is added to the reason.

    Example:
        >>> file_error(Path("n.duckdb"), OSError("Disk is full"), "cannot write it").reason
        'cannot write it: the disk is full (Disk is full)'
    """
    message = first_line(exc)
    lowered = message.lower()
    for words, what, hint in _CAUSES:
        if any(word in lowered for word in words):
            return LedgerError(str(path), f"{doing}: {what} ({message}){after}", hint)
    return LedgerError(
        str(path),
        f"{doing} ({message}){after}",
        "check that it is a ledger file and that you may write to it",
    )


class Ledger:
    """A claim ledger: the five tables of every article ingested, kept in one DuckDB file.

    Example:
        >>> ledger = Ledger("news.duckdb")  # doctest: +SKIP
        >>> ledger.ingest(["feed/"]).added  # doctest: +SKIP
        12
        >>> ledger.query("select count(*) as n from figures")  # doctest: +SKIP

    Args:
        path: the DuckDB file (created, with its folder's permission, on first write).
        timeout: seconds to wait for another process's lock before giving up.
        memory_limit: DuckDB's memory budget per connection (``"64MB"``, ``"1GB"``).

    Raises:
        LedgerError: the file is not a ledger, is from a newer version, or
            cannot be written. ``LedgerBusyError`` when the lock is not freed in time.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, timeout: float = 10.0, memory_limit: str = "64MB"
    ) -> None:
        if not _MEMORY.fullmatch(memory_limit):
            raise UsageError(f"memory_limit must look like '64MB' or '1GB', not {memory_limit!r}")
        self.path = Path(path)
        self.timeout = timeout
        self.memory_limit = memory_limit

    def __repr__(self) -> str:
        return f"Ledger({str(self.path)!r})"

    def _open(self, *, write: bool) -> duckdb.DuckDBPyConnection:
        db = duckdb_module()
        if not write and not self.path.exists():
            raise LedgerError(
                str(self.path), "no such file", "ingest articles first: provenance ingest"
            )
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                con = cast(
                    "duckdb.DuckDBPyConnection", db.connect(str(self.path), read_only=not write)
                )
                # DuckDB draws progress bars on long queries; a library must not. Its
                # buffer pool grows to 80% of RAM by default: the limit keeps a long
                # ingest flat (it spills to disk beyond it).
                con.execute("SET enable_progress_bar = false")
                con.execute(f"SET memory_limit = '{self.memory_limit}'")
                return con
            except db.Error as exc:
                if not _is_lock_error(exc):
                    raise file_error(self.path, exc, "cannot open it") from exc
                if time.monotonic() >= deadline:
                    raise LedgerBusyError(
                        str(self.path),
                        f"ledger is busy: another process holds it (waited {self.timeout:g} s)",
                        "try again when the other ingest ends, or wait longer (--wait)",
                    ) from exc
            time.sleep(_RETRY_SECONDS)

    @contextmanager
    def connect(self, *, write: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one step, at the current schema version; closed on exit.

        Opening for writing migrates an older ledger (or creates a new one).

        Raises:
            LedgerError: see the class.
        """
        db = duckdb_module()
        if write and not self.path.exists():
            self._create()
        con = self._open(write=write)
        try:
            self._check_version(con, write=write)
            yield con
        except db.Error as exc:
            # A damaged block shows only when a query reaches it, not at open.
            raise file_error(self.path, exc, f"cannot {'write' if write else 'read'} it") from exc
        finally:
            self._close(con)

    def _create(self) -> None:
        """Create the ledger whole: migrated in a file beside it, then linked into place.

        A process killed while creating leaves no file at ``path`` (never an empty
        database that is not a ledger yet); ``os.link`` fails when another process
        created the ledger first, and that one is kept. On any error here the file
        is left to :meth:`_open`, which creates it in place or says what is wrong.
        """
        db = duckdb_module()
        fresh = self.path.with_name(f".{self.path.name}.{os.getpid()}.new")
        try:
            con = db.connect(str(fresh))
            try:
                migrate(con)
            finally:
                con.close()
            os.link(fresh, self.path)
        except (db.Error, OSError):
            pass
        finally:
            fresh.unlink(missing_ok=True)
            Path(f"{fresh}.wal").unlink(missing_ok=True)

    def _close(self, con: duckdb.DuckDBPyConnection) -> None:
        # Closing writes the checkpoint: a full disk shows here, after the commits.
        try:
            con.close()
        except duckdb_module().Error as exc:
            raise LedgerError(
                str(self.path),
                f"cannot finish writing it ({first_line(exc)})",
                "the committed batches are in its write-ahead log; free space and ingest again",
            ) from exc

    def _check_version(self, con: duckdb.DuckDBPyConnection, *, write: bool) -> None:
        db = duckdb_module()
        try:
            version = current_version(con)
            if version == 0 and not write:
                raise self._not_a_ledger(con)
            if version > SCHEMA_VERSION:
                raise LedgerError(
                    str(self.path),
                    f"written by a newer news-provenance (schema {version}, this one "
                    f"reads {SCHEMA_VERSION})",
                    "upgrade news-provenance",
                )
            if version < SCHEMA_VERSION:
                if not write:
                    raise LedgerError(
                        str(self.path),
                        f"schema {version} is older than {SCHEMA_VERSION}",
                        "run an ingest once to migrate it",
                    )
                migrate(con)
        except db.Error as exc:
            raise LedgerError(
                str(self.path),
                f"cannot migrate it to schema {SCHEMA_VERSION} ({first_line(exc)})",
                "is it a ledger? use a new file for a new ledger",
            ) from exc

    def _not_a_ledger(self, con: duckdb.DuckDBPyConnection) -> LedgerError:
        """The error for reading a DuckDB file that holds no ledger (no ``schema_version``)."""
        names = [
            str(row[0])
            for row in con.execute(
                "SELECT table_name FROM information_schema.tables ORDER BY 1 LIMIT 4"
            ).fetchall()
        ]
        held = f"its tables: {', '.join(names)}" if names else "it is empty"
        return LedgerError(
            str(self.path),
            f"not a ledger: a DuckDB database without the ledger's schema ({held})",
            "check the --ledger path, or ingest into it to add the ledger's tables",
        )

    def schema_version(self) -> int:
        """The schema version of the file (0 for a file that is not a ledger yet)."""
        with self.connect(write=False) as con:
            return current_version(con)

    def query(self, sql: str, params: list[object] | None = None) -> pd.DataFrame:
        """Run read-only SQL over the ledger's tables and views; a dataframe.

        Example:
            >>> sql = "select agency, count(*) from articles group by 1"
            >>> Ledger("news.duckdb").query(sql)  # doctest: +SKIP

        Raises:
            LedgerError: the SQL fails (the message says why).
        """
        db = duckdb_module()
        with self.connect(write=False) as con:
            try:
                frame: pd.DataFrame = con.execute(sql, params or []).df()
            except db.Error as exc:
                raise LedgerError(str(self.path), f"query failed: {exc}") from exc
            return frame

    def tables(self, *, validate: bool = True) -> Tables:
        """The latest version of every article as the five tables, validated.

        Example:
            >>> Ledger("news.duckdb").tables().figures  # doctest: +SKIP

        Raises:
            LedgerError: the file is missing or not a ledger.
            SchemaError: the stored rows break the tables' contracts.
        """
        from provenance.tables.bundle import TABLE_NAMES, Tables
        from provenance.tables.validate import validate_tables

        with self.connect(write=False) as con:
            # The dataframes' columns only (the ledger's figures view adds the status columns).
            frames = {
                name: con.execute(f"SELECT {column_list(name)} FROM {name}").df()
                for name in TABLE_NAMES
            }
        tables = Tables(
            articles=frames["articles"],
            photo_credits=frames["photo_credits"],
            sources=frames["sources"],
            claims=frames["claims"],
            figures=frames["figures"],
        )
        return validate_tables(tables) if validate else tables

    def export(self, out: Path, fmt: OutputFormat = "parquet") -> list[Path]:
        """Write the latest tables, validated, one file per table (as ``provenance extract --out``).

        Example:
            >>> Ledger("news.duckdb").export(Path("tables"), "parquet")  # doctest: +SKIP

        Raises:
            LedgerError, SchemaError, UsageError: see :meth:`tables` and
                :func:`provenance.tables.io.write_tables`.
        """
        from provenance.tables.io import write_tables

        return write_tables(self.tables(), out, fmt)

    def problems(self) -> list[str]:
        """What is inconsistent in the ledger (empty when it is sound).

        Checks that every version has its article row and as many credit, claim
        and figure rows as were counted when it was written, that no article is
        stored twice, and that each article has one latest version.

        Example:
            >>> Ledger("news.duckdb").problems()  # doctest: +SKIP
            []
        """
        found: list[str] = []
        with self.connect(write=False) as con:
            for table, counted in (
                ("articles", None),
                ("photo_credits", "n_photo_credits"),
                ("claims", "n_claims"),
                ("figures", "n_figures"),
            ):
                expected = counted or "1"
                rows = con.execute(
                    f"SELECT v.version_id, {expected} AS expected, count(t.version_id) AS n "
                    f"FROM article_versions v LEFT JOIN all_{table} t "
                    "ON t.version_id = v.version_id GROUP BY ALL HAVING n <> expected "
                    "ORDER BY 1 LIMIT 5"
                ).fetchall()
                found += [f"version {v}: {n} {table} row(s), {e} expected" for v, e, n in rows]
                orphans = scalar(
                    con,
                    f"SELECT count(*) FROM all_{table} WHERE version_id NOT IN "
                    "(SELECT version_id FROM article_versions)",
                )
                if orphans:
                    found.append(f"{orphans} {table} row(s) of no version")
            for what, sql in (
                ("stored twice", "SELECT sha256 FROM article_versions GROUP BY sha256, article_id"),
                ("latest twice", "SELECT article_id FROM articles GROUP BY article_id"),
            ):
                dup = scalar(con, f"SELECT count(*) FROM ({sql} HAVING count(*) > 1)")
                if dup:
                    found.append(f"{dup} article(s) {what}")
        return found

    def ingest(
        self,
        inputs: Inputs,
        *,
        format: Format | str | None = None,
        extractors: Extractors | None = None,
        batch_size: int = 200,
        jobs: int = 1,
    ) -> IngestResult:
        """Read, extract and append the inputs, one transaction per batch of articles.

        Articles already in the ledger (same raw input) are skipped before
        extraction; a new input with the uri of a stored article is a new
        version that supersedes it. Unreadable inputs are collected on the result.
        ``jobs`` other than 1 extracts each batch on worker processes (0: one
        per core); the ledger gets the same rows.

        Example:
            >>> Ledger("news.duckdb").ingest(["feed/"])  # doctest: +SKIP
            IngestResult(added=12, unchanged=0, superseded=0, errors=())

        Raises:
            LedgerError: the ledger cannot be opened or written (the batches
                written before stay committed). ``LedgerBusyError`` on timeout.
        """
        from provenance.ledger._ingest import ingest_into

        return ingest_into(
            self, inputs, format=format, extractors=extractors, batch_size=batch_size, jobs=jobs
        )
