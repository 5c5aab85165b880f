"""The spaCy attribution step under its published path (see :mod:`.claims.spacy_attribution`)."""

from __future__ import annotations

from provenance.extractors.claims.spacy_attribution import REPORTING_LEMMAS, SpacyClaimExtractor

__all__ = ["REPORTING_LEMMAS", "SpacyClaimExtractor"]
