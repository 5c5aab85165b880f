"""A headline's "Poll:", "Report:" or outlet before a colon says who says the rest."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Poll: Trump and Clinton hold narrow leads in Pennsylvania\n\nThe race is close.",
            "Trump and Clinton hold narrow leads in Pennsylvania",
            "Poll",
        ),
        (
            "Report: Walker to speak at the convention\n\nMore text follows here.",
            "Walker to speak at the convention",
            "Report",
        ),
        (
            "NY Daily News: Paris attacks highlight threat posed by NRA\n\nText.",
            "Paris attacks highlight threat posed by NRA",
            "NY Daily News",
        ),
    ],
)
def test_a_headline_source_label_before_a_colon_is_the_source(
    text: str, content: str, source: str
) -> None:
    """In the first line, a poll, a report or a news outlet is who says what follows."""
    assert (content, source, ":") in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # past the headline, a "Poll:" paragraph opener still labels the paragraph
        "The race is close.\n\nPoll: Trump leads in Ohio by four points.",
        "Update: The story was corrected on Monday.\n\nText.",
    ],
)
def test_labels_elsewhere_are_no_sources(text: str) -> None:
    """Neighbours: paragraph labels and other headline labels attribute nothing."""
    assert attributed_cues(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a headline drops the article: a name and a source noun ("the Clinton camp")
        (
            "Clinton camp: Trump's rhetoric threatens national security.\n\nText.",
            "Trump's rhetoric threatens national security",
            "Clinton camp",
        ),
        (
            "WSJ editorial: 'Deport the governor.'\n\nText.",
            "'Deport the governor.'",
            "WSJ editorial",
        ),
        # where the source spoke, and an addressee in Title Case
        (
            "Former AG Mukasey at RNC: Email scandal disqualifies her.\n\nText.",
            "Email scandal disqualifies her",
            "Former AG Mukasey",
        ),
        (
            "Obama To Voters Worried About The Election: It's Going To Be OK.\n\nText.",
            "It's Going To Be OK",
            "Obama",
        ),
        # a kicker in capitals before a dash
        (
            "EXCLUSIVE – Roger Stone: Don't Trust the Voting Machines.\n\nText.",
            "Don't Trust the Voting Machines",
            "Roger Stone",
        ),
    ],
)
def test_headline_sources_in_headline_grammar(text: str, content: str, source: str) -> None:
    """A headline's source before a colon may drop its article, name a place or an addressee."""
    assert (content, source, ":") in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # teasers and interjections announce a story; nobody says it
        "BOOM: Trump Just Fired A Missile At Hillary.\n\nText.",
        "Wow: Glenn Beck Just Responded With One Line.\n\nText.",
        "Revealed: What The Videos Actually Contain.\n\nText.",
        "Just Leaked: Look At Her Response.\n\nText.",
        # a lower-case word that ends no source ("win", "for") is no source's head
        "Big win for Trump: voters turn out in Ohio.\n\nText.",
        "Trump wins: voters turn out in Ohio.\n\nText.",
    ],
)
def test_headline_teasers_and_phrases_are_no_sources(text: str) -> None:
    """Neighbours: a teaser label or a phrase that is no source before a headline's colon."""
    assert [c for c in attributed_cues(text) if c[2] == ":"] == [], attributed_cues(text)


def test_a_headline_drops_the_article_before_a_source_after_its_content() -> None:
    """ "..., former rival says.": a singular source noun with no article, as headlines write."""
    text = "Sanders will back Clinton, eventually, former rival says.\n\nText."
    assert ("Sanders will back Clinton, eventually", "former rival", "says") in attributed_cues(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "The members are:\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron, Ed Failor Jr., "
        "Bonnie Campbell.",
        "Story text.\n\nContributing: Nicholas Zazulia, Medill News Service.",
    ],
)
def test_a_roster_or_a_contributor_line_is_no_statement(text: str) -> None:
    """A label before a list of names, or a "Contributing:" credit, reports no speech."""
    assert attributed_cues(text) == [], attributed_cues(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Text.\n\nClinton: We will win Iowa, Ohio, Texas and Florida.", "We will win"),
        ("Text.\n\nTRUMP: Jeb, Marco, Ted, Ben, all of them lost.", "Jeb, Marco"),
    ],
)
def test_a_transcript_line_naming_places_or_people_is_still_a_statement(
    text: str, content: str
) -> None:
    """Neighbours: names inside a sentence after the colon are what the speaker says."""
    assert any(c.startswith(content) for c, _, _ in attributed_cues(text)), attributed_cues(text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ms. Ortiz insists: “The pension fund is safe for every member.”", "insists"),
        ("Ortiz insists: “The pension fund is safe for every member.”", "insists"),
        ("Ortiz wonders: “Is the pension fund safe for every member?”", "wonders"),
    ],
)
def test_a_cue_verb_with_an_agent_noun_ending_is_no_headline_source(text: str, verb: str) -> None:
    """ "Ortiz insists: “...”": "insists" ends like "scientists" but is the cue."""
    from provenance.extractors.claims import find_claims

    claims = [c for c in find_claims(text) if c.cue == verb]
    assert [c.source_text for c in claims] == [text.split(f" {verb}")[0]], find_claims(text)
    assert not any(c.source_text and verb in c.source_text for c in find_claims(text))
