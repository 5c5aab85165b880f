"""The constructions stop 41's flag matrix led to, each with neighbours that keep their
reading: "speculation that" (a hedge noun), land a dispute is over (no claim), a fronted
"Without citing evidence,", and "impossible to verify" ("contested" stays no cue)."""

from __future__ import annotations

import pytest

from .helpers import flags_of

_FORMS = {
    "speculation": "Speculation that the bank will cut rates grew on Tuesday.",
    "speculation-about": "Speculation about a merger lifted the shares.",
    "pushed-back-speculation": "The bank pushed back against speculation that it would act.",
    "disputed-claims": "Japan disputed claims that the islands were ceded in 1945.",
    "fronted-citing": "Without citing evidence, the president said the vote was rigged.",
    "fronted-proof": "Without any proof, Smith told reporters that the vote was stolen.",
    "impossible-appositive": "Rebels said they took the town, a claim impossible to verify.",
    "bare-head-data": "The firm said the drug works, data that has not been verified.",
    "bare-head-figures": "The army said 30 died, figures which could not be confirmed.",
    "impossible-sentence": "Rebels said they shot down a jet. It was impossible to"
    " independently confirm the claim.",
}
_NEIGHBOURS = {
    "speculative": "Speculative stocks fell sharply on Wednesday.",
    "disputed-islands": "The two countries have long disputed the islands.",
    "disputed-territory": "Both sides disputed the territory for decades.",
    "evidence-inside": "Without evidence, police cannot arrest him, the minister said.",
    "evidence-quoted": '"Without proof, you have nothing," the judge said.',
    "evidence-after": "Without evidence, the case collapsed.",
    "contested-election": "He contested the election in 2016.",
    "contested-adjective": "It was a contested convention, delegates said.",
    "contested-passive": "The contested region has been fought over for decades.",
    "bare-head-no-comma": "Officials said the firm released data that was audited.",
    "impossible-own": "It is impossible to confirm a date for the talks, the minister said.",
    "impossible-said": "The minister said it was impossible to verify every ballot by hand.",
}
_KINDS = {
    "speculation": ("unverified", "the bank will cut rates"),
    "speculation-about": ("unverified", "a merger"),
    "pushed-back-speculation": ("contradiction", "it would act"),
    "disputed-claims": ("contradiction", "the islands were ceded in 1945"),
    "fronted-citing": ("unverified", "the vote was rigged"),
    "fronted-proof": ("unverified", "the vote was stolen"),
    "impossible-appositive": ("unverified", "they took the town"),
    "bare-head-data": ("unverified", "the drug works"),
    "bare-head-figures": ("unverified", "30 died"),
    "impossible-sentence": ("unverified", "they shot down a jet"),
}


@pytest.fixture(scope="module")
def flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of({**_FORMS, **_NEIGHBOURS})


@pytest.mark.parametrize("key", sorted(_FORMS))
def test_form_is_flagged(key: str, flags: dict[str, list[tuple[str, str, str]]]) -> None:
    kind, content = _KINDS[key]
    assert any(k == kind and content in text for k, _, text in flags[key]), flags[key]


@pytest.mark.parametrize("key", sorted(_NEIGHBOURS))
def test_neighbour_is_not_flagged(key: str, flags: dict[str, list[tuple[str, str, str]]]) -> None:
    assert flags[key] == []


def test_a_noun_cue_predicate_is_not_a_second_flag() -> None:
    """ "Trump's claim that he won [could not be verified.]": the claim is flagged, the
    predicate (no subject of its own) is not a claim to check, nor are words ending in
    "that" before the claim they speak of; a sentence with its own subject still is."""
    got = flags_of(
        {
            "predicate": "Trump's claim that he won could not be verified.",
            "own-subject": "The death toll could not be independently verified.",
            "relative": "Activists said 30 people were killed, which could not be verified.",
            "introducing": "There was no confirmation of the group's claim that it struck.",
            "whole": "It could not be independently confirmed that the leader had died.",
        }
    )
    assert [(k, t) for k, _, t in got["introducing"]] == [("unverified", "it struck")]
    assert [k for k, _, _ in got["whole"]] == ["unverified"]
    assert [(k, t) for k, _, t in got["predicate"]] == [("unverified", "he won")]
    assert [k for k, _, _ in got["own-subject"]] == ["unverified"]
    assert [(k, t) for k, _, t in got["relative"]] == [("unverified", "30 people were killed")]
