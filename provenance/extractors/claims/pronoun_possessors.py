"""A possessive pronoun before a noun cue names the claim's owner: "[his] claim that X".

The noun families read a name's possessive ("Moscow's claims that") as the source; a
possessive determiner of the lexicon (``possessives``) right before the noun, maybe
with the words that keep it the possessor's own claim between (``self_markers``,
``noun_cue_modifiers``: "its own earlier claim that"), is the source as well; the
speaker resolver reads it ("his" -> the man the sentence or the one before names).
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import cue_lexicon

__all__ = ["pronoun_possessor"]

#: how far before the noun the possessive may stand (two modifiers and their spaces)
_REACH = 40


def pronoun_possessor(
    text: str, floor: int, noun_start: int, language: str | None = "en"
) -> tuple[int, int] | None:
    """The span of the possessive pronoun owning the noun cue at ``noun_start``, if any.

    Example:
        >>> t = "Contrary to his claim that nothing would change, prices rose."
        >>> s, e = pronoun_possessor(t, 0, t.index("claim"))
        >>> t[s:e]
        'his'
        >>> t = "Contrary to its own earlier claim that nothing would change, prices rose."
        >>> s, e = pronoun_possessor(t, 0, t.index("claim"))
        >>> t[s:e]
        'its'
        >>> pronoun_possessor("the claim that", 0, 4) is None
        True
    """
    lo = noun_start - _REACH if noun_start - _REACH > floor else floor
    m = _pattern(language_key(language)).search(text, lo, noun_start)
    return m.span("src") if m is not None else None


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    lex = cue_lexicon(key)
    owners = alternation(tuple(w for p in lex.possessives for w in (p, p.capitalize())))
    modifiers = alternation((*lex.self_markers, *lex.noun_cue_modifiers))
    return re.compile(rf"\b(?P<src>{owners})\s+(?:(?:{modifiers})\s+){{0,2}}$")
