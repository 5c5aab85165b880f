"""An aside set off by dashes between a cue and its "that" ("said — in a rare break with
the party — that she would vote against"): the aside is the reporting clause's, the
content opens after "that", as it does after an aside set off by commas (claims_blind43
aside04; PolNeAR train annotates the same construction so).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.extractors.attributed import attributed as _reported


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Alvarez said — in a surprise move — that she would back the bill.",
            "she would back the bill",
            "Alvarez",
        ),
        (
            "The minister said – without giving details – that talks would resume.",
            "talks would resume",
            "The minister",
        ),
        (
            "The coach said -- after a long-awaited review -- that the team would appeal.",
            "the team would appeal",
            "The coach",
        ),
        (
            "The agency wrote — in a letter to the council — that the bridge was unsafe.",
            "the bridge was unsafe",
            "The agency",
        ),
    ],
)
def test_dash_aside_before_that(text: str, content: str, source: str) -> None:
    """The content is the clause after "that", not the aside."""
    assert _reported(text) == [(content, source)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # dashes inside the content: the content opens right after the cue, as before
        (
            "Alvarez said the vote — a rare break with the party — showed she was free.",
            "the vote — a rare break with the party — showed she was free",
        ),
        # an aside set off by commas keeps its reading
        (
            "Alvarez said, in a surprise move, that she would back the bill.",
            "she would back the bill",
        ),
    ],
)
def test_neighbours_keep_their_reading(text: str, content: str) -> None:
    assert content in [c for c, _ in _reported(text)]


_ASIDES = st.sampled_from(
    ["in a statement", "speaking to reporters", "in a rare break with the party", "once again"]
)
_DASHES = st.sampled_from([("—", "—"), ("–", "–"), ("--", "--")])
_CLAUSES = st.sampled_from(["the plant would close", "prices had risen", "the deal was off"])


@given(_ASIDES, _DASHES, _CLAUSES)
def test_any_dash_aside_leaves_the_clause(aside: str, dashes: tuple[str, str], clause: str) -> None:
    """Whatever the aside and the dash, the content is the clause after "that"."""
    text = f"The mayor said {dashes[0]} {aside} {dashes[1]} that {clause}."
    assert _reported(text) == [(clause, "The mayor")]
