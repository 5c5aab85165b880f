"""Stop 43's blind matrix (``claims_blind43``): attribution in US local, Canadian, court,
sport, earnings, science, police, celebrity, translated agency and social-media copy.

The matrix was written before the claims extractor, its tests or the earlier matrices were
read. At df30766 216 of its 240 passages held: 187 of 206 attributions and 29 of 34
neighbours. Two neighbours were wrong against PolNeAR's annotation, which marks "did not
respond to a request for comment" and "declined to comment" as attributions; corrected
into attributions (``police18``, ``police19``), 218 of the 240 held at df30766 (189 of
208 attributions, 29 of 32 neighbours). The passages that did not hold are marked
``xfail(strict=True)``.

After stop 43's fixes (an epithet, an age or a demonym standing for the person a sentence
before names as its subject, "held that", "affirmed", abbreviated police ranks) 229 of the
240 hold (200 of 208 attributions, 29 of 32 neighbours). Still missed: a reported clause
whose coordinated verb is a weak cue ("arrived ... and found heavy smoke", local09); a
long court subject with two "of" phrases ("A three-judge panel of the 9th U.S. Circuit
Court of Appeals found", court14); a quotation before "Nvidia's
finance chief, Colette Kress, told" taking the role phrase into its content (money13);
the name in apposition after "the study's lead author" or "The paper's senior author,
Harvard epidemiologist Walter Willett" (science01, science09); an office whose holder
the text names with another word or none ("was named interim chief. The chief said",
"Ambassador Nicholas Burns ... The envoy said": police15, title08); a dash aside between
"said" and "that" (aside04); and three neighbours read as reports: "tells the story of",
"said goodbye to", "posted a photo of" (not10, not11, not20), which PolNeAR's train
annotators mark about half the time (3 of 7, 2 of 3, 2 of 4).

Stop 44 (attrib44) mended five of these: a long court name in the subject (court14), the
role before the name after a quotation ("Nvidia's finance chief, Colette Kress, told":
money13) and "tells the story of", "said goodbye to", "posted a photo of" (not10, not11,
not20), now particles of their verbs. attrib45 mended aside04: an aside set off by dashes between a
cue and its "that" ("said — in a rare break with the party leadership — that").
"""

from __future__ import annotations

import pytest

import provenance

from .claims_blind43 import MATRIX, Case, Not, holds, locate

#: Passages that still do not hold (see the module docstring for why).
MISSES: frozenset[str] = frozenset(
    {
        "local09",
        "science01",
        "science09",
        "police15",
        "title08",
    }
)


def _param(case: Case) -> object:
    marks = (
        [pytest.mark.xfail(strict=True, reason="missed (see the module docstring)")]
        if case.id in MISSES
        else []
    )
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in MATRIX])
def test_blind43_passage(case: Case) -> None:
    assert holds(case, provenance.extract_claims(case.text))


def test_blind43_expectations_are_substrings() -> None:
    """Every expected content lies in its passage, so the matrix measures what it says."""
    for case in MATRIX:
        if isinstance(case.expect, Not):
            continue
        for att in case.expect:
            start, end = locate(case.text, att.content, att.nth)
            assert case.text[start:end] == att.content


def test_blind43_ids_are_unique_and_misses_known() -> None:
    ids = [c.id for c in MATRIX]
    assert len(ids) == len(set(ids))
    assert set(ids) >= MISSES
