"""The garbage collector during one batch call: what was alive before it is left alone."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["earlier_objects_frozen"]


@contextmanager
def earlier_objects_frozen() -> Iterator[None]:
    """Inside the block, the collector's passes skip the objects that were alive before it.

    A full collection walks every object the collector tracks. Over a batch of
    thousands of articles it runs a few times, and most of what it walks was alive
    before the call: the imported modules, the lexicons and the compiled patterns
    (some 165,000 objects once warm), none of which the batch turns into garbage.
    :func:`gc.freeze` puts them out of its sight; :func:`gc.unfreeze` puts them back
    at the end, in the oldest generation. The collector's settings are not touched.

    Nothing is done when the collector is off, or when objects are frozen already
    (the caller's own freeze, as a server does before it forks, is never undone, and
    a nested call leaves the outer one's in place). What changes for the caller:
    objects it made just before the call come back in the oldest generation, so a
    reference cycle among them is collected by the next full collection, not the
    next young one.

    Example:
        >>> import gc
        >>> with earlier_objects_frozen():
        ...     inside = gc.get_freeze_count() > 0 or not gc.isenabled()
        >>> inside, gc.get_freeze_count()
        (True, 0)
    """
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
