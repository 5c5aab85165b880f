"""Every writer copes with empty tables, plain object columns and broken offsets."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace

import pandas as pd
import pytest

from provenance.errors import ReadError
from provenance.findings import CheckResult
from provenance.report import render_html, render_json, render_junit, render_markdown
from provenance.tables.bundle import Tables


def _empty_result() -> CheckResult:
    empty = pd.DataFrame()
    return CheckResult(
        tables=Tables(empty, empty, empty, empty, empty),
        findings=pd.DataFrame(),
        errors=(ReadError("a.bin", "binary file", "pass --format"),),
        inputs=("a.bin",),
    )


def _as_objects(result: CheckResult) -> CheckResult:
    tables = Tables(*(frame.astype(object) for _, frame in result.tables.items()))
    return replace(result, tables=tables, findings=result.findings.astype(object))


def test_nothing_readable_renders_everywhere() -> None:
    """When every input is unreadable, each format still renders and names the input."""
    result = _empty_result()
    page = render_html(result)
    assert "a.bin: binary file; pass --format" in page
    assert "<svg" not in page
    assert "No findings" in render_markdown(result)
    assert json.loads(render_json(result))["summary"]["unreadable_inputs"] == 1
    assert ET.fromstring(render_junit(result)).get("errors") == "1"


@pytest.mark.parametrize("convert", [_as_objects, lambda r: r], ids=["object", "nullable"])
def test_object_and_nullable_columns_render_alike(
    result: CheckResult, convert: Callable[[CheckResult], CheckResult]
) -> None:
    """Object columns with None/NaN give the same JSON as nullable extension dtypes."""
    assert render_json(convert(result)) == render_json(result)
    assert render_html(convert(result), charts=False) == render_html(result, charts=False)


def test_unusable_offsets_fall_back_to_finding_the_figure(result: CheckResult) -> None:
    """With claim offsets missing, the figure is still marked by searching the claim text."""
    claims = result.tables.claims.copy()
    claims["start"] = pd.array([None] * len(claims), dtype="Int64")
    broken = replace(result, tables=replace(result.tables, claims=claims))
    page = render_html(broken, charts=False)
    assert "<mark>about 53,000</mark> Russian soldiers" in page


def test_unknown_severity_is_counted_not_dropped(result: CheckResult) -> None:
    """A severity outside the enum is counted under its own name and does not crash."""
    findings = result.findings.copy()
    findings.loc[0, "severity"] = "critical"
    odd = replace(result, findings=findings)
    summary = json.loads(render_json(odd))["summary"]
    assert summary["by_severity"]["critical"] == 1
    assert sum(summary["by_severity"].values()) == len(findings)
    assert "critical" in render_html(odd, charts=False)


def test_long_body_context_is_cut_with_ellipsis(make_result: Callable[..., CheckResult]) -> None:
    """A figure in a very long sentence is shown with a bounded, ellipsised context."""
    result = make_result()
    articles = result.tables.articles.copy()
    filler = "word " * 200
    body = str(articles.loc[0, "body"])
    articles.loc[0, "body"] = body.replace("Under the", filler + "Under the", 1)
    figures = result.tables.figures.copy()
    shift = len(filler)
    figures.loc[0, "start"] += shift
    figures.loc[0, "end"] += shift
    long = replace(result, tables=replace(result.tables, articles=articles, figures=figures))
    page = render_html(long, charts=False)
    start = page.index('id="finding-fnd_5"')
    row = page[start : page.index("</tr>", start)]
    assert "…word" in row
    assert "<mark>1,200</mark>" in row
    assert row.count("word") < 40


def test_sentence_context_keeps_the_first_character() -> None:
    """A figure in the body's first sentence is shown from the body's first character."""
    from provenance.report._view import _sentence

    body = "About 5 people came. Then more."
    assert _sentence(body, 6, 7) == (0, 20, False, False)
    assert body[:20] == "About 5 people came."
