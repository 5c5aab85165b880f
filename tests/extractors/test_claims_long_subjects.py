"""Subjects a long postmodifier separates from their cue."""

from __future__ import annotations

import pytest

from provenance.extractors.claims.clause_subjects import long_subject
from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # participles, relative and contact clauses after the head
        (
            "Large majorities of Republican primary voters in six states going to the polls on "
            "Super Tuesday said they support a proposal to ban non-citizen Muslims.",
            "they support a proposal to ban non-citizen Muslims",
            "Large majorities of Republican primary voters",
        ),
        (
            "Still, people who have battled other online threats say it could be doing more.",
            "it could be doing more",
            "people",
        ),
        (
            "Several people I've spoken with over the last couple of weeks said the host had "
            "called often.",
            "the host had called often",
            "Several people",
        ),
        # three asides, one a relative clause with a verb of its own
        (
            "But Murshed Zaheed, acting political director of CREDO Action, which organized "
            "the letter, said Clinton's response was undercut by her ties to Clark.",
            "Clinton's response was undercut by her ties to Clark",
            "Murshed Zaheed",
        ),
        # a document subject takes an object as well as a clause
        (
            "A poll from Marquette Law School released Wednesday found Clinton leading Trump.",
            "Clinton leading Trump",
            "A poll",
        ),
    ],
)
def test_a_long_subject_is_the_source(text: str, content: str, source: str) -> None:
    """The head of a subject whose postmodifier runs up to the cue reports the clause."""
    found = attributed_cues(text)
    assert any(c == content and s == source for c, s, _ in found), found


def test_no_clause_after_the_cue_reads_no_long_subject() -> None:
    """Neighbour: a speech verb with an object, not a clause, takes no long subject."""
    text = (
        "Voters going to the polls on Tuesday in six of the states holding primaries said "
        "nothing of the sort."
    )
    assert [c for c in attributed_cues(text) if c[2] == "said"] == []


def test_a_date_opening_the_clause_is_never_the_source() -> None:
    """ "Friday at the rally, the crowd ... said": the subject follows the date's comma."""
    found = attributed_cues(
        "Friday at the rally, the crowd of supporters who waited for hours said they were "
        "tired of waiting for the candidate."
    )
    assert [(c, s) for c, s, _ in found] == [
        ("they were tired of waiting for the candidate", "the crowd of supporters")
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Trump attacked Clinton on Monday and said it.", "said"),
        ("The plan was approved by the board and officials say it works.", "say"),
        ("In the poll said to be rigged, turnout fell.", "said"),
    ],
)
def test_long_subject_refuses_a_verb_phrase_or_an_introductory_phrase(text: str, cue: str) -> None:
    """A coordinated verb, a finite verb of the clause or a preposition opens no subject."""
    assert long_subject(text, 0, text.index(f" {cue} ") + 1) is None
