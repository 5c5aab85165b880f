"""Run suites with plain pandas: same semantics as GX for the supported types, no GX import.

Used by ``engine="pandas"`` for fast pipelines, and by the tests to check that
both engines agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from provenance.suites.outcome import RawOutcome
from provenance.suites.spec import ExpectationSpec, SuiteSpec

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["run_pandas"]


def _unexpected(view: pd.DataFrame, spec: ExpectationSpec) -> pd.Series:
    column = view[spec.column]
    if spec.type == "expect_column_values_to_be_null":
        return column.notna()
    if spec.type == "expect_column_values_to_not_be_null":
        return column.isna()
    # GX ignores nulls in the set expectations.
    in_set = column.isin(list(spec.kwargs["value_set"]))
    if spec.type == "expect_column_values_to_be_in_set":
        return column.notna() & ~in_set
    return column.notna() & in_set


def run_pandas(suites: tuple[SuiteSpec, ...], views: dict[str, pd.DataFrame]) -> list[RawOutcome]:
    """Evaluate every expectation of every suite over its view."""
    outcomes: list[RawOutcome] = []
    for suite in suites:
        view = views[suite.table]
        for spec in suite.expectations:
            mask = _unexpected(view, spec).fillna(False).astype(bool)
            ids = tuple(str(i) for i in view.loc[mask, suite.id_column])
            outcomes.append(
                RawOutcome(
                    suite=suite,
                    expectation=spec,
                    success=not ids,
                    element_count=len(view),
                    unexpected_ids=ids,
                )
            )
    return outcomes
