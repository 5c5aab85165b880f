"""Suites: bundled files load, bad files fail clearly, and both engines agree."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings

from provenance.enums import Severity
from provenance.errors import SuiteError
from provenance.suites import load_suites, run_suites
from provenance.testing.strategies import tables

BUNDLED = Path(__file__).resolve().parents[2] / "expectations"


def test_bundled_suites_load_with_stable_rule_ids() -> None:
    """Every bundled expectation has a dotted rule id, a kind and a severity."""
    suites = load_suites(BUNDLED)
    rules = [spec.rule for s in suites for spec in s.expectations]
    assert len(rules) == len(set(rules))
    assert {"claim.hedged", "claim.unconfirmed", "claim.denial_contradicts"} <= set(rules)


def test_unverified_and_contradiction_are_at_least_warnings() -> None:
    """The issue requires unverified and contradiction findings to be warnings or errors."""
    for suite in load_suites(BUNDLED):
        for spec in suite.expectations:
            if spec.kind.value in {"unverified", "contradiction"}:
                assert spec.severity in {Severity.WARNING, Severity.ERROR}, spec.rule


def test_bundled_suites_round_trip_through_gx() -> None:
    """GX reads each suite file as a suite with the same expectations, meta and severities."""
    from provenance.suites._gx import ExpectationSuite
    from provenance.suites.gx_engine import _gx_suite

    for suite in load_suites(BUNDLED):
        gx_suite = _gx_suite(suite)
        assert isinstance(gx_suite, ExpectationSuite)
        dumped = gx_suite.to_json_dict()
        assert [e["type"] for e in dumped["expectations"]] == [
            e["type"] for e in suite.raw["expectations"]
        ]
        assert [e["meta"]["rule"] for e in dumped["expectations"]] == [
            s.rule for s in suite.expectations
        ]
        assert [e["severity"] for e in dumped["expectations"]] == [
            e["severity"] for e in suite.raw["expectations"]
        ]


def _write(tmp_path: Path, suite: dict[str, object]) -> Path:
    (tmp_path / "s.json").write_text(json.dumps(suite), encoding="utf-8")
    return tmp_path


def _suite(**expectation: object) -> dict[str, object]:
    base = {
        "type": "expect_column_values_to_be_in_set",
        "kwargs": {"column": "hedged", "value_set": [False]},
        "severity": "warning",
        "meta": {"rule": "claim.x", "kind": "unverified", "message": "m"},
    }
    base.update(expectation)
    return {"name": "s", "meta": {"table": "claims"}, "expectations": [base]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "expect_custom_thing"}, "not supported"),
        ({"severity": "fatal"}, "severity"),
        ({"meta": {"kind": "unverified", "message": "m"}}, "meta.rule"),
        ({"meta": {"rule": "a.b", "kind": "bogus", "message": "m"}}, "meta.kind"),
        ({"kwargs": {"value_set": [False]}}, "kwargs.column"),
    ],
)
def test_invalid_suite_files_raise_suite_error(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    """A suite we could only run half-right is refused with a message naming the file."""
    with pytest.raises(SuiteError, match=message) as info:
        load_suites(_write(tmp_path, _suite(**change)))
    assert "s.json" in str(info.value)


def test_unknown_column_is_refused_before_running(tmp_path: Path, seed_tables) -> None:  # type: ignore[no-untyped-def]
    """A suite naming a column the view lacks fails loudly instead of passing silently."""
    suites = load_suites(_write(tmp_path, _suite(kwargs={"column": "nope", "value_set": [False]})))
    with pytest.raises(SuiteError, match="nope"):
        run_suites(seed_tables, suites, engine="pandas")


def test_not_json_is_a_suite_error(tmp_path: Path) -> None:
    """A broken file is a SuiteError, not a JSONDecodeError traceback."""
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(SuiteError, match=r"bad\.json"):
        load_suites(tmp_path)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(max_articles=3))
def test_gx_and_pandas_engines_agree(t) -> None:  # type: ignore[no-untyped-def]
    """On any valid tables the two engines produce identical findings."""
    gx_findings, gx_outcomes = run_suites(t, engine="gx")
    pd_findings, pd_outcomes = run_suites(t, engine="pandas")
    pd.testing.assert_frame_equal(gx_findings, pd_findings)
    assert [o.success for o in gx_outcomes] == [o.success for o in pd_outcomes]
    assert all(o.exception is None for o in gx_outcomes)
