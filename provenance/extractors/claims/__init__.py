"""Claims: who says what in a text, with cue, status and nesting.

The attribution engine by concern: :mod:`~.cues` and :mod:`~.families` (cue
grammars read from the lexicon), :mod:`~.attribute` and its helpers (spans,
subjects, inversions, continuations, nesting, layouts), :mod:`~.speakers`
(source resolution) and :mod:`~.extract` (:func:`find_claims`, the pluggable
step). Language-neutral text helpers live in :mod:`provenance.extractors.text`.

Example:
    >>> from provenance.extractors.claims import find_claims
    >>> [c.source.name for c in find_claims('Smith said the plan "will fail".') if c.source]
    ['Smith']
"""

from __future__ import annotations

from provenance.extractors.claims.extract import (
    ClaimExtractor,
    RuleBasedExtractor,
    claims_frame,
    find_claims,
)

__all__ = ["ClaimExtractor", "RuleBasedExtractor", "claims_frame", "find_claims"]
