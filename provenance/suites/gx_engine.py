"""Run suites with Great Expectations 1.x, in an ephemeral in-memory context.

GX is imported inside the functions, through :mod:`provenance.suites._gx` (the
only module that imports ``great_expectations``: once, without pyspark's pandas-3
warning). Progress bars and GX logging are turned off, and an exception inside
GX is reported on the outcome, never swallowed (see docs/PITFALLS.md).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from provenance.suites.outcome import RawOutcome
from provenance.suites.spec import SuiteSpec

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["exception_message", "quiet_context", "run_gx"]

_SEVERITY_TO_GX = {"error": "critical", "warning": "warning", "info": "info"}


def _gx_suite(suite: SuiteSpec) -> Any:
    from provenance.suites._gx import ExpectationConfiguration, ExpectationSuite

    configs = [
        ExpectationConfiguration(
            type=spec.type,
            kwargs=spec.kwargs,
            meta={**(spec.raw.get("meta") or {})},
            description=spec.description or None,
            severity=_SEVERITY_TO_GX[spec.severity.value],  # type: ignore[arg-type]
        )
        for spec in suite.expectations
    ]
    return ExpectationSuite(
        name=suite.name, expectations=configs, meta=dict(suite.raw.get("meta") or {})
    )


def exception_message(info: object) -> str | None:
    """The message of an exception GX caught while validating one expectation, if any.

    GX 1.x gives ``{"raised_exception": ..., "exception_message": ...}``, except
    when a metric fails to resolve (a Spark job failing, a missing column): then
    the same dicts sit under each failing metric's id (GX issue #10849). Both
    shapes are read, so a failure is never taken for a clean pass.

    Example:
        >>> exception_message({"raised_exception": True, "exception_message": "boom"})
        'boom'
        >>> exception_message({"('column_values.in_set', 'x')": {"raised_exception": True,
        ...     "exception_message": "Python worker failed"}})
        'Python worker failed'
        >>> exception_message({"raised_exception": False, "exception_message": None}) is None
        True
    """
    if not isinstance(info, dict):
        return None
    nested = (
        [v for v in info.values() if isinstance(v, dict)] if "raised_exception" not in info else []
    )
    for entry in [info, *nested]:
        if entry.get("raised_exception"):
            return str(entry.get("exception_message") or "an exception inside Great Expectations")
    return None


def quiet_context() -> Any:
    """An ephemeral GX context with its progress bars off and its logging at WARNING."""
    from provenance.suites._gx import ProgressBarsConfig, gx

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    return context


def run_gx(suites: tuple[SuiteSpec, ...], views: dict[str, pd.DataFrame]) -> list[RawOutcome]:
    """Validate each view with its suites through GX and collect failing row ids."""
    source = quiet_context().data_sources.add_pandas("provenance")
    outcomes: list[RawOutcome] = []
    for suite in suites:
        # Only the columns the suite checks, on a plain index: GX copies, hashes
        # and scans the batch's frame, and a view carries every column of its
        # table (ids, long texts). Failing rows come back as positions, and the
        # ids are taken from the view here in one vectorized step (GX would look
        # a named id column up one row at a time, ~0.1 ms a row).
        checked = list(dict.fromkeys(spec.column for spec in suite.expectations))
        view = views[suite.table][checked].reset_index(drop=True)
        ids_of = views[suite.table][suite.id_column].astype(object).to_numpy()
        name = f"{suite.table}.{suite.name}"
        definition = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        batch = definition.get_batch(batch_parameters={"dataframe": view})
        result = batch.validate(_gx_suite(suite), result_format={"result_format": "COMPLETE"})
        for spec, item in zip(suite.expectations, result.results, strict=True):
            exception = exception_message(item.exception_info)
            rows = item.result.get("unexpected_index_list") or []
            ids = tuple(str(i) for i in ids_of[list(rows)]) if rows else ()
            outcomes.append(
                RawOutcome(
                    suite=suite,
                    expectation=spec,
                    success=bool(item.success),
                    element_count=int(item.result.get("element_count", len(view))),
                    unexpected_ids=ids,
                    exception=exception,
                )
            )
    return outcomes
