"""Source phrases of wire copy, and which words of a quoted sentence belong to the narrator."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan


def attributed(text: str) -> list[ClaimSpan]:
    """The attributed (non-narrator) claims of ``text``."""
    return [c for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]


def owner(text: str, word: str) -> ClaimSpan:
    """The shortest claim containing ``word`` (the claim a figure there belongs to)."""
    start = text.index(word)
    end = start + len(word)
    covering = [c for c in find_claims(text) if c.start <= start and end <= c.end]
    return min(covering, key=lambda c: c.end - c.start)


# (text, source as written, content)
SOURCE_PHRASES = [
    # a participle modifier after "the" stays inside the noun phrase
    (
        "The refining industry says compliance now costs it millions of dollars a year.",
        "The refining industry",
        "compliance now costs it millions of dollars a year",
    ),
    (
        "The ruling party said it would win a majority.",
        "The ruling party",
        "it would win a majority",
    ),
    # a person of an organization, after an introductory phrase
    (
        "Ahead of the deadline, Tom Holly of the accounting firm PwC said he received dozens "
        "of calls.",
        "Tom Holly of the accounting firm PwC",
        "he received dozens of calls",
    ),
    # a title "to the" an organization before the name
    (
        "U.S. Ambassador to the United Nations Nikki Haley said the plan would fail.",
        "U.S. Ambassador to the United Nations Nikki Haley",
        "the plan would fail",
    ),
    # media as a post-posed source
    (
        "About 70,000 residents would be eligible for the program, local media reported.",
        "local media",
        "About 70,000 residents would be eligible for the program",
    ),
    # an organization named with "on"
    (
        "The nonpartisan Commission on Presidential Debates says there was a problem.",
        "The nonpartisan Commission on Presidential Debates",
        "there was a problem",
    ),
    # a lower-case compound, or a noun with "familiar with", after the cue
    (
        "Trump is the first president to use such funds, said election law experts.",
        "election law experts",
        "Trump is the first president to use such funds",
    ),
    (
        "The plan will cut costs by a third, said people familiar with the matter.",
        "people familiar with the matter",
        "The plan will cut costs by a third",
    ),
    # a head noun "to" a name or "to the" office
    (
        "A former aide to Franks said the congressman offered her $5 million.",
        "A former aide to Franks",
        "the congressman offered her $5 million",
    ),
    (
        "A senior adviser to the president said the talks would resume.",
        "A senior adviser to the president",
        "the talks would resume",
    ),
    # "said A, but that B": B is still reported
    (
        "Roth said his office found no misconduct, but that the department violated two "
        "court orders.",
        "Roth",
        "his office found no misconduct, but that the department violated two court orders",
    ),
    # "Late on Thursday, X, who ..., issued a statement saying ..."
    (
        "Late on Thursday, Franks, who has served since 2003, issued a statement saying "
        "that two women complained.",
        "Franks",
        "two women complained",
    ),
    # an introductory phrase with no comma before the subject
    (
        "In a letter to Harper the office’s executive director said it had paid $354,465.",
        "the office’s executive director",
        "it had paid $354,465",
    ),
    (
        "In his speech Smith said it was over.",
        "Smith",
        "it was over",
    ),
    # "testified ... that, <adverbial>, <clause>": a weak cue with its "that"
    (
        "Sessions testified in Congress that, following a plea, he now remembers a 2016 meeting.",
        "Sessions",
        "following a plea, he now remembers a 2016 meeting",
    ),
    # "according to" after an introductory phrase: the content follows the source
    (
        "Last week, according to media reports, officials received 300 calls.",
        "media reports",
        "officials received 300 calls",
    ),
    (
        "Prices rose 5 percent last year, according to the bureau.",
        "the bureau",
        "Prices rose 5 percent last year",
    ),
    # a participle cue with no source of its own takes the subject of the main clause
    (
        "The Treasury Department issued guidance over the weekend saying that pre-payments "
        "would not be deductible.",
        "The Treasury Department",
        "pre-payments would not be deductible",
    ),
    # ... even when a date stands right before it
    (
        "Podesta Group filed disclosures in April and August saying it did work in 2012.",
        "Podesta Group",
        "it did work in 2012",
    ),
]


@pytest.mark.parametrize(("text", "source", "content"), SOURCE_PHRASES)
def test_source_phrase(text: str, source: str, content: str) -> None:
    """Each construction yields one claim with this source as written and this content."""
    claims = attributed(text)
    assert [(c.source_text, c.text) for c in claims] == [(source, content)]


def test_name_before_its_title_and_relative_clause() -> None:
    """ "Name, President of X, which ..., said": the person speaks, not the organization."""
    text = (
        "Michael Skoler, President of Louisville Public Media, which operates the "
        "investigative reporting center, said the group reached out to Johnson."
    )
    claims = attributed(text)
    assert [(c.source_text, c.cue) for c in claims] == [("Michael Skoler", "said")]


def test_titled_name_after_an_introductory_phrase() -> None:
    """ "In Kyiv, President X, who ..., said": the place before the title is no name."""
    text = "In Kyiv, President Volodymyr Zelensky, who was in Paris, said talks would go on."
    assert [c.source_text for c in attributed(text)] == ["President Volodymyr Zelensky"]


NOT_SOURCES = [
    # a lower-case noun before "to the" is no title
    "A delegation sent to the United Nations said it would vote.",
    # a participle phrase with an object is no noun phrase
    "Officials investigating the crash said the pilot was tired.",
    # a participle that is no reporting verb has no content
    "Protesters marched through the city chanting slogans.",
]


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_neighbours_without_a_source_phrase(text: str) -> None:
    """Neighbouring forms give no source that starts inside the sentence's predicate."""
    for claim in attributed(text):
        assert claim.source_text is not None
        assert text.index(claim.source_text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Costs rose sharply, said in a statement released on Tuesday.",
        "Costs rose sharply, said today without giving details.",
    ],
)
def test_adjuncts_after_the_cue_are_no_compound_source(text: str) -> None:
    """Lower-case words after the cue that are no noun compound never become the source."""
    assert all(c.source_text is None or c.source_text[0].isupper() for c in attributed(text))


