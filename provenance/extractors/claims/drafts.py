"""The mutable claim draft the rule-based attribution step builds, then freezes."""

from __future__ import annotations

from dataclasses import dataclass

from provenance.enums import Attribution, ClaimStatus

__all__ = ["Draft"]


@dataclass(slots=True)
class Draft:
    """A claim under construction (mutable; frozen into a ClaimSpan at the end)."""

    start: int
    end: int
    attribution: Attribution
    status: ClaimStatus
    source_start: int | None = None
    source_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue: str | None = None
    channel: str | None = None
    parent: int | None = None
    inherit: int | None = None  # index of the claim whose source this one continues
