"""Worker processes that extract chunks of inputs, and survive a worker that dies.

A :class:`WorkerPool` runs chunks on a ``concurrent.futures`` process pool
(``forkserver`` where the platform has it, else ``spawn``: never ``fork``,
which copies the parent's threads and locks). When a worker dies (a crash in
native code, the out-of-memory killer, ``os._exit`` in a plug-in), the pool
breaks; the chunks finished before are kept, the chunks that had not started
run again on a new pool, and the chunks that were running are run alone,
halved until the input that kills a worker is found. That input becomes one
:class:`~provenance.errors.ExtractionError`; every other input is extracted.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from provenance.engines._worker import Item, Settings, init_worker, run_chunk
from provenance.errors import ExtractionError, ProvenanceError

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.queues import SimpleQueue

    from provenance.tables.bundle import Tables

__all__ = ["WorkerPool", "chunked", "start_server"]

_T = TypeVar("_T")

#: What a forkserver imports once, so each worker it forks starts warm.
_PRELOAD = ["provenance.engines._warm"]


def chunked(items: Sequence[Item], jobs: int, most: int = 1024) -> list[list[Item]]:
    """``items`` in order, in chunks that shrink as the work runs out (guided scheduling).

    Each chunk is a quarter of a worker's share of what is left (at most
    ``most`` items, at least an eighth of a worker's share of everything, capped
    at 32): large chunks first, so that the fixed cost of a chunk (building and
    validating its tables, about 25 ms) is paid few times, and small ones at the
    end, so that no worker waits long for the last chunk of another.

    Example:
        >>> sizes = [len(c) for c in chunked(list(range(16000)), 2)]
        >>> max(sizes), sum(sizes), sizes == sorted(sizes, reverse=True)
        (1024, 16000, True)
        >>> len(sizes) < 16000 // 256  # fewer than chunks of 256 would be
        True
        >>> [len(c) for c in chunked(list(range(3)), 2)]
        [1, 1, 1]
    """
    least = max(1, min(32, len(items) // (8 * jobs)))
    chunks: list[list[Item]] = []
    start = 0
    while start < len(items):
        left = len(items) - start
        size = max(least, min(most, -(-left // (4 * jobs))))
        chunks.append(list(items[start : start + size]))
        start += size
    return chunks


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def start_server() -> None:
    """Start the forkserver now: it loads the lexicons while this process does other work.

    Otherwise it starts with the first worker, and the parent waits for it.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        from multiprocessing import forkserver

        _context()  # sets the preload the server starts with
        forkserver.ensure_running()


def _path(item: Item) -> str:
    return str(item) if isinstance(item, (str, Path)) else item.path


def _no_start() -> ProvenanceError:
    return ProvenanceError(
        "the worker processes died before they could start (the main program re-runs in "
        'each worker: put it under `if __name__ == "__main__":`, or check memory); '
        "jobs=1 runs without workers"
    )


def _died(item: Item) -> Tables:
    """Empty tables with the error of an input whose worker died."""
    from dataclasses import replace

    from provenance.tables.build import build_tables
    from provenance.tables.validate import validate_tables

    error = ExtractionError(
        _path(item),
        "the worker process extracting it died (a crash in native code, a plug-in "
        "that exits, or the system out of memory)",
        "the other inputs were extracted; check this one, and report it if it is a valid document",
    )
    return replace(validate_tables(build_tables([])), errors=(error,))


def _kill_workers(executor: ProcessPoolExecutor) -> None:
    """End the executor's workers now, and unblock the thread that reads their results.

    A worker killed while it writes a result leaves half a message in the result
    pipe, and the executor's thread waits for the rest forever: this process
    holds the pipe's write end too. ``ProcessPoolExecutor`` has no public way to
    stop its workers before Python 3.14, hence the private attributes, read with
    ``getattr`` so a change in them only loses this fix. Once the workers are
    gone, closing this process's write end turns that wait into end-of-file,
    which the executor takes for a broken pool, and its shutdown ends.
    """
    processes: dict[int, Any] = getattr(executor, "_processes", None) or {}
    workers = list(processes.values())
    for process in workers:
        process.terminate()
    for process in workers:
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
    writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


