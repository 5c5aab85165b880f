"""A possessive object of a hedge verb that opens a clause with a past verb.

"The group [claimed] its fighters shot down the jet", "the ministry [claimed] their
men fled": after "claimed", "asserted" a possessive usually opens a thing taken ("claimed
its share of the vote", "asserted his rights"); but when a past verb follows the noun
phrase, and an object or an adjunct after it, the possessive phrase is the subject of a
clause the verb reports, and the verb makes a claim. A past participle before "by" is a
reduced relative of the thing ("claimed his land seized by the state"), no clause.

The words come from the cue lexicon (``provenance/lexicon/data/<lang>/cues.yaml``):
``possessives``, ``irregular_pasts``, ``past_endings``, and, as words never inside the
noun phrase, ``head_prepositions``, ``relative_prepositions``, ``relative_pronouns``,
``complementizers`` and ``coordinators``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from provenance.lexicon.cues import CueLexicon, cue_lexicon

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["possessive_clause"]


def possessive_clause(body: str, lex: CueLexicon) -> bool:
    """Whether ``body`` opens with a possessive noun phrase and a past verb with words after it.

    Example:
        >>> lex = cue_lexicon("en")
        >>> possessive_clause("its fighters shot down the jet.", lex)
        True
        >>> possessive_clause("their men fled the town.", lex)
        True
        >>> possessive_clause("its share of the vote.", lex)
        False
        >>> possessive_clause("his land seized by the state.", lex)
        False
    """
    return _pattern(lex.language).match(body) is not None


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    stops = alt(
        {
            *lex.head_prepositions,
            *lex.relative_prepositions,
            *lex.relative_pronouns,
            *lex.complementizers,
            *lex.coordinators,
            *lex.possessives,
        }
    )
    pasts = alt(lex.irregular_pasts)
    endings = alt(lex.past_endings)
    # one to three words of the noun phrase, none a function word or a past form
    word = rf"(?!(?:{stops}|{pasts})\s)(?![\w’'-]+(?:{endings})\s)[\w’'-]+\s+"
    return re.compile(
        rf"(?:{alt(lex.possessives)})\s+(?:{word}){{1,3}}"
        rf"(?:{pasts}|[a-z]{{2,}}(?:{endings}))\s+(?!by\b)[\w“\"$]",
    )
