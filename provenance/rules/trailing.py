"""Claims an outlet's report frame carries: "X told police that Y, the Daily News reported".

"Paul told police that [Boucher tackled him from behind], the Bowling Green Daily News
reported, citing an arrest warrant.": the claim has its own speaker, and the frame after
it says the text has it from another outlet's report. A news outlet's report is a charge
to verify (the cue lexicon flags "reported" for media and agencies), so the claim it
carries is too. The extractors make the frame a claim of its own, the carried claim
nested in it; the frame's words stay a narrator piece. :func:`carried_by_report` reads
that piece: a narrator claim starting just after an attributed claim (:data:`FRAME_GAP`
characters: ", ") whose text is a source and a flagged cue verb, and nothing more than a
few words after it ("recently", ", citing"). :func:`charge_to_nested` moves the frame
claim's own charge to the claims nested in it, so the flag is on the shortest clause.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from provenance.enums import ClaimStatus

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FRAME_GAP", "carried_by_report", "charge_to_nested"]

#: Most characters between a claim's end and the frame after it (", ").
FRAME_GAP = 3

_COLUMNS = ("claim_id", "article_id", "start", "end", "status", "attribution", "cue", "text")

# a named source (capitalized, after an optional "the"), a verb, at most three words
# more ("recently", "on Tuesday") and the end of the sentence or ", citing ...": a frame
# closes its sentence ("Media reports have said [...]" opens one and is no frame)
_FRAME = re.compile(
    r"\s*(?P<src>(?:[Tt]he\s+)?[A-Z][^,.;:!?“”\"()]{1,80}?)\s+(?P<verb>[a-z]+)"
    r"(?:\s+[\w’'-]+){0,3}?\s*(?:[.!]|,\s+citing\b.*)"
)


def carried_by_report(claims: pd.DataFrame, names: pd.Series | None = None) -> pd.Series:
    """Attributed asserted claims an outlet's report frame right after them carries.

    The frame's verb must be a flagged cue form of the cue lexicon ("reported"), and
    its source of a kind the flag names (a media outlet or an agency, as the source
    registry resolves it: "the Bowling Green Daily News", "The New York Times"). Not
    "Paul said Y, a spokesman said" (no flagged verb) nor "..., Reuters reported"
    when Reuters is the article's narrator: its own reporting, which the text stands
    behind. ``names`` maps source ids to names; the frame is a piece of the narrator
    (its ``source_id``), and a frame naming it is dropped.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["c", "f"], "article_id": ["x", "x"], "start": [25, 55],
        ...     "end": [53, 91], "status": ["asserted", "asserted"],
        ...     "attribution": ["indirect", "narrator"], "cue": ["told", None],
        ...     "text": ["Boucher tackled him from behind",
        ...              "The New York Times reported recently."]})
        >>> carried_by_report(claims).tolist()
        [True, False]
    """
    import pandas as pd

    out = pd.Series(False, index=claims.index, dtype=bool)
    if not set(_COLUMNS) <= set(claims.columns) or claims.empty:
        return out
    narrator = (claims["attribution"] == "narrator").astype(bool)
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    outlets = text[narrator & claims["cue"].isna()].map(_outlet_frame).dropna()
    if names is not None and "source_id" in claims and not outlets.empty:
        own = claims.loc[outlets.index, "source_id"].map(names)
        outlets = outlets[outlets.to_numpy() != own.to_numpy()]
    frames = outlets
    if frames.empty:
        return out
    carried = (
        ~narrator
        & (claims["status"] == ClaimStatus.ASSERTED.value)
        & claims["article_id"].isin(claims.loc[frames.index, "article_id"])
    )
    if not carried.any():
        return out
    left = claims.loc[carried, ["claim_id", "article_id", "end"]].astype({"end": "int64"})
    right = (
        claims.loc[frames.index, ["article_id", "start"]]
        .assign(frame=True)
        .astype({"start": "int64"})
        .sort_values("start")
    )
    pairs = pd.merge_asof(
        left.sort_values("end"),
        right,
        left_on="end",
        right_on="start",
        by="article_id",
        direction="forward",
        tolerance=FRAME_GAP,
    )
    hit = pairs.loc[pairs["frame"].notna().to_numpy(dtype=bool), "claim_id"]
    return (out | claims["claim_id"].isin(hit)).astype(bool)


def charge_to_nested(claims: pd.DataFrame, charged: pd.Series) -> pd.Series:
    """A charged report holding other claims passes its charge to them.

    "[Paul told police that [Boucher tackled him]], the Daily News reported": what the
    outlet's report carries is the claim nested in it, the shortest clause stating it,
    not the whole clause with its speaker. The frame then is no finding of its own;
    of its nested claims the asserted ones are charged (a hedged or denied one is
    flagged by its own cue). Without ``parent_claim_id`` nothing changes.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["f", "c", "x"], "parent_claim_id": [None, "f", None],
        ...     "status": ["asserted", "asserted", "asserted"],
        ...     "attribution": ["indirect", "indirect", "indirect"]})
        >>> charge_to_nested(claims, pd.Series([True, False, True])).tolist()
        [False, True, True]
    """
    import pandas as pd

    if "parent_claim_id" not in claims or not charged.any():
        return charged
    parent = claims["parent_claim_id"]
    holds = parent.notna() & parent.isin(claims.loc[charged, "claim_id"]).astype(bool)
    if not holds.any():
        return charged
    holders = claims["claim_id"].isin(parent[holds]).astype(bool)
    carried = (
        holds
        & (claims["status"] == ClaimStatus.ASSERTED.value)
        & (claims["attribution"] != "narrator")
    )
    return pd.Series((charged & ~holders) | carried, index=claims.index, dtype=bool)


def _outlet_frame(text: str) -> str | None:
    """The source's name when a narrator piece is an outlet's report frame ("The Times
    reported."), else None."""
    found = _FRAME.fullmatch(text)
    if found is None:
        return None
    kinds = _flagged_forms().get(found.group("verb"))
    if kinds is None:
        return None
    name, kind = _resolved(found.group("src"))
    return name if not kinds or kind in kinds else None


@functools.cache
def _flagged_forms() -> dict[str, tuple[str, ...]]:
    from provenance.lexicon.cues import cue_lexicon

    return dict(cue_lexicon(None).flagged_forms())


@functools.cache
def _resolved(source: str) -> tuple[str, str]:
    from provenance.extractors.sources import default_sources

    info = default_sources().resolve(source)
    return info.name, str(info.kind.value)
