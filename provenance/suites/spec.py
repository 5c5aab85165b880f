"""Expectation suites as plain data, read from GX suite JSON without importing GX.

A suite file is a Great Expectations 1.x suite (``name``, ``meta``,
``expectations``) restricted to built-in expectation types over the columns
that :func:`provenance.rules.views.rule_views` computes. Each expectation
carries GX's own ``severity`` (critical, warning, info) and, in ``meta``, the
stable ``rule`` id, the finding ``kind`` and a ``message`` template whose
``{fields}`` are columns of the view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.enums import FindingKind, Severity
from provenance.errors import SuiteError
from provenance.rules.views import VIEW_IDS

__all__ = ["SUPPORTED_TYPES", "ExpectationSpec", "SuiteSpec", "load_suite", "load_suites"]

#: Expectation types both engines run (all are GX built-ins).
SUPPORTED_TYPES = frozenset(
    {
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_not_be_in_set",
        "expect_column_values_to_be_null",
        "expect_column_values_to_not_be_null",
    }
)

_SEVERITIES = {"critical": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


@dataclass(frozen=True, slots=True)
class ExpectationSpec:
    """One expectation of a suite, with what its failures mean."""

    type: str
    kwargs: dict[str, Any]
    severity: Severity
    rule: str
    kind: FindingKind
    message: str
    description: str
    related_column: str | None
    raw: dict[str, Any]

    @property
    def column(self) -> str:
        """The column the expectation checks."""
        return str(self.kwargs["column"])


@dataclass(frozen=True, slots=True)
class SuiteSpec:
    """A suite: its name, the view it runs on and its expectations."""

    name: str
    table: str
    expectations: tuple[ExpectationSpec, ...]
    raw: dict[str, Any]
    path: str

    @property
    def id_column(self) -> str:
        """The column that identifies a row of the view (the finding's subject)."""
        return VIEW_IDS[self.table]


def _expectation(raw: dict[str, Any], where: str) -> ExpectationSpec:
    meta = raw.get("meta") or {}
    etype = raw.get("type")
    if etype not in SUPPORTED_TYPES:
        raise SuiteError(
            f"{where}: expectation type {etype!r} is not supported; "
            f"use one of {', '.join(sorted(SUPPORTED_TYPES))}"
        )
    if "column" not in (raw.get("kwargs") or {}):
        raise SuiteError(f"{where}: kwargs.column is required")
    severity = raw.get("severity", "critical")
    if severity not in _SEVERITIES:
        raise SuiteError(f"{where}: severity {severity!r} is not one of critical, warning, info")
    for key in ("rule", "kind", "message"):
        if key not in meta:
            raise SuiteError(f"{where}: meta.{key} is required")
    try:
        kind = FindingKind(meta["kind"])
    except ValueError:
        allowed = ", ".join(k.value for k in FindingKind)
        raise SuiteError(f"{where}: meta.kind {meta['kind']!r} is not one of {allowed}") from None
    return ExpectationSpec(
        type=str(etype),
        kwargs=dict(raw["kwargs"]),
        severity=_SEVERITIES[severity],
        rule=str(meta["rule"]),
        kind=kind,
        message=str(meta["message"]),
        description=str(raw.get("description") or ""),
        related_column=meta.get("related_column"),
        raw=raw,
    )


def load_suite(path: Path) -> SuiteSpec:
    """Read one suite file.

    Raises:
        SuiteError: the file is missing, not JSON, or not a suite we can run.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SuiteError(f"cannot read suite {path}: {exc}") from exc
    if not isinstance(raw, dict) or "expectations" not in raw or "name" not in raw:
        raise SuiteError(f"{path}: not a GX expectation suite (needs 'name' and 'expectations')")
    table = (raw.get("meta") or {}).get("table")
    if table not in VIEW_IDS:
        raise SuiteError(f"{path}: meta.table must be one of {', '.join(VIEW_IDS)}, got {table!r}")
    expectations = tuple(
        _expectation(e, f"{path} expectation {i}") for i, e in enumerate(raw["expectations"])
    )
    return SuiteSpec(
        name=str(raw["name"]), table=table, expectations=expectations, raw=raw, path=str(path)
    )


def load_suites(directory: Path | None = None) -> tuple[SuiteSpec, ...]:
    """Read every ``*.json`` suite in a directory (the bundled suites by default).

    Example:
        >>> [s.name for s in load_suites()]
        ['articles', 'claims', 'figures', 'photo_credits']

    Raises:
        SuiteError: the directory is missing or holds an invalid suite.
    """
    if directory is None:
        from provenance._resources import data_dir

        directory = data_dir("expectations")
    if not directory.is_dir():
        raise SuiteError(f"suite directory {directory} does not exist")
    return tuple(load_suite(p) for p in sorted(directory.glob("*.json")))
