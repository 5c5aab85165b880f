"""A relative pronoun as a source stands for the noun phrase before it.

"voters who say X": the claim's source as written is "who", its resolution the
antecedent "voters"; "Fernandez, who has said X, declined to comment": after the
aside the main clause's verb has the phrase before ", who" as its subject.
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan


def _by_content(text: str, content: str) -> ClaimSpan:
    """The claim of ``text`` whose content is ``content``."""
    found = [c for c in find_claims(text) if c.text == content]
    assert found, [c.text for c in find_claims(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "antecedent"),
    [
        (
            "Bolton was critical of Republicans who suggest Clinton might be preferable.",
            "Clinton might be preferable",
            "Republicans",
        ),
        (
            "Mr. Trump fared poorly among voters who said the economy was weak.",
            "the economy was weak",
            "voters",
        ),
        (
            "He met Democracy for America, a progressive group that says the vote was rigged.",
            "the vote was rigged",
            "progressive group",
        ),
        (
            "Lawyers for Fernandez, who has said Clinton played no role, declined to comment.",
            "Clinton played no role",
            "Fernandez",
        ),
        (
            "The company, which says its products are safe, faces a lawsuit.",
            "its products are safe",
            "company",
        ),
    ],
)
def test_a_relative_pronoun_resolves_to_its_antecedent(
    text: str, content: str, antecedent: str
) -> None:
    claim = _by_content(text, content)
    assert claim.source_text is not None
    assert claim.source_text.lower() in {"who", "which", "that"}
    assert claim.source is not None
    assert claim.source.name == antecedent


@pytest.mark.parametrize(
    ("text", "content", "not_in_source"),
    [
        # the preposition, the adverb and the verb before the noun are no part of it
        (
            "Bolton was critical of Republicans who suggest Clinton might be preferable.",
            "Clinton might be preferable",
            "critical",
        ),
        (
            "Mr. Trump fared poorly among voters who said the economy was weak.",
            "the economy was weak",
            "poorly",
        ),
        (
            "Trump visited voters who said the economy was weak.",
            "the economy was weak",
            "visited",
        ),
    ],
)
def test_an_antecedent_stops_before_a_preposition_adverb_or_verb(
    text: str, content: str, not_in_source: str
) -> None:
    claim = _by_content(text, content)
    assert claim.source is not None
    assert not_in_source not in claim.source.name


def test_a_bare_demonstrative_is_no_antecedent() -> None:
    """ "among those who say": "those" names no one; the pronoun is left as it is."""
    claim = _by_content(
        "Jahangir is among those who say they will not back Clinton.",
        "they will not back Clinton",
    )
    assert claim.source is not None
    assert claim.source.name != "those"


def test_a_complementizer_that_is_never_a_source() -> None:
    claim = _by_content(
        "Officials said that voters say the economy is strong.",
        "voters say the economy is strong",
    )
    assert claim.source_text == "Officials"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Lawyers for Fernandez, who has said Clinton played no role, declined to comment.",
            "Lawyers for Fernandez",
        ),
        ("Fernandez, who has said Clinton played no role, declined to comment.", "Fernandez"),
        (
            "Democracy for America, a progressive group that endorsed Sanders in the "
            "primary, said it would fight.",
            "Democracy for America",
        ),
    ],
)
def test_after_a_relative_aside_the_main_verb_has_the_main_subject(text: str, subject: str) -> None:
    last = find_claims(text)[-1]
    assert last.source_text == subject


def test_a_verb_coordinated_inside_the_relative_clause_keeps_the_pronoun() -> None:
    """ "who has said X, and added Y": "added" is the relative clause's second verb."""
    text = "Fernandez, who has said Clinton played no role, and added that she was innocent."
    claim = _by_content(text, "she was innocent")
    assert claim.source_text == "who"
    assert claim.source is not None
    assert claim.source.name == "Fernandez"


def test_a_possessive_source_is_the_person_its_sentence_names() -> None:
    """ "Mr. Ryan stepped up his attacks": Ryan, not the last speaker before him."""
    text = (
        "Paul Ryan spoke on Monday. Peter Wehner said the party was split. "
        "Mr. Ryan stepped up his attacks on the president's tax plan."
    )
    claim = _by_content(text, "the president's tax plan")
    assert claim.source_text == "his"
    assert claim.source is not None
    assert claim.source.name == "Paul Ryan"


