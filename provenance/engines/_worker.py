"""What runs inside a worker process of the ``processes`` engine.

Each worker builds ONE :class:`~provenance.extractors.pipeline.Extractors`
when it starts (the lexicons and the source table load once per process) and
then extracts chunks of inputs into validated tables. It ignores Ctrl-C: the
parent owns the interrupt and stops the pool.
"""

from __future__ import annotations

import functools
import io
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.errors import ReadError
from provenance.ingest.document import Document
from provenance.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from multiprocessing.queues import SimpleQueue

    import numpy as np
    import pandas as pd

    from provenance.enums import Format
    from provenance.extractors.pipeline import Extractors
    from provenance.findings import ExpectationOutcome
    from provenance.suites import Engine, SuiteSpec
    from provenance.tables.bundle import Tables

__all__ = ["Settings", "check_part", "dump_extractors", "init_worker", "run_chunk", "warm"]

Item = str | Path | Document


def _cached(fn: Callable[..., Any], maxsize: int | None, typed: bool) -> Callable[..., Any]:
    return functools.lru_cache(maxsize=maxsize, typed=typed)(fn)


class _Pickler(pickle.Pickler):
    """Pickles a cache an object owns (``lru_cache(fn)`` in an attribute) as a new, empty one."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, functools._lru_cache_wrapper):
            module = sys.modules.get(getattr(obj, "__module__", "") or "")
            if getattr(module, getattr(obj, "__qualname__", ""), None) is not obj:
                params = obj.cache_parameters()
                return (_cached, (obj.__wrapped__, params["maxsize"], params["typed"]))
        return NotImplemented


def dump_extractors(extractors: Extractors) -> bytes:
    """``extractors`` pickled for a worker process, their own caches sent empty.

    Raises:
        pickle.PicklingError, TypeError, AttributeError: a part cannot be pickled
            (a lambda, a local function, an open file).
    """
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(extractors)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class Settings:
    """What every chunk of one run is extracted with (sent once, to each worker).

    ``extractors`` are pickled by :func:`dump_extractors` (None: the defaults,
    built in the worker).
    """

    extractors: bytes | None = None
    format: Format | None = None
    limits: Limits = DEFAULT_LIMITS
    validate: bool = True


@dataclass(slots=True)
class _State:
    extractors: Extractors
    settings: Settings
    started: SimpleQueue[tuple[int, int]] | None


# This worker process's one extractor set and settings, made by init_worker.
_STATE: list[_State] = []


def warm() -> None:
    """Load what every extraction needs (lexicons, patterns, table models) into this process."""
    from provenance.extractors.pipeline import Extractors, extract_document
    from provenance.ingest import read_text
    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    text = "Title\n\nKYIV (AFP) - Zelensky said about 53,000 soldiers died on June 3.\n\nAFP"
    validate_tables(build_tables([extract_document(read_text(text)[0], Extractors())]))


def init_worker(settings: Settings, started: SimpleQueue[tuple[int, int]] | None) -> None:
    """Set up a worker: ignore Ctrl-C, build the extractors once."""
    from provenance.extractors.pipeline import Extractors

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    given = settings.extractors
    extractors = pickle.loads(given) if given is not None else Extractors()
    _STATE[:] = [_State(extractors, settings, started)]


def _documents(
    items: Sequence[Item], settings: Settings, errors: list[ReadError]
) -> Iterator[Document]:
    """The documents of the items, read in order; an unreadable one is an error."""
    from provenance.engines.rows import read_documents
    from provenance.ingest import settle_document

    for item in items:
        try:
            if isinstance(item, Document):
                yield settle_document(item, settings.limits)
            else:
                yield from read_documents(
                    item, format=settings.format, limits=settings.limits, errors=errors
                )
        except ReadError as exc:
            errors.append(exc)


def run_chunk(task: int, items: Sequence[Item]) -> Tables:
    """The validated tables of one chunk of inputs, their errors on ``Tables.errors``."""
    from dataclasses import replace

    from provenance.api import _safely
    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    state = _STATE[0]
    if state.started is not None:  # tells the parent which task a dead worker was running
        state.started.put((os.getpid(), task))
    settings = state.settings
    errors: list[ReadError] = []
    docs = _documents(items, settings, errors)
    tables = build_tables(
        _safely(docs, state.extractors, errors, settings.limits), typed=settings.validate
    )
    if settings.validate:  # the frames were just built here: coerced in place, not copied
        tables = validate_tables(tables, inplace=True)
    return replace(tables, errors=tuple(errors))


def check_part(
    part: Tables, party_only: np.ndarray, suites: tuple[SuiteSpec, ...], engine: Engine
) -> tuple[pd.DataFrame, tuple[ExpectationOutcome, ...]]:
    """The findings and outcomes of the suites over the views of some whole articles.

    ``part`` holds whole articles (their claims, figures and credits) and the
    sources they name; ``party_only`` is the one cross-article column, computed
    over every figure, in the order of ``part.figures``. Every other view
    column depends on one article, so these findings are those of all the
    articles restricted to ``part``.
    """
    import pandas as pd

    from provenance.rules.views import local_views
    from provenance.suites import run_on_views

    views = local_views(part)
    figures = views["figures"]
    flags = pd.Series(party_only, index=figures.index, dtype=bool)
    return run_on_views(
        suites, {**views, "figures": figures.assign(party_only=flags)}, engine=engine
    )
