"""The subject of a main clause after an opening adjunct, and a possessive's whole phrase.

A participle cue with no source of its own ("..., saying X") takes the main clause's
subject; a sentence can open with an adjunct before it ("Instead, the senator ...",
"Asked whether X, Mrs. Clinton ...", "When Mr. Rubio did ..., he ...").
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from provenance.extractors.claims.clause_subjects import main_subject


def _sources(text: str, cue: str) -> list[str | None]:
    return [c.source_text for c in find_claims(text) if c.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a sentence adverb with a comma
        (
            "Instead, the Vermont senator is sticking to his message, hoping to avoid a misstep.",
            "hoping",
            "the Vermont senator",
        ),
        # a subordinate clause
        (
            "While Democrats plot to take advantage of the tensions, Republicans are looking "
            "to do the same, hoping that they can win blue-collar voters.",
            "hoping",
            "Republicans",
        ),
        (
            "When Mr. Rubio did take Mr. Trump on, he did it sideways, warning that his "
            "style would have repercussions.",
            "warning",
            "he",
        ),
        # a participle phrase, whose comma comes after a title's period
        (
            "Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton "
            "shook her head and said, ''No.''",
            "said",
            "Mrs. Clinton",
        ),
        (
            "Facing mounting criticism from Democrats and Republicans, Mr. Trump released a "
            "statement on Saturday night, describing the son as a hero.",
            "describing",
            "Mr. Trump",
        ),
        # a time adjunct: a noun and an adverb before the comma
        (
            "Minutes later, the Trump campaign issued a statement saying that Trump meant "
            "people who support the amendment.",
            "saying",
            "the Trump campaign",
        ),
        # a place with its state between commas is no subject: the one before a verb is
        (
            "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, "
            "claiming that Obama wanted more refugees.",
            "claiming",
            "Mr. Trump",
        ),
        # a label in parentheses between the subject and its verb
        (
            "Shortly after the news broke, Senate Majority Leader Mitch McConnell (R-Ky.) "
            "issued a statement saying the Senate should wait.",
            "saying",
            "Senate Majority Leader Mitch McConnell",
        ),
    ],
)
def test_the_subject_after_an_opening_adjunct(text: str, cue: str, source: str) -> None:
    """The source is the subject after the adjunct's comma, not the adjunct's first word."""
    assert _sources(text, cue) == [source], find_claims(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # neighbours: a name that looks like a participle or an auxiliary keeps its place
        ("Manning spoke at the rally, saying the plan was dead.", "Manning"),
        ("Will Rogers spoke at the rally, saying the plan was dead.", "Will Rogers"),
        # an adverb after the name, with no comma, is the verb's
        ("Sanders later spoke at the rally, saying the plan was dead.", "Sanders"),
        # a name before an apposition is the subject, not the phrase after the comma
        ("The senator spoke at the rally, saying the plan was dead.", "The senator"),
    ],
)
def test_a_name_that_opens_the_sentence_stays(text: str, source: str) -> None:
    """Neighbours: no adjunct to skip, the first phrase is the subject."""
    found = main_subject(text, 0, text.index(", saying"))
    assert found is not None
    assert text[found[0] : found[1]] == source


def test_an_adjunct_with_no_subject_after_it_gives_none() -> None:
    """ "Here is X, telling ...": a function word opens no subject, and none follows."""
    text = "Here is the edited transcript, telling the story of the campaign."
    assert main_subject(text, 0, text.index(", telling")) is None


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "In response to the proposal, Hillary Clinton's right-hand woman rallied "
            "supporters, saying they had to be ready.",
            "saying",
            "Hillary Clinton's right-hand woman",
        ),
        (
            "Japan's central bank eased policy on Friday, announcing it would buy more funds.",
            "announcing",
            "Japan's central bank",
        ),
    ],
)
def test_a_possessive_opens_the_phrase(text: str, cue: str, source: str) -> None:
    """The owner's name is no phrase of its own when a head follows it."""
    assert _sources(text, cue) == [source], find_claims(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # neighbours: a possessive right before the verb is the whole phrase
        ("Japan's announced cuts on Friday, saying growth was weak.", "Japan's"),
        # a contraction is no possessive: "It's" never opens a longer phrase
        ("It's become a major issue in the campaign, saying nothing new.", "It's"),
    ],
)
def test_no_possessive_phrase_to_extend(text: str, source: str) -> None:
    """Neighbours: no head after the owner, or "It's", which is a pronoun and a verb."""
    found = main_subject(text, 0, text.index(", saying"))
    assert found is not None
    assert text[found[0] : found[1]] == source
