"""Ordinals whose last word is also a time unit: "forty-second" is 42nd, "a forty-second ad" lasts.

English "second" is both the ordinal 2nd and a time unit. After a number ending in
a tens word it makes one ordinal, unless an article makes the number a count of
seconds.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures

_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def _only(text: str) -> tuple[str, str, float | None]:
    """The one figure of ``text`` as (text, kind, value)."""
    (fig,) = find_figures(text)
    return fig.text, fig.kind.value, fig.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the forty-second president", ("forty-second", "ordinal", 42.0)),
        ("on the twenty second floor", ("twenty second", "ordinal", 22.0)),
        ("FORTY Second", ("FORTY Second", "ordinal", 42.0)),
        ("one hundred and forty second", ("one hundred and forty second", "ordinal", 142.0)),
        ("its ninety-second anniversary", ("ninety-second", "ordinal", 92.0)),
    ],
)
def test_tens_and_second_make_an_ordinal(text: str, expected: tuple[str, str, float]) -> None:
    """A tens word joined to "second" by a hyphen or a space is one ordinal."""
    assert _only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a thirty-second ad", ("thirty-second", "duration", 30.0)),
        ("an eighty-second clip", ("eighty-second", "duration", 80.0)),
        ("he waited twenty seconds", ("twenty seconds", "duration", 20.0)),
        ("after twenty-seconds", ("twenty-seconds", "duration", 20.0)),
        ("one second later", ("one second", "duration", 1.0)),
        ("the twenty-first century", ("twenty-first", "ordinal", 21.0)),
        ("the 42nd president", ("42nd", "ordinal", 42.0)),
        ("20 seconds", ("20 seconds", "duration", 20.0)),
    ],
)
def test_neighbours_keep_their_reading(text: str, expected: tuple[str, str, float]) -> None:
    """An article, a plural, digits, a unit word or another ordinal keep today's reading."""
    assert _only(text) == expected


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_TENS)), st.sampled_from(["-", " "]), st.booleans())
def test_value_is_tens_plus_two_unless_counted(tens: str, joiner: str, article: bool) -> None:
    """Every tens word: 'the X-second' is X+2nd; 'a X-second' is X seconds."""
    lead = "a" if article else "the"
    text, kind, value = _only(f"{lead} {tens}{joiner}second wait")
    assert text == f"{tens}{joiner}second"
    if article:
        assert (kind, value) == ("duration", float(_TENS[tens]))
    else:
        assert (kind, value) == ("ordinal", float(_TENS[tens] + 2))
