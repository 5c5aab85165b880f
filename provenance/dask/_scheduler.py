"""Where the work runs: the user's Dask client if there is one, else local processes.

Nothing here is read at import. :func:`require_dask` turns a missing extra into
one clear :class:`~provenance.errors.UsageError`; :func:`compute` runs
collections on the scheduler the user set up (a ``distributed.Client``, local
or ``Client("tcp://scheduler:8786")``, or ``dask.config.set(scheduler=...)``)
and, when there is none, on Dask's local process pool: extraction is pure
Python, so threads would share one GIL.
"""

from __future__ import annotations

from typing import Any

from provenance.errors import UsageError

__all__ = ["DEFAULT_SCHEDULER", "compute", "require_dask", "scheduler"]

#: The scheduler used when the user has no client and set none in ``dask.config``.
DEFAULT_SCHEDULER = "processes"

_MISSING = (
    "provenance.dask needs Dask: install the extra with "
    "pip install 'news-provenance[dask]' (dask[dataframe] and distributed)"
)


def require_dask() -> None:
    """Check that ``dask.dataframe`` imports, or raise a :class:`UsageError` naming the extra.

    Example:
        >>> require_dask()

    Raises:
        UsageError: Dask (or its dataframe part) is not installed.
    """
    try:
        import dask.dataframe  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"{_MISSING} ({exc})") from exc


def scheduler() -> str | None:
    """The scheduler to pass to ``dask.compute``: ``None`` means the user's choice.

    A running ``distributed`` client (found with ``distributed.get_client``) or a
    scheduler set with ``dask.config.set(scheduler=...)`` wins; otherwise
    :data:`DEFAULT_SCHEDULER`.

    Example:
        >>> scheduler() in (None, "processes")
        True
    """
    import dask

    if dask.config.get("scheduler", None) is not None:
        return None
    try:
        from distributed import get_client
    except ImportError:  # dask without distributed: the local schedulers only
        return DEFAULT_SCHEDULER
    try:
        get_client()
    except ValueError:  # "No global client found"
        return DEFAULT_SCHEDULER
    return None


def compute(*collections: Any) -> tuple[Any, ...]:
    """Compute Dask collections together (shared tasks run once) on :func:`scheduler`.

    Example:
        >>> import dask
        >>> with dask.config.set(scheduler="sync"):
        ...     compute(dask.delayed(sum)([1, 2]))
        (3,)
    """
    from dask.base import compute as dask_compute

    chosen = scheduler()
    if chosen is None:
        return tuple(dask_compute(*collections))
    return tuple(dask_compute(*collections, scheduler=chosen))
