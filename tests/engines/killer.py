"""A claims plug-in that kills its process on a marker: a worker crash, for real."""

from __future__ import annotations

import os

from provenance.extractors.claims import RuleBasedExtractor
from provenance.extractors.records import ClaimSpan
from provenance.extractors.sources import SourceRegistry

#: A body holding this kills the process extracting it.
MARKER = "KILL-THIS-WORKER"


class Killer:
    """The rule-based claims step, except that a body with :data:`MARKER` ends the process."""

    def __init__(self) -> None:
        self.rules = RuleBasedExtractor()

    def __call__(self, text: str, *, sources: SourceRegistry) -> tuple[ClaimSpan, ...]:
        """Claims of ``text``; ``os._exit(3)`` when it holds the marker (no cleanup, no error)."""
        if MARKER in text:
            os._exit(3)
        return self.rules(text, sources=sources)


def write_half_a_result(flag: str) -> None:
    """Send the start of a result to the pool, touch ``flag``, then hang.

    What a worker killed while sending a large result leaves in the pipe. The
    result queue is read from the caller's frame in ``concurrent.futures``.
    """
    import inspect
    import struct
    import time
    from pathlib import Path

    queue = next(
        f.frame.f_locals["result_queue"]
        for f in inspect.stack()
        if "result_queue" in f.frame.f_locals
    )
    os.write(queue._writer.fileno(), struct.pack("!i", 1 << 20) + b"half a result")
    Path(flag).touch()
    time.sleep(120)
