"""An object's content runs on through the list it introduces (", including ...")."""

from __future__ import annotations

import pytest

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims


def _contents(text: str) -> list[str]:
    return [c.text for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He cited several factors for the low turnout, including new voting laws.",
            "several factors for the low turnout, including new voting laws",
        ),
        (
            "She supported a ban on all forms of cloning, such as therapeutic cloning.",
            "a ban on all forms of cloning, such as therapeutic cloning",
        ),
    ],
)
def test_an_object_keeps_its_list(text: str, content: str) -> None:
    """ "cited several factors, including X": the list names what was cited."""
    assert content in _contents(text), _contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She praised the plan, and the crowd cheered.", "the plan"),
        ("He cited several factors, the polls showed.", "several factors"),
    ],
)
def test_an_object_still_ends_at_a_plain_comma(text: str, content: str) -> None:
    """Neighbours: a comma before anything but a list still ends the object."""
    assert content in _contents(text), _contents(text)
