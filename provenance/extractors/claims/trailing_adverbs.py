"""A manner or time adverb between a cue and its "that": "denied outright that ...",
"said repeatedly that ...", "insisted again that ...".

The adverb belongs with the cue, not the content: the content opens at the
complementizer as it does with no adverb ("denied that ..."). The adverbs are the cue
lexicon's ``adverbs`` (those that may stand before a cue: "flatly denied") but its
``predeterminer_adverbs`` ("denied all that": an object), the complementizers its
``complementizers``.
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.text.wordlists import alternation
from provenance.lexicon.cues import cue_lexicon

__all__ = ["past_trailing_adverb"]


@functools.cache
def _grammar(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    lex = cue_lexicon(language)
    that = alternation(lex.complementizers)
    return (
        re.compile(rf"[^\S\n]+(?P<adv>[a-z]+)[^\S\n]+(?=(?:{that})\s)"),
        # not "all" or "both": "denied all that" holds the object "all that"
        frozenset(w for w in lex.adverbs if w.islower()) - lex.predeterminer_adverbs,
    )


def past_trailing_adverb(text: str, pos: int, limit: int, language: str = "en") -> int:
    """Where the content after a cue ending at ``pos`` may open: past one adverb that
    stands right before "that" ("denied outright that"), else ``pos``.

    Example:
        >>> text = "He denied outright that he had met her."
        >>> text[past_trailing_adverb(text, 9, len(text)) :]
        'that he had met her.'
        >>> text = "He denied reports that he had met her."
        >>> past_trailing_adverb(text, 9, len(text))
        9
        >>> text = "He denied all that as well."
        >>> past_trailing_adverb(text, 9, len(text))
        9
    """
    pattern, adverbs = _grammar(language)
    m = pattern.match(text, pos, limit)
    if m is None or m.group("adv") not in adverbs:
        return pos
    return m.end()
