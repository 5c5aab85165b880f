"""The ``processes`` engine: extraction and checks on worker processes of one machine.

Extraction is pure Python, so threads would share one core; worker processes
do not. The parent walks the inputs and cuts them into chunks of files; each
worker reads and extracts its chunks into validated tables with one set of
extractors per process; the parent keeps one copy of each article
(:func:`~provenance.engines.combine_tables`, the copy
:func:`provenance.extract` keeps), then runs the suites, whose one
cross-article column (``party_only``) sees every figure. The result is the
result of one process: the same tables (after
:func:`~provenance.engines.canonical`) and the same findings.

Use it through ``provenance.extract(..., jobs=N)``, ``provenance.check(...,
jobs=N)`` or ``provenance extract/check/ingest --jobs N``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.engines._pool import WorkerPool, chunked, start_server
from provenance.engines._worker import Item, Settings, check_part, dump_extractors
from provenance.errors import ReadError, UsageError
from provenance.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from provenance.api import Inputs
    from provenance.enums import Format
    from provenance.extractors.pipeline import Extractors
    from provenance.findings import CheckResult, ExpectationOutcome
    from provenance.suites import Engine, SuiteSpec
    from provenance.tables.bundle import Tables

__all__ = ["check", "check_tables", "extract", "extract_and_check", "worker_count"]


def worker_count(jobs: int) -> int:
    """The number of worker processes for ``jobs``: ``0`` means one per core.

    Example:
        >>> worker_count(3)
        3
        >>> worker_count(0) == (os.cpu_count() or 1)
        True

    Raises:
        UsageError: ``jobs`` is negative.
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise UsageError(f"jobs must be a whole number >= 0 (0: one per core), not {jobs!r}")
    return jobs or os.cpu_count() or 1


def settings_for(
    extractors: Extractors | None, format: Format | None, limits: Limits, validate: bool = True
) -> Settings:
    """The settings sent to every worker; the extractors must survive pickling.

    Raises:
        UsageError: the extractors cannot be sent to another process.
    """
    blob = None
    if extractors is not None:
        import pickle

        try:
            blob = dump_extractors(extractors)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            raise UsageError(
                f"the extractors cannot be sent to worker processes ({exc}); "
                "define them at module level so they pickle, or use jobs=1"
            ) from exc
    return Settings(extractors=blob, format=format, limits=limits, validate=validate)


@contextmanager
def _progress(total: int, progress: bool | None) -> Iterator[Callable[[int], None]]:
    import sys

    from provenance.api import PROGRESS_FROM

    show = progress if progress is not None else total >= PROGRESS_FROM and sys.stderr.isatty()
    if not show:
        yield lambda n: None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc="extracting", unit="file", file=sys.stderr, leave=False) as bar:
        yield bar.update


def extract_items(items: list[Item], pool: WorkerPool, progress: bool | None = None) -> Tables:
    """The tables of ``items`` (files and documents) extracted on ``pool``, combined."""
    from provenance.engines.combine import combine_tables

    if not items:
        return combine_tables([])
    with _progress(len(items), progress) as done:
        parts = pool.run(chunked(items, pool.jobs), done)
    return combine_tables(parts)


def _files(
    inputs: Inputs, workers: int, settings: Settings
) -> tuple[WorkerPool, list[Item], list[ReadError]]:
    """A pool of ``workers`` whose server loads while the inputs are listed; the items."""
    from provenance.api import expand_inputs

    pool = WorkerPool(workers, settings)
    start_server()
    errors: list[ReadError] = []
    return pool, list(expand_inputs(inputs, errors)), errors


def extract(
    inputs: Inputs,
    *,
    jobs: int = 0,
    format: Format | str | None = None,
    extractors: Extractors | None = None,
    progress: bool | None = None,
    validate: bool = True,
    limits: Limits = DEFAULT_LIMITS,
) -> Tables:
    """:func:`provenance.extract` on ``jobs`` worker processes (0: one per core).

    The same tables as one process (in the order of
    :func:`~provenance.engines.canonical`), errors and warnings included. An
    input that kills a worker process is one ``ExtractionError``; the others
    are extracted. Ctrl-C stops the workers.

    Example:
        >>> from provenance.engines import processes
        >>> tables = processes.extract("examples/", jobs=2)  # doctest: +SKIP

    Raises:
        UsageError: an unknown ``format``, a negative ``jobs``, or extractors
            that cannot be sent to another process.
        SchemaError: the tables break their contract (a bug: please report it).
    """
    from provenance.api import _parse_format

    workers = worker_count(jobs)
    settings = settings_for(extractors, _parse_format(format), limits, validate)
    pool, items, errors = _files(inputs, workers, settings)
    with pool:
        tables = extract_items(items, pool, progress)
    return replace(tables, errors=(*errors, *tables.errors))


