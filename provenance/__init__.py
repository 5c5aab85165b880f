"""news-provenance: data quality and provenance for news.

Read wire copy (text, HTML, ninjs, NewsML-G2, NewsML 1.2), extract validated
tables of articles, photo credits, sources, claims and figures, and run
expectation suites that flag unverified, contradictory and uncorroborated
claims::

    import provenance
    result = provenance.check("examples/")
    result.findings

Importing this package is cheap: pandas, pandera and great_expectations load
only when a function that needs them runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from provenance.enums import (
    Attribution,
    ClaimStatus,
    CreditRole,
    FailOn,
    FigureKind,
    FindingKind,
    Format,
    Severity,
    SourceKind,
)
from provenance.errors import (
    BatchError,
    ExtractionError,
    LedgerBusyError,
    LedgerError,
    LexiconError,
    LimitError,
    ProvenanceError,
    ReadError,
    ReadWarning,
    SchemaError,
    SuiteError,
    UnknownFormatError,
    UnsafeInputError,
    UsageError,
)
from provenance.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from provenance._build import compiled
    from provenance.api import (
        ReadResult,
        check,
        extract,
        extract_claims,
        extract_figures,
        read,
    )
    from provenance.extractors.credits import extract_credits
    from provenance.findings import CheckResult
    from provenance.ingest.document import Document
    from provenance.tables.bundle import Tables

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_LIMITS",
    "Attribution",
    "BatchError",
    "CheckResult",
    "ClaimStatus",
    "CreditRole",
    "Document",
    "ExtractionError",
    "FailOn",
    "FigureKind",
    "FindingKind",
    "Format",
    "LedgerBusyError",
    "LedgerError",
    "LexiconError",
    "LimitError",
    "Limits",
    "ProvenanceError",
    "ReadError",
    "ReadResult",
    "ReadWarning",
    "SchemaError",
    "Severity",
    "SourceKind",
    "SuiteError",
    "Tables",
    "UnknownFormatError",
    "UnsafeInputError",
    "UsageError",
    "__version__",
    "check",
    "compiled",
    "extract",
    "extract_claims",
    "extract_credits",
    "extract_figures",
    "read",
]

_LAZY = {
    "ReadResult": "provenance.api",
    "check": "provenance.api",
    "compiled": "provenance._build",
    "extract": "provenance.api",
    "extract_claims": "provenance.api",
    "extract_figures": "provenance.api",
    "extract_credits": "provenance.extractors.credits",
    "read": "provenance.api",
    "CheckResult": "provenance.findings",
    "Document": "provenance.ingest.document",
    "Tables": "provenance.tables.bundle",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'provenance' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
