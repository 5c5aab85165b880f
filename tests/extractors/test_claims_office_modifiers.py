"""A source's standing in office before its head ("retired general", "elected officials")."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed


@pytest.mark.parametrize("modifier", ["retired", "interim", "outgoing"])
def test_a_standing_modifier_stays_in_a_source_after_a_quotation(modifier: str) -> None:
    text = f"“The base will stay open,” {modifier} general Ann Ruiz said."
    assert ("“The base will stay open,”", f"{modifier} general Ann Ruiz") in attributed(text), (
        attributed(text)
    )


def test_elected_officials_speak() -> None:
    text = "“The bridge is safe,” elected officials said."
    assert ("“The bridge is safe,”", "elected officials") in attributed(text), attributed(text)
