"""The suites through Great Expectations' Spark datasource.

GX 1.x validates a Spark DataFrame in place (``add_spark`` →
``add_dataframe_asset`` → ``add_batch_definition_whole_dataframe``), and with
``result_format`` ``COMPLETE`` and ``unexpected_index_column_names`` it
returns the id of every failing row, so findings name their subjects exactly
as the pandas engine does. Progress bars and GX logging are off, and an
exception inside GX is kept on the outcome, never swallowed (docs/PITFALLS.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from provenance.suites import SuiteSpec
    from provenance.suites.outcome import RawOutcome

__all__ = ["run_gx_spark"]


def _ids(item: Any, id_column: str) -> tuple[str, ...]:
    """The failing rows' ids of one expectation result."""
    rows = item.result.get("unexpected_index_list") or []
    return tuple(str(row[id_column]) for row in rows)


def run_gx_spark(suites: tuple[SuiteSpec, ...], views: dict[str, DataFrame]) -> list[RawOutcome]:
    """Validate each view (a Spark DataFrame) with its suites: failing row ids per expectation."""
    from provenance.suites.gx_engine import _gx_suite, exception_message, quiet_context
    from provenance.suites.outcome import RawOutcome

    source = quiet_context().data_sources.add_spark("provenance")
    outcomes: list[RawOutcome] = []
    for suite in suites:
        name = f"{suite.table}.{suite.name}"
        asset = source.add_dataframe_asset(name)
        definition = asset.add_batch_definition_whole_dataframe(name)
        batch = definition.get_batch(batch_parameters={"dataframe": views[suite.table]})
        result = batch.validate(
            _gx_suite(suite),
            result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": [suite.id_column],
                "return_unexpected_index_query": False,
            },
        )
        for spec, item in zip(suite.expectations, result.results, strict=True):
            exception = exception_message(item.exception_info)
            outcomes.append(
                RawOutcome(
                    suite=suite,
                    expectation=spec,
                    success=bool(item.success),
                    element_count=int(item.result.get("element_count") or 0),
                    unexpected_ids=_ids(item, suite.id_column),
                    exception=exception,
                )
            )
    return outcomes
