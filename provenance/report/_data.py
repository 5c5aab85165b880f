"""Plain-Python views of a :class:`CheckResult` shared by every report writer.

Writers never touch pandas directly: they work on rows produced here, in which
missing values (``None``, ``pd.NA``, ``NaN``, ``NaT``) are ``None`` and numpy
scalars are Python scalars. pandas is imported inside the functions, so that
importing :mod:`provenance.report` stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from provenance.enums import FailOn, FindingKind, Severity
from provenance.report._text import scrub
from provenance.tables.io import records

if TYPE_CHECKING:
    from provenance.findings import CheckResult

__all__ = [
    "Row",
    "Summary",
    "as_float",
    "as_int",
    "as_text",
    "records",
    "severity_rank",
    "summarize",
    "xml_safe",
]

Row = dict[str, object]

# Characters XML 1.0 cannot carry at all, not even escaped.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def as_text(row: Row, key: str) -> str | None:
    """``row[key]`` as a string, or ``None`` when it is missing or blank."""
    value = row.get(key)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


def as_int(row: Row, key: str) -> int | None:
    """``row[key]`` as an int, or ``None`` when it is missing or not a number."""
    value = row.get(key)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def as_float(row: Row, key: str) -> float | None:
    """``row[key]`` as a float, or ``None`` when it is missing or not a number."""
    value = row.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def severity_rank(severity: str | None) -> int:
    """0 for error, 1 warning, 2 info, 3 for anything else: the order findings are shown in.

    Example:
        >>> [severity_rank(s) for s in ("error", "info", "bogus", None)]
        [0, 2, 3, 3]
    """
    known = {s.value: s.rank for s in Severity}
    return known.get(severity or "", len(known))


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot represent.

    Unpaired surrogates (which no UTF-8 file can hold) become U+FFFD.

    Example:
        >>> xml_safe("a\\x00b\\ud800")
        'ab\\ufffd'
    """
    return _XML_INVALID.sub("", scrub(text))


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts every report starts with.

    Attributes:
        failed: whether a finding reaches ``fail_on``.
        fail_on: the threshold the status was computed against.
        findings: the number of findings.
        reaching: how many findings reach ``fail_on`` (0 when the status is "pass").
        by_severity: findings per severity, every severity present, most serious first.
        by_kind: findings per kind, every kind present.
        tables: rows per table, in canonical table order.
        expectations: how many expectations ran.
        expectations_failed: how many did not hold.
        unreadable: how many inputs could not be read.
    """

    failed: bool
    fail_on: FailOn
    findings: int
    reaching: int
    by_severity: dict[str, int]
    by_kind: dict[str, int]
    tables: dict[str, int]
    expectations: int
    expectations_failed: int
    unreadable: int

    @property
    def status(self) -> str:
        """``"fail"`` or ``"pass"``."""
        return "fail" if self.failed else "pass"


def summarize(result: CheckResult, fail_on: FailOn) -> Summary:
    """Count findings, rows and outcomes of ``result`` against ``fail_on``.

    Unknown severities or kinds in the findings table are counted under their own
    name rather than dropped, so totals always add up.

    Example:
        >>> summarize(result, FailOn.WARNING).status  # doctest: +SKIP
        'fail'
    """
    findings = records(result.findings)
    by_severity = {s.value: 0 for s in Severity}
    by_kind = {k.value: 0 for k in FindingKind}
    known = {s.value for s in Severity}
    reaching = 0
    for row in findings:
        severity = as_text(row, "severity") or "unknown"
        kind = as_text(row, "kind") or "unknown"
        by_severity[severity] = by_severity.get(severity, 0) + 1
        by_kind[kind] = by_kind.get(kind, 0) + 1
        if severity in known and fail_on.reached_by(Severity(severity)):
            reaching += 1
    return Summary(
        failed=reaching > 0,
        fail_on=fail_on,
        findings=len(findings),
        reaching=reaching,
        by_severity=by_severity,
        by_kind=by_kind,
        tables={name: len(frame) for name, frame in result.tables.items()},
        expectations=len(result.outcomes),
        expectations_failed=sum(1 for o in result.outcomes if not o.success),
        unreadable=len(result.errors),
    )
