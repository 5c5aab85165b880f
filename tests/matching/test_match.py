"""Figures matched across articles: grouping, tolerance, independence of sources."""

from __future__ import annotations

from pathlib import Path

import pytest

import provenance
from provenance.matching import MATCH_COLUMNS, MatchSettings, match_figures
from tests.matching.helpers import Said, match, tables

STORIES = Path(__file__).resolve().parent.parent / "fixtures" / "matching"
STORY_FILES = sorted(STORIES.glob("*.json"))
KURSK = "{} Russian soldiers had been killed in the Kursk region."


def test_done_when_four_stories_three_agencies() -> None:
    """Two sources disagree: both contradicted; Zelensky relayed by three agencies counts once."""
    t = provenance.extract(STORY_FILES)
    assert not t.errors
    assert set(t.articles["agency"]) == {"AFP", "AP", "Reuters"}
    m = match_figures(t.figures, t.claims, t.sources, t.articles)
    assert list(m.columns) == list(MATCH_COLUMNS)
    soldiers = m[m["unit_key"] == "russian soldier"].join(
        t.figures[["value", "source_id", "agency"]]
    )
    assert len(soldiers) == 4
    assert soldiers["group_id"].nunique() == 1
    assert set(soldiers["status"]) == {"contradicted"}
    assert soldiers["source_id"].nunique() == 2
    assert soldiers["agreeing_sources"].tolist() == [1, 1, 1, 1]
    assert soldiers["disagreeing_sources"].tolist() == [1, 1, 1, 1]
    zelensky = soldiers[soldiers["value"] == 53_000]
    assert set(zelensky["agency"]) == {"AFP", "AP", "Reuters"}
    assert zelensky["source_id"].nunique() == 1


def test_done_when_without_the_dissenting_source_is_single_source() -> None:
    """Without the General Staff's story, Zelensky's figure has one source, however relayed."""
    t = provenance.extract([p for p in STORY_FILES if "general" not in p.name])
    m = match_figures(t.figures, t.claims, t.sources, t.articles)
    soldiers = m[m["unit_key"] == "russian soldier"]
    assert len(soldiers) == 3
    assert set(soldiers["status"]) == {"single_source"}
    assert set(soldiers["agreeing_sources"]) == {1}
    assert set(soldiers["disagreeing_sources"]) == {0}


def test_independent_sources_corroborate() -> None:
    """Two different sources giving the same exact count corroborate each other."""
    m = match(
        [
            Said(KURSK.format("30,000"), "Ukrainian General Staff", "Reuters"),
            Said(KURSK.format("30,000"), "Institute for the Study of War", "AP"),
            Said(KURSK.format("30,000"), "Institute for the Study of War", "AFP"),
        ]
    )
    assert set(m["status"]) == {"corroborated"}
    assert set(m["agreeing_sources"]) == {2}


def test_narrator_counts_as_its_agency() -> None:
    """An agency's own figure (the agency is the source) is one source per agency."""
    m = match(
        [
            Said(KURSK.format("30,000"), "AFP", "AFP"),
            Said(KURSK.format("30,000"), "AFP", "AFP", day="2025-08-20"),
            Said(KURSK.format("30,000"), "AP", "AP"),
        ]
    )
    assert set(m["agreeing_sources"]) == {2}


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("53,000", "53,000", True),
        ("53,000", "53,100", False),  # exact counts must agree exactly
        ("about 53,000", "50,000", True),  # "about" widens by the tolerance (10%)
        ("about 53,000", "45,000", False),
        ("some 53,000", "around 57,000", True),
        ("nearly 200", "190", True),  # "nearly 200" is below 200, not above
        ("nearly 200", "210", False),
        ("just over 50", "54", True),
        ("just over 50", "49", False),
        ("more than 1,000", "1,500", True),  # a bound is an interval open on one side
        ("more than 1,000", "900", False),
        ("up to 30,000", "25,000", True),
        ("up to 30,000", "53,000", False),
        ("between 10 and 20", "15", True),
        ("between 10 and 20", "25", False),
        ("more than 1,000", "up to 2,000", True),
        ("more than 3,000", "fewer than 2,000", False),
    ],
)
def test_tolerance(first: str, second: str, agree: bool) -> None:
    """Two sources' figures agree exactly when their intervals overlap."""
    m = match(
        [
            Said(KURSK.format(first.capitalize()), "Source A"),
            Said(KURSK.format(second.capitalize()), "Source B", "AP"),
        ]
    )
    assert m["group_id"].nunique() == 1, m
    expected = "corroborated" if agree else "contradicted"
    assert list(m["status"]) == [expected, expected]
    assert list(m["agreeing_sources"]) == ([2, 2] if agree else [1, 1])
    assert list(m["disagreeing_sources"]) == ([0, 0] if agree else [1, 1])


