"""Two sources, two values for one quantity: the rival counts that conflicting_claim pairs."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.rules.figures import conflicting_claim, counted_key
from tests.rules.helpers import FigureRow, figure_frames, rivals_by_figure


def test_a_toll_put_by_another_source_rivals_a_count_of_the_dead() -> None:
    """'40 people were killed' against 'put the toll at 52': one event, two values."""
    figures, claims = figure_frames(
        [
            ("f1", "ministry", 40.0, "people", "40 people were killed in the attack"),
            ("f2", "officials", 52.0, None, "But local officials put the toll at 52"),
        ]
    )
    assert conflicting_claim(figures, claims).tolist() == ["c_f2", "c_f1"]


def test_a_bound_that_allows_the_other_value_is_no_conflict() -> None:
    """'at least 40 people were killed' allows a toll of 52: no conflict."""
    figures, claims = figure_frames(
        [
            ("f1", "ministry", 40.0, "people", "at least 40 people were killed"),
            ("f2", "officials", 52.0, None, "officials put the toll at 52"),
        ],
        lower=[40.0, 52.0],
        upper=[float("nan"), 52.0],
    )
    assert conflicting_claim(figures, claims).tolist() == [None, None]


def test_an_approximation_that_allows_the_other_value_is_no_conflict() -> None:
    """'about 50' allows 52 (within the tolerance); an exact 50 does not."""
    rows: list[FigureRow] = [
        ("f1", "ministry", 50.0, "soldiers", "50 soldiers died"),
        ("f2", "rebels", 52.0, "soldiers", "52 soldiers died"),
    ]
    about, claims = figure_frames(rows, approximate=[True, False])
    exact, _ = figure_frames(rows)
    assert conflicting_claim(about, claims).tolist() == [None, None]
    assert conflicting_claim(exact, claims).tolist() == ["c_f2", "c_f1"]


def test_synonyms_and_plurals_count_the_same_thing() -> None:
    """'Russian troops' and 'Russian soldier' are one unit; Ukrainian soldiers are another."""
    figures, claims = figure_frames(
        [
            ("f1", "kyiv", 53000.0, "Russian soldiers", "53,000 Russian soldiers died"),
            ("f2", "moscow", 30000.0, "Russian troop", "30,000 Russian troop died"),
            ("f3", "moscow", 40000.0, "Ukrainian soldiers", "40,000 Ukrainian soldiers died"),
        ]
    )
    assert conflicting_claim(figures, claims).tolist() == ["c_f2", "c_f1", None]
    assert counted_key(figures).tolist() == ["russian soldier"] * 2 + ["ukrainian soldier"]


def test_counts_of_the_same_unit_for_different_events_do_not_conflict() -> None:
    """'40 people were killed' and '52 people were injured' count two things."""
    figures, claims = figure_frames(
        [
            ("f1", "ministry", 40.0, "people", "40 people were killed"),
            ("f2", "officials", 52.0, "people", "52 people were injured"),
        ]
    )
    assert conflicting_claim(figures, claims).tolist() == [None, None]


def test_a_figure_without_a_unit_needs_exactly_one_event() -> None:
    """A unit-less figure whose claim names two events ('killed and injured') is not paired."""
    figures, claims = figure_frames(
        [
            ("f1", "ministry", 40.0, "people", "40 people were killed"),
            ("f2", "officials", 52.0, None, "52 were killed or injured, officials said"),
        ]
    )
    assert conflicting_claim(figures, claims).tolist() == [None, None]


def test_without_claims_only_units_are_compared() -> None:
    """Called with figures alone (the old signature), unit-less figures are never paired."""
    figures, _ = figure_frames(
        [
            ("f1", "ministry", 40.0, "people", "40 people were killed"),
            ("f2", "officials", 52.0, None, "officials put the toll at 52"),
        ]
    )
    assert conflicting_claim(figures).tolist() == [None, None]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["s1", "s2", "s3"]),
            st.sampled_from([40.0, 52.0, 60.0, 200.0]),
            st.sampled_from(["people", "soldiers", None]),
            st.sampled_from(["were killed", "the toll", "were injured", "arrived"]),
        ),
        max_size=8,
    ),
    seed=st.randoms(use_true_random=False),
)
def test_row_order_does_not_change_the_pairs(
    rows: list[tuple[str, float, str | None, str]], seed: random.Random
) -> None:
    """Shuffling the figures gives each figure the same rival claim."""
    figures, claims = figure_frames(
        [(f"f{i}", s, v, u, f"{v:g} {u or ''} {t}") for i, (s, v, u, t) in enumerate(rows)]
    )
    assert rivals_by_figure(conflicting_claim, figures, claims, seed) == rivals_by_figure(
        conflicting_claim, figures, claims
    )


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        ("But local officials put the toll at 52.", True),
        ("Local officials said 52 people were injured.", False),
    ],
)
def test_rival_tolls_in_a_real_text_are_flagged(second: str, conflict: bool) -> None:
    """End to end: a second source's toll is a contradiction; a count of another event is not."""
    import provenance
    from provenance.ingest import read_text

    text = (
        f"Title\n\n40 people were killed in the attack, the health ministry said. {second}\n\nAFP"
    )
    result = provenance.check(read_text(text), engine="pandas")
    rules = set(result.findings["rule"])
    assert ("figure.conflicting_values" in rules) is conflict


def test_counts_of_one_event_far_apart_still_conflict() -> None:
    """'30 civilians were killed' against '12 civilians were killed': the sides of a war
    give counts of one event more than twice apart, still rivals."""
    figures, claims = figure_frames(
        [
            ("f1", "activists", 30.0, "civilians", "30 civilians were killed in the strike"),
            ("f2", "army", 12.0, "civilians", "12 civilians were killed"),
        ]
    )
    assert conflicting_claim(figures, claims).tolist() == ["c_f2", "c_f1"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # no event named: two claims and eight claims are two different things
        ("2 complaints were filed in March", "8 complaints were filed since 2010"),
        # one event, but too far apart to be two counts of it
        ("3 soldiers were killed in the raid", "400 soldiers were killed in the war"),
    ],
)
def test_far_apart_counts_without_one_event_do_not_conflict(first: str, second: str) -> None:
    """The wider ratio holds only for one event, and only up to its bound."""
    v1, v2 = float(first.split()[0]), float(second.split()[0])
    unit = first.split()[1]
    figures, claims = figure_frames([("f1", "a", v1, unit, first), ("f2", "b", v2, unit, second)])
    assert conflicting_claim(figures, claims).tolist() == [None, None]
