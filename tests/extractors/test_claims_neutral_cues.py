"""Neutral reporting and cognition cues of the end block of en/cues.yaml, and neighbours."""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.cues import cue_lexicon
from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Analysts expect that prices will rise.", "that prices will rise", "Analysts"),
        ("The senator knew that the bill would fail.", "the bill would fail", "The senator"),
        ("Residents worried that the dam would break.", "the dam would break", "Residents"),
        ("She speculated that the talks had collapsed.", "the talks had collapsed", "She"),
        ("He joked that the plane was always late.", "the plane was always late", "He"),
        ("The mayor boasted that crime had fallen.", "crime had fallen", "The mayor"),
        ("Officials cautioned that the figures were early.", "the figures were early", "Officials"),
    ],
)
def test_neutral_cue_attributes_its_clause(text: str, content: str, source: str) -> None:
    """Each cue family of the block credits the clause after it to its subject."""
    found = attributed(text)
    assert any(c.startswith(content) and s == source for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The expected rise came on Monday.",
        "Do you know the way to the station?",
        "She knew the mayor well.",
        "The view from the hill was clear.",
        "He answered questions for three hours.",
        "Many worries remain about the harvest.",
    ],
)
def test_neighbours_without_a_clause_are_no_claims(text: str) -> None:
    """The same words with a thing, not a clause, after them attribute nothing."""
    assert attributed(text) == []


def test_block_entries_are_asserted_and_not_duplicated() -> None:
    """The block adds asserted cues only, each form once, read as part of verbs and nouns."""
    lex = cue_lexicon("en")
    for form in ("expects", "knew", "worried", "speculated", "boasted"):
        verb = lex.verb(form)
        assert verb is not None, form
        assert verb.status is ClaimStatus.ASSERTED
    forms = [f for v in lex.verbs for f in v.forms]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“The plan is dead,” Jun wrote in an editorial.", "Jun"),
        ("“We will stay,” August wrote on Friday.", "August"),
    ],
)
def test_month_names_after_a_quote_are_speakers(text: str, source: str) -> None:
    """A month word right after a quotation is a name ("Jun wrote"), not a date."""
    assert any(s == source for _, s in attributed(text))


def test_month_after_a_preposition_is_a_date() -> None:
    """ "filed in April and August saying ...": August is a date, never the source."""
    found = attributed("The suits were filed in April and August saying the firm lied.")
    assert all(s != "August" for _, s in found)


def test_role_with_modifiers_resolves_to_the_titled_name_given_later() -> None:
    """ "the office's executive director said" goes to the person the story names later."""
    text = (
        "The compliance office's executive director said it paid $354,000 to settle claims. "
        "The office cannot probe allegations, said Executive Director Susan Tsui Grundmann."
    )
    first = next(c for c in find_claims(text) if c.source_text is not None)
    assert first.source is not None
    assert first.source.name == "Susan Tsui Grundmann"


def test_role_without_a_titled_name_keeps_its_own_words() -> None:
    """With no titled person anywhere, a modified role mention is not forced onto a name."""
    text = "The agency's deputy director said it paid $354,000 to settle claims."
    first = next(c for c in find_claims(text) if c.source_text is not None)
    assert first.source is not None
    assert "director" in first.source.name.lower()
