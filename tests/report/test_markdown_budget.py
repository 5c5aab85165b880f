"""The Markdown report fits a pull-request comment (under 65,000 characters) whatever the input."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.findings import FINDING_COLUMNS, CheckResult
from provenance.report import render_markdown
from provenance.report.markdown import MAX_CHARS

_NOTE = re.compile(r"_(\d+) of (\d+) findings \(most serious first\) shown; (\d+) left out")


def _many(result: CheckResult, count: int, message: str, rule: str) -> CheckResult:
    """``result`` with ``count`` findings, severities cycling, all with ``message``."""
    severities = ["info", "warning", "error"]
    rows = [
        {
            "finding_id": f"fnd_{i}",
            "rule": rule,
            "kind": "unverified",
            "severity": severities[i % 3],
            "article_id": "art_1",
            "claim_id": "clm_2",
            "figure_id": None,
            "related_claim_id": None,
            "photo_id": None,
            "message": f"{i} {message}",
        }
        for i in range(count)
    ]
    findings = pd.DataFrame(rows, columns=list(FINDING_COLUMNS)).astype("string")
    return replace(result, findings=findings)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    count=st.integers(min_value=0, max_value=3000),
    message=st.text(max_size=50).map(lambda s: s * 400) | st.sampled_from(["|&<`\n" * 5000, ""]),
    rule=st.text(min_size=1, max_size=20).map(lambda s: s * 100),
    headline=st.text(max_size=20).map(lambda s: s * 5000),
)
def test_markdown_stays_under_the_comment_limit(
    make_result: Callable[..., CheckResult], count: int, message: str, rule: str, headline: str
) -> None:
    """Any number of findings with any huge text: under the limit, and the rest is counted."""
    base = make_result(headline=headline, claim_text=message * 3 or None)
    result = _many(base, count, message, rule)
    text = render_markdown(result, title=headline)
    assert len(text) < MAX_CHARS
    rows = list(text.split("\n## Findings\n", 1)[1].split("\n## ")[0].splitlines())
    body = [r for r in rows if r.startswith("| ") and not r.startswith("| severity |")]
    note = _NOTE.search(text)
    if note is None:
        assert len(body) == count or (count == 0 and "No findings." in text)
    else:
        shown, total, left = map(int, note.groups())
        assert (shown, total) == (len(body), count)
        assert shown + left == count
        assert left > 0


def test_most_serious_findings_come_first(result: CheckResult) -> None:
    """When findings are left out, those kept are the most serious ones."""
    big = _many(result, 5000, "x" * 250, "claim.hedged")
    text = render_markdown(big)
    note = _NOTE.search(text)
    assert note is not None
    assert int(note.group(1)) < 5000
    severities = [
        line.split(" | ")[0][2:] for line in text.splitlines() if "| claim.hedged |" in line
    ]
    assert set(severities) == {"error"}  # 1,667 errors do not all fit: no warning shown
    assert len(text) < MAX_CHARS


def test_small_reports_keep_every_row(result: CheckResult) -> None:
    """A report that fits says nothing is left out."""
    assert "left out" not in render_markdown(result)
