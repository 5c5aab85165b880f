"""A report frame closing a clause that holds a claim: "[Smith demanded X], the letter said".

The frame is a claim of its own whose content is the clause before it, and the
claim inside that clause is nested in it (a report of a report).
"""

from __future__ import annotations

import pytest

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan
from tests.extractors.attributed import attributed_cues


def _claim(claims: tuple[ClaimSpan, ...], cue: str) -> tuple[int, ClaimSpan]:
    """The index and claim of the only attributed claim whose cue is ``cue``."""
    found = [
        (i, c)
        for i, c in enumerate(claims)
        if c.cue == cue and c.attribution is not Attribution.NARRATOR
    ]
    assert len(found) == 1, [(c.cue, c.text) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "frame", "inner", "content", "source"),
    [
        (
            "Smith demanded an apology, the letter said.",
            "said",
            "demanded",
            "Smith demanded an apology",
            "the letter",
        ),
        # an object list running to the clause end ("..., laptops, cell phones and ...")
        (
            "The FBI had requested the materials on Aug. 23, asking for copies of the emails, "
            "laptops, cell phones and other materials of nine members of the team, "
            "the letter said.",
            "said",
            "asking",
            "The FBI had requested the materials on Aug. 23, asking for copies of the emails, "
            "laptops, cell phones and other materials of nine members of the team",
            "the letter",
        ),
        (
            "Local authorities were urging people to stay home, BFM TV reported.",
            "reported",
            "were urging",
            "Local authorities were urging people to stay home",
            "BFM TV",
        ),
        # the source after the cue: "..., said an American official."
        (
            "The agency cited a list of concerns about the script, said an American official.",
            "said",
            "cited",
            "The agency cited a list of concerns about the script",
            "an American official",
        ),
        # a participle after the frame is the frame's own adjunct, not its content
        (
            "Smith demanded an apology, the ministry said, citing officials.",
            "said",
            "demanded",
            "Smith demanded an apology",
            "the ministry",
        ),
        (
            "Smith demanded an apology, according to the statement.",
            "according to",
            "demanded",
            "Smith demanded an apology",
            "the statement",
        ),
    ],
)
def test_a_trailing_frame_reports_the_clause_and_holds_its_claim(
    text: str, frame: str, inner: str, content: str, source: str
) -> None:
    """The frame's content is the clause before it; the earlier claim is nested in it."""
    claims = find_claims(text)
    outer_index, outer = _claim(claims, frame)
    _, nested = _claim(claims, inner)
    assert (outer.text, outer.source_text) == (content, source)
    assert outer.attribution is Attribution.INDIRECT
    assert outer.parent is None
    assert nested.parent == outer_index
    assert outer.start <= nested.start
    assert nested.end <= outer.end


def test_a_frame_after_a_quotation_and_its_speaker_is_reported_speech() -> None:
    """'“We will win,” Smith said, the paper reported': the paper reports Smith's quote."""
    text = "“We will win,” Smith said, the paper reported."
    claims = find_claims(text)
    outer_index, outer = _claim(claims, "reported")
    _, quote = _claim(claims, "said")
    assert (outer.text, outer.source_text) == ("“We will win,” Smith said", "the paper")
    assert outer.attribution is Attribution.INDIRECT
    assert quote.attribution is Attribution.DIRECT
    assert quote.parent == outer_index


def test_the_participle_after_a_frame_is_the_frame_source_s() -> None:
    """ "..., the ministry said, citing security concerns": the ministry cites, not Smith.

    (A cited source, "citing officials", names who the ministry relies on and is no
    claim: test_claims_world_attribution.)
    """
    found = attributed_cues(
        "Smith demanded an apology, the ministry said, citing security concerns."
    )
    assert ("security concerns", "the ministry", "citing") in found


@pytest.mark.parametrize(
    "text",
    [
        "The letter said.",  # a frame alone reports nothing
        "Smith left. The letter said.",  # nor after another sentence
    ],
)
def test_a_bare_frame_has_no_claim(text: str) -> None:
    """A frame with no clause before it in its sentence gives no claim."""
    assert not [c for c in attributed_cues(text) if c[2] == "said"]


def test_a_frame_inside_a_quotation_is_the_quote_s_words() -> None:
    """'“Smith demanded an apology, the letter said,” Jones wrote': one quoted claim."""
    text = "“Smith demanded an apology, the letter said,” Jones wrote."
    assert [(s, cue) for _, s, cue in attributed_cues(text)] == [("Jones", "wrote")]


