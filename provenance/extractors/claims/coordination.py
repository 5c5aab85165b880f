"""Where a reported clause ends because a second report is coordinated with it.

"Most said Clinton is honest, and three-quarters said the same of Sanders": the
content of the first "said" ends before ", and three-quarters"; the second cue
then reports a claim of its own. The coordinators are language data
(``clause_coordinators`` need a comma before them, ``contrast_coordinators`` do
not: "..., compared with 64 percent who say ..."), read from the cue lexicon.
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import cue_lexicon

__all__ = ["coordinated_report"]

#: an article or pronoun opening the second subject is read as its start
_WORD_END = re.compile(r"\w$")


@functools.cache
def _coordinator_re(key: str) -> re.Pattern[str] | None:
    """The coordinator that must end the text between the content start and a subject."""
    lex = cue_lexicon(key)
    parts = []
    if lex.clause_coordinators:
        parts.append(rf",\s*(?:(?:{alternation(lex.clause_coordinators)})\s+)?")
    if lex.contrast_coordinators:
        parts.append(rf",?\s+(?:{alternation(lex.contrast_coordinators)})\s+")
    if not parts:
        return None
    return re.compile(rf"(?:{'|'.join(parts)})$", re.IGNORECASE)


def coordinated_report(
    text: str, start: int, cue_start: int, *, language: str | None = "en"
) -> int | None:
    """Where a content starting at ``start`` ends because the cue at ``cue_start`` reports anew.

    The cue must have a subject of its own (a name, a pronoun, a source noun) right
    after a coordinator; the returned offset is the coordinator's start. ``None``
    when the cue continues the content ("said officials told him X" nests, it does
    not coordinate) or when the cut would leave under ten characters.

    Example:
        >>> text = "Most said Clinton is honest, and three-quarters said the same of Sanders."
        >>> end = coordinated_report(text, 10, text.index("said the"))
        >>> text[10:end]
        'Clinton is honest'
    """
    pattern = _coordinator_re(language_key(language))
    if pattern is None:
        return None
    subject = find_subject(text, start, cue_start)
    if subject is None:
        return None
    lead = pattern.search(text, start, subject[0])
    if lead is None or lead.start() - start < 10:
        return None
    return lead.start()
