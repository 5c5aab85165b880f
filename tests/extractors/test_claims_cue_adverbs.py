"""Adverbs before a cue, asides after a name, participles joined by "and" (issue 6).

Each case is a construction of English with the forms it covers and the neighbours
that must keep their old reading: a manner, degree or frequency adverb between a
subject and its cue verb ("Mr. Bush pointedly rejected"); a filler or a relative clause
after a name's appositive ("Murphy, the county chairman, for example, said"); "familiar
with" and its object inside a subject ("an official familiar with the inquiry said"); a
second participle or
a second past predicate after a participle cue or a cue with a particle ("attacking
Mr. Trump and visiting ...", "railed against X and blamed ...").
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims.subjects import find_subject
from provenance.lexicon.cues import cue_lexicon
from tests.extractors.attributed import attributed, attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Mr. Bush pointedly rejected the notion that he was part of the establishment.",
            "the notion that he was part of the establishment",
            "Mr. Bush",
            "pointedly rejected",
        ),
        (
            "Trump has increasingly questioned whether the vote is rigged.",
            "whether the vote is rigged",
            "Trump",
            "has increasingly questioned",
        ),
        (
            "Voters overwhelmingly said they wanted change.",
            "they wanted change",
            "Voters",
            "overwhelmingly said",
        ),
        (
            "The senator has relentlessly argued that the deal is a disaster.",
            "the deal is a disaster",
            "The senator",
            "has relentlessly argued",
        ),
    ],
)
def test_adverb_before_cue(text: str, content: str, source: str, cue: str) -> None:
    """A manner, degree or frequency adverb stands between the subject and its cue."""
    assert (content, source, cue) in attributed_cues(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a noun in "-ly" is the subject's head, no adverb
        (
            "The family said it was grateful for the support.",
            "it was grateful for the support",
            "The family",
        ),
        ("The Trump family said it was grateful.", "it was grateful", "The Trump family"),
    ],
)
def test_ly_nouns_stay_subjects(text: str, content: str, source: str) -> None:
    """Neighbours: "family" ends in "-ly" but is a noun; the whole phrase is the source."""
    assert (content, source) in attributed(text)


def test_ly_nouns_are_no_adverbs() -> None:
    """The lexicon's adverbs hold no noun or adjective in "-ly" that opens or ends a subject."""
    adverbs = {a.lower() for a in cue_lexicon("en").adverbs}
    assert not adverbs & {"family", "rally", "ally", "likely", "early", "widely", "reportedly"}


def _subject(text: str, cue: str = " said") -> str | None:
    found = find_subject(text, 0, text.index(cue) + 1)
    return None if found is None else text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Brian Murphy, the chairman of the county GOP, for example, said it hurt him.",
            "Brian Murphy",
        ),
        ("Jane Doe, a spokeswoman for the group, however, said no.", "Jane Doe"),
        # a relative clause after the appositive, as a filler is
        (
            "Richard Shelby, an Alabama Republican who heads the Banking Committee, "
            "which oversees the Fed, said it was wrong.",
            "Richard Shelby",
        ),
        # "familiar with" and its object do not count against the phrase's length
        (
            "A U.S. law enforcement official familiar with the investigation said it was hard.",
            "A U.S. law enforcement official familiar with the investigation",
        ),
    ],
)
def test_filler_after_appositive(text: str, subject: str) -> None:
    """A filler after a name's appositive: the name is the subject."""
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a fronted adjunct is no name: the phrase after it stays the subject
        ("In Iowa, the campaign, however, said it would win.", "the campaign"),
        ("After Iowa, the campaign, however, said it would win.", "the campaign"),
        # one segment only, as before
        ("Brian Murphy, for example, said it hurt him.", "Brian Murphy"),
        ("Dianne Feinstein, Democrat of California, said it would pass.", "Dianne Feinstein"),
        ("In Iowa, the campaign, which lost, said it would fight on.", "the campaign"),
        (
            "Two people familiar with the matter said it was over.",
            "Two people familiar with the matter",
        ),
        # a long phrase with no "familiar with" is still too long to be a subject
        ("The long and winding road of the campaign in the state of Iowa said it.", None),
    ],
)
def test_filler_after_appositive_neighbours(text: str, subject: str | None) -> None:
    """Neighbours: adjuncts before the phrase and single segments read as before."""
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a second participle and its object after a participle cue
        (
            "Ms. Warren has been a surrogate, attacking Mr. Trump and visiting the "
            "campaign headquarters in New York.",
            "Mr. Trump",
        ),
        # a cue closed by a particle is past all the same
        (
            "Cruz has railed against the Washington cartel and blamed the leadership for it.",
            "the Washington cartel",
        ),
    ],
)
def test_second_predicate_after_participle_or_particle(text: str, content: str) -> None:
    """A second predicate of the cue's subject ends the object."""
    assert content in [c for c, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "and" with a noun after the participle: one object
        (
            "The group is attacking the plan and spending cuts in the budget.",
            "the plan and spending cuts in the budget",
        ),
        # a participle adjective followed by its noun stays in the object
        ("He pointed to the polls and the crowds as proof.", "the polls and the crowds as proof"),
    ],
)
def test_second_predicate_neighbours(text: str, content: str) -> None:
    """Neighbours: an "and" joining nouns keeps the object whole."""
    assert content in [c for c, _ in attributed(text)]