def test_said_opening_a_new_clause_reports_what_follows() -> None:
    """'..., and the letter said the talks were over': no frame, nothing nested."""
    claims = find_claims("Smith demanded an apology, and the letter said the talks were over.")
    _, said = _claim(claims, "said")
    _, demanded = _claim(claims, "demanded")
    assert said.text == "the talks were over"
    assert demanded.parent is None


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The plan will fail, Smith said.", "The plan will fail", "Smith"),
        # the participle clause after the frame is not in the content
        ("The plan will fail, Smith said, citing polls.", "The plan will fail", "Smith"),
        (
            "The plan will fail, said an American official.",
            "The plan will fail",
            "an American official",
        ),
    ],
)
def test_a_frame_with_no_claim_before_it_is_unchanged(text: str, content: str, source: str) -> None:
    """Neighbour: with no earlier claim the frame reports its clause and nests nothing."""
    claims = find_claims(text)
    framed = [c for c in claims if c.attribution is not Attribution.NARRATOR and c.cue == "said"]
    assert [(c.text, c.source_text, c.parent) for c in framed] == [(content, source, None)]


def test_a_comma_and_a_verb_continuing_the_claim_is_no_frame() -> None:
    """Neighbour: ", said it was late" goes on with Smith's claim; no source follows."""
    found = attributed_cues("Smith demanded an apology, said it was late.")
    assert ("it was late", "Smith", "said") in found


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a relative clause on the last noun, not a frame over the clause
        (
            "They learned of the plan and disclosed it to the AP, which first reported the story.",
            "first reported",
        ),
        # a modal cue states what will be, not a report made
        (
            "Republicans learned that no matter the setting, no matter the stakes, "
            "Donald Trump will insist on being Donald Trump.",
            "will insist",
        ),
    ],
)
def test_no_frame_over_an_earlier_claim(text: str, cue: str) -> None:
    """Neighbours: a relative pronoun or a modal before the cue makes no report frame."""
    claims = find_claims(text)
    framing = [c for c in claims if c.cue == cue and c.attribution is not Attribution.NARRATOR]
    assert all(c.start > 0 for c in framing), framing  # none reports the sentence's start
    assert all(c.parent is None for c in claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Trump said "there will always be exceptions," the Times reported.',
            'Trump said "there will always be exceptions,"',
        ),
        (
            'Asked about it, Trump said: "There will always be exceptions," the Times reported.',
            'Asked about it, Trump said: "There will always be exceptions,"',
        ),
        (
            "Manafort acknowledged that the work could be termed “influence peddling,” "
            "the Times reported.",
            "Manafort acknowledged that the work could be termed “influence peddling,”",
        ),
    ],
)
def test_a_frame_after_a_quotation_s_comma(text: str, content: str) -> None:
    """The comma inside a closing quotation mark ends the clause the frame reports."""
    claims = find_claims(text)
    outer_index, outer = _claim(claims, "reported")
    assert (outer.text, outer.source_text) == (content, "the Times")
    assert any(c.parent == outer_index for c in claims)


def test_a_report_coordinated_after_a_quotation_s_comma_is_its_own() -> None:
    """Neighbour: '"A," and three-quarters said B' is a second report, nested in nothing."""
    claims = find_claims(
        'Most said "Clinton is honest," and three-quarters said the same of Sanders.'
    )
    said = [c for c in claims if c.cue == "said"]
    assert [(c.text, c.source_text, c.parent) for c in said] == [
        ('"Clinton is honest,"', "Most", None),
        ("the same of Sanders", "three-quarters", None),
    ]


def test_a_quotation_and_its_speaker_alone_are_unchanged() -> None:
    """Neighbour: '“We will win,” Smith said.' has one direct claim, nested in nothing."""
    claims = [c for c in find_claims("“We will win,” Smith said.") if c.cue]
    assert [(c.text, c.attribution, c.parent) for c in claims] == [
        ("“We will win,”", Attribution.DIRECT, None)
    ]


def test_a_pronoun_frame_after_a_named_speaker_is_that_speaker_again() -> None:
    """Neighbour: 'DuVernay said X because “Y,” she said': no report of a report."""
    text = (
        "DuVernay said she felt it was worth examining because “most people don’t know,” she said."
    )
    claims = [c for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]
    said = [(c.source_text, c.parent) for c in claims if c.cue == "said"]
    assert said == [("DuVernay", None)]


def test_adding_after_a_frame_is_a_claim_of_its_own() -> None:
    """'X, Smith said, adding that Y': the frame reports X, the participle cue Y."""
    found = attributed_cues("The plan will fail, Smith said, adding that the talks were over.")
    assert ("The plan will fail", "Smith", "said") in found
    assert ("the talks were over", "Smith", "adding") in found


def test_a_participle_that_is_no_cue_stays_in_the_content() -> None:
    """Neighbour: ', Twitter announced, gaining 22,000 followers' goes on around the frame."""
    text = "Pence led 60 percent of the conversation, Twitter announced, gaining 22,000 followers."
    found = attributed_cues(text)
    assert [c for c, _, cue in found if cue == "announced"] == [text[:-1]]
