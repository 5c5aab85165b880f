"""Sources: the alias registry that says who a source mention refers to.

Example:
    >>> from provenance.extractors.sources import default_sources
    >>> default_sources().resolve("the Kremlin").name
    'Russian government'
"""

from __future__ import annotations

from provenance.extractors.sources.registry import SourceRegistry, default_sources

__all__ = ["SourceRegistry", "default_sources"]
