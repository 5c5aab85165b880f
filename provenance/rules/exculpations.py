"""Exculpations that answer a charge made further back than a pointing denial reaches.

"Republicans say [Clinton masterminded the sale]. ... Democrats say the allegations are
baseless. ... [three sentences on the vote] ... Fernandez, who has said [Clinton played
no role in the decision]": an exculpation (the matching lexicon's ``exculpations``)
answers the charge of the story a few paragraphs back, as a claim noun names its claim
("denied the allegations"). A pointing denial ("denies it") reads only a few sentences
back (:func:`provenance.rules.claims.answered_claim`); an exculpation finding nothing
there answers the nearest earlier claim of another source that the text already marks
as a charge (hedged, unconfirmed or answered by another denial) within
:data:`FAR_WINDOW` characters. With no such claim, it answers nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.enums import ClaimStatus

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FAR_WINDOW", "far_charge"]

#: Most characters between the end of the charge and the start of the exculpation: a few
#: wire paragraphs (the wire_dev exculpation answered its charge 966 characters on; the
#: one PolNeAR train pair from further away, 7,793, answered another story's question).
FAR_WINDOW = 1200

_COLUMNS = ("claim_id", "article_id", "source_id", "start", "end", "status", "cue")


def far_charge(
    claims: pd.DataFrame,
    open_: pd.Series,
    answered: pd.Series,
    contests: pd.Series | None = None,
) -> pd.Series:
    """For each ``open_`` exculpating claim, the nearest earlier charge of another source.

    A charge is a claim whose status is hedged or unconfirmed, one made with a cue the
    cue lexicon flags for any source ("accused X of", "accusations that"), or one of
    ``answered`` (the claims other denials answer, aligned with ``claims``; null
    elsewhere); with ``contests`` (a mask aligned with ``claims``), those claims too: a
    vindication answers whoever contested the side it vindicates ("Simonds asked the
    court to reconsider, arguing that [the ballot was wrongly included]. ... “We believe
    the court acted appropriately,” the spokesman said"). It ends at most
    :data:`FAR_WINDOW` characters before the exculpation starts, in the same article; a
    nearest charge of the exculpation's own source gives none. Null elsewhere.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["c", "d", "e"], "article_id": ["x"] * 3,
        ...     "source_id": ["gop", "dems", "fernandez"], "start": [0, 60, 900],
        ...     "end": [40, 80, 940], "status": ["hedged", "denied", "asserted"],
        ...     "cue": ["alleged", "denied", "said"]})
        >>> far_charge(claims, pd.Series([False, False, True]),
        ...            pd.Series([None, "c", None])).tolist()
        [None, None, 'c']
    """
    import pandas as pd

    from provenance.rules.claims import flagged_cue
    from provenance.rules.replies import nearest_other

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if not set(_COLUMNS) <= set(claims.columns) or not open_.any():
        return out
    unsettled = claims["status"].isin([ClaimStatus.HEDGED.value, ClaimStatus.UNCONFIRMED.value])
    charged = unsettled | claims["claim_id"].isin(answered.dropna()) | flagged_cue(claims, None)
    if contests is not None:
        charged = charged | contests
    charged = charged.astype(bool)
    if not charged.any():
        return out
    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    found = nearest_other(claims.loc[open_, cols], claims.loc[charged, cols], window=FAR_WINDOW)
    mapped = claims["claim_id"].map(found)
    return out.where(mapped.isna(), mapped)
