"""The table contracts: one pandera ``DataFrameModel`` per table.

Every model is strict (no undeclared columns) and coercing (dtypes are made to
match). String columns pin the ``python`` storage so the exported contracts in
``schemas/`` are the same whether or not pyarrow is installed. Row-level and
cross-table checks (offsets, bounds, foreign keys) are pure functions in
:mod:`provenance.rules.integrity`, since pandera serializes only column checks
and has no foreign keys.

Importing this module imports pandas and pandera; import it lazily.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Annotated, Literal

import pandas as pd

from provenance._pyspark_probes import PANDERA_PROBES, pyspark_probes_quiet
from provenance.enums import (
    Attribution,
    ClaimStatus,
    CreditRole,
    FigureKind,
    FindingKind,
    Format,
    Severity,
    SourceKind,
)

# pandera probes pyspark.pandas on import, on the first schema build (pandera.typing.pyspark)
# and on the first validation (builtin_checks): import all three here, once, so that pyspark's
# pandas-3 warning from those probes is ignored (see provenance._pyspark_probes).
with pyspark_probes_quiet(PANDERA_PROBES):
    import pandera.backends.pandas.builtin_checks
    import pandera.pandas as pa
    import pandera.typing.pyspark  # noqa: F401  (its probe of pyspark.pandas, here)
    from pandera import dtypes
    from pandera.engines import pandas_engine
    from pandera.typing import Series

__all__ = [
    "ArticleModel",
    "ClaimModel",
    "FigureModel",
    "FindingModel",
    "PhotoCreditModel",
    "SourceModel",
]


@pandas_engine.Engine.register_dtype
@dataclasses.dataclass(frozen=True)
class PyStr(pandas_engine.STRING):
    """pandas' string dtype with the ``python`` storage, checked per column, not per element.

    The same contract as pandera's ``STRING("python")`` (same coercion, same
    exported ``string[python]``), but a column that already has the dtype
    passes in one comparison: pandera's own check answers with one boolean
    per element and then builds (and prints) an empty failure-case frame for
    every string column of every validation, a fixed cost that dominated
    validating small batches. Any other dtype (object columns, numbers) goes
    to pandera's check unchanged.
    """

    storage: Literal["python", "pyarrow"] | None = "python"

    def check(
        self,
        pandera_dtype: dtypes.DataType,
        data_container: pd.Series | pd.DataFrame | None = None,
    ) -> bool | Iterable[bool]:
        """True when the column's dtype is this one; otherwise pandera's element check."""
        try:
            resolved = pandas_engine.Engine.dtype(pandera_dtype)
        except TypeError:
            return False
        if resolved.type == self.type:
            return True
        result: bool | Iterable[bool] = super().check(pandera_dtype, data_container)
        return result


Str = PyStr
Int = pd.Int64Dtype
Float = pd.Float64Dtype
Bool = pd.BooleanDtype
UtcTime = Annotated[pd.DatetimeTZDtype, "ns", "UTC"]

_HEX16 = r"[0-9a-f]{16}"


def _id(prefix: str, *, nullable: bool = False, unique: bool = False) -> object:
    return pa.Field(str_matches=rf"^{prefix}_{_HEX16}$", nullable=nullable, unique=unique)


def _one_of(values: type[object]) -> object:
    return pa.Field(isin=[str(v) for v in values])  # type: ignore[attr-defined]


class _Strict(pa.DataFrameModel):
    class Config:
        strict = True
        coerce = True


class ArticleModel(_Strict):
    """One row per news item. ``body`` is the text all offsets point into."""

    article_id: Series[Str] = _id("art", unique=True)  # type: ignore[assignment]
    headline: Series[Str]
    body: Series[Str]
    agency: Series[Str] = pa.Field(nullable=True)
    published: Series[UtcTime] = pa.Field(nullable=True)
    language: Series[Str] = pa.Field(nullable=True)
    format: Series[Str] = _one_of(Format)  # type: ignore[assignment]
    sha256: Series[Str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    byline: Series[Str] = pa.Field(nullable=True)
    dateline: Series[Str] = pa.Field(nullable=True)
    located: Series[Str] = pa.Field(nullable=True)
    uri: Series[Str] = pa.Field(nullable=True)
    path: Series[Str]


class PhotoCreditModel(_Strict):
    """One row per party named in a photo credit (a photo has one ``photo_id``)."""

    credit_id: Series[Str] = _id("crd", unique=True)  # type: ignore[assignment]
    photo_id: Series[Str] = _id("pho")  # type: ignore[assignment]
    article_id: Series[Str] = _id("art")  # type: ignore[assignment]
    name: Series[Str] = pa.Field(nullable=True)
    role: Series[Str] = _one_of(CreditRole)  # type: ignore[assignment]
    as_written: Series[Str]
    credit_line: Series[Str] = pa.Field(nullable=True)
    caption: Series[Str] = pa.Field(nullable=True)


class SourceModel(_Strict):
    """One row per distinct source; the id derives from the normalized name."""

    source_id: Series[Str] = _id("src", unique=True)  # type: ignore[assignment]
    name: Series[Str]
    kind: Series[Str] = _one_of(SourceKind)  # type: ignore[assignment]
    affiliation: Series[Str] = pa.Field(nullable=True)


class ClaimModel(_Strict):
    """One row per claim; narrator claims belong to the delivering agency."""

    claim_id: Series[Str] = _id("clm", unique=True)  # type: ignore[assignment]
    article_id: Series[Str] = _id("art")  # type: ignore[assignment]
    source_id: Series[Str] = _id("src")  # type: ignore[assignment]
    source_text: Series[Str] = pa.Field(nullable=True)
    text: Series[Str]
    start: Series[Int] = pa.Field(ge=0)
    end: Series[Int] = pa.Field(ge=0)
    cue: Series[Str] = pa.Field(nullable=True)
    attribution: Series[Str] = _one_of(Attribution)  # type: ignore[assignment]
    status: Series[Str] = _one_of(ClaimStatus)  # type: ignore[assignment]
    channel: Series[Str] = pa.Field(nullable=True)
    parent_claim_id: Series[Str] = _id("clm", nullable=True)  # type: ignore[assignment]


class FigureModel(_Strict):
    """One row per number in an article body, with the claim and source it sits in."""

    figure_id: Series[Str] = _id("fig", unique=True)  # type: ignore[assignment]
    article_id: Series[Str] = _id("art")  # type: ignore[assignment]
    claim_id: Series[Str] = _id("clm")  # type: ignore[assignment]
    source_id: Series[Str] = _id("src")  # type: ignore[assignment]
    agency: Series[Str] = pa.Field(nullable=True)
    text: Series[Str]
    value: Series[Float] = pa.Field(nullable=True)
    lower: Series[Float] = pa.Field(nullable=True)
    upper: Series[Float] = pa.Field(nullable=True)
    approximate: Series[Bool]
    kind: Series[Str] = _one_of(FigureKind)  # type: ignore[assignment]
    unit: Series[Str] = pa.Field(nullable=True)
    normalized: Series[Str] = pa.Field(nullable=True)
    qualifier: Series[Str] = pa.Field(nullable=True)
    start: Series[Int] = pa.Field(ge=0)
    end: Series[Int] = pa.Field(ge=0)
    language: Series[Str] = pa.Field(
        str_matches=r"^[a-z]{2,8}$",
        description='lexicon key the figure was read with: "en", "fr", "und" (digits only)',
    )


class FindingModel(_Strict):
    """One row per finding of an expectation suite."""

    finding_id: Series[Str] = _id("fnd", unique=True)  # type: ignore[assignment]
    rule: Series[Str] = pa.Field(str_matches=r"^[a-z_]+(\.[a-z_]+)+$")
    kind: Series[Str] = _one_of(FindingKind)  # type: ignore[assignment]
    severity: Series[Str] = _one_of(Severity)  # type: ignore[assignment]
    article_id: Series[Str] = _id("art", nullable=True)  # type: ignore[assignment]
    claim_id: Series[Str] = _id("clm", nullable=True)  # type: ignore[assignment]
    figure_id: Series[Str] = _id("fig", nullable=True)  # type: ignore[assignment]
    related_claim_id: Series[Str] = _id("clm", nullable=True)  # type: ignore[assignment]
    photo_id: Series[Str] = _id("pho", nullable=True)  # type: ignore[assignment]
    message: Series[Str]
