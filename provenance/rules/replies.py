"""Replies that contradict an earlier claim of another source without a denial word.

Two constructions, stated by the matching lexicon (``data/<lang>/matching.yaml``):

- a reply cue ("The Pentagon said 300 troops crossed. Moscow *countered* that none
  had.", "The union *pushed back*, saying ..."): ``reply_cues``, in the claim's cue or in
  the narrator's piece right before it;
- a content that points back and denies: opening with one of ``opposing_openings``
  ("Smith said the two men met. Jones said [*no such* meeting took place]") or whole
  one of ``opposing_contents`` ("Jones said [*the opposite*]").

Either answers the nearest earlier attributed claim of another source within a few
sentences (:data:`REPLY_WINDOW` characters), as a pointing denial ("denies it") does.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from provenance.enums import ClaimStatus

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["REPLY_WINDOW", "cue_last_word", "nearest_before", "nearest_other", "replied_claim"]

#: Most characters between the end of the claim answered and the start of the reply.
REPLY_WINDOW = 400

_COLUMNS = ("claim_id", "article_id", "source_id", "start", "end", "status", "attribution")


def replied_claim(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For each ``open_`` attributed claim that replies against another's, the id of that claim.

    Null elsewhere, and for claims of the narrator, denials (their own rules pair
    them) and replies with no earlier claim of another source to answer.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["p", "n", "m"], "article_id": ["x"] * 3,
        ...     "source_id": ["pentagon", "reuters", "moscow"], "start": [18, 60, 76],
        ...     "end": [58, 75, 96], "status": ["asserted"] * 3,
        ...     "attribution": ["indirect", "narrator", "indirect"],
        ...     "cue": ["said", None, "countered"],
        ...     "text": ["300 troops crossed the border on Monday", "Moscow countered",
        ...              "no troops had crossed"]})
        >>> replied_claim(claims, pd.Series([True] * 3)).tolist()
        [None, None, 'p']
    """
    import pandas as pd

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if not {*_COLUMNS, "cue", "text"} <= set(claims.columns) or not open_.any():
        return out
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(None)
    attributed = (claims["attribution"] != "narrator").astype(bool)
    reading = (open_ & attributed & (claims["status"] == ClaimStatus.ASSERTED.value)).astype(bool)
    if not reading.any():
        return out
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    body = text[reading].str.casefold().str.strip(" “”\"'‘’")
    pointing = pd.Series(False, index=claims.index, dtype=bool)
    if lex.reply_cues:
        replying = re.compile(r"\b" + _opening_re(tuple(sorted(lex.reply_cues))).pattern)
        cue = claims.loc[reading, "cue"].astype(object).where(claims["cue"].notna(), "")
        said = cue.astype(str).str.casefold().map(lambda c: replying.search(c) is not None)
        pointing |= said.reindex(claims.index, fill_value=False).astype(bool)
        # "The union [pushed back], saying ...": the reply stands in the narrator's lead
        pointing |= _reply_lead(claims, reading, replying)
    if lex.opposing_openings:
        opens = body.str.match(_opening_re(lex.opposing_openings)).astype(bool)
        pointing |= opens.reindex(claims.index, fill_value=False)
    if lex.opposing_contents:
        whole = body.str.strip(" .,;:!?“”\"'‘’").str.split().str.join(" ")
        pointing |= whole.isin(lex.opposing_contents).reindex(claims.index, fill_value=False)
    found = nearest_before(claims, pointing & reading, attributed, REPLY_WINDOW)
    if lex.reply_joiners:
        joined = _joined_reply(claims, reading, attributed, lex.reply_joiners)
        found = joined.combine_first(found) if not found.empty else joined
    mapped = claims["claim_id"].map(found)
    return out.where(mapped.isna(), mapped)


#: Most characters between two pieces of one sentence (", " before "but").
_JOIN_GAP = 3


def _joined_reply(
    claims: pd.DataFrame, reading: pd.Series, attributed: pd.Series, joiners: tuple[str, ...]
) -> pd.Series:
    """By id of each ``reading`` claim set against another's in one sentence, that claim.

    "Trump predicted [Flake will vote no], but the senator's office says [he has not
    decided]": the narrator's piece before the reply opens with one of ``joiners`` in
    lower case (mid-sentence: "But Gershman noted ..." opens a sentence of its own), and
    the claim just before the piece is another source's. Both claims are
    said with a verb taking a clause ("said", "predicted", "told"): "did not respond to
    [a request for comment], but ..." and "defended [Moore], but ..." state no claim set
    against the reply. The pieces are adjacent (:data:`_JOIN_GAP` characters), so the
    two claims share a sentence.
    """
    import pandas as pd

    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    empty = pd.Series(dtype=object)
    narrator = claims["attribution"] == "narrator"
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    # as written: a capitalized joiner opens a sentence and joins nothing
    opens = text[narrator].str.match(_opening_re(joiners))
    pieces = opens[opens].index
    telling = _tells(claims)
    reading = reading & telling
    if not len(pieces) or not reading.any():
        return empty
    # the joining piece right before the reply, and the claim right before the piece
    piece = nearest_other(
        claims.loc[reading, cols], claims.loc[pieces, cols].assign(source_id=None), window=2
    )
    if piece.empty:
        return empty
    before = nearest_other(
        claims.loc[claims["claim_id"].isin(piece), cols].assign(source_id=None),
        claims.loc[attributed & telling, cols],
        window=_JOIN_GAP,
    )
    answered = piece.map(before).dropna()
    if answered.empty:
        return empty
    source = claims.set_index("claim_id")["source_id"]
    other = source.reindex(answered.index).to_numpy() != source.reindex(answered).to_numpy()
    return pd.Series(answered[other], dtype=object)


