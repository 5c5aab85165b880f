"""Questions put to a clause's subject, evidence reported by a participle, and a party
label between a subject and its cue."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extractors.attributed import attributed, attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Asked whether he would run, Trump said he had not decided.",
            "whether he would run",
            "Trump",
        ),
        ("When asked about the merger, she defended her decision.", "about the merger", "she"),
        (
            "Asked on Monday whether Mr. Clinton would hold a cabinet post, Mrs. Clinton"
            " said it was early.",
            "whether Mr. Clinton would hold a cabinet post",
            "Mrs. Clinton",
        ),
        (
            "“I stand by it,” Rubio said when asked if he still believes it.",
            "if he still believes it",
            "Rubio",
        ),
        ("Asked to describe the device, O'Neill said, “No.”", "to describe the device", "O'Neill"),
        (
            "During an interview, the actress was asked if she had been discriminated against.",
            "if she had been discriminated against",
            "the actress",
        ),
    ],
)
def test_a_question_put_to_the_subject_is_a_claim_of_the_one_asked(
    text: str, content: str, source: str
) -> None:
    """The question, from its opener to the clause end, is the asked one's claim."""
    found = attributed(text)
    assert (content, source) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The group asked whether candidates supported the act.",  # active: the ask cue's
        "Voters were divided when the race tightened.",
        "The question was asked twice, and the rally went on.",
    ],
)
def test_a_participle_that_puts_no_question_to_a_subject_gives_no_question_claim(
    text: str,
) -> None:
    """An active "asked", or no question participle at all, gives no claim of this kind."""
    cues = {cue for _, _, cue in attributed_cues(text)}
    assert not any(cue and cue.lower().endswith(("was asked", "were asked")) for cue in cues)
    assert all(src not in {"Voters", "The question"} for _, src in attributed(text))


def test_a_question_with_no_cue_near_it_gives_no_claim() -> None:
    """ "Asked whether X, 75 percent ..." with no reporting verb after it has no one asked."""
    text = "Asked whether the plan would work, the room fell silent."
    assert not any(c.startswith("whether") for c, _ in attributed(text))


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Despite polls showing her well behind, Clinton campaigned.", "her well behind", "polls"),
        (
            "There were ledgers showing he was designated to receive $12.7 million.",
            "he was designated to receive $12.7 million",
            "ledgers",
        ),
        (
            "Results came in showing their candidate locked in a tight race.",
            "their candidate",
            "Results",
        ),
    ],
)
def test_evidence_reported_by_a_participle_is_its_claim(
    text: str, content: str, source: str
) -> None:
    """An evidence noun, then "showing": the noun is the source, the clause the content."""
    found = attributed(text)
    assert any(c.startswith(content) and s == source for c, s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "She was showing signs of fatigue.",
        "The candidate kept showing up at rallies.",
        "A strong showing in Iowa helped him.",
    ],
)
def test_a_participle_with_no_evidence_noun_before_it_is_no_claim(text: str) -> None:
    """ "showing" after a person, or as a noun, reports nothing."""
    assert not any(cue == "showing" for _, _, cue in attributed_cues(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "At the convention Sen. Elizabeth Warren (D-MA) said Trump was a failure.",
            "Elizabeth Warren",
        ),
        ("At the convention Sen. Elizabeth Warren said Trump was a failure.", "Elizabeth Warren"),
    ],
)
def test_a_party_label_between_a_subject_and_its_cue_is_skipped(text: str, source: str) -> None:
    """ "Warren (D-MA) said" after an introductory phrase reads Warren as the source."""
    assert ("Trump was a failure", source) in attributed(text)


_PIECES = st.sampled_from(
    [
        "Asked",
        "asked",
        "When",
        "was",
        "whether",
        "about",
        "showing",
        "polls",
        "he",
        "Trump",
        "said",
        "would run",
        ",",
        ".",
        " ",
        "on Monday",
        "(D-MA)",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_claims_stay_inside_the_text_and_well_ordered(pieces: list[str]) -> None:
    """Whatever the words, every content is a non-empty, in-bounds span of the text."""
    from provenance.extractors.claims import find_claims

    text = " ".join(pieces)
    for c in find_claims(text):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text


def test_a_question_with_no_comma_ends_before_the_main_clause_subject() -> None:
    """ "when Lomu was asked about the risk he replied: “...”": the question stops at "he"."""
    text = "But when Lomu was asked about the risk he replied: “We will not give up.”"
    found = attributed(text)
    assert ("about the risk", "Lomu") in found
    assert ("“We will not give up.”", "he") in found
