"""A pronoun never resolves to a capitalised run that opens a sentence ("On Thursday")."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from provenance.extractors.claims.speakers import SpeakerResolver
from provenance.extractors.sources import default_sources


def _resolved(text: str, cue: str) -> list[str | None]:
    return [c.source.name if c.source else None for c in find_claims(text) if c.cue == cue]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke in Iowa on Wednesday. On Thursday, he expanded upon his calls "
        "for more surveillance of the community.",
        "Donald Trump spoke in Iowa on Wednesday. On Monday he expanded upon his calls "
        "for more surveillance of the community.",
    ],
)
def test_a_day_after_a_preposition_is_no_person(text: str) -> None:
    """ "On Thursday" is skipped: "his" goes to the person named before."""
    assert _resolved(text, "calls for") == ["Donald Trump"], find_claims(text)


def test_a_name_after_an_opening_word_is_kept() -> None:
    """ "Then Brafman said": the run's opening word is dropped, the name stays."""
    text = "Benjamin Brafman took the case in May. Then Brafman made his plea for leniency."
    r = SpeakerResolver(text, default_sources())
    info = r.resolve("his", text.index("his"))
    assert info.name == "Benjamin Brafman"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # neighbours: a given name that is also a function word, and a name holding a month
        (
            "The rally was loud. Will Rogers expanded upon his calls for more surveillance "
            "of the community.",
            "Will Rogers",
        ),
        (
            "The summit was tense. Theresa May repeated her calls for more surveillance "
            "of the community.",
            "Theresa May",
        ),
    ],
)
def test_names_that_hold_function_or_time_words_stay(text: str, name: str) -> None:
    """Neighbours: "Will" is a given name, "May" one word of a longer name."""
    assert _resolved(text, "calls for") == [name], find_claims(text)
