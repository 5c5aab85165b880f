"""What an engine reports for one expectation, before it becomes findings."""

from __future__ import annotations

from dataclasses import dataclass

from provenance.suites.spec import ExpectationSpec, SuiteSpec

__all__ = ["RawOutcome"]


@dataclass(frozen=True, slots=True)
class RawOutcome:
    """One expectation's result: the ids of the rows that failed it."""

    suite: SuiteSpec
    expectation: ExpectationSpec
    success: bool
    element_count: int
    unexpected_ids: tuple[str, ...]
    exception: str | None = None
