"""Property tests: any text renders, and text with '<' never appears unescaped."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from provenance.findings import CheckResult
from provenance.report import render_html, render_markdown
from provenance.report._data import xml_safe
from provenance.report._text import balance_bidi
from provenance.report.markdown import escape_cell

# Plain text, and text that looks like a tag no template uses ("<zz..."), so that
# finding it verbatim in the output can only mean it was not escaped.
_plain = st.text(min_size=1, max_size=60).filter(lambda s: s.strip() != "")
_text = _plain | st.text(max_size=40).map(lambda s: f"<zz {s}>")
_settings = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@_settings
@given(headline=_text, claim=_text, message=_text)
def test_html_never_raises_nor_leaks_markup(
    make_result: Callable[..., CheckResult], headline: str, claim: str, message: str
) -> None:
    """render_html accepts any text, shows it escaped, never verbatim when it has '<'."""
    page = render_html(
        make_result(headline=headline, claim_text=claim, message=message), charts=False
    )
    for text in (headline, claim, message):
        # Shown isolated in a <bdi>, embeddings closed, without characters HTML cannot carry.
        assert f"<bdi>{xml_safe(str(escape(balance_bidi(text))))}</bdi>" in page
        if text.startswith("<zz "):  # a bare "<" occurs in any page; a fake tag must not
            assert text not in page


@_settings
@given(headline=_text, claim=_text, message=_text)
def test_markdown_never_raises_nor_leaks_markup(
    make_result: Callable[..., CheckResult], headline: str, claim: str, message: str
) -> None:
    """render_markdown accepts any text, one table row per finding, no raw '<'."""
    result = make_result(headline=headline, claim_text=claim, message=message)
    text = render_markdown(result)
    for value in (headline, claim, message):
        assert escape_cell(value) in text
        if value.startswith("<zz "):
            assert value not in text
    findings = [line for line in text.splitlines() if line.startswith("| ") and "| art_" in line]
    assert len(findings) == len(result.findings) + len(result.tables.articles)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_text)
def test_charts_accept_any_source_name(make_result: Callable[..., CheckResult], name: str) -> None:
    """Source names reach the chart labels: any text renders, '<' stays escaped in the SVG."""
    page = render_html(make_result(source_name=name))
    assert page.count("<svg ") == 3
    if "<" in name:
        assert name not in page
