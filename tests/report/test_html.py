"""The HTML report: escaping, self-containment, content, determinism."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from provenance.enums import FailOn
from provenance.findings import CheckResult
from provenance.report import render_html, write_html

EVIL = "<script>alert(1)</script>"


class _Collector(HTMLParser):
    """Collects tags, attributes and script elements of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Collector:
    parser = _Collector()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page(result: CheckResult) -> str:
    """The fixture result rendered once for the read-only tests."""
    return render_html(result)


def test_malicious_headline_and_claim_are_escaped(make_result: Callable[..., CheckResult]) -> None:
    """A script tag in a headline, a claim, a message or a source name is shown, not run."""
    result = make_result(headline=EVIL, claim_text=EVIL, message=EVIL, source_name=EVIL)
    page = render_html(result)
    assert EVIL not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # The only script element is the report's own search-and-sort script, without src.
    assert [attrs for tag, attrs in _parse(page).tags if tag == "script"] == [{}]


def test_no_external_resources(page: str) -> None:
    """Nothing is fetched: no http(s) src/href, no <link>, no <script src>, no @import."""
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", page, re.I)
    assert "@import" not in page
    tags = _parse(page).tags
    assert not [t for t, _ in tags if t in {"link", "img", "iframe", "object"}]
    assert [a for t, a in tags if t == "script"] == [{}]  # inline, hashed in the policy
    for _, attrs in tags:
        href = attrs.get("href")
        assert href is None or href.startswith("#")


def test_page_is_self_contained_with_inline_svg_charts(page: str) -> None:
    """Charts are inline <svg> elements without XML prologue, CSS is inline."""
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg ") == 3
    assert "<?xml" not in page
    assert "<!DOCTYPE svg" not in page
    assert "<style>" in page


def test_contains_every_message_and_rule(page: str, result: CheckResult) -> None:
    """Every finding's rule id and (escaped) message appear in the page."""
    text = "".join(_parse(page).text)
    for rule, message in zip(result.findings["rule"], result.findings["message"], strict=True):
        assert rule in text
        assert message in text


def test_status_counts_and_fail_on(result: CheckResult) -> None:
    """The header says FAIL at --fail-on warning and PASS at --fail-on never."""
    failing = "".join(_parse(render_html(result, fail_on=FailOn.WARNING)).text)
    passing = "".join(_parse(render_html(result, fail_on=FailOn.NEVER)).text)
    assert "FAIL" in failing
    assert "5 findings at or above “warning”" in failing
    assert "PASS" in passing
    assert "FAIL" not in passing


def test_figure_is_marked_inside_its_claim(page: str) -> None:
    """The finding's figure is wrapped in <mark> inside the text of its claim."""
    assert "<mark>about 53,000</mark> Russian soldiers were involved in the Sumy operation" in page


def test_figure_without_claim_is_shown_in_context(page: str) -> None:
    """A figure that belongs to no claim is shown marked inside its surrounding body text."""
    assert "received <mark>1,200</mark> unidentified bodies" in page


def test_contradiction_shows_both_sides(page: str) -> None:
    """A contradiction shows the denying claim, then the claim it contradicts, with sources."""
    start = page.index('id="finding-fnd_1"')
    row = page[start : page.index("</tr>", start)]
    assert "Russian claims that their troops entered the Dnipropetrovsk region" in row
    assert "contradicts" in row
    assert row.index("Volodymyr Zelensky") < row.index("Russian military")


def test_unnamed_supplier_and_sources_listed(page: str) -> None:
    """Photo credits flag the unnamed supplier; sources show kind and affiliation."""
    assert "unnamed supplier" in page
    assert "various sources" in page
    assert "Russian government" in page
    assert "government" in page
    assert "Ukraine" in page


def test_unreadable_inputs_and_outcomes_listed(page: str, result: CheckResult) -> None:
    """Each unreadable input shows its one-line message; each expectation shows its rule."""
    for error in result.errors:
        assert str(error) in page
    for outcome in result.outcomes:
        assert outcome.rule in page
    assert page.count(">failed</span>") == 6


def test_rendering_is_deterministic(result: CheckResult) -> None:
    """Rendering the same result twice gives byte-identical pages."""
    assert render_html(result) == render_html(result)


def test_no_findings_state(clean_result: CheckResult) -> None:
    """A result without findings passes and says so instead of showing an empty table."""
    page = render_html(clean_result)
    text = "".join(_parse(page).text)
    assert "PASS" in text
    assert "No findings" in text
    assert 'class="findings"' not in page


def test_title_and_no_charts(result: CheckResult) -> None:
    """A custom title is escaped into <title> and <h1>; charts=False leaves out the SVG."""
    page = render_html(result, title="Q&A <desk>", charts=False)
    assert "<title>Q&amp;A &lt;desk&gt;</title>" in page
    assert "<svg" not in page


def test_seed_sized_report_is_small(result: CheckResult) -> None:
    """The report of a seed-sized result stays well under 1 MB."""
    assert len(render_html(result).encode("utf-8")) < 1_000_000


def test_write_html(result: CheckResult, tmp_path: Path) -> None:
    """write_html writes the rendered page as UTF-8 and returns its path."""
    target = write_html(result, tmp_path / "report.html")
    assert target.read_text(encoding="utf-8") == render_html(result)


def test_ids_are_unique_and_references_resolve(page: str) -> None:
    """Three inlined SVGs share one id space: no id repeats, every url(#id) exists."""
    ids = [attrs["id"] for _, attrs in _parse(page).tags if attrs.get("id")]
    assert len(ids) == len(set(ids))
    references = set(re.findall(r"url\(#([^)]+)\)", page))
    assert references
    assert references <= set(ids)


def test_charts_are_labelled_for_screen_readers(page: str) -> None:
    """Each chart SVG has role=img and an aria-label that states its numbers."""
    svgs = [attrs for tag, attrs in _parse(page).tags if tag == "svg"]
    assert len(svgs) == 3
    assert all(a.get("role") == "img" and a.get("aria-label") for a in svgs)
    assert "Volodymyr Zelensky: 2 claims" in str(svgs[1]["aria-label"])