def test_a_possessive_with_no_person_in_its_sentence_is_the_last_speaker() -> None:
    """ "The senator stepped up his attacks": no name in the sentence, the last speaker."""
    text = (
        "Peter Wehner said the party was split. "
        "The senator stepped up his attacks on the president's tax plan."
    )
    claim = _by_content(text, "the president's tax plan")
    assert claim.source is not None
    assert claim.source.name == "Peter Wehner"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("A video posted online showed soldiers firing on protesters.", "showed", "A video"),
        (
            "A statement posted on the ministry's website said 12 people were killed.",
            "said",
            "A statement",
        ),
    ],
)
def test_a_participle_after_a_document_is_no_cue(text: str, cue: str, source: str) -> None:
    """The document was posted: the verb after the phrase is the cue, the document its source."""
    claims = [c for c in find_claims(text) if c.cue is not None]
    assert [c.cue for c in claims] == [cue]
    assert claims[0].source_text == source


@pytest.mark.parametrize(
    "text",
    [
        "Trump posted on Twitter that the election was rigged.",
        "A spokesman posted on Twitter that the talks had failed.",
    ],
)
def test_a_person_who_posts_is_still_a_source(text: str) -> None:
    claims = [c for c in find_claims(text) if c.cue is not None]
    assert [c.cue for c in claims] == ["posted"]
    assert claims[0].text.endswith("failed") or claims[0].text.endswith("rigged")


def _according_source(text: str) -> ClaimSpan:
    claims = [c for c in find_claims(text) if (c.cue or "").lower() == "according to"]
    assert len(claims) == 1
    return claims[0]


def test_a_document_with_its_author_is_credited_to_the_author() -> None:
    """ "according to disclosures the firm filed": the firm, the one named before it."""
    text = (
        "No charges were filed against anyone with Podesta Group. Podesta was the head of "
        "the firm. It did $10.7 million in lobbying in 2017, according to disclosures the "
        "firm filed with the U.S. Congress."
    )
    claim = _according_source(text)
    assert claim.source is not None
    assert claim.source.name == "Podesta Group"


def test_a_pronoun_author_is_the_organization_of_its_sentence() -> None:
    """ "data it provided": "it" is the office its own sentence names, not the recipient."""
    text = (
        "From 2008 through 2012, the employment office for Congress paid more than $166,000 "
        "to settle eight claims, according to data it provided on Tuesday to Representative "
        "Gregg Harper."
    )
    claim = _according_source(text)
    assert claim.source is not None
    assert claim.source.name == "employment office for Congress"


def test_a_named_author_is_the_person() -> None:
    text = "Mark Schoen spoke. He was paid $40,000, according to reports Mr. Schoen filed."
    claim = _according_source(text)
    assert claim.source is not None
    assert claim.source.name == "Mark Schoen"


@pytest.mark.parametrize(
    "text",
    [
        # no author between the document and the participle: the document is the source
        "Unemployment rose to 5 percent, according to data released on Friday.",
        # a document with no authoring verb after it
        "Unemployment rose to 5 percent, according to data from the Labor Department.",
    ],
)
def test_a_document_without_an_author_stays_the_source(text: str) -> None:
    """The mention resolves as any other: through the registry, no author read."""
    from provenance.extractors.sources import default_sources

    claim = _according_source(text)
    assert claim.source is not None
    assert claim.source_text is not None
    assert claim.source.name == default_sources().resolve(claim.source_text).name


def test_a_date_is_no_antecedent() -> None:
    """ "one in September that said X": a month is not who said it."""
    text = "The site posts fake stories, including one in September that said FEMA would move."
    claim = _by_content(text, "FEMA would move")
    assert claim.source is not None
    assert claim.source.name != "September"


def test_the_document_named_before_is_credited_to_who_spoke_in_it() -> None:
    """ "In a letter, the director said X. According to the letter, Y": the director."""
    text = (
        "In a letter to Harper the office's director, Ann Lee, said it had paid $354,465 to "
        "settle 16 claims. According to the letter, eight claims included harassment."
    )
    claim = _according_source(text)
    assert claim.source_text == "the letter"
    assert claim.source is not None
    said = [c for c in find_claims(text) if c.cue == "said"]
    assert said
    assert said[0].source is not None
    assert claim.source.name == said[0].source.name


def test_a_document_with_no_source_in_its_sentence_stays_the_document() -> None:
    """ "A new poll shows X. According to the poll, Y": no one spoke in the poll's sentence."""
    text = (
        "A new poll came out on Tuesday morning in Iowa. "
        "According to the poll, Clinton leads by 12 points among likely voters."
    )
    claim = _according_source(text)
    assert claim.source is not None
    assert claim.source.name == "poll"
