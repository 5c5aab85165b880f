"""Rules over claims: hedged, unconfirmed, and denials that contradict another source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.enums import ClaimStatus

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["contradicted_claim", "is_hedged", "is_unconfirmed"]


def is_hedged(claims: pd.DataFrame) -> pd.Series:
    """Claims the text hedges ("claimed", "alleged", "reportedly")."""
    return (claims["status"] == ClaimStatus.HEDGED.value).astype(bool)


def is_unconfirmed(claims: pd.DataFrame) -> pd.Series:
    """Claims the text says are not confirmed ("has not confirmed", "could not be verified")."""
    return (claims["status"] == ClaimStatus.UNCONFIRMED.value).astype(bool)


def contradicted_claim(claims: pd.DataFrame) -> pd.Series:
    """For each denial, the id of the other source's claim it denies (else null).

    A denial contradicts a claim nested in it ("Zelensky denied [Russian claims
    that [troops entered ...]]") when that claim has a different source.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["d", "c"], "source_id": ["ua", "ru"], "start": [0, 9],
        ...     "status": ["denied", "asserted"], "parent_claim_id": [None, "d"]})
        >>> contradicted_claim(claims).tolist()
        ['c', None]
    """
    import pandas as pd

    denials = claims.loc[claims["status"] == ClaimStatus.DENIED.value, ["claim_id", "source_id"]]
    children = claims.loc[
        claims["parent_claim_id"].notna(), ["claim_id", "source_id", "parent_claim_id", "start"]
    ]
    pairs = children.merge(
        denials, left_on="parent_claim_id", right_on="claim_id", suffixes=("", "_d")
    )
    pairs = pairs[pairs["source_id"] != pairs["source_id_d"]]
    # Several denied claims: name the first in the text, whatever the row order.
    pairs = pairs.sort_values(["start", "claim_id"], kind="stable")
    first = pairs.drop_duplicates("parent_claim_id").set_index("parent_claim_id")["claim_id"]
    out = claims["claim_id"].map(first)
    return pd.Series(out.tolist(), index=claims.index, dtype=object).where(out.notna(), None)
