"""Hostile article text in every field, in every format: shown as text, never run or linked."""

from __future__ import annotations

import hashlib
import json
import re
import time
import xml.etree.ElementTree as ET
from base64 import b64encode
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.findings import CheckResult
from provenance.report import (
    render_html,
    render_json,
    render_junit,
    render_markdown,
    write_html,
    write_json,
    write_junit,
    write_markdown,
)
from provenance.report.html import _script
from tests.report._hostile import PAYLOADS, Page, poisoned

_IDS = list(PAYLOADS)
_BIDI_OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Text columns the HTML report shows (articles, credits, sources, claims, findings).
_SHOWN = ("headline", "byline", "dateline", "uri", "agency", "path", "credit_line", "as_written",
          "name", "affiliation", "text", "cue", "message")  # fmt: skip


@pytest.fixture(scope="module", params=_IDS)
def hostile(request: pytest.FixtureRequest, result: CheckResult) -> tuple[str, CheckResult]:
    """The fixture result with one payload in every text cell of every table."""
    payload = PAYLOADS[request.param]
    return payload, poisoned(result, payload)


def _check_html(page: str) -> Page:
    """Assert the structural safety of a page; return it parsed."""
    parsed = Page(page)
    tags = [tag for tag, _ in parsed.tags]
    # One script, the report's own (its hash is in the policy), between its own tags.
    assert tags.count("script") == 1
    assert page.count("<script") == 1
    assert f"<script>{_script()}</script>" in page
    assert "img" not in tags
    assert tags.count("style") == 1
    assert tags.count("svg") <= 3
    for tag, attrs in parsed.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "style" not in attrs, (tag, attrs)
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href")
        assert href is None or href.startswith("#"), (tag, attrs)
    return parsed


def test_html_payloads_in_every_field_stay_text(hostile: tuple[str, CheckResult]) -> None:
    """Script, handler, URL and template payloads in any field add no tag, attribute or link,
    and each field shows the payload as text."""
    payload, result = hostile
    parsed = _check_html(render_html(result))
    text = _BIDI.sub("", "".join(parsed.text))
    shown = _BIDI.sub("", payload)
    if shown.isprintable():  # template payloads included: shown as written, not evaluated
        for column in _SHOWN:
            assert f"{shown} <{column}>" in text, column


def test_html_policy_hashes_its_one_stylesheet(result: CheckResult) -> None:
    """The CSP forbids every load and other script; its style hash is the page's one <style>."""
    page = render_html(result)
    parsed = Page(page)
    metas = [a for t, a in parsed.tags if t == "meta" and a.get("http-equiv")]
    assert [m["http-equiv"] for m in metas] == ["Content-Security-Policy"]
    policy = str(metas[0]["content"])
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    script = b64encode(hashlib.sha256(_script().encode()).digest()).decode()
    assert directives["script-src"] == f"'sha256-{script}'"  # the report's one script only
    assert "unsafe-inline" not in policy
    assert "http" not in policy
    digest = b64encode(hashlib.sha256(parsed.styles[0].encode()).digest()).decode()
    assert directives["style-src"] == f"'sha256-{digest}'"
    assert page.index("Content-Security-Policy") < page.index("<style>")


def test_article_strings_are_isolated(make_result: Callable[..., CheckResult]) -> None:
    """A right-to-left override in a name or headline is closed inside its own <bdi>."""
    rlo = "\u202eevil name"
    page = render_html(make_result(headline=rlo, source_name=rlo, message=rlo))
    for match in re.finditer("\u202e", page):
        before = page.rfind("<bdi>", 0, match.start())
        after = page.find("</bdi>", match.start())
        assert before >= 0
        assert after >= 0
        assert page.rfind("</bdi>", 0, match.start()) < before  # inside the nearest bdi
        assert "\u202c" in page[match.start() : after]  # closed before the bdi ends
    assert page.count("\u202e") >= 4  # headline, message, source in passage and table


def test_chart_labels_carry_no_bidi_controls(make_result: Callable[..., CheckResult]) -> None:
    """SVG text cannot be isolated, so source names lose their bidi controls in charts."""
    page = render_html(make_result(source_name="\u202eVolodymyr\u2067 Zelensky"))
    for svg in re.findall(r"<svg\b.*?</svg>", page, re.S):
        assert not any(c in svg for c in _BIDI_OPENERS)
    assert "Volodymyr Zelensky" in page


def test_markdown_payloads_make_no_link_image_or_html(hostile: tuple[str, CheckResult]) -> None:
    """Rendered with a GFM-style renderer (raw HTML allowed), article text stays text."""
    import mistune

    _, result = hostile
    text = render_markdown(result)
    markdown = mistune.create_markdown(
        escape=False, plugins=["table", "url", "strikethrough", "footnotes"]
    )
    rendered = str(markdown(text))
    assert "<a " not in rendered
    assert "<img" not in rendered
    assert "<script" not in rendered
    assert "<del>" not in rendered
    assert not re.search(
        r"<(?!/?(?:h1|h2|p|strong|code|br|table|thead|tbody|tr|th|td|ul|li)\b)", rendered
    )


