"""A document with a participle modifier before the cue is the claim's source.

"A lawsuit filed Tuesday alleges that the landlord ignored the mould": the lawsuit was
filed, and it is what alleges; the participle phrase ("filed Tuesday", "unsealed in
federal court", "sent to tenants") is no part of the source and no source of its own.
The documents and participles are the cue lexicon's ``evidence_documents`` and
``document_participles``. Neighbours: a document with no participle keeps its source,
and a person with a participle phrase is no document.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon

_CONTENT = "the landlord ignored the mould for years"


def _source(text: str) -> tuple[str | None, ClaimStatus]:
    """The source as written and the status of the claim whose content is :data:`_CONTENT`."""
    (claim,) = [c for c in find_claims(text) if c.text == _CONTENT]
    return claim.source_text, claim.status


@pytest.mark.parametrize(
    ("subject", "source"),
    [
        ("A lawsuit filed Tuesday", "A lawsuit"),
        ("A lawsuit filed on Tuesday in a county court", "A lawsuit"),
        ("The complaint filed in court", "The complaint"),
        ("An indictment unsealed on Thursday", "An indictment"),
        ("A letter sent to tenants", "A letter"),
        ("A memo leaked last week", "A memo"),
        ("A petition lodged with the council", "A petition"),
    ],
)
def test_the_document_is_the_source(subject: str, source: str) -> None:
    """The document, without its participle phrase, is the source of the hedged claim."""
    assert _source(f"{subject} alleges that {_CONTENT}.") == (source, ClaimStatus.HEDGED)


def test_a_document_with_no_participle_keeps_its_source() -> None:
    """Neighbour: "The lawsuit alleges that ..." was read before and still is."""
    assert _source(f"The lawsuit alleges that {_CONTENT}.") == ("The lawsuit", ClaimStatus.HEDGED)


def test_a_person_with_a_participle_is_no_document() -> None:
    """Neighbour: 'A tenant evicted Tuesday' is no document: the rule leaves it alone."""
    found = find_claims(f"A tenant evicted Tuesday alleged that {_CONTENT}.")
    claim = next(c for c in found if c.text == _CONTENT)
    assert claim.source_text is None or "tenant" in claim.source_text


def test_the_words_are_language_data() -> None:
    """The new documents and participles come from the English cue lexicon."""
    lex = cue_lexicon("en")
    assert {"lawsuit", "complaint", "indictment", "letter"} <= set(lex.evidence_documents)
    assert {"filed", "unsealed", "sent", "leaked"} <= set(lex.document_participles)


@settings(max_examples=30, deadline=None)
@given(
    document=st.sampled_from(["lawsuit", "complaint", "indictment", "report", "memo", "study"]),
    participle=st.sampled_from(["filed", "released", "published", "unsealed", "leaked"]),
    when=st.sampled_from(["Tuesday", "on Tuesday", "last week", "in March"]),
    verb=st.sampled_from(["alleges", "claims", "says"]),
)
def test_any_document_and_participle(document: str, participle: str, when: str, verb: str) -> None:
    """Whatever the document, participle, time and cue verb, the source is the document."""
    article = "An" if document[0] in "aeiou" else "A"
    text = f"{article} {document} {participle} {when} {verb} that {_CONTENT}."
    claim = next(c for c in find_claims(text) if c.text == _CONTENT)
    assert claim.attribution is Attribution.INDIRECT
    assert claim.source_text is not None
    assert claim.source_text.split()[:2] == [article, document]
