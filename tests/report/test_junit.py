"""The JUnit XML report."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from provenance.findings import CheckResult
from provenance.report import render_junit, write_junit


def test_parses_with_one_failure_per_failed_outcome(result: CheckResult) -> None:
    """Every failed outcome is one <failure>; suites follow the outcomes' suite names."""
    root = ET.fromstring(render_junit(result))
    assert root.tag == "testsuites"
    names = [s.get("name") for s in root.iter("testsuite")]
    assert names == ["claims", "figures", "credits", "articles", "inputs"]
    failed = [o for o in result.outcomes if not o.success]
    assert len(root.findall(".//failure")) == len(failed)
    assert root.get("failures") == str(len(failed))
    assert root.get("tests") == str(len(result.outcomes) + len(result.errors))


def test_failure_carries_finding_messages(result: CheckResult) -> None:
    """A failure lists the messages of the findings with its rule."""
    root = ET.fromstring(render_junit(result))
    case = root.find(".//testcase[@name='claim.hedged']")
    assert case is not None
    failure = case.find("failure")
    assert failure is not None
    assert "hedged ('could possibly')" in (failure.text or "")


def test_unreadable_inputs_are_errors(result: CheckResult) -> None:
    """The "inputs" suite has one <error> per unreadable input, with its message."""
    root = ET.fromstring(render_junit(result))
    suite = root.find("testsuite[@name='inputs']")
    assert suite is not None
    errors = suite.findall(".//error")
    assert [e.get("message") for e in errors] == [str(e) for e in result.errors]


def test_hostile_text_is_escaped(make_result: Callable[..., CheckResult]) -> None:
    """Markup and control characters in messages still give well-formed XML."""
    message = '<b>x</b> & "y" \x00\x1b end'
    root = ET.fromstring(render_junit(make_result(message=message)))
    text = "".join(f.text or "" for f in root.iter("failure"))
    assert '<b>x</b> & "y"  end' in text


def test_passing_result(clean_result: CheckResult) -> None:
    """Without failures there is no <failure> element."""
    root = ET.fromstring(render_junit(clean_result))
    assert root.findall(".//failure") == []


def test_write_junit(result: CheckResult, tmp_path: Path) -> None:
    """write_junit writes parseable XML."""
    path = write_junit(result, tmp_path / "junit.xml")
    assert ET.parse(path).getroot().tag == "testsuites"
