"""Subjects behind an aside between dashes or brackets, and after "in" a place."""

from __future__ import annotations

import pytest

from provenance.extractors.claims.subjects import find_subject
from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a prepositional phrase after a source noun, then an aside between commas
        (
            "Six Gannett newspapers in New Jersey, including the Asbury Park Press, said "
            "he isn't even fit to be governor.",
            "he isn't even fit to be governor",
            "Six Gannett newspapers in New Jersey",
        ),
        # an aside between dashes, a long one between brackets
        (
            "Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.",
            "he made a last-minute decision",
            "Jason Sims",
        ),
        (
            "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a "
            "junior staffer) says he was unfocused.",
            "he was unfocused",
            "Sen. Chris Murphy",
        ),
    ],
)
def test_a_subject_behind_an_aside_is_the_source(text: str, content: str, source: str) -> None:
    """The walk skips an aside and reads "in" after a source noun as part of its phrase."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a sentence stop inside the dashes: no aside, the walk stops at the dash
        ("It was over — Done. Then — said the host.", "said"),
        # "in" after a name is an introductory phrase, not part of a source noun's phrase
        ("Smith in Iowa said it.", "said"),
    ],
)
def test_neighbours_of_asides_and_in(text: str, cue: str) -> None:
    """Neighbours: an aside holding a sentence stop, "in" after a capitalised word."""
    found = find_subject(text, 0, text.index(cue))
    assert found is None or text[found[0] : found[1]] not in {"It was over", "Smith in Iowa"}
