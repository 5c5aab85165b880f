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
(185 of 195, 195 of 200 attributions found, 22 of 32 neighbours). The passages that did
not hold are marked ``xfail(strict=True)``.

After stop 44's fixes 220 of the 227 hold (189 of 195 passages with attributions, 200 of
200 attributions found, 31 of 32 neighbours): particles that are phrases ("tells the story
of", "said goodbye", "posted a photo of"); a court's vote before "that" ("ruled 6-3
that"); a proper name after "of" counted as one word of a long subject ("A three-judge
panel of the 9th U.S. Circuit Court of Appeals found"); "chief" as a source head ("Nvidia's
finance chief, Colette Kress, told"); and a mandative clause after "insistence" (a demand,
no hedge; its clause ends before the main verb). Still wrong: "declined to be identified"
read as a report (anonymous06); claims nested in a content ("The findings, the authors
wrote, suggest that", "had shown", "had denied the applicant procedural fairness":
science07, science08, filing16); "announced his death" (tribute10), "did not dispute the
figures" (wire15) and "will report its quarterly results" (not08) read as reports.

attrib45 mended science07 and science08: a plain (asserted) report at the head of another
report's content ("The findings, the authors wrote, suggest that", "said the coral had
shown") makes no nested claim; nested hedges and denials keep theirs. The rest stay
against PolNeAR's own annotation: train marks "who declined to be identified" (source
"who"), "announced his resignation" and "reported its smallest quarterly profit" as
attributions, and "did not dispute that" with its clause as content.
"""

from __future__ import annotations

import pytest

from .claims_blind44 import PASSAGES, Passage, judge

# Passages the extractor does not read as PolNeAR would (see the module docstring).
MISSES = frozenset(
    {
        "anonymous06",
        "tribute10",
        "filing16",
        "wire15",
        "not08",
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


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        ("The book tells the story of a miner's son.", False),
        ("He told the story of his escape to reporters.", False),
        ("He told reporters the story was false.", True),
        ("The minister said goodbye to her staff.", False),
        ("She posted a video of the flood on Facebook.", False),
        ("She posted on Facebook that the flood had receded.", True),
        ("The court ruled 5-4 that the law was valid.", True),
        ("Arsenal won 2-1 that night.", False),
    ],
)
def test_particle_phrases_and_tallies(text: str, attributed: bool) -> None:
    """A verb before a particle phrase reports nothing; its plain uses and a court's vote
    before "that" still report."""
    import provenance

    frame = provenance.extract_claims(text)
    assert frame["attribution"].isin(["direct", "indirect"]).any() == attributed


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Their insistence that the chairman resign angered the board.", "asserted"),
        ("The insistence that Prime Minister Ana Ruiz step down grew.", "asserted"),
        ("Their insistence that the chairman was honest angered the board.", "hedged"),
        ("Her insistence that the figures were right surprised them.", "hedged"),
    ],
)
def test_insistence_demand_or_claim(text: str, status: str) -> None:
    """ "insistence that" with a bare verb makes a demand, asserted; with a finite verb a
    claim, hedged."""
    import provenance

    frame = provenance.extract_claims(text)
    cued = frame[frame["cue"] == "insistence"]
    assert list(cued["status"]) == [status]
