"""A figure in a comma or dash relative clause inside a claim is the narrator's (issue 6, wire36).

"Lawmakers complained that Trump was slow to enforce the law, which set a deadline of
Oct. 1": the relative glosses "the law" for the reader, so the deadline is the reporter's
fact, as is "the sale of the mine - which produced 20 percent of the ore - by the firm"
(matching.yaml ``relative_pronouns``, provenance/tables/asides.py). The neighbours: a
restrictive relative with no comma ("the bridge which carried 30 cars a day"), a relative
before the claim opens ("Smith, who has served since 2003, said that two ..."), a relative
with a cue of its own, the figure after the relative closes, and a hyphen inside the clause.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.tables.asides import Asides, _aside_re, aside_spans, relative_asides
from tests.rules.helpers import figure_sources

_TEXTS = {
    "comma": "Lawmakers complained that Trump was slow to enforce the law, which set a "
    "deadline of Oct. 1. The list names firms.",
    "dash": "The panel had questions about the sale of the mine - which produced 20 percent "
    "of the ore - by the firm, the letters said.",
    "hyphen": "The mayor said the bridge, which has a 40-ton limit, would close on Friday.",
    "restrictive": "The minister said the bridge which carried 30 cars a day would close.",
    "before": "Smith, who has served since 2003, said that two aides had complained.",
    "after": "The minister said the bridge, which is old, would close for 10 days.",
    "cued": "The minister said the plan, which critics claim costs $5 million, was sound.",
}


@cache
def _sources() -> dict[str, dict[str, str]]:
    return figure_sources(_TEXTS)


@pytest.mark.parametrize(
    ("key", "figure"), [("comma", "Oct. 1"), ("dash", "20 percent"), ("hyphen", "40-ton")]
)
def test_a_figure_in_a_relative_aside_of_a_claim_is_the_narrators(key: str, figure: str) -> None:
    assert _sources()[key][figure] == "Reuters"


@pytest.mark.parametrize(
    ("key", "figure", "source"),
    [
        ("restrictive", "30", "minister"),
        ("before", "two", "Smith"),
        ("after", "10 days", "minister"),
    ],
)
def test_a_figure_outside_a_relative_aside_keeps_its_source(
    key: str, figure: str, source: str
) -> None:
    assert source in _sources()[key][figure]


def test_a_relative_with_a_cue_of_its_own_is_no_aside() -> None:
    assert _sources()["cued"]["$5 million"] != "minister"
    assert relative_asides("said the plan, which critics claim costs $5 million, was sound") == []


@pytest.mark.parametrize(
    ("body", "aside"),
    [
        ("the law, which set Oct. 1 as the date, was", ", which set Oct. 1 as the date"),
        ("the mine - which made 20 percent - was", " - which made 20 percent"),
        ("the mine — which made 20 percent — was", " — which made 20 percent"),
        ("the law, which set a date. Then", ", which set a date"),
    ],
)
def test_an_aside_runs_from_its_opener_to_its_first_stop(body: str, aside: str) -> None:
    assert [body[s:e] for s, e in relative_asides(body)] == [aside]


def test_no_aside_without_a_comma_or_a_spaced_dash() -> None:
    assert relative_asides("the bridge which carried 30 cars a day, and the road-which") == []


def test_a_language_without_relative_words_has_no_asides() -> None:
    assert relative_asides("le pont, which coûte 5 millions, ferme", "fr") == []


_PIECES = st.lists(
    st.sampled_from(
        [
            ",",
            " ",
            "\t",
            "-",
            "–",
            "—",
            "which",
            "Which",
            "whichever",
            "a",
            "Oct",
            ".",
            "1",
            "A",
            "“",
            "\n",
            ";",
            "(",
            "x",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=800, deadline=None)
@given(st.one_of(_PIECES, st.text(alphabet=", \t-–—.whicA1\n", max_size=40)))
def test_aside_spans_are_the_matches_of_the_pattern_over_the_body(body: str) -> None:
    """Found from the relative words' occurrences, the spans are those ``finditer`` gives."""
    pattern = _aside_re("en")
    assert pattern is not None
    assert aside_spans(body, "en") == [m.span() for m in pattern.finditer(body)]


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(_PIECES, st.text(alphabet=", \t-–—.whicA1\n", max_size=40)),
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(0, 45),
)
def test_glosses_tests_the_asides_of_the_whole_body(
    body: str, from_: int, start: int, end: int
) -> None:
    """An aside opening in ``[from_, start)`` and reaching ``end``, as over every aside."""
    every = relative_asides(body)
    expected = any(from_ <= s < start and end <= e for s, e in every)
    assert Asides(body).glosses(from_, start, end) == expected


def test_glosses_an_aside_opening_inside_the_claim_before_the_figure() -> None:
    body = "They said the law, which set Oct. 1 as the date, was not enforced by 2020."
    fig = body.index("Oct. 1")
    asides = Asides(body)
    assert asides.glosses(0, fig, fig + 6)
    assert not asides.glosses(body.index("which"), fig, fig + 6)  # opens before the claim
    later = body.index("2020")
    assert not asides.glosses(0, later, later + 4)  # after the aside closes
