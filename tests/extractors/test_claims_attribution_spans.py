"""Attribution spans: "according to" inside a sentence, quotations resumed after a
relative clause, refusals ("declined to comment") and offers, with the neighbours
that must not match."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from tests.extractors.attributed import attributed, attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The plan, according to the report, would cost $1.4 trillion a year.",
            "The plan, according to the report, would cost $1.4 trillion a year",
            "the report",
        ),
        (
            "About 10 p.m., according to a congressional timeline, CIA staff left the compound.",
            "About 10 p.m., according to a congressional timeline, CIA staff left the compound",
            "a congressional timeline",
        ),
    ],
)
def test_according_to_inside_a_sentence_spans_both_sides(
    text: str, content: str, source: str
) -> None:
    """A short subject or adjunct, then ", according to X,", then the rest: one content."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a closing phrase: the content is what comes before it
        (
            "Prices rose 5 percent last year, according to the bureau.",
            "Prices rose 5 percent last year",
        ),
        # a long clause before it, and a coordinated clause after it: the phrase credits
        # both clauses of the one report
        (
            "The richest tenth of farms held 40 percent of the land in 2019, according to the "
            "census office, and the poorest half held 3 percent.",
            "The richest tenth of farms held 40 percent of the land in 2019, according to the "
            "census office, and the poorest half held 3 percent",
        ),
        # an apposition of the source after it
        (
            "Prices rose, according to an analysis by Jane Doe, a former aide, whose work is new.",
            "Prices rose",
        ),
        # an introductory phrase: the content follows the source
        (
            "Last week, according to media reports, officials received 300 calls.",
            "officials received 300 calls",
        ),
    ],
)
def test_according_to_neighbours_keep_one_side(text: str, content: str) -> None:
    """Closing phrases, appositions and intros keep one side only; ", and" takes both."""
    assert [c for c, _ in attributed(text)] == [content]


def test_quotation_resumed_after_a_relative_clause_continues_the_quote() -> None:
    """“A,” said X, who said B. “C.”: the quotation C extends X's quote, not B."""
    text = (
        "“I don't want to get on the wrong side of Trump,” said one former staffer, "
        "who said he left on good terms. “I couldn't afford to defend myself.”"
    )
    found = attributed(text)
    quote = next(c for c, s in found if s == "one former staffer")
    assert quote.startswith("“I don't want")
    assert quote.endswith("defend myself.”")
    assert ("he left on good terms", "who") in found


def test_quotation_after_a_narrative_sentence_stays_its_own_claim() -> None:
    """The neighbour: a narrative sentence between two quotes still ends the first one."""
    text = (
        "“We will rebuild,” Zelensky said. He then visited the port. “Every town will be rebuilt.”"
    )
    assert [c for c, _ in attributed(text)] == [
        "“We will rebuild,”",
        "“Every town will be rebuilt.”",
    ]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "A spokeswoman for the ministry declined to comment.",
            "comment",
            "A spokeswoman for the ministry",
        ),
        (
            "The senator declined to say whether he would run.",
            "whether he would run",
            "The senator",
        ),
        ("The governor offered a plan to cut taxes.", "a plan to cut taxes", "The governor"),
    ],
)
def test_refusals_and_offers_areattributed(text: str, content: str, source: str) -> None:
    """ "declined to" with a verb, and "offered" with an object, report their subject."""
    assert (content, source) in attributed(text)


def test_according_to_then_an_apposition_keeps_the_content_before() -> None:
    """ ", according to X, the former aide," is an apposition of X, not a resumed clause."""
    text = "Prices rose, according to Jane Doe, the former aide, in a memo."
    assert [c for c, _ in attributed(text)] == ["Prices rose"]


