"""The top-level API on Dask: ``read``, ``extract``, ``check`` over archives of any size.

Needs the ``dask`` extra (``pip install 'news-provenance[dask]'``); importing
this package imports neither Dask nor pandas, and a function called without
the extra raises one :class:`~provenance.errors.UsageError` naming it.

The work runs on the user's ``distributed.Client`` when there is one (a
``LocalCluster`` or ``Client("tcp://scheduler:8786")``: no code change), on
the scheduler set with ``dask.config.set(scheduler=...)``, and otherwise on
Dask's local process pool (extraction is pure Python: threads would share one
GIL). Workers import ``provenance``: install the same release on them.

Example::

    import provenance.dask

    lazy = provenance.dask.extract("archive/")  # DaskTables: five lazy dataframes
    lazy.to_parquet("tables/")  # tables/articles/, tables/figures/, ...
    result = provenance.dask.check("archive/", engine="pandas")  # a CheckResult
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.dask._check import check
    from provenance.dask._errors import ERROR_COLUMNS
    from provenance.dask._extract import extract
    from provenance.dask._read import READ_ERROR, read, write_articles
    from provenance.dask._scheduler import DEFAULT_SCHEDULER
    from provenance.dask._tables import DaskTables

__all__ = [
    "DEFAULT_SCHEDULER",
    "ERROR_COLUMNS",
    "READ_ERROR",
    "DaskTables",
    "check",
    "extract",
    "read",
    "write_articles",
]

_LAZY = {
    "DEFAULT_SCHEDULER": "provenance.dask._scheduler",
    "ERROR_COLUMNS": "provenance.dask._errors",
    "READ_ERROR": "provenance.dask._read",
    "DaskTables": "provenance.dask._tables",
    "check": "provenance.dask._check",
    "extract": "provenance.dask._extract",
    "read": "provenance.dask._read",
    "write_articles": "provenance.dask._read",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'provenance.dask' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
