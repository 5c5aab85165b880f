"""The shared core of every engine: articles batches in, the same tables and findings out.

An engine (worker processes here, ``provenance.dask``, ``provenance.spark``)
reads its input into *articles batches* (:data:`ARTICLE_COLUMNS`), shuffles
them on :func:`article_ids` and keeps one copy per article
(:func:`dedupe_batch`), extracts each batch with :func:`extract_batch`,
computes the views that depend on one article (:func:`local_views`), groups
:func:`party_keys` by (unit key, value) for the one cross-article rule column
(:func:`party_only_from_keys`), and runs the suites per partition
(:func:`findings_for_views`, :func:`merge_outcomes`). :func:`canonical` and
:func:`canonical_findings` put results in the one order in which all engines
must agree.

Importing this package imports no pandas; the functions do.
"""

from __future__ import annotations

from provenance.engines.batch import (
    ARTICLE_COLUMNS,
    REQUIRED_COLUMNS,
    article_ids,
    checked_batch,
    dedupe_batch,
    documents_frame,
    extract_batch,
    frame_documents,
    read_batch,
)
from provenance.engines.combine import (
    TABLE_IDS,
    canonical,
    canonical_findings,
    combine_tables,
    findings_for_views,
    merge_outcomes,
)
from provenance.rules.views import (
    PARTY_KEY_COLUMNS,
    local_views,
    party_keys,
    party_only_from_keys,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "PARTY_KEY_COLUMNS",
    "REQUIRED_COLUMNS",
    "TABLE_IDS",
    "article_ids",
    "canonical",
    "canonical_findings",
    "checked_batch",
    "combine_tables",
    "dedupe_batch",
    "documents_frame",
    "extract_batch",
    "findings_for_views",
    "frame_documents",
    "local_views",
    "merge_outcomes",
    "party_keys",
    "party_only_from_keys",
    "read_batch",
]
