"""A denial of "the allegations" answers the allegation it names, however far back.

And a noun cue's agent may be a coordination with initials ("allegations by U.S.
President Donald Trump, Republican lawmakers, and right-wing media that ..."), which
is how wire copy names the people a charge comes from.
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus, Format
from provenance.extractors.claims import find_claims
from provenance.ingest.document import Document
from provenance.lexicon.cues import cue_lexicon

#: Sentences with no cue, to put distance between a claim and its denial.
_FILLER = "The committee met in a large room on the third floor of the building. " * 8


def _answered(text: str) -> list[str]:
    """The text of every claim a ``claim.denial_contradicts`` finding names in ``text``."""
    import provenance

    doc = Document(
        path="t", format=Format.TEXT, headline="t", body=text, sha256="0" * 64, agency="Reuters"
    )
    result = provenance.check([doc], engine="pandas")
    claims = result.tables.claims.set_index("claim_id")["text"]
    found = result.findings[result.findings["rule"] == "claim.denial_contradicts"]
    return [claims[c] for c in found["related_claim_id"]]


def test_a_named_claim_is_answered_across_paragraphs() -> None:
    """ "Moore said the allegations were false" answers the allegations, past nearer claims."""
    text = (
        "Moore faces allegations of sexual misconduct with teenagers. "
        + _FILLER
        + "Sessions said on Tuesday he is evaluating the case. "
        "Moore said the allegations were false and malicious."
    )
    assert _answered(text) == ["sexual misconduct with teenagers"]


def test_an_accusation_is_answered_by_the_accusations() -> None:
    """The noun's lemma picks the claim: "denied the accusations" answers "accused ... of"."""
    text = (
        "Prosecutors accused the mayor of taking bribes from developers. "
        + _FILLER
        + "Analysts said the city budget was balanced. "
        "The mayor has denied the accusations."
    )
    assert _answered(text) == ["the mayor of taking bribes from developers"]


@pytest.mark.parametrize(
    "denial",
    [
        "The mayor has denied it.",  # a bare pronoun names no claim: only a near one
        "The mayor has denied the allegations.",  # no allegation was made before
    ],
)
def test_a_far_claim_of_another_kind_is_not_answered(denial: str) -> None:
    """Beyond a few sentences only a noun of the claim's own lemma reaches back."""
    text = "Prosecutors accused the mayor of taking bribes. " + _FILLER * 2 + denial
    # "it" may answer the narrator's sentence just before it; never the far accusation
    assert "the mayor of taking bribes" not in _answered(text)


def test_a_source_never_answers_itself() -> None:
    """A denial of "the allegations" by the one who made them answers nothing."""
    text = (
        "Smith alleged that the mayor took bribes. "
        + _FILLER
        + "Smith later denied the allegations."
    )
    assert "the mayor took bribes" not in _answered(text)


def test_agents_with_initials_and_coordination_are_the_source() -> None:
    """ "allegations by U.S. President Donald Trump, ..., and right-wing media that X"."""
    text = (
        "The letters reflect unsubstantiated allegations by U.S. President Donald Trump, "
        "Republican lawmakers, and right-wing media that the nominee approved the sale."
    )
    (claim,) = [c for c in find_claims(text) if c.cue and "allegations" in c.cue]
    assert claim.text == "the nominee approved the sale"
    assert claim.status is ClaimStatus.UNCONFIRMED
    assert claim.source_text is not None
    assert claim.source_text.startswith("U.S. President Donald Trump")
    assert claim.source_text.endswith("right-wing media")


@pytest.mark.parametrize(
    "text",
    [
        "There were allegations by Smith, who said that he lied.",  # a relative clause
        "He faces allegations by Smith. That is all.",  # a sentence stop
    ],
)
def test_an_agent_stops_at_a_relative_clause_or_a_sentence(text: str) -> None:
    """The agent takes a comma only before a coordination or a name, and no sentence stop."""
    hedges = [c for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert all(c.source_text is None or "," not in c.source_text for c in hedges)
    assert not any(c.text.startswith("is all") for c in hedges)


def test_every_one_word_cue_form_has_its_lemma() -> None:
    """The lexicon names the lemma of every one-word verb, noun, adjective and adverb form."""
    lex = cue_lexicon("en")
    entries = (*lex.verbs, *lex.nouns, *lex.adjectives, *lex.sentence_adverbs)
    for entry in entries:
        for form in entry.forms:
            if " " not in form:
                assert lex.lemma_of(form) is not None, form
    assert lex.lemma_of("Allegations") == lex.lemma_of("alleged") == "allege"
    assert lex.lemma_of("the") is None
