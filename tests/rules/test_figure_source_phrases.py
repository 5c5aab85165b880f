"""Figure sources named by evidence phrases (issue 6, wire34).

A figure in a clause after "according to figures from X", "data from X showed", "X's
figures show", "a survey by X found", "X's report put the number at N" or "estimates from
X" is X's, not the agency's; "The World Bank put growth at 2.5 percent" places any
quantity at a value, the subject's figure. Neighbours that must keep the narrator (or no
figure source from a time: "Monday's report") follow.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.restated_counts import restated_count_claims
from tests.rules.helpers import figure_sources

_TEXTS = {
    "according": "Unemployment rose to 5.2 percent in March, according to figures from the "
    "statistics office.",
    "data": "Data from the health ministry showed 1,200 new cases on Tuesday.",
    "owned_figures": "The labour ministry's figures show 40,000 jobs were lost in May.",
    "survey_by": "A survey by Pollsters Inc found 45 percent of voters backed the plan.",
    "study_by": "A study by Harvard researchers found 20 percent of patients relapsed.",
    "published_by": "A study published by the health ministry found 20 percent of patients "
    "relapsed.",
    "owned_report": "The agency's report put the number at 3,400.",
    "estimates": "Estimates from the United Nations suggest 2 million people have fled.",
    "estimates_put": "Estimates from the World Bank put growth at 2.5 percent.",
    "growth": "The central bank put inflation at 3.1 percent for the year.",
    "cost": "Insurers put the cost of the storm damage at $3 billion.",
    "own_figures": "The ministry's own figures showed 120,000 homes were built.",
    # neighbours: a time owns no document; a place, a time of day; the agency's own
    "monday": "Monday's report showed 40,000 jobs were lost in May.",
    "last_year": "Last year's figures showed 40,000 jobs were lost.",
    "wreath": "The ministry placed a wreath at 10 Downing Street.",
    "meeting": "Organisers put the meeting at 3 p.m. on Friday.",
    "narrator": "The company sold 5,000 cars in June. Regulators were not convinced.",
}


@cache
def _sources() -> dict[str, dict[str, str]]:
    return figure_sources(_TEXTS)


@pytest.mark.parametrize(
    ("key", "figure", "source"),
    [
        ("according", "5.2 percent", "statistics office"),
        ("data", "1,200", "health ministry"),
        ("owned_figures", "40,000", "labour ministry"),
        ("survey_by", "45 percent", "Pollsters Inc"),
        ("study_by", "20 percent", "Harvard researchers"),
        ("published_by", "20 percent", "health ministry"),
        ("owned_report", "3,400", "agency"),
        ("estimates", "2 million", "United Nations"),
        ("estimates_put", "2.5 percent", "World Bank"),
        ("growth", "3.1 percent", "central bank"),
        ("cost", "$3 billion", "Insurers"),
        ("own_figures", "120,000", "ministry"),
    ],
)
def test_the_figure_is_the_evidence_authors(key: str, figure: str, source: str) -> None:
    assert _sources()[key][figure] == source


@pytest.mark.parametrize(("key", "figure"), [("monday", "40,000"), ("last_year", "40,000")])
def test_a_time_owns_no_document(key: str, figure: str) -> None:
    """ "Monday's report": the report of a day, not of an author named "Monday"."""
    assert _sources()[key][figure] not in {"Monday", "Last year", "year"}


@pytest.mark.parametrize(("key", "figure"), [("wreath", "10"), ("narrator", "5,000")])
def test_the_narrator_keeps_its_figures(key: str, figure: str) -> None:
    assert _sources()[key][figure] == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "Organisers put the meeting at 3 p.m. on Friday.",
        "Organisers put the meeting at 10:30 on Friday.",
        "The ministry placed a wreath at 10 Downing Street.",
        "Analysts put the plan at the top of the agenda.",
    ],
)
def test_a_time_a_place_or_no_value_is_placed_by_no_one(text: str) -> None:
    verb = text.split()[1]
    words = [(text.index(f" {verb} ") + 1, verb)]
    assert restated_count_claims(text, [(0, len(text))], [], words) == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["growth", "inflation", "the cost of the damage", "annual losses"]),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["put", "estimated", "pegged"]),
)
def test_any_quantity_placed_at_a_value_is_the_subjects(what: str, value: int, verb: str) -> None:
    text = f"Analysts {verb} {what} at {value:,} last week."
    (found,) = restated_count_claims(text, [(0, len(text))], [], [(9, verb)])
    assert text[found.source_start or 0 : found.source_end] == "Analysts"
    assert found.cue == verb
    assert text[found.start : found.end].startswith(f"{what} at {value:,}")
