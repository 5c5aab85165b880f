"""Subjects after typewriter copy's marks: ``''`` as a closing quote, ``--`` and ``―`` as dashes."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from provenance.extractors.claims.subjects import find_subject


def _subject(text: str, cue: str) -> str | None:
    found = find_subject(text, 0, text.rindex(cue))
    return text[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a closing quote written as two apostrophes (New York Times copy)
        ("''It raises the tax at the top,'' Mr. Kamin said.", "said", "Mr. Kamin"),
        ("''We will win,'' the campaign manager said.", "said", "the campaign manager"),
        ("''We will win,'' she said.", "said", "she"),
        # a dash written as two hyphens between spaces
        ("It was a long night -- the senator said that she would stay.", "said", "the senator"),
        ("It was a long night -- Trump said that he would stay.", "said", "Trump"),
        # the horizontal bar as a dash
        ("His returns were made public ― Trump boasted that he paid nothing.", "boasted", "Trump"),
    ],
)
def test_a_typewriter_mark_opens_the_subject(text: str, cue: str, source: str) -> None:
    """The walk stops at the mark and the phrase after it begins a clause."""
    assert _subject(text, cue) == source


def test_a_typewriter_dash_gives_a_claim_with_its_source() -> None:
    """End to end: the cue after a ``--`` dash has the name after the dash as its source."""
    text = "It was a long night -- Mr. Kamin said that the bill would pass."
    found = {(c.text, c.source_text) for c in find_claims(text)}
    assert ("the bill would pass", "Mr. Kamin") in found, found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a fronted adjunct keeps the subject after it
        ("In Iowa, the campaign said that it would win.", "said", "the campaign"),
        # a hyphenated word is no dash
        (
            "The well-known economist said that taxes would rise.",
            "said",
            "The well-known economist",
        ),
    ],
)
def test_neighbours_keep_their_phrase(text: str, cue: str, source: str) -> None:
    """Neighbours: no mark, the phrase is found as before."""
    assert _subject(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        # junk after a closing quote: a verb is no source head
        "''They are wrong,'' fans remain said nothing.",
        # a coordination left dangling before the dash
        "He issued statements and -- said nothing.",
    ],
)
def test_no_junk_subject_after_a_mark(text: str) -> None:
    """Neighbours: the mark opens a clause but a non-phrase after it is still refused."""
    assert _subject(text, "said") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The players' union said that it would strike.", "The players' union"),
        ("Flight attendants’ union said that it backs Clinton.", "Flight attendants’ union"),
        ("The victims' families say that the law is unfair.", "The victims' families"),
    ],
)
def test_a_plural_possessive_stays_inside_the_phrase(text: str, source: str) -> None:
    """A lower-case plural possessive ("players'") is a determiner of the phrase's head."""
    assert _subject(text, "sa") == source


@pytest.mark.parametrize(
    "text",
    [
        # a possessive ends no phrase: it needs a head after it
        "The players' said that it would strike.",
        # a possessive after a verb is no subject
        "It hurt the players' union said nothing.",
    ],
)
def test_a_plural_possessive_is_no_head(text: str) -> None:
    """Neighbours: the possessive alone, or after a verb, gives no subject."""
    assert _subject(text, "said") is None
