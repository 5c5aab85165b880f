"""A quotation ending in "?" or "!" joins the speaker's tag after it, never across a paragraph."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed


def test_a_new_paragraph_opens_its_own_report() -> None:
    text = (
        "The ad ran on Monday. She adds, “Who loses that much money in one year?”\n\n"
        "Clinton says there should be a law requiring the nominees to release returns."
    )
    found = attributed(text)
    assert ("“Who loses that much money in one year?”", "She") in found, found
    assert (
        "there should be a law requiring the nominees to release returns",
        "Clinton",
    ) in found, found


@pytest.mark.parametrize("mark", ["?", "!"])
def test_the_tag_after_an_exclaimed_quotation_in_its_paragraph_still_joins(mark: str) -> None:
    text = f"“Not fit to serve{mark}” Trump tweeted."
    assert (f"“Not fit to serve{mark}”", "Trump") in attributed(text), attributed(text)
