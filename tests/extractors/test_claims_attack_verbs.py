"""Verbs of verbal attack and depiction (assail, rebuke, portray ...) and stance verbs
(bemoan, balk at, forecast, interject) report what their subject says of the object."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Mr. Sanders assailed Mrs. Clinton's paid speeches.",
            "Mrs. Clinton's paid speeches",
            "Mr. Sanders",
            "assailed",
        ),
        (
            "The governor assails the elites in every speech.",
            "the elites in every speech",
            "The governor",
            "assails",
        ),
        ("Terrorism experts rebuked the proposal.", "the proposal", "Terrorism experts", "rebuked"),
        ("The senator lambasted the trade deal.", "the trade deal", "The senator", "lambasted"),
        ("Putin chided Turkey.", "Turkey", "Putin", "chided"),
        ("The mayor scolded the council.", "the council", "The mayor", "scolded"),
        ("She castigated the board.", "the board", "She", "castigated"),
        ("He excoriated the agency.", "the agency", "He", "excoriated"),
        (
            "He derided efforts by some contenders to keep their distance.",
            "efforts by some contenders to keep their distance",
            "He",
            "derided",
        ),
        (
            "He portrayed undocumented immigrants as criminals.",
            "undocumented immigrants as criminals",
            "He",
            "portrayed",
        ),
        (
            "Gowdy referenced an inspector general's report.",
            "an inspector general's report",
            "Gowdy",
            "referenced",
        ),
        ("He dubbed Rubio “the little senator.”", "Rubio “the little senator.”", "He", "dubbed"),
        (
            "She balked at applying for legal residency.",
            "applying for legal residency",
            "She",
            "balked at",
        ),
        (
            "Kasich bemoaned America's reputation around the world.",
            "America's reputation around the world",
            "Kasich",
            "bemoaned",
        ),
        (
            "Silverman interjected, “Ladies and gentlemen, Paul Simon.”",
            "“Ladies and gentlemen, Paul Simon.”",
            "Silverman",
            "interjected",
        ),
        (
            "Mr. Putin forecast that the slumping economy would soon rebound.",
            "the slumping economy would soon rebound",
            "Mr. Putin",
            "forecast",
        ),
        ("The bank forecasts that growth will slow.", "growth will slow", "The bank", "forecasts"),
    ],
)
def test_attack_depiction_and_stance_verbs_are_cues(
    text: str, content: str, source: str, cue: str
) -> None:
    """Each form reports its object (or its clause) as what the subject says."""
    assert (content, source, cue) in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        # "forecast" is a noun as often: without "that" it reports nothing
        "The forecast for Monday is rain.",
        "The bank forecast growth of 2 percent.",
        # the nouns of the verbs report nothing
        "A rebuke from the chair ended the debate.",
        "His portrayal of the senator was unfair.",
        "The references in the report were out of date.",
        "The film was dubbed into French.",
    ],
)
def test_nouns_and_bare_forecasts_are_no_cues(text: str) -> None:
    """Neighbours: the same words as nouns, a passive, or "forecast" with no clause."""
    assert attributed_cues(text) == [], attributed_cues(text)


@pytest.mark.parametrize("verb", ["rebuked", "criticized", "derided"])
def test_a_passive_cue_verb_after_a_claim_noun_keeps_its_content(verb: str) -> None:
    """ "the assertion that X was rebuked": the passive is the noun's predicate, no relative gap."""
    text = f"Trump's assertion that more airstrikes are needed was {verb}."
    contents = [(c, s, q) for c, s, q in attributed_cues(text) if q == "assertion"]
    assert contents, attributed_cues(text)
    assert contents[0][0].startswith("more airstrikes are needed"), contents


def test_an_active_cue_verb_after_a_claim_noun_is_still_a_relative_gap() -> None:
    """Neighbour: "allegations that he has rebuked" names the allegations, it reports none."""
    assert attributed_cues("He resigned amid allegations that he has rebuked.") == []


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Obama hailed the record streak of job growth.",
            "the record streak of job growth",
            "Obama",
            "hailed",
        ),
        ("The senator lauded the agreement.", "the agreement", "The senator", "lauded"),
        (
            "Trump railed at Obama's refusal to name the enemy.",
            "Obama's refusal to name the enemy",
            "Trump",
            "railed at",
        ),
        (
            "He railed about Washington's habit of intervening.",
            "Washington's habit of intervening",
            "He",
            "railed about",
        ),
        (
            "She vented her frustration with the party.",
            "her frustration with the party",
            "She",
            "vented",
        ),
        (
            "“I just tried you on the phone,” it reads.",
            "“I just tried you on the phone,”",
            "it",
            "reads",
        ),
        (
            "“We will win the state easily,” the host mused.",
            "“We will win the state easily,”",
            "the host",
            "mused",
        ),
    ],
)
def test_praise_musing_and_venting_verbs_are_cues(
    text: str, content: str, source: str, cue: str
) -> None:
    """Hailing, lauding, railing, venting, musing and a document's "reads" report content."""
    assert (content, source, cue) in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hail fell on the city overnight.",
        "He reads books every night before bed.",
    ],
)
def test_hail_and_reading_a_book_are_no_cues(text: str) -> None:
    """Neighbours: the noun "hail" and reading a book."""
    assert attributed_cues(text) == [], attributed_cues(text)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("“We will win the state easily,” mused the host.", "the host", "mused"),
        ("“Imagine that on one stage,” quipped Jane Smith, a host.", "Jane Smith", "quipped"),
        ("“Get him out of here!” yelled the man.", "the man", "yelled"),
    ],
)
def test_manner_of_speaking_verbs_invert_after_a_quotation(
    text: str, source: str, cue: str
) -> None:
    """ "“...,” mused the host": a verb of manner of speaking puts its source after it."""
    assert [(s, q) for _, s, q in attributed_cues(text)] == [(source, cue)], attributed_cues(text)


def test_manner_of_speaking_verbs_do_not_invert_after_a_plain_phrase() -> None:
    """Neighbour: "In an interview, she joked about X": the subject stands before the verb."""
    text = "In an interview with the Times, she joked about moving to New Zealand."
    found = attributed_cues(text)
    assert all(not c.startswith("In an interview") for c, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "A video of the episode shows her clutching her cellphone.",
            "her clutching her cellphone",
            "A video of the episode",
        ),
        (
            "Footage from the game shows that several students wore flags.",
            "several students wore flags",
            "Footage from the game",
        ),
    ],
)
def test_an_evidence_noun_before_a_preposition_is_a_source_of_shows(
    text: str, content: str, source: str
) -> None:
    """ "a video of the episode shows X": the source noun heads a phrase a preposition goes on."""
    assert (content, source, "shows") in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Credit scores use data from credit reports, so why not make both of them free.",
        "Their experience shows that cutting emissions remains a difficult challenge.",
    ],
)
def test_a_long_phrase_before_a_preposition_heads_no_nounish_cue(text: str) -> None:
    """Neighbours: a clause before "from", or no source noun, leaves "reports"/"shows" alone."""
    assert attributed_cues(text) == [], attributed_cues(text)
