"""A claim holding an existential negation contradicts the earlier claim naming what it denies.

"Mueller is investigating whether the campaign colluded with Russia. Trump has said
there was no collusion.": an echo negation (matching.yaml ``echo_negations``: "there
was no", "there is absolutely no") inside an attributed claim denies the word after it;
the rules pair that claim with the nearest earlier claim of another source holding a
word that starts with the same letters (``echo_prefix``: "collusion", "colluded"). The
extractors keep the negation neutral. Neighbours that must flag nothing: a negation
naming no earlier claim ("there is no plan to release a transcript" states a fact), a
short word ("there was no war"), and a claim of the denier's own. A denied object also
ends at a bare "and" before a named subject reporting anew ("Russia has denied
[meddling] and Trump has said ...").
"""

from __future__ import annotations

from functools import cache

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import flags_of

_EARLIER = "Mueller is investigating whether the Trump campaign colluded with Russia. "

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "said": _EARLIER + "Trump has said repeatedly there was no collusion.",
    "quoted": _EARLIER + "“There is absolutely no collusion,” Trump told reporters on Friday.",
    "noun": (
        "Senators are looking into possible collusion between the campaign and Moscow. "
        "Trump has said there was no collusion."
    ),
    "fact": _EARLIER + "The panel said there is no plan to release a transcript.",
    "alone": "Trump has said repeatedly there was no collusion.",
    "short": "Critics said the president wanted war. The minister said there was no war.",
    "own": "Trump said the campaign never colluded with Russia. Trump said there was no collusion.",
}


@cache
def _contradictions() -> dict[str, list[str]]:
    """Per text: the text of every claim a contradiction flags."""
    return {
        key: [claim for kind, _, claim in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize("key", ["said", "quoted"])
def test_an_existential_denial_contradicts_the_claim_naming_its_word(key: str) -> None:
    """'there was no collusion' after 'whether the campaign colluded' contradicts it."""
    flagged = _contradictions()[key]
    assert len(flagged) == 1
    assert "the Trump campaign colluded with Russia" in flagged[0]


def test_the_named_thing_may_be_a_noun_of_a_narrator_sentence() -> None:
    """'looking into possible collusion ...' is the claim 'there was no collusion' answers."""
    flagged = _contradictions()["noun"]
    assert len(flagged) == 1
    assert "possible collusion" in flagged[0]


@pytest.mark.parametrize("key", ["fact", "alone", "short", "own"])
def test_an_existential_negation_naming_no_other_claim_flags_nothing(key: str) -> None:
    """No earlier claim of another source names it, or the word is too short: no flag."""
    assert _contradictions()[key] == []


@pytest.mark.parametrize(
    "text",
    [
        "Trump has said there was no collusion.",
        "“There is absolutely no collusion,” he said.",
        "The panel said there is no plan to release a transcript.",
    ],
)
def test_the_extractors_keep_an_existential_negation_neutral(text: str) -> None:
    """No claim is denied by 'there is no X' itself: only the rules pair it with a claim."""
    assert [c for c in find_claims(text) if c.status is ClaimStatus.DENIED] == []


def test_there_was_no_evidence_keeps_its_own_frame() -> None:
    """The denial phrase 'there was no evidence of fraud' still denies 'fraud'."""
    found = [c for c in find_claims("He said there was no evidence of fraud.") if c.cue]
    assert [(c.cue, c.text) for c in found if c.status is ClaimStatus.DENIED] == [
        ("there was no evidence", "fraud")
    ]


@pytest.mark.parametrize(
    ("text", "content", "said"),
    [
        (
            "Russia has denied meddling and Trump has said there was no collusion.",
            "meddling",
            "there was no collusion",
        ),
        ("Moscow denied the reports and Trump said they were false.", "the reports", None),
    ],
)
def test_a_denied_object_ends_before_and_a_named_subject_reporting_anew(
    text: str, content: str, said: str | None
) -> None:
    """'denied [meddling] and Trump has said X': the object ends at the bare 'and'."""
    claims = find_claims(text)
    assert [c.text for c in claims if c.status is ClaimStatus.DENIED] == [content]
    if said is not None:
        assert said in [c.text for c in claims if c.cue and c.cue.endswith("said")]


def test_a_denied_that_clause_keeps_its_coordinated_subjects() -> None:
    """'denied that Clinton and Obama said it': a clause, not two reports."""
    found = [c for c in find_claims("He denied that Clinton and Obama said it.") if c.cue]
    assert [c.text for c in found if c.status is ClaimStatus.DENIED] == [
        "that Clinton and Obama said it"
    ]


def test_the_matching_lexicon_states_the_echo_family() -> None:
    """The negations and the shared prefix are language data."""
    lex = match_lexicon("en")
    assert {"there was no", "there is no"} <= set(lex.echo_negations)
    assert lex.echo_prefix == 5
