"""A possessive object of a hedge verb that opens a clause with a past or present verb.

"The group [claimed] its fighters shot down the jet", "the ministry [claimed] their
men fled", "the company [claims] its product cures baldness": after "claimed",
"asserted" a possessive usually opens a thing taken ("claimed its share of the vote",
"asserted his rights"); but when a past verb (or a present "-s" verb) follows the noun
phrase, and an object or an adjunct after it, the possessive phrase is the subject of a
clause the verb reports, and the verb makes a claim. A past participle before "by" is a
reduced relative of the thing ("claimed his land seized by the state"), no clause; an
"-s" word before a preposition is a plural noun ("claimed their first points in the
league").

The words come from the cue lexicon (``provenance/lexicon/data/<lang>/cues.yaml``):
``possessives``, ``irregular_pasts``, ``past_endings``, ``third_person_endings`` (not
``not_third_person``), ``possessive_present_stops`` (never after a present verb),
``possessive_present_verbs`` (verbs taking no object, read before a preposition too), and, as
words never inside the noun phrase, ``head_prepositions``, ``relative_prepositions``,
``relative_pronouns``, ``complementizers`` and ``coordinators``.
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
        >>> possessive_clause("its product cures baldness.", lex)
        True
        >>> possessive_clause("their first points in the league.", lex)
        False
        >>> possessive_clause("their leader remains in hiding.", lex)
        True
        >>> possessive_clause("their lives in the flood.", lex)
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
    # a present verb: "-s" (not "-ss"), no possessive, and an object or a complement after
    # it, never a preposition or one of possessive_present_stops ("claimed their first
    # points in the league", "claims his benefits each month" take things)
    present = ""
    if lex.third_person_endings:
        after = alt({*lex.possessive_present_stops, *lex.head_prepositions})
        after += "|" + alt(lex.relative_prepositions) if lex.relative_prepositions else ""
        not_third = rf"(?<!{alt(lex.not_third_person)})" if lex.not_third_person else ""
        present = (
            rf"|(?!(?:{after}|{stops})\s)[a-z]{{2,}}(?:{alt(lex.third_person_endings)}){not_third}\s+"
            rf"(?!(?:{after})\b)(?=[a-z“\"$])"
        )
        # a verb that takes no object is one before a preposition too ("claims their
        # leader remains in hiding")
        if lex.possessive_present_verbs:
            present += rf"|(?:{alt(lex.possessive_present_verbs)})\s+(?=[a-z])"
    return re.compile(
        rf"(?:{alt(lex.possessives)})\s+(?:{word}){{1,3}}"
        rf"(?:(?:{pasts}|[a-z]{{2,}}(?:{endings}))\s+(?!by\b)[\w“\"$]{present})",
    )
