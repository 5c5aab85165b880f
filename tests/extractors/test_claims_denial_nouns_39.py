"""Three claim bugs of stop 39 around denial words (issue 6).

* "X said in a denial that Y": the noun stands in an adjunct of X's verb, so the sentence
  makes one claim, X's, not a second denial of the narrator's (which the pipeline gives to
  the story's agency); "in a statement" the same. A noun with its own object there ("in a
  denial of the report") is X's too.
* "X issued a denial." with no content makes no claim, as "X denied." makes none: a
  fact-checker has nothing to check in it (the rules read the reply from the lead of the
  claim that follows, "issued a denial, saying ..."). "that" before a period ("a denial
  that night") is a time adjunct, no content.
* A denial participle as an adjective opening its sentence ("Every disputed ballot ...",
  "Disputed claims that ...", "Rejected claims can be filed again") is no source and fires
  no denial.
"""

from __future__ import annotations

import pytest

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from tests.extractors.attributed import attributed


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(attribution, status, content, source as written) of every claim with a cue."""
    return [
        (c.attribution.value, c.status.value, c.text, c.source_text)
        for c in find_claims(text)
        if c.cue is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (Wire) - The Kremlin said in a denial that no troops had crossed the border.",
        "The Kremlin said in its denial that no troops had crossed the border.",
        "The Kremlin said in a flat denial that no troops had crossed the border.",
        "The Kremlin said in a statement that no troops had crossed the border.",
        "The Kremlin told reporters in a rebuttal that no troops had crossed the border.",
    ],
)
def test_a_noun_in_the_verbs_adjunct_makes_no_second_claim(text: str) -> None:
    source = "The Kremlin"
    assert _claims(text) == [
        ("indirect", "asserted", "no troops had crossed the border", source),
    ]


def test_a_noun_in_the_verbs_adjunct_with_its_own_object_is_the_verbs_source() -> None:
    text = "The Kremlin said in a denial of the report that no troops had crossed."
    denials = [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert [(c.source_text, c.cue) for c in denials] == [("The Kremlin", "denial")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # neighbours: the noun as the object of a light verb, or opening the sentence
        ("The Kremlin issued a denial that troops had crossed.", "troops had crossed"),
        ("The Kremlin issued a flat denial that troops had crossed.", "troops had crossed"),
        ("His denial that troops had crossed was swift.", "troops had crossed"),
    ],
)
def test_a_denial_noun_with_its_content_stays_a_denial(text: str, content: str) -> None:
    denials = [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert [c.text for c in denials] == [content]
    assert all(c.attribution is Attribution.INDIRECT for c in denials)


@pytest.mark.parametrize(
    "text",
    [
        "The union said the plan would cost jobs. The ministry issued a denial.",
        "The ministry issued a denial on Monday.",
        "The ministry issued a swift denial late on Monday.",
        "The ministry issued a denial that night.",
        "The ministry made the claim that week.",
        # the bare verb makes none either
        "The union said the plan would cost jobs. The ministry denied.",
    ],
)
def test_a_denial_with_no_content_is_no_claim(text: str) -> None:
    assert [c for c in find_claims(text) if c.status is ClaimStatus.DENIED] == []
    assert all(src != "The ministry" for _, src in attributed(text))


def test_a_denial_that_day_that_takes_the_second_that() -> None:
    text = "The ministry issued a denial that day that troops had crossed."
    assert _claims(text) == [("indirect", "denied", "troops had crossed", "The ministry")]


def test_a_period_before_a_verb_is_the_contents_subject() -> None:
    text = "His claim that night raids killed civilians was never checked."
    assert [c for _, _, c, _ in _claims(text)] == ["night raids killed civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "Every disputed ballot was counted again.",
        "In the end, every disputed ballot was counted again.",
        "Every rejected bid was returned to the firms.",
        "Every denied claim was reviewed by a judge.",
        "Rejected claims can be filed again.",
        "Denied claims can be filed again within a month.",
    ],
)
def test_a_participle_adjective_opening_the_sentence_is_no_denial(text: str) -> None:
    assert _claims(text) == []


def test_a_participle_adjective_before_a_claim_noun_is_no_source() -> None:
    text = "Disputed claims that the vote was rigged spread online."
    assert [(src, status) for _, status, _, src in _claims(text)] == [(None, "hedged")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # neighbours: a subject that is a noun phrase, a name, or a quantifier of its own
        ("Every official disputed the charges.", "Every official"),
        ("Each disputed the charges.", "Each"),
        ("Smith disputed the charges.", "Smith"),
        ("All denied the charges.", "All"),
    ],
)
def test_a_real_subject_before_a_denial_verb_still_denies(text: str, source: str) -> None:
    assert _claims(text) == [("indirect", "denied", "the charges", source)]
