"""Sources the walk used to miss (stop 38): "-ly" nouns, a gerund after a clause's
coordinator, a role before a name after the cue, a quoted aside between source and verb,
a poll's share after a coordinator; a frame closed by a semicolon or a dash."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a noun ending like an adverb inside the source phrase
        (
            "Even the organizer of a pro-union rally said the rules raised the risk.",
            "the rules raised the risk",
            "the organizer of a pro-union rally",
        ),
        (
            "A spokesman for the assembly said the vote would be held on Friday.",
            "the vote would be held on Friday",
            "A spokesman for the assembly",
        ),
        # a gerund modifying a role after a coordinator that opens the clause
        (
            "The files were stolen. But hacking specialists say the worst leaks may be forged.",
            "the worst leaks may be forged",
            "hacking specialists",
        ),
        (
            "The files were stolen, but hacking specialists say the worst leaks may be forged.",
            "the worst leaks may be forged",
            "hacking specialists",
        ),
        # a role written before a name after the cue, no article
        (
            "The plan came too late, said 9/11 widow Mary Poe.",
            "The plan came too late",
            "9/11 widow Mary Poe",
        ),
        (
            "The march will go ahead, said rally organizer Tom Vale.",
            "The march will go ahead",
            "rally organizer Tom Vale",
        ),
        (
            "“The plan came too late,” said 9/11 widow Mary Poe.",
            "“The plan came too late,”",
            "9/11 widow Mary Poe",
        ),
        # an aside between the source and its verb ending in a quotation, the comma inside
        (
            "Mr. Dunn, citing “the unique pull of the governor,” said the race was close.",
            "the race was close",
            "Mr. Dunn",
        ),
        (
            "Mr. Dunn, citing ''the unique pull of the governor,'' said the race was close.",
            "the race was close",
            "Mr. Dunn",
        ),
        # a poll's share as the subject after a coordinator, a hyphenated compound's head
        (
            "Voters were unhappy, and half say the economy is weak.",
            "the economy is weak",
            "half",
        ),
        (
            "Voters were unhappy, and two-thirds say the economy is weak.",
            "the economy is weak",
            "two-thirds",
        ),
        # a semicolon or a spaced dash after the frame closes it: its content is the clause
        # before
        (
            "Candidates need a third of the rural vote, political analysts say; in 2012, "
            "the party lost it.",
            "Candidates need a third of the rural vote",
            "political analysts",
        ),
        (
            "Such a move could cost him votes, his allies believe — votes he will need.",
            "Such a move could cost him votes",
            "his allies",
        ),
    ],
)
def test_missed_sources_are_found(text: str, content: str, source: str) -> None:
    """Each form names its source and its content."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an adverb ending in "-ly" is still no part of a source
        ("The reporter asked and Trump quickly said no one knew.", "Trump quickly"),
        # a coordinator inside a phrase still ends the walk: two modifiers joined by "and"
        ("They thanked the band and marketing manager Jane Roe.", "marketing manager"),
        # after the cue a verb and its object, not a role before a name
        ("He left the room, said goodbye and called John Smith.", "goodbye and called John Smith"),
        # a date alone before a name is no role, nor a date after the cue
        ("The plan came too late, said 9/11 Mary Poe.", "9/11 Mary Poe"),
        ("He left the city, said 9/11 changed everything.", "9/11"),
        # an adjective ending in "-ly" ends no source phrase: "a friendly warning"
        ("Her group sent out a friendly warning not to use the app.", "a friendly"),
        # "half" after a preposition is no subject
        ("The team led at the half, the coach said.", "half"),
        # a hyphenated word whose last part is no source noun
        ("It was a well-known fact, and the well-known said nothing.", "the well-known"),
    ],
)
def test_neighbours_take_no_source(text: str, wrong: str) -> None:
    """Neighbours: no claim names the phrase as its source."""
    assert all(src != wrong for _, src in attributed(text)), attributed(text)


def test_a_quotation_that_is_the_content_stays_the_content() -> None:
    """A quotation before the subject is the content, no aside of the subject's."""
    text = "“We will win the race,” Mr. Dunn said."
    assert ("“We will win the race,”", "Mr. Dunn") in attributed(text), attributed(text)


def test_a_semicolon_after_a_subject_and_cue_leaves_the_content_after_it() -> None:
    """Neighbour: "He said costs rose; wages did not" reads on after the cue, as before."""
    text = "He said costs rose; wages did not."
    found = attributed(text)
    assert found, found
    assert found[0][1] == "He", found
    assert found[0][0].startswith("costs rose"), found


def test_a_semicolon_after_an_object_leaves_the_frame_open() -> None:
    """Neighbour: "X, Trump claims nomination; ..." holds an object, no closing frame."""
    text = "Amid discord, Trump claims nomination; hundreds voted for others."
    assert all(content != "Amid discord" for content, _ in attributed(text)), attributed(text)
