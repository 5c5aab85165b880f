"""Stop 44's blind matrix (``claims_blind44``): attribution in corporate statements,
investigative reporting, anonymous sources, parliament, broadcast interviews, science,
tributes, letters and filings, and Australian, Irish, South African and Indian copy.

The matrix was written before the claims extractor or the earlier matrices were read. At
a20e6dd 203 of its 227 passages held: 181 of 192 passages with attributions (191 of 194
attributions found) and 22 of 35 neighbours. Four expectations were wrong against
PolNeAR's annotation, which marks "feared" as a cue of its own (wire18: two attributions),
"voted against" with its object as content (not22) and "insistence that" with the demand
as content (not05, not30: attributions whose status must stay "asserted", not hedged);
corrected, 205 of the 227 held at a20e6dd (183 of 195 passages with attributions, 193 of
198 attributions found, 22 of 32 neighbours). Two more were: PolNeAR's annotators mark the
question put to a speaker ("Asked whether he would resign, the minister said") as a
content of the one asked (broadcast04, wire14); corrected, 207 of the 227 held at a20e6dd
(185 of 195, 195 of 200 attributions found, 22 of 32 neighbours). The passages that did not hold are marked
``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

from .claims_blind44 import PASSAGES, Passage, judge

# Passages the extractor does not read as PolNeAR would (see the module docstring).
MISSES = frozenset(
    {
        "anonymous06",
        "science07",
        "science08",
        "tribute10",
        "filing11",
        "filing12",
        "filing16",
        "wire15",
        "not01",
        "not02",
        "not05",
        "not06",
        "not07",
        "not08",
        "not09",
        "not12",
        "not27",
        "not28",
        "not30",
        "not32",
    }
)


def _cases() -> list[object]:
    return [
        pytest.param(p, id=p.id, marks=[pytest.mark.xfail(strict=True)] if p.id in MISSES else [])
        for p in PASSAGES
    ]


@pytest.mark.parametrize("passage", _cases())
def test_passage(passage: Passage) -> None:
    """Each expected attribution is found, nothing else is attributed."""
    assert judge(passage) == []


def test_matrix_shape() -> None:
    """Ids are unique, contents lie in their passages, and about a seventh are neighbours."""
    ids = [p.id for p in PASSAGES]
    assert len(ids) == len(set(ids))
    assert set(ids) >= MISSES
    for p in PASSAGES:
        for att in p.atts:
            at = 0
            for piece in att.content.split(" ... "):
                at = p.text.index(piece, at) + len(piece)
    assert 30 <= sum(p.neighbour for p in PASSAGES) <= 40
