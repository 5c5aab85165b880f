"""The JSON report: valid JSON, counts, nulls, stable order."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from provenance.enums import FailOn
from provenance.findings import FINDING_COLUMNS, CheckResult
from provenance.report import render_json, write_json


def test_round_trips_with_counts(result: CheckResult) -> None:
    """json.loads reads it back; the summary counts match the findings table."""
    data = json.loads(render_json(result))
    assert list(data) == ["summary", "findings", "outcomes", "errors", "inputs"]
    summary = data["summary"]
    assert summary["status"] == "fail"
    assert summary["fail_on"] == "warning"
    assert summary["findings"] == len(result.findings) == len(data["findings"])
    assert summary["by_severity"] == {"error": 1, "warning": 4, "info": 1}
    assert summary["by_kind"] == {
        "unverified": 2,
        "contradiction": 1,
        "uncorroborated": 2,
        "integrity": 1,
    }
    assert summary["expectations_failed"] == 6
    assert summary["tables"]["claims"] == 6


def test_missing_values_are_null(result: CheckResult) -> None:
    """NA cells become null and keys follow FINDING_COLUMNS."""
    finding = json.loads(render_json(result))["findings"][0]
    assert list(finding) == list(FINDING_COLUMNS)
    assert finding["figure_id"] is None
    assert finding["photo_id"] is None
    assert finding["related_claim_id"] == "clm_3"


def test_nan_and_timestamps(result: CheckResult) -> None:
    """NaN never leaks (allow_nan=False would raise), timestamps are ISO 8601."""
    findings = result.findings.copy()
    findings["score"] = pd.array([float("nan"), 1.5, None, 2.0, 3.0, 4.0], dtype="Float64")
    findings["seen"] = pd.to_datetime(["2025-06-14T16:03:00Z", None, None, None, None, None])
    text = render_json(
        CheckResult(tables=result.tables, findings=findings, outcomes=result.outcomes)
    )
    assert "NaN" not in text
    first = json.loads(text)["findings"][0]
    assert first["score"] is None
    assert first["seen"] == "2025-06-14T16:03:00+00:00"


def test_outcomes_errors_inputs(result: CheckResult) -> None:
    """Outcomes carry their severity as a string; errors their path, reason and hint."""
    data = json.loads(render_json(result, fail_on=FailOn.ERROR))
    assert data["summary"]["fail_on"] == "error"
    assert data["outcomes"][0]["severity"] == "info"
    assert data["outcomes"][0]["success"] is False
    assert data["errors"] == [
        {
            "path": "feeds/broken.xml",
            "reason": "not well-formed XML (line 3, column 14)",
            "hint": "fix the file or leave it out",
            "message": str(result.errors[0]),
        }
    ]
    assert data["inputs"] == list(result.inputs)


def test_stable_output(result: CheckResult) -> None:
    """Two renders are identical."""
    assert render_json(result) == render_json(result)


def test_empty_findings(clean_result: CheckResult) -> None:
    """No findings: an empty list and a passing status."""
    data = json.loads(render_json(clean_result))
    assert data["findings"] == []
    assert data["summary"]["status"] == "pass"


def test_write_json(result: CheckResult, tmp_path: Path) -> None:
    """write_json writes the rendered document."""
    path = write_json(result, tmp_path / "r.json")
    assert json.loads(path.read_text(encoding="utf-8"))["summary"]["findings"] == 6
