"""Tamper evidence: check that a ledger still matches the files it was built from.

::

    from provenance.integrity import verify_ledger

    result = verify_ledger("news.duckdb")   # a CheckResult, as provenance.check returns
    result.findings[["rule", "message"]]      # integrity.source_changed, ...
    result.errors                             # files the ledger names that are gone

Three rules, each a row of the usual findings table:

* ``integrity.source_changed`` (error): the file an article was read from no
  longer has the SHA-256 recorded at ingest;
* ``integrity.offsets_drift`` (error): a stored claim's or figure's offsets
  no longer slice the stored article text to its stored surface;
* ``integrity.extractor_changed`` (warning): the rows were written by another
  news-provenance version than this one (or before versions were recorded).

Importing this package imports neither pandas nor duckdb.
"""

from __future__ import annotations

from provenance.integrity._verify import (
    EXTRACTOR_CHANGED,
    INTEGRITY_RULES,
    OFFSETS_DRIFT,
    SOURCE_CHANGED,
    extractor_version,
    verify_ledger,
)

__all__ = [
    "EXTRACTOR_CHANGED",
    "INTEGRITY_RULES",
    "OFFSETS_DRIFT",
    "SOURCE_CHANGED",
    "extractor_version",
    "verify_ledger",
]
