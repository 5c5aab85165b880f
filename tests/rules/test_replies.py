"""Replies without a denial word contradict the earlier claim of another source.

"The Pentagon said 300 troops crossed. Moscow countered that none had.": a reply cue
(matching.yaml ``reply_cues``) or a content that points back and denies ("Jones said
[no such meeting took place]", ``opposing_openings``; "Jones said [the opposite]",
``opposing_contents``) pairs the claim with the nearest earlier attributed claim of
another source, a few sentences back at most. Neighbours that must flag nothing: the
verb with a thing for object ("countered the attack"), a reply with no earlier claim
of another source, a reply to the source's own claim, an opening that is not one
("said the opposite side of the river flooded"), and the narrator's "no such".
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import flags_of

_PENTAGON = "The Pentagon said 300 troops were deployed near the border on Monday. "
_MET = "Smith said the two men met in Paris in May. "

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "countered": _PENTAGON + "Moscow countered that no troops had crossed.",
    "countered_quote": _PENTAGON + "“No troops crossed the border,” Moscow countered.",
    "retorted": _PENTAGON + "Moscow retorted that no troops had crossed.",
    "no_such": _MET + "Jones said no such meeting took place.",
    "opposite": _MET + "Jones said the opposite.",
    "opposite_true": _MET + "Jones said the opposite was true.",
    # neighbours
    "thing": _PENTAGON + "The army countered the attack on Tuesday.",
    "alone": "Moscow countered that no troops had crossed.",
    "own": "Jones said the two men met in Paris. Jones said no such meeting took place.",
    "side": _MET + "Jones said the opposite side of the river flooded.",
    "inside": _MET + "Jones said the meeting had no such agenda.",
    "narrator": _MET + "No such meeting appears in the minister's diary.",
    "far": (
        _MET
        + "The weather in Paris was mild that month, and the city hosted a trade fair. " * 6
        + "Jones said the opposite."
    ),
}


@cache
def _contradictions() -> dict[str, list[str]]:
    """Per text: the text of every claim a contradiction flags."""
    return {
        key: [claim for kind, _, claim in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["countered", "countered_quote", "retorted"])
def test_a_reply_cue_contradicts_the_claim_it_answers(key: str) -> None:
    """'Moscow countered that ...' after the Pentagon's claim contradicts that claim."""
    assert _contradictions()[key] == ["300 troops were deployed near the border on Monday"]


@pytest.mark.parametrize("key", ["no_such", "opposite", "opposite_true"])
def test_a_content_pointing_back_and_denying_contradicts_the_claim_before(key: str) -> None:
    """'Jones said no such meeting took place' / 'the opposite' contradicts Smith's claim."""
    assert _contradictions()[key] == ["the two men met in Paris in May"]


@pytest.mark.parametrize("key", ["thing", "alone", "own", "side", "inside", "narrator", "far"])
def test_neighbours_of_a_reply_flag_nothing(key: str) -> None:
    """A thing countered, no other source's claim before it (or too far), the source's
    own claim, a phrase that opens nothing or sits inside the content, the narrator."""
    assert _contradictions()[key] == []


def test_the_extractors_keep_a_reply_neutral() -> None:
    """'countered that X' is an asserted claim: only the rules pair it with another's."""
    found = [c for c in find_claims("Moscow countered that no troops had crossed.") if c.cue]
    assert [(c.cue, c.text, c.status) for c in found] == [
        ("countered", "no troops had crossed", ClaimStatus.ASSERTED)
    ]


def test_the_matching_lexicon_states_the_reply_families() -> None:
    """The reply cues, openings and contents are language data."""
    lex = match_lexicon("en")
    assert "countered" in lex.reply_cues
    assert "no such" in lex.opposing_openings
    assert "the opposite" in lex.opposing_contents
