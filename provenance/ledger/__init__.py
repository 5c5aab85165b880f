"""The claim ledger: every article's tables kept in one DuckDB file, versioned.

::

    from provenance.ledger import Ledger

    ledger = Ledger("news.duckdb")
    ledger.ingest(["feed/"])        # idempotent, one transaction per batch
    ledger.tables().figures          # the latest version of every article, validated
    ledger.query("select agency, count(*) from articles group by 1")

The file holds views named like the dataframes (``articles``, ``photo_credits``,
``sources``, ``claims``, ``figures``) over versioned base tables
(``all_articles``, ...) and ``article_versions``; ``schema_version`` records
the layout's version. Needs the ``ledger`` extra (``duckdb``); importing this
package does not import duckdb.
"""

from __future__ import annotations

from provenance.errors import LedgerBusyError, LedgerError
from provenance.ledger._ingest import IngestResult, ingest
from provenance.ledger._schema import SCHEMA_VERSION
from provenance.ledger._store import Ledger

__all__ = ["SCHEMA_VERSION", "IngestResult", "Ledger", "LedgerBusyError", "LedgerError", "ingest"]
