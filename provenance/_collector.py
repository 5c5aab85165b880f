"""The garbage collector during one batch call: what was alive before it is left alone,
and the young generation is collected less often."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["BATCH_YOUNG_THRESHOLD", "earlier_objects_frozen"]

#: The youngest generation's threshold inside a batch call (CPython's default is 700).
#: Net new container objects (allocations less deallocations) before a young collection:
#: a batch keeps most of what it makes (records, documents, rows) until its tables are
#: built, and makes few reference cycles, so young collections there walk live objects
#: and free nothing. At this threshold a call on a few hundred files runs none; a batch
#: of thousands still collects, and at most this many objects wait for a collection.
BATCH_YOUNG_THRESHOLD = 50_000


@contextmanager
def earlier_objects_frozen() -> Iterator[None]:
    """Inside the block, the collector's passes skip the objects that were alive before it,
    and its young collections come after :data:`BATCH_YOUNG_THRESHOLD` new objects.

    A full collection walks every object the collector tracks. Over a batch of
    thousands of articles it runs a few times, and most of what it walks was alive
    before the call: the imported modules, the lexicons and the compiled patterns
    (some 165,000 objects once warm), none of which the batch turns into garbage.
    :func:`gc.freeze` puts them out of its sight; :func:`gc.unfreeze` puts them back
    at the end, in the oldest generation. A young collection (every 700 new objects by
    default) walks what the batch made so far and is still using: on 200 BBC files, 24
    of them and 2 of the middle generation freed nothing and cost 1.3% of the call's
    instructions. The first threshold is raised to :data:`BATCH_YOUNG_THRESHOLD` for the
    block (never lowered) and put back at the end, unless it was changed inside.

    Nothing is done when the collector is off. Objects are not frozen when some are
    frozen already (the caller's own freeze, as a server does before it forks, is never
    undone, and a nested call leaves the outer one's in place). What changes for the
    caller: objects it made just before the call come back in the oldest generation, so
    a reference cycle among them is collected by the next full collection, not the next
    young one; the objects the call made are walked by the first young collection after
    it, not during it.

    Example:
        >>> import gc
        >>> before = gc.get_threshold()
        >>> with earlier_objects_frozen():
        ...     inside = gc.get_freeze_count() > 0 or not gc.isenabled()
        >>> inside, gc.get_freeze_count(), gc.get_threshold() == before
        (True, 0, True)
    """
    if not gc.isenabled():
        yield
        return
    thresholds = gc.get_threshold()
    # 0 turns automatic collection off: left as it is, as is a threshold set higher
    raised = (
        (BATCH_YOUNG_THRESHOLD, *thresholds[1:])
        if 0 < thresholds[0] < BATCH_YOUNG_THRESHOLD
        else None
    )
    freeze = not gc.get_freeze_count()
    if freeze:
        gc.freeze()
    if raised is not None:
        gc.set_threshold(*raised)
    try:
        yield
    finally:
        if raised is not None and gc.get_threshold() == raised:
            gc.set_threshold(*thresholds)
        if freeze:
            gc.unfreeze()
