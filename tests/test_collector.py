"""``provenance.extract`` hides the objects alive before it from the garbage collector,
and leaves the collector as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import provenance
from provenance._collector import BATCH_YOUNG_THRESHOLD, earlier_objects_frozen
from provenance.errors import UsageError

_EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "afp_putin_trump_talks.txt"


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.enable()
    gc.set_threshold(*thresholds)


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


def test_young_collections_are_rarer_inside_and_the_threshold_comes_back() -> None:
    gc.set_threshold(700, 10, 10)
    with earlier_objects_frozen():
        assert gc.get_threshold() == (BATCH_YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_threshold_comes_back_after_an_error() -> None:
    gc.set_threshold(500, 7, 3)
    with pytest.raises(ValueError, match="failing batch"), earlier_objects_frozen():
        raise ValueError("a failing batch")
    assert gc.get_threshold() == (500, 7, 3)
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("first", [0, BATCH_YOUNG_THRESHOLD, BATCH_YOUNG_THRESHOLD * 3])
def test_a_threshold_that_is_off_or_higher_is_left_alone(first: int) -> None:
    gc.set_threshold(first, 10, 10)
    with earlier_objects_frozen():
        assert gc.get_threshold() == (first, 10, 10)
    assert gc.get_threshold() == (first, 10, 10)


def test_a_threshold_set_inside_the_block_is_kept() -> None:
    gc.set_threshold(700, 10, 10)
    with earlier_objects_frozen():
        gc.set_threshold(900, 10, 10)  # say, a plug-in extractor's own choice
    assert gc.get_threshold() == (900, 10, 10)


def test_the_threshold_is_left_alone_while_the_collector_is_off() -> None:
    gc.set_threshold(700, 10, 10)
    gc.disable()
    with earlier_objects_frozen():
        assert gc.get_threshold() == (700, 10, 10)


def test_a_failing_extract_leaves_the_collector_as_found() -> None:
    gc.set_threshold(600, 9, 8)
    with pytest.raises(UsageError):
        provenance.extract(_EXAMPLE, format="no such format", progress=False)
    assert gc.get_threshold() == (600, 9, 8)
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_the_tables_do_not_depend_on_the_threshold() -> None:
    gc.set_threshold(BATCH_YOUNG_THRESHOLD * 2, 10, 10)  # left alone: the old behaviour
    before = provenance.extract(_EXAMPLE, progress=False)
    gc.set_threshold(700, 10, 10)
    after = provenance.extract(_EXAMPLE, progress=False)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(frame, getattr(after, name), check_exact=True)
