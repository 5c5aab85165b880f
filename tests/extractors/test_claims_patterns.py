"""Reporting frames added for recall: inversions, passives, headlines, resumed quotes."""

from __future__ import annotations

import pytest

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan


def attributed(text: str) -> list[ClaimSpan]:
    """The attributed (non-narrator) claims of ``text``."""
    return [c for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]


# (text, source as written, content, status)
FRAMES = [
    # participle-phrase subjects of stance verbs
    (
        "The survey released Friday shows Clinton ahead in Ohio.",
        "The survey",
        "Clinton ahead in Ohio",
        "asserted",
    ),
    (
        "A poll published on Monday found that most voters oppose the plan.",
        "A poll",
        "most voters oppose the plan",
        "asserted",
    ),
    # inverted "Said X:"
    ("Said Ellis: “We will not give up.”", "Ellis", "“We will not give up.”", "asserted"),
    (
        "Said the mayor, “It is a sad day for the city.”",
        "the mayor",
        "“It is a sad day for the city.”",
        "asserted",
    ),
    # passives with an agent
    (
        "Calls for a ceasefire were rejected by the ministry.",
        "the ministry",
        "Calls for a ceasefire",
        "denied",
    ),
    ("The claims were denied by the Kremlin on Monday.", "the Kremlin", "The claims", "denied"),
    (
        "Putin was quoted as saying that talks would resume.",
        "Putin",
        "talks would resume",
        "asserted",
    ),
    (
        "Putin was quoted by TASS as saying talks would resume.",
        "Putin",
        "talks would resume",
        "asserted",
    ),
    # "tells" where the addressee would swallow the content's subject
    (
        "Putin tells Trump Russia is ready for talks",
        "Putin",
        "Russia is ready for talks",
        "asserted",
    ),
    (
        "Putin Tells Trump Russia Is Ready For Talks.",
        "Putin",
        "Russia Is Ready For Talks",
        "asserted",
    ),
    ("Obama tells Congress he will veto the bill.", "Obama", "he will veto the bill", "asserted"),
    # participles whose source is the main clause subject
    (
        "The billionaire businessman spoke for an hour, saying that he would win the state.",
        "The billionaire businessman",
        "he would win the state",
        "asserted",
    ),
    (
        "The Wisconsin senator spoke in Racine, saying it would create jobs.",
        "The Wisconsin senator",
        "it would create jobs",
        "asserted",
    ),
    (
        "Marta Lind ended the meeting by saying that the budget was balanced.",
        "Marta Lind",
        "the budget was balanced",
        "asserted",
    ),
    (
        "The agency cut its forecast — saying that demand had collapsed.",
        "The agency",
        "demand had collapsed",
        "asserted",
    ),
]


@pytest.mark.parametrize(("text", "source", "content", "status"), FRAMES)
def test_reporting_frames(text: str, source: str, content: str, status: str) -> None:
    """Each frame yields one claim with its source as written, content and status."""
    found = attributed(text)
    assert len(found) == 1, found
    claim = found[0]
    assert claim.source_text == source
    assert claim.text == content
    assert claim.status is ClaimStatus(status)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Marco Rubio: I Am Not Running For Vice President.\n\nBody.",
            "Marco Rubio",
            "I Am Not Running For Vice President.",
        ),
        (
            "Clinton to Voters: Trump Will Raise Your Taxes\n\nBody.",
            "Clinton",
            "Trump Will Raise Your Taxes",
        ),
        (
            "Intro.\n\nQ: Why did you run for the seat?\n\nA: Because nobody else would do it.",
            "A",
            "Because nobody else would do it.",
        ),
        (
            "Intro.\n\nJane Marsh: We kept the clinic open all winter.",
            "Jane Marsh",
            "We kept the clinic open all winter.",
        ),
    ],
)
def test_headline_and_interview_layouts(text: str, source: str, content: str) -> None:
    """Colon headlines, 'Q:'/'A:' lines and 'Name:' transcript lines are attributed."""
    claims = {c.source_text: c.text for c in attributed(text)}
    assert claims.get(source) == content


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Senate passes the budget bill.\n\nBody.",
        "Editor's Note: This article has been updated.\n\nBody.",
        "Intro.\n\nClinton: 547.\n\nSanders: 46.",
        "Intro.\n\nUpdate: The road has reopened to traffic.",
    ],
)
def test_labels_are_not_speakers(text: str) -> None:
    """Labels ('The Latest:', 'Update:') and tallies ('Clinton: 547.') are not claims."""
    assert attributed(text) == []


def test_quote_resumes_after_one_narrative_sentence() -> None:
    """A quotation after one narrative sentence is the same speaker's, as its own claim."""
    text = (
        "“We will rebuild,” Zelensky said. He then visited the port. “Every town will be rebuilt.”"
    )
    claims = attributed(text)
    assert [c.text for c in claims] == ["“We will rebuild,”", "“Every town will be rebuilt.”"]
    assert all(c.attribution is Attribution.DIRECT for c in claims)
    assert {c.source.name for c in claims if c.source} == {"Volodymyr Zelensky"}


def test_two_narrative_sentences_end_the_turn() -> None:
    """After two narrative sentences a bare quotation is no longer attributed."""
    text = (
        "“We will rebuild,” Zelensky said. He then visited the port. He met workers there. "
        "“Every town will be rebuilt.”"
    )
    assert [c.text for c in attributed(text)] == ["“We will rebuild,”"]


