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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Voters cite jobs, safety from terrorism and health care as top concerns.",
            "jobs, safety from terrorism and health care as top concerns",
        ),
        ("He praised the plan, the staff and the budget.", "the plan, the staff and the budget"),
        (
            "Sanders promised universal health care, free college or a higher minimum wage.",
            "universal health care, free college or a higher minimum wage",
        ),
    ],
)
def test_an_object_runs_on_through_a_list_of_its_own(text: str, content: str) -> None:
    """ "cited X, Y and Z": short items, the last after "and" or "or", end the clause."""
    assert content in _contents(text), _contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no "and" or "or" before the clause ends: a plain comma
        ("He praised the plan, the polls showed.", "the plan"),
        # "and" right after the comma joins a clause, not an item
        ("She praised the plan, and the crowd cheered loudly.", "the plan"),
        # a long clause after the comma is no list item
        (
            "He praised the plan, which the council had debated for months without any vote "
            "and then adopted.",
            "the plan",
        ),
    ],
)
def test_a_comma_before_no_list_still_ends_the_object(text: str, content: str) -> None:
    """Neighbours: a comma that opens no list of short items still ends the object."""
    assert content in _contents(text), _contents(text)
