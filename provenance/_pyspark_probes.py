"""Import pandera and great_expectations without pyspark's pandas-3 warning from their probes.

With pyspark installed (the ``[spark]`` extra) and pandas >= 3, pyspark 4.3 warns
``FutureWarning: PySpark does not yet fully support pandas >= 3.0.0`` each time one of
its pandas layers is imported. Two of our dependencies import them without being asked:

* pandera 0.35 tries ``import pyspark.pandas`` from four modules: its top-level package
  (``_pandas_deprecated``), ``pandera.pandas``, ``pandera.typing.pyspark`` (on the first
  schema build) and ``pandera.backends.pandas.builtin_checks`` (on the first validation).
  Importing ``pandera.pandas`` alone does not avoid it (every ``pandera.*`` import runs
  ``pandera/__init__``) and pandera has no setting for it. On pandas 3 the import then fails
  (``DateOffset`` is gone from ``pandas.tseries.frequencies``) and pandera swallows the
  ``ImportError``: nothing of ``pyspark.pandas`` is used, but the warning was printed, once
  per try, in every process (and is an error under ``-W error``).
* great_expectations' compatibility shims import ``pyspark.sql.connect``, whose dependency
  check and ``pyspark.testing`` warn the same way.

So those imports run inside :func:`pyspark_probes_quiet`, which ignores exactly that message
from exactly the pyspark modules that emit it on these imports, for the duration of the
import only (each import happens once per process, under the import lock of the module that
makes it). Any other warning still shows, and so does this one when our Spark engine itself
uses pyspark's pandas conversion.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["GX_PROBES", "PANDAS3_WARNING", "PANDERA_PROBES", "pyspark_probes_quiet"]

PANDAS3_WARNING = r"PySpark does not yet fully support pandas >= 3"
"""The start of pyspark's warning (``pyspark.sql.pandas.utils.require_minimum_pandas_version``)."""

PANDERA_PROBES: tuple[str, ...] = ("pyspark.pandas",)
"""The module the warning is attributed to when pandera probes ``pyspark.pandas``."""

GX_PROBES: tuple[str, ...] = ("pyspark.sql.connect.utils", "pyspark.testing.utils")
"""The modules the warning is attributed to when great_expectations is imported."""


@contextmanager
def pyspark_probes_quiet(modules: tuple[str, ...]) -> Iterator[None]:
    """Ignore pyspark's pandas-3 ``FutureWarning`` raised from ``modules`` inside the block.

    Example:
        >>> with pyspark_probes_quiet(PANDERA_PROBES):
        ...     import json
        >>> json.dumps([])
        '[]'
    """
    with warnings.catch_warnings():
        for module in modules:
            warnings.filterwarnings(
                "ignore",
                message=PANDAS3_WARNING,
                category=FutureWarning,
                module=module.replace(".", r"\.") + r"\Z",
            )
        yield