@pytest.mark.parametrize(
    "text",
    [
        "Shares declined 5 percent on Monday.",
        "Shares declined to a record low.",
        "Output declined to 5.2 million barrels a day.",
        "The offer was rejected on Monday.",
    ],
)
def test_falls_and_the_noun_offer_are_no_claims(text: str) -> None:
    """ "declined" as a fall (a number or "to" a level) and "offer" as a noun attribute nothing."""
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The inspectors found the plant was closed.", "the plant was closed", "The inspectors"),
        (
            "A new poll found 40 percent of voters are not sure they will vote.",
            "40 percent of voters are not sure they will vote",
            "A new poll",
        ),
        ("He confirmed the deal had been signed.", "the deal had been signed", "He"),
    ],
)
def test_weak_cue_with_a_clause_without_that_reports_it(
    text: str, content: str, source: str
) -> None:
    """A weak cue ("found", "confirmed") followed by a finite clause with no "that" reports it."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police found the body in a river.",
        "She added a chapter to the book.",
        "The team found a way to win the game.",
    ],
)
def test_weak_cue_with_an_object_reports_nothing(text: str) -> None:
    """The same weak cues with a thing after them (no finite verb) attribute nothing."""
    assert attributed(text) == []


def test_according_to_closing_a_sentence_with_its_own_cue_covers_the_whole() -> None:
    """ "X found Y, according to Z": Z reports the whole sentence; X's claim stays nested."""
    text = "Officials said the plant was closed, according to the ministry."
    found = attributed(text)
    assert ("Officials said the plant was closed", "the ministry") in found
    assert ("the plant was closed", "Officials") in found


def test_weak_cue_with_an_object_and_its_own_clause_keeps_the_denial_family() -> None:
    """ "found no evidence that X was": the object's clause, not a zero-"that" clause."""
    text = "Five panels found no evidence that Clinton was behind the deal."
    found = [(c.text, c.status.value) for c in find_claims(text) if c.cue is not None]
    assert found == [("Clinton was behind the deal", "denied")]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # the adjunct after the cue ends where a participle clause starts
        (
            "Trump's excesses are sickening, Hollande said Tuesday in Paris, noting the "
            "nominee “makes you want to retch.”",
            "Trump's excesses are sickening",
            "Hollande",
        ),
        # ... and may name a programme in quotation marks
        (
            "Shays was pro Kasich while the Ohio governor was running, he said Wednesday on "
            "MSNBC’s “Morning Joe.”",
            "Shays was pro Kasich while the Ohio governor was running",
            "he",
        ),
    ],
)
def test_content_before_a_cue_whose_adjunct_goes_on(text: str, content: str, source: str) -> None:
    """ "X, Y said ADJUNCT, noting ..." and "... on MSNBC's “Morning Joe.”": X is the content."""
    assert (content, source, "said") in attributed_cues(text), attributed_cues(text)


def test_a_quotation_after_the_adjunct_is_still_the_content() -> None:
    """Neighbour: "Clinton said on Monday, “We will win the state.”": a quotation, no title."""
    text = "At a rally, Clinton said on Monday, “We will win the state.”"
    assert any(c.endswith("“We will win the state.”") for c, _, _ in attributed_cues(text))


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Clinton spoke first. “Russia, if you are listening, find the emails.” Trump said.",
            "“Russia, if you are listening, find the emails.”",
            "Trump",
            "said",
        ),
        (
            "“We will win the state.” Trump said on Monday.",
            "“We will win the state.”",
            "Trump",
            "said",
        ),
        (
            "“Didn’t we first use the pivot?” Clinton writes to Sullivan.",
            "“Didn’t we first use the pivot?”",
            "Clinton",
            "writes",
        ),
    ],
)
def test_a_bare_attribution_after_a_closed_quotation_credits_it(
    text: str, content: str, source: str, cue: str
) -> None:
    """ "“...” Trump said.": a sentence of a source and a cue alone credits the quotation."""
    assert (content, source, cue) in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the cue's own clause is the content
        ("“We will win the state.” Trump said the polls were wrong.", "the polls were wrong"),
        # a new paragraph: the quotation belongs to what came before
        ("“We will win the state.”\n\nTrump said on Monday.", None),
    ],
)
def test_a_cue_with_content_or_across_a_paragraph_takes_no_quotation(
    text: str, content: str | None
) -> None:
    """Neighbours: a clause after the cue, or a paragraph break before it."""
    found = [(c, s) for c, s, q in attributed_cues(text) if q == "said"]
    assert all(not c.startswith("“We will win") for c, _ in found), found
    if content is not None:
        assert (content, "Trump") in found, found
