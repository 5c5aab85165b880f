"""Hedge and denial cues in a yes-no question: "Did the minister deny the report?".

A question opening with an auxiliary before its subject ("Did the minister claim the vote
was rigged?", "Has the company denied the report?") asks whether the source made the
claim or the denial; it reports neither. Its hedged and denied drafts are dropped (a
"why" or "when" question, "Why did the minister deny the report?", takes the denial as
given and keeps it). The auxiliaries are the cue lexicon's ``question_auxiliaries``
(``provenance/lexicon/data/<lang>/cues.yaml``), case-sensitive: only a sentence's first
word opens such a question.
"""

from __future__ import annotations

import bisect

from provenance.enums import ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.lexicon.cues import cue_lexicon

__all__ = ["polar_question_drafts"]

_OPENERS = " \t\n\"“‘'("
_CLOSERS = " \t\n\"”’')"
_MARKED = frozenset({ClaimStatus.HEDGED, ClaimStatus.DENIED})


def polar_question_drafts(
    text: str, units: list[tuple[int, int]], drafts: list[Draft], language: str | None = "en"
) -> list[int]:
    """Indices of the hedged or denied drafts whose cue stands in a yes-no question.

    Example:
        >>> from provenance.extractors.claims.drafts import Draft
        >>> from provenance.enums import Attribution
        >>> text = "Did the minister claim the vote was rigged?"
        >>> d = Draft(23, 42, Attribution.INDIRECT, ClaimStatus.HEDGED)
        >>> d.cue_start, d.cue_end = 17, 22
        >>> polar_question_drafts(text, [(0, len(text))], [d])
        [0]
    """
    if "?" not in text:
        return []
    auxiliaries = cue_lexicon(language).question_auxiliaries
    if not auxiliaries:
        return []
    starts = [a for a, _ in units]
    out = []
    for i, d in enumerate(drafts):
        if d.status not in _MARKED or d.cue_start is None:
            continue
        k = bisect.bisect_right(starts, d.cue_start) - 1
        if k < 0:
            continue
        a, b = units[k]
        if not text[a:b].rstrip(_CLOSERS).endswith("?"):
            continue
        head = text[a : d.cue_start].lstrip(_OPENERS)
        first = head.split(maxsplit=1)[0] if head else ""
        if first in auxiliaries and "," not in head:
            out.append(i)
    return out
