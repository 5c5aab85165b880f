"""Stop 41's blind matrix (``claims_blind41``) of attributed speech outside US news.

The matrix was written before the claims extractor or its tests were read. At 16bc00b
217 of the 232 expectations of ``MATRIX`` held (190 of 202 attributions, 27 of 30
neighbours), and 23 of the 26 of ``MATRIX_CONTEXT``, written in the same blind pass after
the first count: 240 of 258 in all. Seven of those expectations (four passages) were
written against the benches' reading and were corrected after the count, not the
extractor: a quotation resumed after its speaker ("'A,' said X. 'B.'", in one paragraph
or over several) is one content from its first mark to its last, as PolNeAR annotates it
and its scorer reads it; 244 of the corrected 255 held at 16bc00b. The forms still read
otherwise are marked below, with why.
"""

from __future__ import annotations

import pytest

import provenance

from .claims_blind41 import MATRIX, MATRIX_CONTEXT, Expectation, passes

#: expectations that do not hold yet, by key and position in the passage's tuple
_FAILING: dict[tuple[str, int], str] = {
    ("uk-fa-said-in-statement", 0): "coordinated content",
    ("in-bench-remarked", 0): "a bench of judges",
    ("pk-maintained-inversion", 0): "maintained after a quotation",
    ("ng-statement-signed-by", 0): "a statement signed by",
    ("ng-san-suffix", 0): "a post-nominal after a name",
    ("nb-according-to-plan", 0): "according to plan",
    ("nb-maintained-road", 0): "maintained by",
    ("nb-warned-off", 0): "warned off",
    ("cx-says-headline", 0): "a headline's 'says X'",
    # two neighbours whose gold is contested: PolNeAR marks "rejected" and "call" as cues
    # (14 and 13 times in train), so these are attributions by the benches' reading
    ("cx-nb-apostrophe-no-quote", 0): "rejected by: a cue in PolNeAR",
    ("cx-nb-curly-scare", 0): "critics call it: a cue in PolNeAR",
}


def _cases() -> list[object]:
    out: list[object] = []
    for key, text, expectations in (*MATRIX, *MATRIX_CONTEXT):
        for at, expectation in enumerate(expectations):
            reason = _FAILING.get((key, at))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(text, expectation, id=f"{key}-{at}", marks=marks))
    return out


@pytest.mark.parametrize(("text", "expectation"), _cases())
def test_blind_matrix(text: str, expectation: Expectation) -> None:
    """Each passage of the blind matrix reads as the PolNeAR and BBC benches read it."""
    assert passes(text, expectation, provenance.extract_claims(text))
