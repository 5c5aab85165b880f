"""A stance verb's gerund in a preposition's adjunct names an act, not a claim.

"The council approved the budget after railing against the cuts for weeks": "railing
against the cuts" is something the council did, so it gives no claim. The lemmas
and the prepositions are the cue lexicon's ``event_gerund_lemmas`` and
``event_gerund_leads``. Neighbours: the finite verb ("has railed against the cuts") and a
gerund with no preposition before it ("She has been railing against the cuts") stay cues.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon


def _cues(text: str) -> list[str]:
    """The cues of the claims of ``text``."""
    return [c.cue for c in find_claims(text) if c.cue is not None]


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget after railing against the cuts for weeks.",
        "The council approved the budget before pushing for a 3% rise in fees.",
        "The council approved the budget without railing at the cuts.",
        "The council approved the budget while pushing for more police.",
    ],
)
def test_the_gerund_gives_no_claim(text: str) -> None:
    """No claim of the stance verb; the main clause's own cue stays."""
    assert not any("railing" in c or "pushing" in c for c in _cues(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The council has railed against the cuts.", "has railed against"),
        ("The council railed against the cuts for weeks.", "railed against"),
        ("The council has been railing against the cuts.", "has been railing against"),
        ("The union pushed for a 3% rise in fees.", "pushed for"),
    ],
)
def test_the_finite_verb_stays_a_cue(text: str, cue: str) -> None:
    """Neighbours: a finite form, or a gerund after an auxiliary, is still a cue."""
    assert cue in _cues(text)


def test_the_words_are_language_data() -> None:
    """The lemmas and the prepositions come from the English cue lexicon."""
    lex = cue_lexicon("en")
    assert {"rail against", "push for"} <= lex.event_gerund_lemmas
    assert {"after", "before", "while"} <= lex.event_gerund_leads


@settings(max_examples=30, deadline=None)
@given(
    lead=st.sampled_from(sorted(cue_lexicon("en").event_gerund_leads)),
    gerund=st.sampled_from(["railing against", "railing at", "pushing for"]),
)
def test_any_lead_and_gerund(lead: str, gerund: str) -> None:
    """Whatever the preposition and the stance, the gerund gives no claim."""
    text = f"The council approved the budget {lead} {gerund} the new rules."
    assert not any(gerund in c for c in _cues(text))
