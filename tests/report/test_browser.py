"""The HTML report in a real headless browser: it draws, it logs nothing, nothing injected runs.

Needs Debian's ``chromium`` at /usr/bin/chromium (``.ci/run`` installs it when run as
root on Debian) and the ``playwright`` package (the ``test`` extra); the browser is
never downloaded. Without either, the tests are skipped with the reason.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from provenance.findings import CheckResult
from provenance.report import render_html, write_html
from tests.report._hostile import PAYLOADS, poisoned

CHROMIUM = Path("/usr/bin/chromium")
_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
# Recorded before any of the page's own content runs; init scripts are not subject to
# the page's policy, so they see every violation the page causes.
_WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
});
"""
_ACTIVE = " ".join(
    PAYLOADS[k] for k in ("script", "event", "svg", "attribute", "url", "template", "style", "bidi")
)
SEED = Path(__file__).resolve().parents[2] / "examples" / "afp_putin_trump_talks.txt"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless chromium for the module, or a skip saying what is missing."""
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright not installed (pip install '.[test]')"
    )
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _open(browser: Any, path: Path) -> tuple[Any, list[str]]:
    """Open ``path`` from disk; return the page and what it logged (console errors, crashes)."""
    page = browser.new_page()
    logged: list[str] = []
    page.on(
        "console",
        lambda m: logged.append(f"{m.type}: {m.text}") if m.type in {"error", "warning"} else None,
    )
    page.on("pageerror", lambda e: logged.append(f"pageerror: {e}"))
    page.on("request", lambda r: None if r.url.startswith("file:") else logged.append(r.url))
    page.add_init_script(_WATCH)
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_timeout(200)  # let late violation events arrive
    return page, logged


@pytest.fixture(scope="module")
def seed_result() -> CheckResult:
    """The seed article checked for real (pandas engine): real charts and findings."""
    import provenance

    return provenance.check(provenance.extract(SEED), engine="pandas")


@pytest.mark.parametrize("which", ["hostile", "seed"])
def test_report_draws_cleanly_and_runs_nothing(
    browser: Any, result: CheckResult, seed_result: CheckResult, which: str, tmp_path: Path
) -> None:
    """No console error, CSP violation or request; charts and findings shown; payloads inert."""
    checked = poisoned(result, _ACTIVE) if which == "hostile" else seed_result
    page, logged = _open(browser, write_html(checked, tmp_path / "report.html"))
    try:
        assert logged == []
        assert page.evaluate("window.__violations") == []
        assert page.evaluate("typeof window.__pwned") == "undefined"
        sizes = page.evaluate(
            "[...document.querySelectorAll('#charts svg')].map(s => s.getBoundingClientRect())"
            ".map(r => [r.width, r.height])"
        )
        assert len(sizes) == 3
        assert all(w > 100 and h > 50 for w, h in sizes)
        rows = page.locator("table.findings tbody tr")
        assert rows.count() == len(checked.findings) > 0
        # Only the report's own (hashed) script; nothing injected became an element.
        assert page.locator("script").count() == 1
        assert page.locator("img, iframe, object, embed").count() == 0
        assert page.locator("#all-findings-table tbody tr").count() == len(checked.findings)
        assert page.locator("#all-findings-search").is_visible()  # the script ran
        # The hashed stylesheet applied (the policy allowed it), chart classes included.
        assert page.evaluate(
            "getComputedStyle(document.querySelector('.status')).borderRadius"
        ) == ("6px")
        bars = page.evaluate(
            "getComputedStyle(document.querySelector('#charts svg [class^=findings-s]')).fill"
        )
        assert bars.startswith("rgb")
        if which == "hostile":
            headline = page.locator("h3 bdi").first.inner_text()
            assert "<script>window.__pwned=1</script>" in headline
    finally:
        page.close()


def test_policy_stops_what_escaping_might_miss(
    browser: Any, result: CheckResult, tmp_path: Path
) -> None:
    """Control: markup spliced into the page raw (an escaping bug) is blocked and reported."""
    spliced = render_html(result).replace(
        "<main>",
        '<main><script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">'
        '<p style="display:none" id="styled">x</p>',
        1,
    )
    target = tmp_path / "spliced.html"
    target.write_text(spliced, encoding="utf-8")
    page, _ = _open(browser, target)
    try:
        assert page.evaluate("typeof window.__pwned") == "undefined"
        violations = page.evaluate("window.__violations")
        assert any(v.startswith("script-src") for v in violations)
        assert any(v.startswith("style-src") for v in violations)
        assert page.locator("#styled").is_visible()  # the inline style did not apply
    finally:
        page.close()


def test_trail_search_and_sort_work(browser: Any, feed_result: CheckResult, tmp_path: Path) -> None:
    """Figure trail drawn on a timeline; search filters the findings table, sort reorders it."""
    page, logged = _open(browser, write_html(feed_result, tmp_path / "feed.html"))
    try:
        assert logged == []
        assert page.evaluate("window.__violations") == []
        charts = page.locator("#trail svg")
        assert charts.count() == 1
        box = charts.first.bounding_box()
        assert box is not None
        assert box["width"] > 100
        assert box["height"] > 50
        assert page.locator("#trail-1 tbody tr").count() == 4
        assert page.locator("#by-source table.tally tbody tr").count() >= 1
        rows = page.locator("#all-findings-table tbody tr")
        total = rows.count()
        assert total == len(feed_result.findings) >= 2
        visible = "#all-findings-table tbody tr:not([hidden])"
        page.fill("#all-findings-search", "no finding says this")
        assert page.locator(visible).count() == 0
        assert page.locator("#all-findings-status").inner_text() == f"0 of {total} shown"
        agency_rows = page.evaluate(
            "[...document.querySelectorAll('#all-findings-table tbody tr')]"
            ".map(r => r.cells[4].textContent.trim())"
        )
        page.fill("#all-findings-search", "AP")
        shown = page.locator(visible).count()
        assert 0 < shown <= total
        page.fill("#all-findings-search", "")
        assert page.locator(visible).count() == total

        def column(index: int) -> list[str]:
            return page.evaluate(
                f"[...document.querySelectorAll('#all-findings-table tbody tr')]"
                f".map(r => r.cells[{index}].textContent.trim())"
            )

        agency = page.locator("#all-findings-table thead th").nth(4)
        agency.locator("button").click()
        assert agency.get_attribute("aria-sort") == "ascending"
        assert column(4) == sorted(agency_rows, key=str.casefold)
        agency.locator("button").click()
        assert agency.get_attribute("aria-sort") == "descending"
        assert column(4) == sorted(agency_rows, key=str.casefold, reverse=True)
        assert page.evaluate("window.__violations") == []
        assert logged == []
    finally:
        page.close()


def test_table_is_plain_without_javascript(
    browser: Any, result: CheckResult, tmp_path: Path
) -> None:
    """With JavaScript off the findings table is all there and the search box stays hidden."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(write_html(result, tmp_path / "r.html").resolve().as_uri())
        assert page.locator("#all-findings-table tbody tr").count() == len(result.findings)
        assert not page.locator("#all-findings-search").is_visible()
        assert page.locator("#all-findings-table thead button").count() == 0
    finally:
        context.close()


def test_search_cannot_run_injected_text(browser: Any, result: CheckResult, tmp_path: Path) -> None:
    """Searching and sorting rows full of payloads runs none of them."""
    checked = poisoned(result, _ACTIVE)
    page, logged = _open(browser, write_html(checked, tmp_path / "hostile.html"))
    try:
        page.fill("#all-findings-search", "<script>")
        for index in range(7):
            page.locator("#all-findings-table thead th button").nth(index).click()
        page.fill("#all-findings-search", "")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("window.__violations") == []
        assert logged == []
    finally:
        page.close()
