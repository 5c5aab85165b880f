"""A "but", "while" or "because" with no comma that goes on with a reported clause or a
cue's object, and an "as" before a capital that labels a cue's object (clause_turns.py).

Cue lexicon: ``continuing_conjunctions``, ``continuing_subordinators``,
``clause_subject_quantifiers``, ``comment_clause_openers``, ``object_end_subordinators``.
"""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The aide said the files were not classified but would take longer to release.",
            "the files were not classified but would take longer to release",
        ),
        (
            "She said the clinic had opened on time but never finished the second wing.",
            "the clinic had opened on time but never finished the second wing",
        ),
        (
            "He told reporters the mayor was right but “not ready” for the job.",
            "the mayor was right but “not ready” for the job",
        ),
        (
            "Organizers said they would register voters while the meeting is under way.",
            "they would register voters while the meeting is under way",
        ),
        (
            "The senator said the panel was biased while its chairman ran for office.",
            "the panel was biased while its chairman ran for office",
        ),
    ],
)
def test_a_turn_without_a_comma_goes_on_with_the_report(text: str, content: str) -> None:
    """A verb phrase after "but", or any clause after "while", with no comma and no report
    of its own, belongs to what the source said."""
    assert content in [c for c, _ in attributed(text)], attributed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a subject of its own after "but": a new clause, the writer's
        ("She said the clinic had opened on time but he was not there.", "the clinic had opened"),
        ("She said the clinic had opened on time but the wing was late.", "the clinic had opened"),
        ("She said the clinic had opened on time but Jones was not there.", "the clinic had"),
        ("She said the clinic had opened on time but 40 beds were empty.", "the clinic had opened"),
        ("She said the clinic had opened on time but no doctor came.", "the clinic had opened"),
        # a comma before the word: the clause ends there, as before
        ("She said the clinic had opened on time, but would close soon.", "the clinic had opened"),
        ("She said the clinic had opened on time, while others waited.", "the clinic had opened"),
    ],
)
def test_a_new_subject_or_a_comma_still_ends_the_content(text: str, content: str) -> None:
    """Neighbours: a subject after "but", or a comma before the word, ends the content."""
    contents = [c for c, _ in attributed(text)]
    assert any(c.startswith(content) and c.endswith("on time") for c in contents), contents


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The aide said the files were not classified but added that they were old.",
            "the files were not classified",
            "they were old",
        ),
        (
            "Officials said 12 people died while rebels said more than 60 were killed.",
            "12 people died",
            "more than 60 were killed",
        ),
        (
            "Police said the road was closed while witnesses claimed it was open.",
            "the road was closed",
            "it was open",
        ),
    ],
)
def test_a_report_after_the_turn_ends_the_first_content(text: str, first: str, second: str) -> None:
    """Neighbours: a cue after "but" or "while" is a second report, not part of the first."""
    contents = [c for c, _ in attributed(text)]
    assert first in contents, contents
    assert second in contents, contents


def test_the_turn_after_an_object_ends_it() -> None:
    """Neighbour: a cue's object (no clause of its own) still ends at "but" before a verb
    phrase: the verb is the cue's subject's ("criticized X but stopped short of ...")."""
    text = "Smith criticized the budget but voted for it anyway."
    assert ("the budget", "Smith") in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Smith criticized the judge because of his heritage.",
            "the judge because of his heritage",
        ),
        (
            "Smith questioned whether the rival was eligible because she was born abroad.",
            "whether the rival was eligible because she was born abroad",
        ),
        ("Smith praised the plan while the mayor watched.", "the plan while the mayor watched"),
    ],
)
def test_an_object_runs_on_through_a_subordinator(text: str, content: str) -> None:
    """A "because" or "while" clause after a cue's object with no report of its own is the
    source's own: it does not end the object."""
    assert content in [c for c, _ in attributed(text)], attributed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Smith criticized the judge in a statement on Monday.", "the judge"),
        ("Smith praised the plan until the vote failed.", "the plan"),
        # a report after "because": the reason is another source's claim
        ("Smith criticized the hearing because aides said the files were hidden.", "the hearing"),
    ],
)
def test_an_object_still_ends_at_an_occasion_or_until(text: str, content: str) -> None:
    """Neighbours: an occasion or "until" still ends a cue's object."""
    assert content in [c for c, _ in attributed(text)], attributed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor sought to portray herself as Mr. Lee's successor.",
            "herself as Mr. Lee's successor",
        ),
        (
            "She urged accepting refugees from countries such as Syria.",
            "accepting refugees from countries such as Syria",
        ),
        (
            "He accused the senator of using his role as Finance Committee chairman to stall.",
            "the senator of using his role as Finance Committee chairman to stall",
        ),
    ],
)
def test_as_before_a_capital_labels_the_object(text: str, content: str) -> None:
    """An "as" and a capital with no report in its clause name what the object is taken as."""
    assert content in [c for c, _ in attributed(text)], attributed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry denied the strike, as Moscow denies all such reports.", "the strike"),
        ("Smith praised the plan as Jones said it would.", "the plan"),
        ("Smith praised the plan as he left the hall.", "the plan"),
    ],
)
def test_a_comment_clause_after_as_still_ends_the_object(text: str, content: str) -> None:
    """Neighbours: a report after "as" ("as Moscow denies", "as Jones said"), or a pronoun
    opening its clause, still ends the object."""
    assert content in [c for c, _ in attributed(text)], attributed(text)
