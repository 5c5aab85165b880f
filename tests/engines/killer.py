"""A claims plug-in that kills its process on a marker: a worker crash, for real."""

from __future__ import annotations

import os

from provenance.extractors.claims import RuleBasedExtractor
from provenance.extractors.records import ClaimSpan
from provenance.extractors.sources import SourceRegistry

#: A body holding this kills the process extracting it.
MARKER = "KILL-THIS-WORKER"


class Killer:
    """The rule-based claims step, except that a body with :data:`MARKER` ends the process."""

    def __init__(self) -> None:
        self.rules = RuleBasedExtractor()

    def __call__(self, text: str, *, sources: SourceRegistry) -> tuple[ClaimSpan, ...]:
        """Claims of ``text``; ``os._exit(3)`` when it holds the marker (no cleanup, no error)."""
        if MARKER in text:
            os._exit(3)
        return self.rules(text, sources=sources)
