"""Denials whose claim the text gives only after them, in the next sentence or so.

"At a news conference he denied [accusations contained in a report]. The report
included accusations from a woman that [he molested her]": the denial's object names
its claim by a cue noun ("accusations") before the text states it. The claim the
denial answers is the first claim of another source after it whose cue has the same
lemma ("accusations" and "accused" are both ``accuse``), within :data:`AHEAD_WINDOW`
characters. Only a denial that names a cue lemma without a determiner pointing back
looks ahead: a bare noun ("denied accusations contained in ...") brings in a claim
not yet given, while "denied the allegations made against me" and "denied it" point
back (:func:`provenance.rules.claims.answered_claim`), never forward.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["AHEAD_WINDOW", "named_ahead"]

#: Most characters between the end of a denial and the start of the claim it names.
AHEAD_WINDOW = 400

_COLUMNS = ("claim_id", "article_id", "source_id", "start", "end", "cue", "text")


def named_ahead(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For each ``open_`` denial naming a cue lemma, the first later claim of that lemma.

    The later claim must be another source's, in the same article, starting at most
    :data:`AHEAD_WINDOW` characters after the denial ends, and made with a cue of
    the lemma the denial's object names (the last cue word of its text). A text
    opening with one of the cue lexicon's pointing determiners (``anaphoric_heads_after``,
    ``anaphoric_determiners``: "the", "these", "such") names a claim already given
    and does not look ahead. Null elsewhere.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["d", "w"], "article_id": ["x", "x"],
        ...     "source_id": ["johnson", "woman"], "start": [30, 120], "end": [51, 170],
        ...     "cue": ["denied", "accusations"],
        ...     "text": ["accusations contained", "Johnson molested her in 2013"]})
        >>> named_ahead(claims, pd.Series([True, False])).tolist()
        ['w', None]
    """
    import pandas as pd

    from provenance.lexicon.cues import cue_lexicon
    from provenance.rules.replies import nearest_other

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if not set(_COLUMNS) <= set(claims.columns) or not open_.any():
        return out
    lex = cue_lexicon(None)

    def lemma(words: object) -> str | None:
        if not isinstance(words, str):
            return None
        found = [lex.lemma_of(w.strip(".,;:!?“”\"'‘’()")) for w in words.split()]
        return next((x for x in reversed(found) if x is not None), None)

    given = {d.split()[0] for d in (*lex.anaphoric_heads_after, *lex.anaphoric_determiners)}
    first = claims.loc[open_, "text"].astype(str).str.extract(r"^\W*(\w+)", expand=False)
    new = ~first.str.casefold().isin(given).reindex(claims.index, fill_value=True)
    open_ = (open_ & new).astype(bool)
    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    left = claims.loc[open_, cols].assign(lemma=claims.loc[open_, "text"].map(lemma))
    left = left.dropna(subset=["lemma"])
    if left.empty:
        return out
    # a later claim of one of those lemmas only: a few rows in an article
    lemmas = frozenset(left["lemma"])
    later = claims[cols].assign(lemma=claims["cue"].map(lemma))
    later = later[later["lemma"].isin(lemmas) & claims["article_id"].isin(left["article_id"])]
    if later.empty:
        return out
    pairs = nearest_other(left, later, window=AHEAD_WINDOW, by=("article_id", "lemma"), ahead=True)
    mapped = claims["claim_id"].map(pairs)
    return out.where(mapped.isna(), mapped)
