"""Counts at odds stated without their noun, and shares at odds (blind46).

- A count with no noun of its own opening its claim, with at most three lower-case words
  after it ("2.3 million were affected", "20,000 had taken part"), counts what the
  nearest count of another source counts; a longer clause keeps its own reading.
- "the number was" restates.
- Shares (percentages, and fractions with no noun) restated ("put turnout at 40%") or
  elliptical ("more than half had") are set against the nearest share of another source;
  two shares of two things, or of one source, are never rivals.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.rules.shares import conflicting_share, share_percent
from tests.rules.helpers import flags_of, rivals_by_figure


def _contradicted(text: str) -> list[str]:
    """The claims the passage's contradiction flags name, once each, sorted."""
    found = flags_of({"t": text})["t"]
    return sorted({t for kind, _rule, t in found if kind == "contradiction"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The carmaker said the recall covered 1.1 million vehicles, while the regulator "
            "said 2.3 million were affected.",
            ["2.3 million were affected", "the recall covered 1.1 million vehicles"],
        ),
        (
            "About 5,000 people marched through central Warsaw, according to a Reuters "
            "estimate, while organisers said 20,000 had taken part.",
            ["20,000 had taken part", "About 5,000 people marched through central Warsaw"],
        ),
        (
            "The union put turnout at 40%. The ministry said a third of workers had stopped work.",
            ["a third of workers had stopped work", "turnout at 40%"],
        ),
        (
            "The company said fewer than 10% of its staff had joined the walkout. The union "
            "said more than half had.",
            ["fewer than 10% of its staff had joined the walkout", "more than half had"],
        ),
    ],
)
def test_counts_and_shares_at_odds(text: str, expected: list[str]) -> None:
    """Each side of the conflict names the other's claim."""
    assert _contradicted(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # two things befell two groups, each with its own clause
        "The ministry said 2,000 people were evacuated on Monday. The army said 500 were "
        "rescued from rooftops in the flooded villages of the north.",
        # one source's shares of two moments
        "The ministry said 32% of teachers were on strike in the morning and 45% in the afternoon.",
        # one share in two forms
        "The government put turnout at 40%, while the union said turnout was 40 percent.",
        # shares of two things, neither restated
        "The bank said inflation was 5%. The ministry said unemployment was 7%.",
        # a count revised by its own source
        "Police initially said 5,000 people attended, but later raised their estimate to 8,000.",
    ],
)
def test_neighbours_raise_no_conflict(text: str) -> None:
    """No contradiction flag."""
    assert _contradicted(text) == []


def test_share_percent_reads_fractions_without_a_noun() -> None:
    """A percentage as written, a fraction times 100, anything else null."""
    f = pd.DataFrame(
        {
            "kind": ["percent", "cardinal", "cardinal", "cardinal"],
            "value": [40.0, 1 / 3, 0.5, 300.0],
            "unit": ["percent", None, "people", None],
        }
    )
    got = share_percent(f).tolist()
    assert got[0] == 40.0
    assert got[1] == pytest.approx(100 / 3)
    assert pd.isna(got[2])
    assert pd.isna(got[3])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["s1", "s2", "s3"]),
            st.sampled_from([(40.0, "percent"), (0.5, "cardinal"), (1 / 3, "cardinal")]),
            st.sampled_from(["turnout at {}", "{} did", "{} of voters backed it"]),
        ),
        max_size=6,
    ),
    seed=st.randoms(use_true_random=False),
)
def test_row_order_does_not_change_the_rivals(
    rows: list[tuple[str, tuple[float, str], str]], seed: random.Random
) -> None:
    """Shuffling the shares gives each the same rival claim."""
    texts = [t.format("40%" if k == "percent" else "half") for _s, (_v, k), t in rows]
    figures = pd.DataFrame(
        {
            "figure_id": [f"f{i}" for i in range(len(rows))],
            "article_id": "a",
            "claim_id": [f"c{i}" for i in range(len(rows))],
            "source_id": [s for s, _vk, _t in rows],
            "start": [
                50 * i + t.index("40%" if "40%" in t else "half") for i, t in enumerate(texts)
            ],
            "value": pd.Series([v for _s, (v, _k), _t in rows], dtype="float64"),
            "unit": pd.Series(
                ["percent" if k == "percent" else None for _s, (_v, k), _t in rows], dtype=object
            ),
            "kind": [k for _s, (_v, k), _t in rows],
            "approximate": False,
            "text": ["40%" if k == "percent" else "half" for _s, (_v, k), _t in rows],
            "language": "en",
        }
    )
    claims = pd.DataFrame(
        {
            "claim_id": figures["claim_id"],
            "start": [50 * i for i in range(len(rows))],
            "text": texts,
            "cue": "said",
        }
    )
    assert rivals_by_figure(conflicting_share, figures, claims, seed) == rivals_by_figure(
        conflicting_share, figures, claims
    )
