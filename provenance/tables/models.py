"""The table contracts: one pandera ``DataFrameSchema`` per table.

Every contract is strict (no undeclared columns) and coercing (dtypes are made to
match). String columns pin the ``python`` storage so the exported contracts in
``schemas/`` are the same whether or not pyarrow is installed. Row-level and
cross-table checks (offsets, bounds, foreign keys) are pure functions in
:mod:`provenance.rules.integrity`, since pandera serializes only column checks
and has no foreign keys.

Importing this module imports pandas and pandera; import it lazily.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from typing import Literal

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

# pandera probes pyspark.pandas on import, here, and on its first validation or coercion
# (builtin_checks, see load_pandera_checks): both inside the filter that ignores pyspark's
# pandas-3 warning from those probes (see provenance._pyspark_probes). Schemas built with
# the object API (below) do not probe.
with pyspark_probes_quiet(PANDERA_PROBES):
    import pandera.pandas as pa
    from pandera import dtypes
    from pandera.engines import pandas_engine

__all__ = [
    "ARTICLES",
    "CLAIMS",
    "FIGURES",
    "FINDINGS",
    "PHOTO_CREDITS",
    "SOURCES",
    "load_pandera_checks",
]


@functools.cache
def load_pandera_checks() -> None:
    """Import pandera's pandas checks, as its first validation or coercion would, quietly.

    Call it before asking pandera to validate or coerce. A valid typed table passes the
    lean check without pandera (:mod:`provenance.tables.validate`), so a run that never
    needs pandera skips this import and what it imports (pandera's data synthesis
    strategies and, when installed, hypothesis: about 0.36G instructions).
    """
    with pyspark_probes_quiet(PANDERA_PROBES):
        import pandera.backends.pandas.builtin_checks  # noqa: F401  (its pyspark probe, here)


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
UtcTime = pd.DatetimeTZDtype("ns", "UTC")

_HEX16 = r"[0-9a-f]{16}"


def _col(dtype: object, *checks: pa.Check, nullable: bool = False, **kwargs: object) -> pa.Column:
    return pa.Column(dtype, list(checks), nullable=nullable, **kwargs)  # type: ignore[arg-type]


def _text(*checks: pa.Check, nullable: bool = False, **kwargs: object) -> pa.Column:
    return _col(Str, *checks, nullable=nullable, **kwargs)


def _id(prefix: str, *, nullable: bool = False, unique: bool = False) -> pa.Column:
    return _text(pa.Check.str_matches(rf"^{prefix}_{_HEX16}$"), nullable=nullable, unique=unique)


def _one_of(values: type[object]) -> pa.Column:
    return _text(pa.Check.isin([str(v) for v in values]))  # type: ignore[attr-defined]


def _offset() -> pa.Column:
    return _col(Int, pa.Check.greater_than_or_equal_to(0))


def _strict(name: str, description: str, columns: dict[str, pa.Column]) -> pa.DataFrameSchema:
    """A strict (no undeclared columns), coercing contract: pandera's object API.

    The object API, not ``DataFrameModel``: building a model's schema asks pandera
    for the index and series types of every dataframe library it knows, which
    imports dask's dataframe (and scipy) wherever dask is installed, about a fifth
    of a cold ``provenance check``. The schemas are the same objects either way.
    """
    return pa.DataFrameSchema(columns, strict=True, coerce=True, name=name, description=description)


ARTICLES = _strict(
    "ArticleModel",
    "One row per news item. ``body`` is the text all offsets point into.",
    {
        "article_id": _id("art", unique=True),
        "headline": _text(),
        "body": _text(),
        "agency": _text(nullable=True),
        "published": _col(UtcTime, nullable=True),
        "language": _text(nullable=True),
        "format": _one_of(Format),
        "sha256": _text(pa.Check.str_matches(r"^[0-9a-f]{64}$")),
        "byline": _text(nullable=True),
        "dateline": _text(nullable=True),
        "located": _text(nullable=True),
        "uri": _text(nullable=True),
        "path": _text(),
    },
)

PHOTO_CREDITS = _strict(
    "PhotoCreditModel",
    "One row per party named in a photo credit (a photo has one ``photo_id``).",
    {
        "credit_id": _id("crd", unique=True),
        "photo_id": _id("pho"),
        "article_id": _id("art"),
        "name": _text(nullable=True),
        "role": _one_of(CreditRole),
        "as_written": _text(),
        "credit_line": _text(nullable=True),
        "caption": _text(nullable=True),
    },
)

SOURCES = _strict(
    "SourceModel",
    "One row per distinct source; the id derives from the normalized name.",
    {
        "source_id": _id("src", unique=True),
        "name": _text(),
        "kind": _one_of(SourceKind),
        "affiliation": _text(nullable=True),
    },
)

CLAIMS = _strict(
    "ClaimModel",
    "One row per claim; narrator claims belong to the delivering agency.",
    {
        "claim_id": _id("clm", unique=True),
        "article_id": _id("art"),
        "source_id": _id("src"),
        "source_text": _text(nullable=True),
        "text": _text(),
        "start": _offset(),
        "end": _offset(),
        "cue": _text(nullable=True),
        "attribution": _one_of(Attribution),
        "status": _one_of(ClaimStatus),
        "channel": _text(nullable=True),
        "parent_claim_id": _id("clm", nullable=True),
    },
)

FIGURES = _strict(
    "FigureModel",
    "One row per number in an article body, with the claim and source it sits in.",
    {
        "figure_id": _id("fig", unique=True),
        "article_id": _id("art"),
        "claim_id": _id("clm"),
        "source_id": _id("src"),
        "agency": _text(nullable=True),
        "text": _text(),
        "value": _col(Float, nullable=True),
        "lower": _col(Float, nullable=True),
        "upper": _col(Float, nullable=True),
        "approximate": _col(Bool),
        "kind": _one_of(FigureKind),
        "unit": _text(nullable=True),
        "normalized": _text(nullable=True),
        "qualifier": _text(nullable=True),
        "start": _offset(),
        "end": _offset(),
        "language": _text(
            pa.Check.str_matches(r"^[a-z]{2,8}$"),
            description='lexicon key the figure was read with: "en", "fr", "und" (digits only)',
        ),
    },
)

FINDINGS = _strict(
    "FindingModel",
    "One row per finding of an expectation suite.",
    {
        "finding_id": _id("fnd", unique=True),
        "rule": _text(pa.Check.str_matches(r"^[a-z_]+(\.[a-z_]+)+$")),
        "kind": _one_of(FindingKind),
        "severity": _one_of(Severity),
        "article_id": _id("art", nullable=True),
        "claim_id": _id("clm", nullable=True),
        "figure_id": _id("fig", nullable=True),
        "related_claim_id": _id("clm", nullable=True),
        "photo_id": _id("pho", nullable=True),
        "message": _text(),
    },
)