def test_but_that_as_a_pronoun_ends_the_report() -> None:
    """ "but that was expected": "that" is the narrator's pronoun, not a second report."""
    text = "He said the talks failed, but that was expected."
    assert [c.text for c in attributed(text)] == ["the talks failed"]


def test_testify_without_that_is_no_report() -> None:
    """A weak cue ("testified") with no "that" reports nothing: "testified before Congress"."""
    assert attributed("Sessions testified before Congress for five hours on Tuesday.") == []


def test_report_after_a_subordinator_nests() -> None:
    """ "..., after Trump said he believed X": Trump's report nests in the outer claim."""
    text = (
        "Two officials said they fear Trump is being misled, after Trump said he believed "
        "Putin was sincere."
    )
    inner = [c for c in attributed(text) if c.parent is not None]
    assert [(c.source_text, c.text) for c in inner] == [("Trump", "he believed Putin was sincere")]


def test_weak_cue_after_a_subordinator_needs_that() -> None:
    """ "after Smith added a clause": a weak cue with no "that" reports nothing."""
    text = "Officials said the bill would pass, after Smith added a clause on taxes to it."
    assert all(c.source_text != "Smith" for c in attributed(text))


def test_on_a_day_is_no_part_of_the_source() -> None:
    """ "Officials on Monday said": "on" before a day is an adjunct, not a name."""
    text = "Officials on Monday said 40 drones were downed."
    assert [c.source_text for c in attributed(text)] == ["Officials"]


def test_dateline_that_lost_its_city() -> None:
    """ "(Reuters) - X did A, saying B": the agency tag is cut, so X opens the clause."""
    text = (
        "(Reuters) - Attorney General Jeff Sessions on Thursday spoke in New York, saying "
        "that the FBI was blocked from 7,500 devices."
    )
    claims = attributed(text)
    assert [(c.source_text, c.text) for c in claims] == [
        ("Attorney General Jeff Sessions", "the FBI was blocked from 7,500 devices")
    ]


def test_a_month_is_never_the_source() -> None:
    """ "in April and August saying ...": the month is not who says it."""
    text = "The firm filed papers in April and August saying it had done the work."
    assert [c.source_text for c in attributed(text)] == ["The firm"]


def test_speaker_and_date_after_said_keep_the_speaker() -> None:
    """A month after the cue does not disturb the source before it."""
    text = "Smith said in August that prices rose."
    assert [(c.source_text, c.text) for c in attributed(text)] == [("Smith", "prices rose")]


def test_interrupted_quotation_leaves_its_source_to_the_narrator() -> None:
    """ "one" in "one official said" between two quotations is no figure of the official's."""
    text = "“There is a threshold,” one official said. “We will consider it all.”"
    assert owner(text, "one official").attribution is Attribution.NARRATOR
    assert owner(text, "threshold").attribution is Attribution.DIRECT
    assert owner(text, "consider").attribution is Attribution.DIRECT
    direct = [c for c in attributed(text) if c.attribution is Attribution.DIRECT]
    assert len(direct) == 1
    assert direct[0].source_text == "one official"


def test_quotation_after_its_cue_stays_whole() -> None:
    """A quotation after "X said:" has no attribution inside it: nothing goes to the narrator."""
    text = "One official said: “There are three options. We will consider all of them.”"
    assert owner(text, "three").attribution is Attribution.DIRECT


_NUMBERS = st.sampled_from(["one", "two", "three", "several", "five"])
_SPEAKERS = st.sampled_from(["officials", "sources", "diplomats", "aides"])
_CLAUSES = st.sampled_from(
    ["We are ready", "It is over", "The plan works", "Nothing has changed", "Talks go on"]
)


@given(first=_CLAUSES, second=_CLAUSES, number=_NUMBERS, speaker=_SPEAKERS)
def test_interrupted_quotation_invariant(
    first: str, second: str, number: str, speaker: str
) -> None:
    """Whatever is quoted, the words between the quotations are the narrator's."""
    text = f"“{first},” {number} {speaker} said. “{second}.”"
    assert owner(text, f"{number} {speaker}").attribution is Attribution.NARRATOR
    assert owner(text, second).attribution is Attribution.DIRECT


# (text, words, whether they are the narrator's)
ASIDES = [
    # an aside set off by commas tells the reader who someone is: the agency's words
    (
        "Sources said Senator John Cornyn, the No. 2 Senate Republican, is trying to win.",
        "No. 2",
        True,
    ),
    ("The report said Conyers, 88, made advances to staff.", "88", True),
    (
        "Officials said Gulen, who has lived in Pennsylvania since 1999, would be discussed.",
        "1999",
        True,
    ),
    # inside quotation marks every word is the speaker's
    ("Smith said: “Cornyn, the No. 2 Senate Republican, will lose.”", "No. 2", False),
    # a restrictive clause (no commas) belongs to the content
    ("Officials said people who lived there since 1999 would be moved.", "1999", False),
    # a figure of the content after the aside stays the source's
    ("The report said Conyers, 88, paid 5 women.", "5 women", False),
]


@pytest.mark.parametrize(("text", "words", "narrator"), ASIDES)
def test_asides_of_reported_speech(text: str, words: str, narrator: bool) -> None:
    """Only a comma-bounded aside of reported speech goes to the narrator."""
    assert (owner(text, words).attribution is Attribution.NARRATOR) is narrator
