"""A source after its cue may name where it is (", said a diplomat in Brussels.").

The place is no part of the source phrase.
"""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The talks collapsed, said a diplomat in Brussels.",
            "The talks collapsed",
            "a diplomat",
        ),
        (
            "The vote was delayed again, said one aide on the committee.",
            "The vote was delayed again",
            "one aide",
        ),
        (
            "The budget talks went badly from the start, said one source in the room.",
            "The budget talks went badly from the start",
            "one source",
        ),
    ],
)
def test_a_place_after_a_source_noun_leaves_the_source(
    text: str, content: str, source: str
) -> None:
    assert (content, source) in attributed(text), attributed(text)


def test_an_occasion_after_the_source_is_the_cues_adjunct() -> None:
    """ "in an interview" says where it was said, not who said it."""
    text = "The talks collapsed, said the spokesman in an interview."
    assert ("The talks collapsed", "the spokesman") in attributed(text), attributed(text)


@pytest.mark.parametrize("place", ["in Iowa", "in the lobby", "on the campaign bus"])
def test_an_addressee_with_a_place_is_no_source(place: str) -> None:
    """ "told reporters in Iowa": the speaker stays the one before the cue."""
    text = f"“We will win this state,” Graham told reporters {place}."
    sources = [s for _, s in attributed(text)]
    assert sources == ["Graham"], sources
