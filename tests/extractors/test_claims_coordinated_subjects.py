"""A subject never ends in a coordinator: "The officials held talks and [said]" has no phrase."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from provenance.extractors.claims.subjects import find_subject


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The officials held talks and said the deal was close.", "said"),
        ("Supporters of the plan issued statements and claimed it would pass.", "claimed"),
        ("The two leaders met or spoke by phone and said nothing changed.", "said"),
    ],
)
def test_no_subject_ends_in_a_coordinator(text: str, cue: str) -> None:
    """The walk back from the cue finds no phrase that ends in "and" or "or"."""
    found = find_subject(text, 0, text.index(cue))
    assert found is None or not text[found[0] : found[1]].lower().endswith((" and", " or"))


def test_the_reporter_before_the_list_is_the_source() -> None:
    """The subject of "spotted X and Y and reported" is the one who spotted them."""
    text = (
        "A reporter for USA Today spotted Stein and her press secretary and reported "
        "her presence on Twitter."
    )
    sources = [c.source_text for c in find_claims(text) if c.cue == "reported"]
    assert sources, find_claims(text)
    assert all(s is not None and not s.endswith(" and") for s in sources), sources


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # neighbours: a relative pronoun ends the phrase "many of whom" and stays a source
        (
            "This has not gone over well with family members of 9/11 victims, many of whom "
            "say the claims are unfounded.",
            "say",
            "many of whom",
        ),
        # a name after "and" in a list is still found
        ("Mr. Smith and Ms. Jones said the plan was dead.", "said", "Ms. Jones"),
    ],
)
def test_relative_and_listed_subjects_are_kept(text: str, cue: str, source: str) -> None:
    """Neighbours: "whom" and a listed name are no coordinator at the phrase's end."""
    found = find_subject(text, 0, text.index(cue))
    assert found is not None
    assert source in text[found[0] : found[1]], text[found[0] : found[1]]
