"""A number grouped with commas ("2,000 people") is one word of its subject, no clause break."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Some 2,000 people said the payments were late.",
            "the payments were late",
            "Some 2,000 people",
        ),
        (
            "More than 1,500,000 voters said they would stay home.",
            "they would stay home",
            "More than 1,500,000 voters",
        ),
        (
            "About 12,400 workers told the union that the plant was unsafe.",
            "the plant was unsafe",
            "About 12,400 workers",
        ),
    ],
)
def test_a_grouped_number_stays_in_the_subject(text: str, content: str, source: str) -> None:
    assert attributed(text) == [(content, source)]


def test_a_grouped_number_does_not_split_a_hedge_verb_taking_a_thing() -> None:
    """ "2,000 people claimed benefits": no claim, and no bogus "An estimated 2" content."""
    assert attributed("An estimated 2,000 people claimed benefits last year.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a comma after a year, before a number of two digits: a clause break
        "In 2016,17 people said no.",
        # four digits after the comma: no thousands group
        "By 2,0000 officials said no.",
    ],
)
def test_other_commas_after_digits_still_break(text: str) -> None:
    assert all("," not in (source or "") for _, source in attributed(text))


@given(
    head=st.integers(min_value=1, max_value=999),
    groups=st.lists(st.integers(min_value=0, max_value=999), min_size=1, max_size=3),
    noun=st.sampled_from(["people", "residents", "voters", "officials"]),
)
def test_every_grouped_count_is_kept_whole(head: int, groups: list[int], noun: str) -> None:
    number = ",".join([str(head), *(f"{g:03d}" for g in groups)])
    text = f"Some {number} {noun} said the water was unsafe."
    assert attributed(text) == [("the water was unsafe", f"Some {number} {noun}")]
