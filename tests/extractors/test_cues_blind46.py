"""Stop 46's blind matrix of hedge and denial cues (passages in ``cues_blind46``).

At 9be5e2f, before any change, 149 of the 194 passages held: 118 of 146 cues read with
their class and 43 of 60 neighbours read as no hedge or denial. The passages that did not
hold are ``xfail(strict=True)``. Five expectations were wrong against the guideline (a cue
noun with no content of its own is no attribution: sci08, sci10, rel10, biz23, court27);
corrected, 154 of the 194 held at 9be5e2f: 118 of 141 cues, 48 of 65 neighbours.

After stop 46's fixes 160 of the 194 hold (118 of 141 cues, 54 of 65 neighbours): a power
"assert" exercises ("asserted control", ``exercised_objects``), an award claimed ("claimed
the best actress award"), a conjecture refuted (no one's claim) and a thing withheld after a
possessive ("rejected the documentary's entry").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.lexicon.cues import cue_lexicon

from .cues_blind46 import PASSAGES
from .test_cues_blind44 import _statuses_at

_STATUS = {"hedge": ClaimStatus.HEDGED, "denial": ClaimStatus.DENIED}

XFAIL: frozenset[str] = frozenset(
    {
        "sport13",
        "sport18",
        "sport21",
        "sport22",
        "sport23",
        "sport25",
        "sport26",
        "sport36",
        "ent06",
        "ent15",
        "biz02",
        "biz09",
        "biz22",
        "tech08",
        "tech09",
        "tech12",
        "tech17",
        "sci05",
        "sci11",
        "rel07",
        "rel11",
        "rel14",
        "local02",
        "dipl12",
        "dipl14",
        "dipl15",
        "dipl16",
        "dipl17",
        "dipl18",
        "dipl19",
        "court03",
        "court08",
        "court11",
        "court29",
    }
)


def _holds(text: str, words: str, cls: str | None) -> bool:
    """Whether the cue (or neighbour) ``words`` of ``text`` reads as ``cls``."""
    found = _statuses_at(text, words)
    return _STATUS[cls] in found if cls else not found


def _cases() -> list[object]:
    return [
        pytest.param(
            text,
            expected,
            id=pid,
            marks=[pytest.mark.xfail(strict=True)] if pid in XFAIL else [],
        )
        for pid, text, expected in PASSAGES
    ]


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_cue_class(text: str, expected: tuple[tuple[str, str | None], ...]) -> None:
    assert [(w, c) for w, c in expected if not _holds(text, w, c)] == []


@given(
    st.sampled_from(["assert", "asserts", "asserted", "asserting"]),
    st.sampled_from(sorted(cue_lexicon("en").exercised_objects)),
    st.sampled_from(["", " over the port", " in the second half", " at the talks"]),
)
def test_a_power_asserted_is_no_hedge(form: str, power: str, tail: str) -> None:
    """ "asserted control over the port": every form with every power is an action."""
    text = (
        f"The new owners will {form} {power}{tail}."
        if form == "assert"
        else (f"The new owners {form} {power}{tail}.")
    )
    assert ClaimStatus.HEDGED not in _statuses_at(text, form)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "claim" says a thing is so with the same objects: still a hedge
        ("Rebels claimed control of the airport on Sunday.", "claimed"),
        # a clause after the power: a claim
        ("The minister asserted that control of the port had been restored.", "asserted"),
        # a claim of an award won, with a clause: a hedge
        ("The studio claimed the award had been rigged.", "claimed"),
    ],
)
def test_neighbours_of_the_powers_and_awards_stay_hedges(text: str, cue: str) -> None:
    assert ClaimStatus.HEDGED in _statuses_at(text, cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The actor claimed the Golden Bear award in Berlin.", "claimed"),
        ("The drummer claimed every accolade going last year.", "claimed"),
        ("A graduate student refuted the conjecture in 2019.", "refuted"),
        ("The festival rejected the film's entry on Monday.", "rejected"),
        ("The border agency denied the lorry's entry to the port.", "denied"),
    ],
)
def test_awards_conjectures_and_things_withheld_are_no_cue(text: str, cue: str) -> None:
    assert not _statuses_at(text, cue)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a claim after a possessive is still denied, unlike a thing withheld
        ("The ministry denied the newspaper's report of a cover-up.", "denied"),
        ("The club rejected the agent's account of the transfer.", "rejected"),
        ("The ministry disputed the union's claims about staffing.", "disputed"),
    ],
)
def test_a_possessive_before_a_claim_keeps_the_denial(text: str, cue: str) -> None:
    assert ClaimStatus.DENIED in _statuses_at(text, cue)


def test_the_lexicon_lists_the_powers_awards_and_conjectures() -> None:
    """The words live in the cue lexicon, not in code."""
    lex = cue_lexicon("en")
    assert {"control", "authority"} <= lex.exercised_objects
    assert "award" in lex.thing_heads
    assert "conjecture" in lex.non_claim_objects