def _split(tables: Tables, party_only: np.ndarray, count: int) -> list[tuple[Tables, np.ndarray]]:
    """``tables`` cut into ``count`` parts of whole articles, each with the sources it names.

    ``party_only`` (in the order of ``tables.figures``) is cut with the figures.
    """
    import numpy as np
    import pandas as pd

    articles = tables.articles
    count = max(1, min(count, len(articles)))
    group = pd.Series(
        np.arange(len(articles)) * count // max(1, len(articles)),
        index=pd.Index(articles["article_id"]),
    )
    where = {
        name: getattr(tables, name)["article_id"].map(group).to_numpy()
        for name in ("articles", "photo_credits", "claims", "figures")
    }
    parts = []
    for g in range(count):
        kept = {name: getattr(tables, name)[at == g] for name, at in where.items()}
        named = pd.Index(kept["claims"]["source_id"]).union(kept["figures"]["source_id"])
        sources = tables.sources[tables.sources["source_id"].isin(named)]
        part = replace(tables, sources=sources, errors=(), warnings=(), **kept)
        parts.append((part, party_only[where["figures"] == g]))
    return parts


def check_tables(
    tables: Tables, suites: tuple[SuiteSpec, ...], engine: Engine, pool: WorkerPool
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    """:func:`provenance.suites.run_suites` over ``tables``, the views and suites on ``pool``.

    Only the one cross-article column (``figures.party_only``, from the
    ``party_keys`` of every figure) is computed here; the workers compute the
    other view columns and run the suites on parts of whole articles; the
    findings are concatenated and put in the one-process order, the outcomes
    summed (:func:`~provenance.engines.merge_outcomes`). Same findings and
    outcomes as one process. When a worker dies, the parts run in this process.
    """
    from provenance.engines.combine import merge_outcomes
    from provenance.rules.views import party_keys, party_only_from_keys
    from provenance.suites import run_suites
    from provenance.suites.findings import ordered_findings

    if len(tables.articles) < 2 * pool.jobs:  # too few to share: not worth the trips
        return run_suites(tables, suites, engine=engine)
    keys = party_keys(tables.figures, tables.sources)
    flags = party_only_from_keys(keys).to_numpy(dtype=bool)
    calls = [(part, party, suites, engine) for part, party in _split(tables, flags, 2 * pool.jobs)]
    results = pool.map(check_part, calls)
    if results is None:
        results = [check_part(*call) for call in calls]
    import pandas as pd

    findings = pd.concat([found for found, _ in results], ignore_index=True)
    return ordered_findings(findings), merge_outcomes(outcomes for _, outcomes in results)


def extract_and_check(
    inputs: Inputs,
    *,
    jobs: int,
    suites: tuple[SuiteSpec, ...],
    engine: Engine = "gx",
    format: Format | str | None = None,
    extractors: Extractors | None = None,
    progress: bool | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Tables, pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    """The tables, findings and outcomes of ``inputs``, extracted and checked on one pool.

    Raises:
        UsageError: an unknown ``format``, a negative ``jobs``, or extractors
            that cannot be sent to another process.
        SuiteError: a suite checks a column its view does not have.
    """
    from provenance.api import _parse_format

    settings = settings_for(extractors, _parse_format(format), limits)
    pool, items, errors = _files(inputs, worker_count(jobs), settings)
    with pool:
        tables = extract_items(items, pool, progress)
        tables = replace(tables, errors=(*errors, *tables.errors))
        findings, outcomes = check_tables(tables, suites, engine, pool)
    return tables, findings, outcomes


def check(
    inputs: Inputs | Tables,
    *,
    jobs: int = 0,
    format: Format | str | None = None,
    suites: tuple[SuiteSpec, ...] | Path | None = None,
    engine: Engine = "gx",
    extractors: Extractors | None = None,
    progress: bool | None = None,
    limits: Limits = DEFAULT_LIMITS,
    cross: bool = False,
) -> CheckResult:
    """:func:`provenance.check` with the extraction on ``jobs`` worker processes.

    The suites run once over all the tables, so the cross-article rules see
    every figure (and, with ``cross``, every claim and denial): the findings
    are those of one process.

    Example:
        >>> from provenance.engines import processes
        >>> result = processes.check("examples/", jobs=2)  # doctest: +SKIP

    Raises:
        UsageError: an unknown ``format``, a negative ``jobs``, or extractors
            that cannot be sent to another process.
        SuiteError: a suite file is missing or invalid.
    """
    from provenance.api import check as check_one

    return check_one(
        inputs,
        format=format,
        suites=suites,
        engine=engine,
        extractors=extractors,
        progress=progress,
        limits=limits,
        jobs=jobs,
        cross=cross,
    )
