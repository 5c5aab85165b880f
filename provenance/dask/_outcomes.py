"""Expectation outcomes as rows, so each partition's can travel in a Dask dataframe."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING

from provenance.findings import ExpectationOutcome

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["OUTCOME_COLUMNS", "findings_meta", "frame_outcomes", "outcomes_frame"]

#: ``part`` (which run the outcome came from), then the fields of ExpectationOutcome.
OUTCOME_COLUMNS: tuple[str, ...] = ("part", *(f.name for f in fields(ExpectationOutcome)))


def outcomes_frame(outcomes: Iterable[ExpectationOutcome]) -> pd.DataFrame:
    """One row per outcome; ``part`` is an id of this run, shared by its rows.

    Example:
        >>> list(outcomes_frame(())[["suite", "success"]].dtypes.astype(str))
        ['string', 'bool']
    """
    import uuid

    import pandas as pd

    part = uuid.uuid4().hex
    rows = [{"part": part, **o.as_row()} for o in outcomes]
    frame = pd.DataFrame(rows, columns=list(OUTCOME_COLUMNS), dtype=object)
    # Typed columns: Dask turns object columns into strings ("False") on the way back.
    typed = dict.fromkeys(OUTCOME_COLUMNS, "string")
    typed.update(success="bool", unexpected_count="int64", element_count="int64")
    return frame.astype(typed)


def frame_outcomes(frame: pd.DataFrame) -> list[tuple[ExpectationOutcome, ...]]:
    """The outcomes of each run (``part``) of :func:`outcomes_frame`'s rows.

    Example:
        >>> frame_outcomes(outcomes_frame(()))
        []
    """
    runs: dict[str, list[ExpectationOutcome]] = {}
    for row in frame.to_dict("records"):
        runs.setdefault(str(row["part"]), []).append(ExpectationOutcome.from_row(row))
    return [tuple(r) for r in runs.values()]


def findings_meta() -> pd.DataFrame:
    """The empty findings table (its columns and dtypes)."""
    from provenance.suites.findings import findings_frame

    return findings_frame([])
