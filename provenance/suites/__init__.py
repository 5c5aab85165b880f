"""Expectation suites: load them, run them (GX or pandas), turn failures into findings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from provenance.errors import SuiteError
from provenance.rules.views import rule_views
from provenance.suites.findings import build_findings
from provenance.suites.spec import SuiteSpec, load_suites

if TYPE_CHECKING:
    import pandas as pd

    from provenance.findings import ExpectationOutcome
    from provenance.tables.bundle import Tables

__all__ = ["Engine", "SuiteSpec", "load_suites", "run_on_views", "run_suites"]

Engine = Literal["gx", "pandas"]


def run_suites(
    tables: Tables, suites: tuple[SuiteSpec, ...] | None = None, *, engine: Engine = "gx"
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    """Compute the rule views, run the suites over them and return the findings.

    Raises:
        SuiteError: a suite checks a column its view does not have, or the engine is unknown.
    """
    suites = load_suites() if suites is None else suites
    return run_on_views(suites, rule_views(tables), engine=engine)


def run_on_views(
    suites: tuple[SuiteSpec, ...], views: dict[str, pd.DataFrame], *, engine: Engine = "gx"
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    """Run the suites over views already computed (the ledger adds cross-article columns).

    Raises:
        SuiteError: a suite checks a column its view does not have, or the engine is unknown.
    """
    for suite in suites:
        for spec in suite.expectations:
            if spec.column not in views[suite.table].columns:
                raise SuiteError(
                    f"{suite.path}: rule {spec.rule} checks column {spec.column!r}, "
                    f"which the {suite.table} view does not have"
                )
    if engine == "gx":
        from provenance.suites.gx_engine import run_gx

        outcomes = run_gx(suites, views)
    elif engine == "pandas":
        from provenance.suites.pandas_engine import run_pandas

        outcomes = run_pandas(suites, views)
    else:
        raise SuiteError(f"unknown engine {engine!r}; use 'gx' or 'pandas'")
    return build_findings(outcomes, views)
