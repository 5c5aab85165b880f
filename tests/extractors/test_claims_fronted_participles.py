"""A cue participle opening its sentence: "Citing a new poll, the senator said ..."."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.claims.fronted_participles import fronted_participle
from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Citing a new state audit, the senator voted against the bill.",
            "a new state audit",
            "the senator",
            "Citing",
        ),
        (
            "Arguing that the rule was unconstitutional, the group filed a lawsuit.",
            "the rule was unconstitutional",
            "the group",
            "Arguing",
        ),
        (
            'Bemoaning the "rigged system," the candidate attacked the moderator.',
            'the "rigged system,"',
            "the candidate",
            "Bemoaning",
        ),
        (
            "Calling for calm, the governor closed the schools.",
            "calm",
            "the governor",
            "Calling for",
        ),
    ],
)
def test_the_participle_clause_is_the_main_subjects_report(
    text: str, content: str, source: str, cue: str
) -> None:
    assert (content, source, cue) in attributed_cues(text), attributed_cues(text)


def test_the_main_clause_keeps_its_own_report() -> None:
    text = "Citing a new poll, the senator said the race was close."
    found = attributed_cues(text)
    assert ("a new poll", "the senator", "Citing") in found, found
    assert ("the race was close", "the senator", "said") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a capitalized participle inside a Title Case headline is a word of it, no cue
        "Drivers Stunned By Highway Warning Sign They Stop To Film It.",
        # no comma closes the clause before a colon
        "Conceding that a deal would come later he warned: the talks are stuck.",
        # no subject after the comma
        "Citing the report, and the data behind it.",
    ],
)
def test_no_fronted_report_without_a_main_clause(text: str) -> None:
    cues = [c for _, _, c in attributed_cues(text)]
    assert not any(c and c[0].isupper() for c in cues), attributed_cues(text)


@given(st.sampled_from(["the mayor", "Ms. Ortiz", "the union", "he"]))
def test_the_helper_finds_any_main_subject(subject: str) -> None:
    text = f"Citing rising costs, {subject} cancelled the contract."
    found = fronted_participle(text, len("Citing"), len(text))
    assert found is not None
    cs, ce, ss, se = found
    assert (text[cs:ce], text[ss:se]) == ("rising costs", subject)


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "After saying the vote was rigged, the candidate left the stage.",
            "the vote was rigged",
            "the candidate",
            "saying",
        ),
        (
            "In defending his record, the governor blamed the legislature.",
            "his record",
            "the governor",
            "defending",
        ),
    ],
)
def test_a_preposition_may_open_the_participle_clause(
    text: str, content: str, source: str, cue: str
) -> None:
    assert (content, source, cue) in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Citing old polls is pointless, the analyst said.",
        "Citing the new poll, the senator said.",
    ],
)
def test_a_closing_speakers_tag_takes_the_clause_as_its_content(text: str) -> None:
    """ "X, the analyst said.": the clause before the tag is what the analyst said."""
    cues = [c for _, _, c in attributed_cues(text)]
    assert cues == ["said"], attributed_cues(text)
