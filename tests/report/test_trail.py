"""The HTML report's figure trail, findings by source and agency, and the all-findings table."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from html.parser import HTMLParser

import pandas as pd

from provenance.findings import CheckResult
from provenance.report import render_html
from provenance.report._trail import build_trail, finding_context, tally


class _Cells(HTMLParser):
    """Text of every table cell under an element with a given id, row by row."""

    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id, self.depth, self.rows = table_id, 0, []  # type: ignore[var-annotated]
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or dict(attrs).get("id") == self.table_id:
            self.depth += 1
            if tag == "tr":
                self.rows.append([])
            elif tag == "td":
                self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if tag == "td" and self.cell is not None:
                self.rows[-1].append("".join(self.cell).strip())
                self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def _rows(page: str, table_id: str) -> list[list[str]]:
    parser = _Cells(table_id)
    parser.feed(page)
    return [r for r in parser.rows if r]


def test_trail_shows_who_said_which_value_when_and_through_whom(feed_result: CheckResult) -> None:
    """One contradicted group: both values, both sources, three agencies, oldest first."""
    trails, total = build_trail(feed_result)
    assert total == 1
    (trail,) = trails
    assert trail.status == "contradicted"
    assert [e.text for e in trail.entries] == ["53,000", "53,000", "30,000", "30,000"]
    assert [e.agency for e in trail.entries] == ["AFP", "AP", "Reuters", "AFP"]
    times = [e.published for e in trail.entries]
    assert times == sorted(t for t in times if t is not None)
    assert trail.sources == 2  # Zelensky relayed twice is one source, the General Staff another
    page = render_html(feed_result)
    rows = _rows(page, "trail-1")
    assert [r[1] for r in rows] == ["53,000", "53,000", "30,000", "30,000"]
    assert [r[3] for r in rows] == ["AFP", "AP", "Reuters", "AFP"]
    assert all(r[0].startswith("2025-06-1") for r in rows)
    assert re.search(r'<div class="trail" id="trail-1">.*?<svg role="img"', page, re.DOTALL)


def test_given_groups_are_used_instead_of_computed_ones(feed_result: CheckResult) -> None:
    """Groups passed in (as the ledger stores them) decide the trail, not the matcher."""
    figures = feed_result.tables.figures
    groups = pd.DataFrame(
        {
            "figure_id": figures["figure_id"].astype(object),
            "group_id": ["grp_a" if "53" in t else "grp_b" for t in figures["text"]],
            "status": "single_source",
        }
    )
    trails, total = build_trail(feed_result, groups)
    assert total == 2
    assert {t.group_id for t in trails} == {"grp_a", "grp_b"}
    assert all({e.text for e in t.entries} == {t.entries[0].text} for t in trails)
    page = render_html(feed_result, figure_groups=groups)
    assert "grp_a" in page
    assert "grp_b" in page
    # A group_id column on the figures table (the ledger's) is read the same way.
    with_column = feed_result.tables.figures.assign(group_id=groups["group_id"].values)
    tables = replace(feed_result.tables, figures=with_column)
    assert build_trail(replace(feed_result, tables=tables))[1] == 2


def test_no_trail_without_dated_matchable_figures(result: CheckResult) -> None:
    """Undated articles give no group; the section says why instead of drawing nothing."""
    assert build_trail(result) == ([], 0)
    assert "No figure could be matched to another" in render_html(result)


def test_tallies_add_up_to_the_findings(result: CheckResult) -> None:
    """Every finding is counted once by source and once by agency, per severity."""
    context = finding_context(result)
    for by in (1, 2):
        tallies, names = tally(context, by)
        assert names == len(tallies)
        assert sum(t.total for t in tallies) == len(result.findings)
        for severity in ("error", "warning", "info"):
            counted = sum(t.by_severity[severity] for t in tallies)
            assert counted == int((result.findings["severity"] == severity).sum())
    agencies = {t.name: t.total for t in tally(context, 2)[0]}
    assert agencies == {"AFP": 5, "Reuters": 1}


def test_all_findings_table_has_every_finding_most_serious_first(result: CheckResult) -> None:
    """One row per finding, severity sort keys ascending, rule and message shown as text."""
    page = render_html(result)
    rows = _rows(page, "all-findings-table")
    assert len(rows) == len(result.findings)
    ranks = [int(k) for k in re.findall(r'<td data-sort="(\d+)">', page)]
    assert ranks == sorted(ranks)
    assert len(ranks) == len(result.findings)
    assert {r[1] for r in rows} == set(result.findings["rule"])


def test_script_is_hashed_and_search_hidden_without_it(result: CheckResult) -> None:
    """The one script is allowed by its hash; the search box is hidden until it runs."""
    import base64
    import hashlib

    page = render_html(result)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy is not None
    assert f"script-src &#39;sha256-{digest}&#39;" in policy.group(1)
    assert '<p class="search" hidden>' in page


def test_hostile_trail_text_stays_text(make_result: Callable[..., CheckResult]) -> None:
    """A source name with markup shows escaped in the trail and the tallies."""
    evil = "<img src=x onerror=alert(1)>"
    result = make_result(source_name=evil)
    groups = pd.DataFrame(
        {"figure_id": ["fig_2"], "group_id": ["<b>grp</b>"], "status": ["contradicted"]}
    )
    page = render_html(result, figure_groups=groups)
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;grp&lt;/b&gt;" in page
