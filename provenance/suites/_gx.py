"""The names we use from ``great_expectations``, imported once, without pyspark's warning.

With pyspark installed, GX's compatibility module imports ``pyspark.sql.connect`` and
``pyspark.testing``, which warn on pandas 3 (see :mod:`provenance._pyspark_probes`).
Every GX import of the package is made here, at module level, so it runs once, under this
module's import lock. Importing this module takes ~1.5 s: import it inside the functions
that need GX.
"""

from __future__ import annotations

from provenance._pyspark_probes import GX_PROBES, pyspark_probes_quiet

__all__ = [
    "Checkpoint",
    "ExpectationConfiguration",
    "ExpectationSuite",
    "ProgressBarsConfig",
    "UpdateDataDocsAction",
    "ValidationDefinition",
    "gx",
]

with pyspark_probes_quiet(GX_PROBES):
    import great_expectations as gx
    from great_expectations import Checkpoint, ValidationDefinition
    from great_expectations.checkpoint.actions import UpdateDataDocsAction
    from great_expectations.core import ExpectationSuite
    from great_expectations.data_context.types.base import ProgressBarsConfig
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )
