"""``provenance.extract`` hides the objects alive before it from the garbage collector,
and leaves the collector as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import provenance
from provenance._collector import earlier_objects_frozen

_EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "afp_putin_trump_talks.txt"


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    yield
    gc.unfreeze()
    gc.enable()


def test_objects_are_frozen_inside_and_unfrozen_after() -> None:
    before = object()  # a tracked object made before the block
    holder = [before]
    with earlier_objects_frozen():
        assert gc.get_freeze_count() > 0
        assert not any(o is holder for o in gc.get_objects())  # frozen: out of sight
    assert gc.get_freeze_count() == 0
    assert any(o is holder for o in gc.get_objects(generation=2))


def test_unfrozen_after_an_error() -> None:
    with pytest.raises(ValueError, match="failing batch"), earlier_objects_frozen():
        raise ValueError("a failing batch")
    assert gc.get_freeze_count() == 0


def test_a_callers_freeze_is_left_in_place() -> None:
    marker = [object()]
    gc.freeze()
    with earlier_objects_frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() > 0
    assert not any(o is marker for o in gc.get_objects())  # the caller's freeze holds


def test_nothing_is_frozen_while_the_collector_is_off() -> None:
    gc.disable()
    with earlier_objects_frozen():
        assert gc.get_freeze_count() == 0
    assert not gc.isenabled()


def test_extract_leaves_the_collector_as_found() -> None:
    thresholds = gc.get_threshold()
    tables = provenance.extract(_EXAMPLE, progress=False)
    assert len(tables.articles) == 1
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    assert gc.get_threshold() == thresholds
    marker = [object()]  # alive through the call, frozen by the caller
    gc.freeze()
    provenance.extract(_EXAMPLE, progress=False)
    # still frozen: a frozen object is out of the collector's sight. (The freeze count
    # itself may fall: frozen objects that die during the call leave the frozen set.)
    assert gc.get_freeze_count() > 0
    assert not any(o is marker for o in gc.get_objects())
