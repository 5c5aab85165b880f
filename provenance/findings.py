"""The result of a check: tables, findings, what each expectation did, unreadable inputs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from provenance.enums import FailOn, Severity

if TYPE_CHECKING:
    import pandas as pd

    from provenance.errors import ReadError
    from provenance.tables.bundle import Tables

__all__ = ["FINDING_COLUMNS", "CheckResult", "ExpectationOutcome"]

FINDING_COLUMNS: tuple[str, ...] = (
    "finding_id",
    "rule",
    "kind",
    "severity",
    "article_id",
    "claim_id",
    "figure_id",
    "related_claim_id",
    "photo_id",
    "message",
)


@dataclass(frozen=True, slots=True)
class ExpectationOutcome:
    """What one expectation of a suite did.

    Attributes:
        suite: the suite's name (``"claims"``).
        rule: the stable dotted rule id from the expectation's meta (``"claim.hedged"``).
        expectation_type: the GX expectation type (``"expect_column_values_to_be_in_set"``).
        table: the table it ran on.
        column: the column it checked.
        severity: from the suite file.
        success: whether the expectation held.
        unexpected_count: rows that failed it.
        element_count: rows it looked at.
        description: what it checks, in words, from the suite file.
        exception: an error raised inside the validation engine, if any (never silent).
    """

    suite: str
    rule: str
    expectation_type: str
    table: str
    column: str
    severity: Severity
    success: bool
    unexpected_count: int
    element_count: int
    description: str = ""
    exception: str | None = None

    def as_row(self) -> dict[str, object]:
        """The outcome as a flat row of plain values (for frames that engines ship between workers).

        Example:
            >>> o = ExpectationOutcome("claims", "claim.hedged", "t", "claims", "hedged",
            ...                        Severity.WARNING, False, 2, 10)
            >>> ExpectationOutcome.from_row(o.as_row()) == o
            True
        """
        row = asdict(self)
        row["severity"] = self.severity.value
        return row

    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> ExpectationOutcome:
        """The outcome of :meth:`as_row`'s row, types restored after a trip through a frame.

        A missing description or exception (None, NaN or ``pd.NA``) reads as empty.
        """
        exception = row.get("exception")
        description = row.get("description")
        return cls(
            suite=str(row["suite"]),
            rule=str(row["rule"]),
            expectation_type=str(row["expectation_type"]),
            table=str(row["table"]),
            column=str(row["column"]),
            severity=Severity(row["severity"]),
            success=bool(row["success"]),
            unexpected_count=int(row["unexpected_count"]),
            element_count=int(row["element_count"]),
            description="" if _missing(description) else str(description),
            exception=None if _missing(exception) else str(exception),
        )


def _missing(value: object) -> bool:
    """None, a float NaN or pandas' NA: a value a frame wrote for nothing."""
    if value is None or type(value).__name__ == "NAType":
        return True
    return isinstance(value, float) and value != value


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Everything ``provenance.check`` produces.

    Attributes:
        tables: the extracted, validated tables.
        findings: one row per finding, columns :data:`FINDING_COLUMNS`.
        outcomes: one entry per expectation that ran.
        errors: inputs that could not be read (the rest was still processed).
        inputs: the paths that were given, as strings.
        figure_groups: each figure's group across articles and its status, when they
            were computed already (a ledger stores them); the report reads them
            instead of matching the figures again.
    """

    tables: Tables
    findings: pd.DataFrame
    outcomes: tuple[ExpectationOutcome, ...] = ()
    errors: tuple[ReadError, ...] = ()
    inputs: tuple[str, ...] = field(default=())
    figure_groups: pd.DataFrame | None = None

    def count(self, severity: Severity) -> int:
        """How many findings have exactly this severity."""
        return int((self.findings["severity"] == severity.value).sum())

    def failed(self, fail_on: FailOn) -> bool:
        """Whether any finding reaches ``fail_on`` (the CLI then exits 1)."""
        return any(fail_on.reached_by(Severity(s)) for s in self.findings["severity"].unique())
