"""Interchange: the tables written in the standards others read.

* :mod:`provenance.interchange.prov`: W3C PROV (PROV-JSON, PROV-N, PROV-O Turtle),
  through the ``prov`` package (the ``prov`` extra);
* :mod:`provenance.interchange.ninjs_out`: IPTC ninjs 3.1 documents with their photo credits,
  validated offline against the IPTC schema;
* :mod:`provenance.interchange.claimreview`: schema.org ClaimReview JSON-LD drafts for
  flagged claims, the rating left for a human.

Every identifier is a table id (``art_…``, ``clm_…``, ``fig_…``, ``src_…``, ``pho_…``,
``crd_…``, ``fnd_…``) in the namespace :data:`ID_NAMESPACE`, so the same article gives
the same identifiers in every export and every run. Importing this package imports
nothing heavy.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ID_NAMESPACE", "TERM_NAMESPACE", "id_uri", "missing"]

#: Identifiers of rows: ``urn:news-provenance:id:`` + a table id (a URN, not a web address).
ID_NAMESPACE = "urn:news-provenance:id:"
#: Terms of this library (``sha256``, ``start``, ``value``, ...) used as PROV attributes.
TERM_NAMESPACE = "urn:news-provenance:term#"


def id_uri(table_id: str) -> str:
    """The URI of a row's id in :data:`ID_NAMESPACE`.

    Example:
        >>> id_uri("art_6e8abad44e488a19")
        'urn:news-provenance:id:art_6e8abad44e488a19'
    """
    return ID_NAMESPACE + table_id


def missing(value: Any) -> bool:
    """True for ``None``, NaN, ``pd.NA`` and ``NaT``: a cell the export leaves out.

    Example:
        >>> missing(None), missing(float("nan")), missing("")
        (True, True, False)
    """
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))