def _check_tables(text: str, result: CheckResult) -> None:
    """Every Markdown table row has its header's width; one row per finding and article."""
    lines = text.splitlines()
    expected = {"| severity | kind | rule": len(result.findings),
                "| article_id | headline": len(result.tables.articles)}  # fmt: skip
    for header, count in expected.items():
        start = next(i for i, line in enumerate(lines) if line.startswith(header))
        width = lines[start].count(" | ") + 1
        rows = []
        for line in lines[start + 2 :]:
            if not line.startswith("|"):
                break
            rows.append(line)
        assert len(rows) == count
        for row in rows:
            cells = re.split(r"(?<!\\)\|", row)[1:-1]
            assert len(cells) == width, row


def test_markdown_tables_keep_their_shape(hostile: tuple[str, CheckResult]) -> None:
    """Pipes, newlines and backslashes in any field never add, drop or split a cell or row."""
    _, result = hostile
    _check_tables(render_markdown(result), result)


def test_json_and_junit_parse_back(hostile: tuple[str, CheckResult], tmp_path: Path) -> None:
    """JSON and JUnit written to disk parse back, whatever control or surrogate they got."""
    payload, result = hostile
    data = json.loads(write_json(result, tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(data["findings"]) == len(result.findings)
    root = ET.parse(write_junit(result, tmp_path / "r.xml")).getroot()
    assert root.tag == "testsuites"
    failures = "".join(f.text or "" for f in root.iter("failure"))
    assert "<message>" in failures
    if payload.isprintable():
        assert payload in failures
    assert write_html(result, tmp_path / "r.html").stat().st_size > 0
    assert write_markdown(result, tmp_path / "r.md").stat().st_size > 0


def test_json_keeps_control_characters_as_escapes(result: CheckResult) -> None:
    """Control characters survive the JSON round trip; a lone surrogate becomes U+FFFD."""
    hostile = poisoned(result, "a\x00b\x1b[31m\ud800c")
    data = json.loads(render_json(hostile).encode("utf-8"))
    assert data["findings"][0]["message"] == "a\x00b\x1b[31m\ufffdc <message>"


def test_huge_strings_stay_well_formed(result: CheckResult) -> None:
    """A 2 MB field of mixed hostile text still gives parseable JSON and XML."""
    huge = ("<x>&\x01\ud800]]>" + "é" * 50) * 40_000
    big = poisoned(result, huge)
    assert json.loads(render_json(big))["findings"]
    assert ET.fromstring(render_junit(big).encode("utf-8")).tag == "testsuites"


_any_text = st.text(
    st.characters(codec=None, exclude_categories=()), min_size=1, max_size=40
) | st.sampled_from(list(PAYLOADS.values()))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    payload=_any_text,
    table=st.sampled_from(
        ["articles", "photo_credits", "sources", "claims", "figures", "findings"]
    ),
)
def test_any_text_in_any_field_renders_safely_everywhere(
    result: CheckResult, payload: str, table: str
) -> None:
    """Any unicode (surrogates, controls, bidi) in every text field of a table: all four
    formats render and encode, the HTML adds no active markup, JSON and XML parse back."""
    hostile = poisoned(result, payload, only=table)
    _check_html(render_html(hostile, charts=table in {"sources", "findings"}))
    text = render_markdown(hostile)
    text.encode("utf-8")
    _check_tables(text, hostile)
    json.loads(render_json(hostile).encode("utf-8"))
    ET.fromstring(render_junit(hostile).encode("utf-8"))


@pytest.mark.parametrize(
    "unit",
    ["a", "a@", "[x](", "`", "\u202e", "\x1b[", "http://", "| \n"],
    ids=["word", "mentions", "links", "backticks", "overrides", "escapes", "url", "cells"],
)
def test_text_safety_is_linear(unit: str) -> None:
    """Escaping for Markdown, the terminal and bidi costs linear time on adversarial runs:
    ten times the text costs well under a hundred times the CPU."""
    from provenance.report._text import balance_bidi, terminal_safe
    from provenance.report.markdown import escape_cell

    def cost(size: int) -> float:
        text = unit * (size // len(unit))
        start = time.process_time()
        escape_cell(text)
        terminal_safe(text)
        balance_bidi(text)
        return time.process_time() - start

    cost(10_000)  # warm up
    small, large = cost(50_000), cost(500_000)
    assert large < 40 * max(small, 0.002), (small, large)
