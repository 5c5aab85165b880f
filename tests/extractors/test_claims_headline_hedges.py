"""Title Case headline forms of hedges, and headline nouns that are no cue.

"Lawsuit Alleges College Defrauded Students" and "Mayor Asserts Budget Is Balanced" are
hedges, as "Mayor Claims ..." is. "Jobless Claims Fall" and "Border Disputes Flare" name a
right or a quarrel by its modifier: no hedge, no denial.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def status_of(text: str, cue: str) -> set[ClaimStatus]:
    """The statuses of the claims of ``text`` whose cue is ``cue``."""
    return {c.status for c in find_claims(text) if c.cue == cue}


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Lawsuit Alleges College Defrauded Its Students", "Alleges", "Lawsuit"),
        ("Mayor Asserts City Budget Is Balanced", "Asserts", "Mayor"),
    ],
)
def test_headline_hedge_forms(text: str, cue: str, source: str) -> None:
    """A capitalized third-person hedge verb in a headline is a hedge of its subject."""
    claims = [c for c in find_claims(text) if c.cue == cue]
    assert [(c.status, c.source_text) for c in claims] == [(ClaimStatus.HEDGED, source)], claims


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jobless Claims Fall to Lowest Level in Years", "Claims"),
        ("Insurance Claims Rise After Coastal Storm", "Claims"),
        ("Border Disputes Flare Again in the Region", "Disputes"),
    ],
)
def test_headline_nouns_after_a_modifier_are_no_cue(text: str, cue: str) -> None:
    """A right or a quarrel named by its modifier is neither hedged nor denied."""
    assert not status_of(text, cue) & {ClaimStatus.HEDGED, ClaimStatus.DENIED}, find_claims(text)