@pytest.mark.parametrize(
    ("other", "day"),
    [
        ("53,000 Ukrainian soldiers had been killed in the Kursk region.", "2025-08-19"),
        ("53,000 Russian civilians had been killed in the Kursk region.", "2025-08-19"),
        ("53,000 Russian soldiers had been killed in the Sumy region.", "2025-08-19"),
        ("53,000 Russian soldiers had been wounded in the Kursk region.", "2025-08-19"),
        ("53,000 Russian soldiers had been killed in the Kursk region.", "2025-09-02"),
        ("53 percent of Russian soldiers had been killed in the Kursk region.", "2025-08-19"),
    ],
    ids=["other-unit-modifier", "other-unit", "other-place", "other-event", "far-date", "percent"],
)
def test_neighbours_that_must_not_match(other: str, day: str) -> None:
    """A different unit, place, event, week or kind is another quantity: no contradiction."""
    m = match([Said(KURSK.format("30,000"), "Source A"), Said(other, "Source B", "AP", day)])
    assert m["group_id"].nunique() == 2
    assert set(m["status"]) == {"single_source"}


def test_unmatchable_figures_are_unverified() -> None:
    """A year, a figure with no counted unit or an undated article cannot be matched."""
    m = match([Said("The war began in 2022, and 30,000 were killed in Kursk.", "Source A")])
    year = m[m["kind"] == "year"]
    assert list(year["status"]) == ["unverified"]
    assert year["group_id"].isna().all()
    assert year["agreeing_sources"].isna().all()


def test_figures_without_place_or_event_are_not_matched() -> None:
    """Bare numbers of a unit in one week ("30,000 employees") are not one quantity."""
    m = match(
        [
            Said("The company said it had 30,000 employees.", "Source A"),
            Said("The bank said it had 12,000 employees.", "Source B", "AP"),
            Said("12,000 employees were killed.", "Source C", "AP"),
        ]
    )
    assert list(m["status"]) == ["unverified"] * 3
    loose = MatchSettings(needs_place=False, needs_event=False)
    figures, claims, sources, articles = tables(
        [Said("It had 30,000 employees.", "A"), Said("It had 12,000 employees.", "B")]
    )
    assert set(match_figures(figures, claims, sources, articles, loose)["status"]) == {
        "contradicted"
    }


def test_undated_article_is_unverified() -> None:
    """The seed (plain text without a date) cannot be placed in a time window."""
    t = provenance.extract(
        Path(__file__).resolve().parents[2] / "examples" / "afp_putin_trump_talks.txt"
    )
    m = match_figures(t.figures, t.claims, t.sources, t.articles)
    assert set(m["status"]) == {"unverified"}
    assert m.index.equals(t.figures.index)


def test_empty_tables() -> None:
    """No figures give an empty result with the same columns."""
    t = provenance.extract(STORIES / "ap_zelensky.json")
    m = match_figures(t.figures.iloc[:0], t.claims, t.sources, t.articles)
    assert list(m.columns) == list(MATCH_COLUMNS)
    assert m.empty
