"""Appending articles to a ledger: batches of documents, one transaction each.

A batch holds at most ``batch_size`` documents and never two with the same
article id (a second one starts a new batch), so each article of a batch maps
to one new version. Documents whose raw input is already stored are dropped
before extraction; the check is repeated inside the transaction, so two
processes ingesting the same files never store an article twice.

The write lock is held for a few seconds of batches at a time, then released
briefly, so another process waiting for the ledger gets its turn.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.errors import ReadError, UsageError
from provenance.ingest.document import Document
from provenance.integrity import extractor_version
from provenance.ledger._schema import VERSIONED, column_list, rollback, scalar
from provenance.ledger._status import refresh_batch

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from provenance.api import Inputs
    from provenance.engines._pool import WorkerPool
    from provenance.enums import Format
    from provenance.extractors.pipeline import Extractors
    from provenance.ledger._store import Ledger
    from provenance.tables.bundle import Tables

__all__ = ["IngestResult", "ingest_into"]

#: Hold the write lock this long at most before letting a waiting process in.
HOLD_SECONDS = 5.0
#: How long the lock is left free between two holds (longer than a waiter's retry interval).
PAUSE_SECONDS = 0.15


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What an ingest did.

    Attributes:
        added: article versions written (new articles and corrected versions).
        unchanged: inputs skipped because the same raw input was already stored.
        superseded: stored versions that a corrected version replaced as the latest.
        errors: inputs that could not be read or extracted; the rest was ingested.
    """

    added: int = 0
    unchanged: int = 0
    superseded: int = 0
    errors: tuple[ReadError, ...] = ()


@dataclass(slots=True)
class _Counts:
    added: int = 0
    unchanged: int = 0
    superseded: int = 0


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[tuple[str, Document]]]:
    """``(article_id, document)`` lists of at most ``size``, no article id twice in one."""
    from provenance.tables.build import article_id_for

    batch: list[tuple[str, Document]] = []
    ids: set[str] = set()
    for doc in documents:
        article_id = article_id_for(doc.headline, doc.body)
        if len(batch) >= size or article_id in ids:
            yield batch
            batch, ids = [], set()
        batch.append((article_id, doc))
        ids.add(article_id)
    if batch:
        yield batch


