"""A gerund taken as a claim by a base denial after a pronoun subject.

"“I deny taking a bribe,” he said", "“We deny ever having met him,” ...": the base form
of a denial verb reads as a verb after "I", "we", "they" (``base_denial_subjects``) when
its object is a claim; a gerund, with up to two of ``denied_gerund_leads`` before it
("ever", "having"), is one. Words ending "-ing" that are no gerund (``non_gerunds``:
"I deny nothing") are not.
"""

from __future__ import annotations

import functools
import re

from provenance.lexicon.cues import cue_lexicon

__all__ = ["gerund_object"]


def gerund_object(text: str, start: int, language: str = "en") -> bool:
    """Whether a gerund (after up to two lead words) starts at ``start``.

    Example:
        >>> gerund_object("I deny ever taking a bribe", 6)
        True
        >>> gerund_object("I deny nothing", 6)
        False
    """
    return _pattern(language).match(text, start) is not None


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    leads = rf"(?:(?:{alt(lex.denied_gerund_leads)})\s+){{0,2}}" if lex.denied_gerund_leads else ""
    stops = rf"(?!(?:{alt(lex.non_gerunds)})\b)" if lex.non_gerunds else ""
    return re.compile(rf"\s*{leads}{stops}[a-z]{{2,}}ing\b")