def test_coordinated_object_denial_ends_the_report() -> None:
    """'said that A and dismissed the reports': two reports of one source, side by side.

    The coordinated denial verb reports anew (issue 6): the first content ends before
    "and", the denial is a claim of its own with the same source, nested in nothing.
    """
    text = (
        "The minister said that the strike had hit a depot and dismissed the reports of "
        "civilian deaths."
    )
    claims = find_claims(text)
    outer = next(c for c in claims if c.cue == "said")
    inner = next(c for c in claims if c.status is ClaimStatus.DENIED)
    assert outer.text == "the strike had hit a depot"
    assert outer.status is ClaimStatus.ASSERTED
    assert inner.text == "the reports of civilian deaths"
    assert inner.parent is None
    assert inner.source_text == outer.source_text == "The minister"


def test_coordinated_clause_denial_stays_separate() -> None:
    """'said A and denied that B': two claims side by side, only the second a denial."""
    text = "The Kremlin said talks would resume and denied that troops had moved."
    claims = attributed(text)
    assert [(c.text, c.status.value, c.parent) for c in claims] == [
        ("talks would resume", "asserted", None),
        ("that troops had moved", "denied", None),
    ]


# (text, source as written, content)
SUBJECTS_AND_CUES = [
    # a coordinated verb phrase: the cue's source is the clause subject
    (
        "Scott freed up funds for the clinics and said more money was on the way.",
        "Scott",
        "more money was on the way",
    ),
    # an introductory adjunct is not content before the cue
    ("Later in the day, the FBI said it would cooperate.", "the FBI", "it would cooperate"),
    # focus particles and contractions before the subject
    (
        "Still, even Mr. Slinker says there is good reason for caution.",
        "Mr. Slinker",
        "there is good reason for caution",
    ),
    ("He's suggesting that delegates should flip.", "He", "delegates should flip"),
    # progressive and adverb-first auxiliaries
    (
        "Puerto Rico has been warning that it is running out of cash.",
        "Puerto Rico",
        "it is running out of cash",
    ),
    (
        "Ryan also is stressing that the order can be overturned.",
        "Ryan",
        "the order can be overturned",
    ),
    (
        # two speakers opening the clause are both the source (test_claims_world_attribution)
        "Donald Trump and Bernie Sanders have both argued that trade deals cost jobs.",
        "Donald Trump and Bernie Sanders",
        "trade deals cost jobs",
    ),
    # a sentence-final "!”" does not split the quotation from its attribution
    ("“Not fit!” Trump tweeted, quoting the director.", "Trump", "“Not fit!”"),
    # sources after the cue with lower-case words or a relative clause
    (
        "“Prices will rise,” said one former aide who asked not to be named.",
        "one former aide",
        "“Prices will rise,”",
    ),
    (
        "“We are ready,” said former Ohio congressman Tim Ryan, a Democrat.",
        "former Ohio congressman Tim Ryan",
        "“We are ready,”",
    ),
    # announcement and suggestion verbs no longer need "that"
    ("The company announced 300 new jobs in Leeds.", "The company", "300 new jobs in Leeds"),
    (
        "But several GOP leaders suggested he'd be competitive in the district.",
        "several GOP leaders",
        "he'd be competitive in the district",
    ),
    # respondents and role nouns as sources
    (
        "Some 56 percent of voters polled said they were less likely to vote.",
        "Some 56 percent of voters polled",
        "they were less likely to vote",
    ),
    (
        "The deal was a good one, one longtime friend said.",
        "one longtime friend",
        "The deal was a good one",
    ),
]


@pytest.mark.parametrize(("text", "source", "content"), SUBJECTS_AND_CUES)
def test_subjects_and_cues(text: str, source: str, content: str) -> None:
    """Each sentence yields one claim with its source as written and its content."""
    found = attributed(text)
    assert len(found) == 1, found
    assert found[0].source_text == source
    assert found[0].text == content


@pytest.mark.parametrize(
    "text",
    [
        '<tweet id="1">Crowds gathered in Kyiv.</tweet>',
        "Two businessmen seeking to paint themselves as outsiders entered the race.",
    ],
)
def test_not_reports(text: str) -> None:
    """Markup tag names and descriptive stance participles are not reporting cues."""
    assert attributed(text) == []


def test_parenthetical_denial_has_no_object() -> None:
    """'as Moscow denies — “...”': the quotation after the dash is not what is denied."""
    text = (
        "If Russia is behind the hack — as experts believe but Moscow denies — "
        "“why not say so?” asked Dunn."
    )
    claims = attributed(text)
    assert all(c.status is not ClaimStatus.DENIED for c in claims)
    assert any(c.source_text == "Dunn" and c.text == "“why not say so?”" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "unverified"),
    [
        ("The video could not be independently verified.", True),
        ("The figures have not been independently confirmed.", True),
        ("Reporters were unable to verify the account.", True),
        ("The board can confirm that it has received a proposal.", False),
        ("Officials can verify the ballots on Monday.", False),
    ],
)
def test_unverifiable_needs_a_negation(sentence: str, unverified: bool) -> None:
    """'could not be verified' marks a claim unverified; 'can confirm' does not."""
    from provenance.extractors.claims.cues import UNVERIFIED_RE

    assert bool(UNVERIFIED_RE.search(sentence)) is unverified


def test_active_could_not_confirm_is_its_own_claim_not_a_back_reference() -> None:
    """'he could not confirm whether X' does not make the previous quote unverified."""
    from provenance.extractors.claims import find_claims

    text = (
        '"We will build the line," the ministry said on Sunday. A spokesman said he could '
        "not confirm whether the Treasury would pay."
    )
    first = next(c for c in find_claims(text) if c.text.startswith('"We will'))
    assert first.status is not ClaimStatus.UNCONFIRMED
