"""The stop-44 blind matrix of hedge and denial cues (``cues_blind44.py``).

A cue case passes when some claim whose cue overlaps the cue word carries the class's
status (hedged for a hedge cue, denied for a denial cue); a neighbour passes when no
claim whose cue overlaps the word is hedged or denied. Misses at the base of the
round are strict xfails, so a fix flips them and a regression fails.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims

from .cues_blind44 import CASES, Case

_STATUS = {"hedge": ClaimStatus.HEDGED, "denial": ClaimStatus.DENIED}
_MARKED = frozenset(_STATUS.values())

# Misses of the matrix at a20e6dd (163 / 183 right, with the corrected expectations),
# less those fixed since (169 / 183).
_MISSES = frozenset(
    {
        "deny_noun_a",
        "deny_noun_plural",
        "deny_noun_flat",
        "deny_would",
        "allege_adverb",
        "allege_adverb_front",
        "allege_noun_denied",
        "allege_adverb_passive",
        "purport_to_show",
        "purport_present",
        "purport_gerund",
        "purport_perfect",
        "n_claimed_victory",
    }
)


def _statuses_at(text: str, word: str) -> set[ClaimStatus]:
    """The hedged or denied statuses of the claims whose cue overlaps ``word``."""
    start = text.index(word)
    end = start + len(word)
    return {
        c.status
        for c in find_claims(text)
        if c.cue_start is not None
        and c.cue_end is not None
        and c.cue_start < end
        and start < c.cue_end
        and c.status in _MARKED
    }


def _param(case: Case) -> object:
    name = case[0]
    marks = [pytest.mark.xfail(strict=True, reason="missed at a20e6dd")] if name in _MISSES else []
    return pytest.param(*case[1:], id=name, marks=marks)


@pytest.mark.parametrize(("text", "word", "cls"), [_param(c) for c in CASES])
def test_cue_class(text: str, word: str, cls: str | None) -> None:
    found = _statuses_at(text, word)
    if cls is None:
        assert not found, f"{word!r} read as a {sorted(s.value for s in found)} cue"
    else:
        assert _STATUS[cls] in found, f"{word!r} not read as a {cls} cue ({found})"


def test_matrix_is_well_formed() -> None:
    names = [c[0] for c in CASES]
    assert len(names) == len(set(names))
    assert set(names) >= _MISSES
    for _, text, word, cls in CASES:
        assert word in text
        assert cls in (None, "hedge", "denial")


@given(st.sampled_from([c for c in CASES if c[3] is None]), st.sampled_from(["", "Meanwhile, "]))
def test_neighbours_stay_unmarked_after_a_lead(case: Case, lead: str) -> None:
    """A neighbour stays unmarked when a sentence adverb is put before it."""
    name, text, word, _ = case
    if name in _MISSES:
        return
    lowered = text[0].lower() + text[1:]
    body = lead + (lowered if lead and word in lowered else text)
    assert not _statuses_at(body, word if word in body else word.lower())


@pytest.mark.parametrize(
    ("text", "adverb", "content", "status"),
    [
        (
            "Purportedly, the deal was signed in a Dubai hotel.",
            "Purportedly",
            "the deal was signed in a Dubai hotel",
            ClaimStatus.HEDGED,
        ),
        (
            "Allegedly, the funds were moved to an account in Cyprus.",
            "Allegedly",
            "the funds were moved to an account in Cyprus",
            ClaimStatus.ASSERTED,
        ),
        (
            "Reportedly, the two leaders met in secret last year.",
            "Reportedly",
            "the two leaders met in secret last year",
            ClaimStatus.ASSERTED,
        ),
    ],
)
def test_fronted_sentence_adverb_takes_the_clause_after_it(
    text: str, adverb: str, content: str, status: ClaimStatus
) -> None:
    """A sentence adverb opening its sentence with a comma hedges or flags what follows."""
    found = [c for c in find_claims(text) if c.cue_start == 0]
    assert [(text[c.cue_start : c.cue_end], c.text, c.status) for c in found] == [
        (adverb, content, status)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an opening adverb that is no cue: "Still,", "Admittedly," hedge nothing
        "Still, the deal was signed in a Dubai hotel.",
        "Admittedly, the deal was signed in a Dubai hotel.",
    ],
)
def test_other_opening_adverbs_hedge_nothing(text: str) -> None:
    assert not [
        c for c in find_claims(text) if c.cue_start is not None and c.status is ClaimStatus.HEDGED
    ]