def _reply_lead(claims: pd.DataFrame, reading: pd.Series, replying: re.Pattern[str]) -> pd.Series:
    """``reading`` claims right after a narrator's piece holding a reply cue.

    "The police union [pushed back], saying [burglaries had risen]": the cue is
    "saying", and the piece before it ("The police union pushed back, saying") says
    the claim answers another's.
    """
    import pandas as pd

    out = pd.Series(False, index=claims.index, dtype=bool)
    narrator = (claims["attribution"] == "narrator").astype(bool)
    if not reading.any() or not narrator.any():
        return out
    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    # the cue ends the piece, before its own cue word at most ("pushed back, saying"): "The
    # Senate pushed back the vote, saying ..." replies to no one
    ending = re.compile(replying.pattern + r"(?:[\s,:;]+[\w’']+)?[\s,:;“”\"]*$")
    leads = narrator & text.str.casefold().map(lambda t: ending.search(t) is not None)
    if not leads.any():
        return out
    piece = nearest_other(
        claims.loc[reading, cols], claims.loc[leads, cols].assign(source_id=None), window=_JOIN_GAP
    )
    return claims["claim_id"].isin(piece.index).astype(bool)


def _tells(claims: pd.DataFrame) -> pd.Series:
    """Claims whose cue's last word is a verb form taking a clause ("said", "told")."""
    import pandas as pd

    from provenance.lexicon.cues import Frame, cue_lexicon

    forms = {
        f.casefold()
        for v in cue_lexicon(None).verbs
        if v.frame in (Frame.CLAUSE, Frame.TELL)
        for f in v.forms
        if " " not in f
    }
    last = cue_last_word(claims)
    return pd.Series(last.isin(forms).to_numpy(dtype=bool), index=claims.index, dtype=bool)


def cue_last_word(claims: pd.DataFrame) -> pd.Series:
    """The last word of each claim's cue, case-folded ("" for a claim without a cue).

    Example:
        >>> import pandas as pd
        >>> cue_last_word(pd.DataFrame({"cue": ["has Denied", None, "reporting"]})).tolist()
        ['denied', '', 'reporting']
    """
    cue = claims["cue"].astype(object).where(claims["cue"].notna(), "").astype(str)
    last = cue.str.casefold().str.split().str[-1]  # float NaN when no claim has a cue
    return last.astype(object).where(last.notna(), "")


@functools.cache
def _opening_re(openings: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(openings, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def nearest_before(
    claims: pd.DataFrame, left: pd.Series, right: pd.Series, window: int
) -> pd.Series:
    """By id of each ``left`` claim, the nearest ``right`` claim of another source ending
    at most ``window`` characters before it starts, in the same article."""
    import pandas as pd

    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    if not left.any() or not right.any():
        return pd.Series(dtype=object)
    return nearest_other(claims.loc[left, cols], claims.loc[right, cols], window=window)


def nearest_other(
    left: pd.DataFrame,
    right: pd.DataFrame,
    *,
    window: int | None,
    by: tuple[str, ...] = ("article_id",),
    ahead: bool = False,
) -> pd.Series:
    """By id of each ``left`` claim, the nearest ``right`` claim of another source.

    Both frames hold ``claim_id``, ``source_id``, ``start``, ``end`` and the ``by``
    columns, which must be equal in a pair. Looking back (the default), the right
    claim ends at most ``window`` characters before the left one starts; ``ahead``,
    it starts at most ``window`` characters after the left one ends. ``window=None``
    sets no limit. The nearest candidate is taken first; a left claim whose nearest
    candidate is its own source's gets none.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["a", "b"], "article_id": ["x", "x"],
        ...     "source_id": ["kremlin", "kyiv"], "start": [0, 50], "end": [40, 90]})
        >>> nearest_other(claims.iloc[[1]], claims.iloc[[0]], window=400).to_dict()
        {'b': 'a'}
        >>> nearest_other(claims.iloc[[0]], claims.iloc[[1]], window=400, ahead=True).to_dict()
        {'a': 'b'}
    """
    import pandas as pd

    near, far = ("end", "start") if ahead else ("start", "end")
    pairs = pd.merge_asof(
        left.drop(columns=far).astype({near: "int64"}).sort_values(near),
        right.rename(columns={"claim_id": "answered", "source_id": "source_a", near: "near_a"})
        .astype({far: "int64"})
        .sort_values(far),
        left_on=near,
        right_on=far,
        by=list(by),
        direction="forward" if ahead else "backward",
        tolerance=window,
        allow_exact_matches=True,
    )
    pairs = pairs[pairs["answered"].notna() & (pairs["source_a"] != pairs["source_id"])]
    return pairs.set_index("claim_id")["answered"]
