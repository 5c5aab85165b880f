"""Hedged claims whose whole content is what a contest gives ("claimed victory")."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["claimed_win"]


def claimed_win(claims: pd.DataFrame) -> pd.Series:
    """Hedged claims of a thing-taking hedge verb whose content is a win and its adjuncts.

    "The runner claimed victory in the marathon" takes a victory, no claim the flags
    guideline asks to verify; a clause after the head stays a claim ("claimed the
    victory was stolen").

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"status": ["hedged", "hedged", "hedged", "asserted"],
        ...     "cue": ["claimed", "claimed", "alleged", "claimed"],
        ...     "text": ["victory in Iowa", "the victory was stolen", "victory", "victory"]})
        >>> claimed_win(claims).tolist()
        [True, False, False, False]
    """
    import pandas as pd

    from provenance.enums import ClaimStatus

    out = pd.Series(False, index=claims.index, dtype=bool)
    pattern = _win_re()
    if pattern is None or not {"status", "cue", "text"} <= set(claims):
        return out
    hedged = claims["status"] == ClaimStatus.HEDGED.value
    cue = claims.loc[hedged, "cue"].astype(object)
    last = cue.map(lambda c: c.split()[-1].lower() if isinstance(c, str) and c.split() else "")
    taking = last.isin(_thing_forms())
    text = claims.loc[taking[taking].index, "text"].astype(str)
    won: pd.Series = text.str.match(pattern).astype(bool)
    hits: pd.Series = out | won.reindex(out.index, fill_value=False)
    return hits.astype(bool)


@functools.cache
def _thing_forms() -> frozenset[str]:
    """Lower-cased forms of the hedge verbs that may take a thing ("claimed", "claims")."""
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    return frozenset(f.lower() for v in lex.verbs if v.lemma in lex.thing_lemmas for f in v.forms)


@functools.cache
def _win_re() -> re.Pattern[str] | None:
    """A win, its determiner and up to two modifiers, then the end or an adjunct."""
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    if not lex.claimed_wins:
        return None

    def alt(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    determiners = (
        rf"(?:(?:{alt(lex.claimed_win_determiners)})\s+)?" if lex.claimed_win_determiners else ""
    )
    return re.compile(
        rf"\s*{determiners}"
        r"(?:(?!that\b)[\w-]+\s+){0,2}?"
        rf"(?:{alt(lex.claimed_wins)})\b"
        rf"\s*(?:$|\.|(?:{alt(lex.relative_prepositions)})\b)",
        re.IGNORECASE,
    )
