"""From one :class:`~provenance.ingest.document.Document` to everything extracted from it.

Pure Python, no pandas: the table layer turns many of these into dataframes at once.
The extractors are settings (a frozen :class:`Extractors`), so a user can swap
in a model-based claim extractor without touching the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from provenance.extractors.claims import ClaimExtractor, RuleBasedExtractor, find_claims
from provenance.extractors.credits import credits_for
from provenance.extractors.figures import find_figures
from provenance.extractors.records import ClaimSpan, CreditParty, FigureSpan
from provenance.extractors.sources import SourceRegistry, default_sources
from provenance.ingest.document import Document, Picture

__all__ = ["Extraction", "Extractors", "FigureExtractor", "extract_document"]

FigureExtractor = Callable[..., tuple[FigureSpan, ...]]


@dataclass(frozen=True, slots=True)
class Extractors:
    """Which extractors run, and the source alias table they share.

    ``claims`` is the attribution step (a :class:`ClaimExtractor`, for example a
    model-based one); narrator claims are always added around what it finds.

    Example:
        >>> from provenance.extractors.sources import default_sources
        >>> registry = default_sources()
        >>> extractors = Extractors(sources=registry)
    """

    figures: FigureExtractor = find_figures
    claims: ClaimExtractor = field(default_factory=RuleBasedExtractor)
    sources: SourceRegistry = field(default_factory=default_sources)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document, before ids and tables."""

    document: Document
    figures: tuple[FigureSpan, ...]
    claims: tuple[ClaimSpan, ...]
    credits: tuple[tuple[Picture, tuple[CreditParty, ...]], ...]


def extract_document(document: Document, extractors: Extractors | None = None) -> Extraction:
    """Run the figure, claim and credit extractors over one document.

    Dates without a year are resolved against the document's publication date.

    Example:
        >>> from provenance.ingest import read_text
        >>> doc = read_text("Headline\\n\\nThe army said 40 soldiers died.\\n\\nAFP")[0]
        >>> [f.text for f in extract_document(doc).figures]
        ['40']
    """
    ex = extractors or Extractors()
    reference: date | None = document.published.date() if document.published else None
    body = document.body
    return Extraction(
        document=document,
        figures=ex.figures(body, reference_date=reference),
        claims=find_claims(body, sources=ex.sources, extractor=ex.claims),
        credits=tuple((pic, credits_for(pic)) for pic in document.pictures),
    )
