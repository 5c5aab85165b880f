"""The JUnit XML report, for CI systems that display test results.

One ``<testsuite>`` per expectation suite with one ``<testcase>`` per
expectation outcome; a failed expectation carries a ``<failure>`` listing the
messages of its findings. A last ``<testsuite name="inputs">`` has one
``<testcase>`` with an ``<error>`` per unreadable input. Built with
:mod:`xml.etree.ElementTree`, which escapes text and attributes; characters XML
cannot carry at all are dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.report._data import as_text, records, xml_safe

if TYPE_CHECKING:
    from provenance.findings import CheckResult, ExpectationOutcome

__all__ = ["render_junit", "write_junit"]

_MAX_MESSAGES = 200  # per failure; the rest is counted, not listed


def _messages(result: CheckResult) -> dict[str, list[str]]:
    by_rule: dict[str, list[str]] = {}
    for row in records(result.findings):
        rule = as_text(row, "rule")
        if rule is None:
            continue
        where = as_text(row, "claim_id") or as_text(row, "figure_id") or as_text(row, "photo_id")
        prefix = "/".join(p for p in (as_text(row, "article_id"), where) if p)
        message = as_text(row, "message") or ""
        by_rule.setdefault(rule, []).append(f"{prefix}: {message}" if prefix else message)
    return by_rule


def _testcase(suite: ET.Element, outcome: ExpectationOutcome, messages: list[str]) -> None:
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "classname": xml_safe(f"{outcome.suite}.{outcome.table}.{outcome.column}"),
            "name": xml_safe(outcome.rule),
        },
    )
    if outcome.exception:
        error = ET.SubElement(
            case, "error", {"type": "engine", "message": xml_safe(outcome.exception)}
        )
        error.text = xml_safe(outcome.exception)
    elif not outcome.success:
        summary = (
            f"{outcome.unexpected_count} of {outcome.element_count} rows failed "
            f"{outcome.expectation_type} ({outcome.severity.value})"
        )
        failure = ET.SubElement(
            case, "failure", {"type": xml_safe(outcome.rule), "message": xml_safe(summary)}
        )
        lines = messages[:_MAX_MESSAGES]
        if len(messages) > len(lines):
            lines.append(f"... and {len(messages) - len(lines)} more")
        failure.text = xml_safe("\n".join([outcome.description or summary, *lines]))


def render_junit(result: CheckResult) -> str:
    """Render ``result``'s expectation outcomes and unreadable inputs as JUnit XML.

    Example:
        >>> import xml.etree.ElementTree as ET
        >>> ET.fromstring(render_junit(result)).tag  # doctest: +SKIP
        'testsuites'
    """
    messages = _messages(result)
    root = ET.Element("testsuites", {"name": "provenance"})
    suites: dict[str, list[ExpectationOutcome]] = {}
    for outcome in result.outcomes:
        suites.setdefault(outcome.suite, []).append(outcome)
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for name, outcomes in suites.items():
        failures = sum(1 for o in outcomes if not o.success and not o.exception)
        errors = sum(1 for o in outcomes if o.exception)
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": xml_safe(name),
                "tests": str(len(outcomes)),
                "failures": str(failures),
                "errors": str(errors),
                "skipped": "0",
            },
        )
        for outcome in outcomes:
            _testcase(suite, outcome, messages.get(outcome.rule, []))
        totals["tests"] += len(outcomes)
        totals["failures"] += failures
        totals["errors"] += errors
    inputs = ET.SubElement(
        root,
        "testsuite",
        {
            "name": "inputs",
            "tests": str(len(result.errors)),
            "failures": "0",
            "errors": str(len(result.errors)),
            "skipped": "0",
        },
    )
    for err in result.errors:
        case = ET.SubElement(
            inputs, "testcase", {"classname": "inputs", "name": xml_safe(err.path)}
        )
        error = ET.SubElement(case, "error", {"type": "unreadable", "message": xml_safe(str(err))})
        error.text = xml_safe(err.hint or err.reason)
    totals["tests"] += len(result.errors)
    totals["errors"] += len(result.errors)
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def write_junit(result: CheckResult, path: str | Path) -> Path:
    """Write :func:`render_junit`'s XML to ``path`` (UTF-8) and return the path.

    Raises:
        OSError: if the file cannot be written.

    Example:
        >>> write_junit(result, "junit.xml")  # doctest: +SKIP
        PosixPath('junit.xml')
    """
    target = Path(path)
    target.write_text(render_junit(result), encoding="utf-8")
    return target