class WorkerPool:
    """``jobs`` worker processes extracting chunks with one set of :class:`Settings`.

    Use it as a context manager; the processes stop on exit, at once when an
    exception (Ctrl-C included) leaves the block. Reusable across runs (the
    ledger extracts batch after batch on one pool).

    Example:
        >>> with WorkerPool(2, Settings()) as pool:  # doctest: +SKIP
        ...     parts = pool.run([["a.txt"], ["b.txt"]])
    """

    def __init__(self, jobs: int, settings: Settings) -> None:
        self.jobs = jobs
        self.settings = settings
        self._executor: ProcessPoolExecutor | None = None
        self._started: SimpleQueue[tuple[int, int]] | None = None
        self._workers = 0

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.close(kill=kind is not None)

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        if self._executor is None or self._workers != workers:
            self.close()
            ctx = _context()
            self._started = ctx.SimpleQueue()
            self._executor = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=ctx,
                initializer=init_worker,
                initargs=(self.settings, self._started),
            )
            self._workers = workers
        return self._executor

    def close(self, *, kill: bool = False) -> None:
        """Stop the workers: after their current chunk, or at once with ``kill``."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if kill:
            _kill_workers(executor)
        executor.shutdown(wait=True, cancel_futures=True)
        if self._started is not None:
            self._started.close()
            self._started = None

    def _began(self) -> set[int]:
        """The tasks the workers said they started (read after the pool broke)."""
        began: set[int] = set()
        queue = self._started
        while queue is not None and not queue.empty():
            began.add(queue.get()[1])
        return began

    def _round(
        self,
        tasks: dict[int, list[Item]],
        results: dict[int, list[Tables]],
        done: Callable[[int], None],
    ) -> tuple[list[int], list[int]]:
        """Run ``tasks`` in parallel; if the pool breaks: (running, not started) task ids."""
        executor = self._pool(min(self.jobs, len(tasks)))
        futures: dict[Future[Tables], int] = {
            executor.submit(run_chunk, task, items): task for task, items in tasks.items()
        }
        pending = set(futures)
        broken = False
        while pending and not broken:
            finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
            for future in finished:
                try:
                    results[futures[future]] = [future.result()]
                except BrokenProcessPool:
                    broken = True
                else:
                    done(len(tasks[futures[future]]))
        if not broken:
            return [], []
        for future, task in futures.items():  # finished just before the break: keep them
            if task not in results and future.done() and future.exception() is None:
                results[task] = [future.result()]
                done(len(tasks[task]))
        began = self._began()
        self.close()
        if not began:  # no worker got as far as a task: starting them fails
            raise _no_start()
        unfinished = [t for t in tasks if t not in results]
        return [t for t in unfinished if t in began], [t for t in unfinished if t not in began]

    def _alone(self, items: list[Item]) -> Tables | None:
        """The tables of ``items`` on a worker of their own; None if it died."""
        executor = self._pool(1)
        try:
            return executor.submit(run_chunk, -1, items).result()
        except BrokenProcessPool:
            began = self._began()
            self.close()
            if not began:
                raise _no_start() from None
            return None

    def _isolate(self, items: list[Item]) -> list[Tables]:
        """The tables of ``items`` without the ones that kill a worker (halving)."""
        tables = self._alone(items)
        if tables is not None:
            return [tables]
        if len(items) == 1:
            return [_died(items[0])]
        half = len(items) // 2
        return self._isolate(items[:half]) + self._isolate(items[half:])

    def run(
        self, chunks: Sequence[list[Item]], done: Callable[[int], None] = lambda n: None
    ) -> list[Tables]:
        """The tables of each chunk, in order (a chunk may give several parts).

        ``done(n)`` is called as chunks of ``n`` inputs finish (a progress bar).
        """
        results: dict[int, list[Tables]] = {}
        todo = dict(enumerate(chunks))
        while todo:
            running, waiting = self._round(todo, results, done)
            for task in running:
                results[task] = self._isolate(todo[task])
                done(len(todo[task]))
            todo = {task: todo[task] for task in waiting}
        return [part for task in range(len(chunks)) for part in results[task]]

    def map(self, fn: Callable[..., _T], calls: Sequence[tuple[Any, ...]]) -> list[_T] | None:
        """``fn(*args)`` for each of ``calls`` on the workers, in order; None if a worker died.

        For work that kills no worker (the suites over extracted tables): the
        caller runs it itself when a worker dies. The running workers are kept
        (no new pool) when there are fewer calls than workers.
        """
        executor = self._executor or self._pool(min(self.jobs, len(calls)))
        futures = [executor.submit(fn, *args) for args in calls]
        try:
            return [future.result() for future in futures]
        except BrokenProcessPool:
            self.close()
            return None