def _stored(con: duckdb.DuckDBPyConnection, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The ``(sha256, article_id)`` keys among ``keys`` that the ledger already holds."""
    import pandas as pd

    wanted = pd.DataFrame(keys, columns=["sha256", "article_id"])
    con.register("wanted_keys", wanted)
    try:
        rows = con.execute(
            "SELECT v.sha256, v.article_id FROM article_versions v "
            "JOIN wanted_keys w ON v.sha256 = w.sha256 AND v.article_id = w.article_id"
        ).fetchall()
    finally:
        con.unregister("wanted_keys")
    return {(str(s), str(a)) for s, a in rows}


def _plan_versions(
    con: duckdb.DuckDBPyConnection, articles: pd.DataFrame
) -> tuple[pd.DataFrame, list[tuple[int, int]]]:
    """Version rows for the batch's articles, and the ``(old, new)`` versions they supersede.

    A new version supersedes the latest version with the same uri (a
    correction: it is linked as ``previous_version_id``) and the latest
    version with the same article id (the same text sent again in another input).
    """
    import pandas as pd

    con.register("batch_keys", articles[["article_id", "uri"]])
    try:
        current = con.execute(
            "SELECT version_id, article_id, uri FROM article_versions "
            "WHERE superseded_by IS NULL AND (article_id IN (SELECT article_id FROM batch_keys) "
            "OR uri IN (SELECT uri FROM batch_keys WHERE uri IS NOT NULL))"
        ).fetchall()
        top = scalar(con, "SELECT coalesce(max(version_id), 0) FROM article_versions")
    finally:
        con.unregister("batch_keys")
    by_uri = {uri: vid for vid, _, uri in current if uri is not None}
    by_article = {aid: vid for vid, aid, _ in current}
    next_id = int(top)
    rows, replaced = [], []
    for article_id, uri in articles[["article_id", "uri"]].itertuples(index=False, name=None):
        next_id += 1
        uri = None if pd.isna(uri) else str(uri)
        old_by_uri = by_uri.get(uri) if uri is not None else None
        old_by_article = by_article.get(article_id)
        for old in {old_by_uri, old_by_article} - {None}:
            replaced.append((int(old), next_id))  # type: ignore[arg-type]
        previous = old_by_uri if old_by_uri is not None else old_by_article
        rows.append((next_id, article_id, uri, previous))
        by_article[article_id] = next_id
        if uri is not None:
            by_uri[uri] = next_id
    plan = pd.DataFrame(rows, columns=["version_id", "article_id", "uri", "previous_version_id"])
    plan["previous_version_id"] = plan["previous_version_id"].astype("Int64")
    return plan, replaced


def _counts(frame: pd.DataFrame, plan: pd.DataFrame) -> pd.Series:
    counts = frame["article_id"].value_counts()
    return plan["article_id"].map(counts).fillna(0).astype("int64")


def _write(con: duckdb.DuckDBPyConnection, tables: Tables) -> tuple[int, int, int]:
    """Append one batch's tables in one transaction; ``(added, unchanged, superseded)``."""
    con.execute("BEGIN TRANSACTION")
    try:
        articles = tables.articles
        keys = list(zip(articles["sha256"], articles["article_id"], strict=True))
        known = _stored(con, keys)  # again: another process may have written them meanwhile
        fresh = articles[[k not in known for k in keys]].reset_index(drop=True)
        plan, replaced = _plan_versions(con, fresh)
        plan["sha256"] = fresh["sha256"]
        for table in ("photo_credits", "claims", "figures"):
            plan[f"n_{table}"] = _counts(getattr(tables, table), plan)
        con.register("plan", plan)
        con.execute(
            "INSERT INTO article_versions (version_id, article_id, sha256, uri, "
            "previous_version_id, superseded_by, ingested_at, n_photo_credits, n_claims, "
            "n_figures) SELECT version_id, article_id, sha256, uri, previous_version_id, NULL, "
            "current_timestamp, n_photo_credits, n_claims, n_figures FROM plan"
        )
        con.execute(  # which extractor wrote the rows: `provenance verify` compares it
            "UPDATE article_versions SET extractor_version = ? "
            "WHERE version_id IN (SELECT version_id FROM plan)",
            [extractor_version()],
        )
        if replaced:
            con.executemany(
                "UPDATE article_versions SET superseded_by = ? WHERE version_id = ?",
                [[new, old] for old, new in replaced],
            )
        for table in VERSIONED:
            con.register("batch_rows", getattr(tables, table))
            con.execute(
                f"INSERT INTO all_{table} (version_id, {column_list(table)}) "
                f"SELECT p.version_id, {column_list(table, 'b.')} FROM batch_rows b "
                "JOIN plan p ON b.article_id = p.article_id"
            )
            con.unregister("batch_rows")
        con.register("batch_rows", tables.sources)
        con.execute(
            f"INSERT OR IGNORE INTO all_sources ({column_list('sources')}) "
            f"SELECT {column_list('sources')} FROM batch_rows"
        )
        con.unregister("batch_rows")
        con.unregister("plan")
        # Inside the transaction: a killed ingest leaves no figure without its status.
        refresh_batch(con, tables, plan, [old for old, _ in replaced])
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    return len(plan), len(articles) - len(fresh), len(replaced)


def _ingest_batch(
    con: duckdb.DuckDBPyConnection,
    batch: list[tuple[str, Document]],
    extractors: Extractors,
    errors: list[ReadError],
    counts: _Counts,
    pool: WorkerPool | None = None,
) -> None:
    from provenance.api import extract

    seen: set[tuple[str, str]] = set()
    todo: list[Document] = []
    known = _stored(con, [(doc.sha256, aid) for aid, doc in batch])
    for article_id, doc in batch:
        key = (doc.sha256, article_id)
        if key in known or key in seen:
            counts.unchanged += 1
            continue
        seen.add(key)
        todo.append(doc)
    if not todo:
        return
    if pool is not None:  # --jobs: the batch's documents extracted on worker processes
        from provenance.engines.processes import extract_items

        tables = extract_items(list(todo), pool)
    else:
        tables = extract(todo, extractors=extractors)
    errors.extend(tables.errors)
    added, unchanged, superseded = _write(con, tables)
    counts.added += added
    counts.unchanged += unchanged
    counts.superseded += superseded


def ingest_into(
    ledger: Ledger,
    inputs: Inputs,
    *,
    format: Format | str | None = None,
    extractors: Extractors | None = None,
    batch_size: int = 200,
    jobs: int = 1,
) -> IngestResult:
    """Append the inputs to ``ledger`` (see :meth:`provenance.ledger.Ledger.ingest`).

    ``jobs`` other than 1 extracts each batch on that many worker processes
    (0: one per core); the batches, and so the rows stored, are the same.

    Example:
        >>> from provenance.ledger import Ledger
        >>> ingest_into(Ledger("news.duckdb"), ["feed/"])  # doctest: +SKIP

    Raises:
        UsageError: ``batch_size`` below 1, ``jobs`` below 0 or an unknown ``format``.
        LedgerError: the ledger cannot be opened or written.
    """
    from contextlib import nullcontext

    from provenance.api import _documents as read_documents
    from provenance.api import _parse_format as parse_format
    from provenance.engines._pool import WorkerPool
    from provenance.engines.processes import settings_for, worker_count
    from provenance.extractors.pipeline import Extractors
    from provenance.ledger._store import duckdb_module, file_error
    from provenance.settings import DEFAULT_LIMITS

    duckdb = duckdb_module()
    if batch_size < 1:
        raise UsageError(f"batch_size must be at least 1, not {batch_size}")
    workers = worker_count(jobs)
    pool = (
        WorkerPool(workers, settings_for(extractors, None, DEFAULT_LIMITS))
        if jobs != 1
        else nullcontext(None)
    )
    errors: list[ReadError] = []
    counts = _Counts()
    ex = extractors or Extractors()
    # The readers' own stream (one file at a time, folders walked with their problems
    # reported, the limits and the text policy applied), as provenance.extract reads.
    documents = read_documents(inputs, parse_format(format), errors, False, DEFAULT_LIMITS)
    batches = _batches(documents, batch_size)
    done = False
    with pool as workers_pool:
        while not done:
            with ledger.connect(write=True) as con:
                held_from = time.monotonic()
                for batch in batches:
                    try:
                        _ingest_batch(con, batch, ex, errors, counts, workers_pool)
                    except duckdb.Error as exc:
                        raise file_error(
                            ledger.path,
                            exc,
                            "writing a batch failed",
                            "; the batches before it are kept",
                        ) from exc
                    if time.monotonic() - held_from > HOLD_SECONDS:
                        break
                else:
                    done = True
            if not done:
                time.sleep(PAUSE_SECONDS)
    return IngestResult(
        added=counts.added,
        unchanged=counts.unchanged,
        superseded=counts.superseded,
        errors=tuple(errors),
    )


def ingest(
    inputs: Inputs,
    *,
    ledger: str | Path | Ledger,
    format: Format | str | None = None,
    extractors: Extractors | None = None,
    batch_size: int = 200,
    timeout: float = 10.0,
    jobs: int = 1,
) -> IngestResult:
    """Read, extract and append the inputs to a ledger file.

    Example:
        >>> from provenance.ledger import ingest
        >>> ingest(["feed/"], ledger="news.duckdb")  # doctest: +SKIP
        IngestResult(added=12, unchanged=0, superseded=0, errors=())

    Raises:
        LedgerError: the ledger cannot be opened or written; ``LedgerBusyError``
            when another process holds it longer than ``timeout`` seconds.
    """
    from provenance.ledger._store import Ledger

    target = ledger if isinstance(ledger, Ledger) else Ledger(ledger, timeout=timeout)
    return ingest_into(
        target, inputs, format=format, extractors=extractors, batch_size=batch_size, jobs=jobs
    )
