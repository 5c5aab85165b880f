"""bench/claims.py: hedge and denial cue scores, and the figure outside gold contents.

The bench module is loaded from its path (bench/ is no package); the gold rows and the
predictions are written here, no corpus is read.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.bench.loader import load_bench


@pytest.fixture(scope="module")
def claims_bench() -> ModuleType:
    """The bench module, with bench/ on the path for its sibling imports."""
    return load_bench("bench_claims", "claims")


def _hedge(start: int, end: int) -> dict[str, Any]:
    return {"status": "hedged", "cue_start": start, "cue_end": end, "nested": False}


def test_gold_contents_keep_each_piece(claims_bench: ModuleType) -> None:
    """A split content gives its pieces, so the cue between them is inside neither."""
    gold = [
        {"doc": "d", "attributions": [{"content": {"spans": [[0, 20], [31, 60]]}}]},
        {"doc": "d", "attributions": [{"content": {"spans": [[70, 90]]}}, {"cue": {}}]},
    ]
    contents = claims_bench._gold_contents(gold)
    assert contents == {"d": [(0, 20), (31, 60), (70, 90)]}
    assert not claims_bench._inside_any(22, 29, contents["d"])
    assert claims_bench._inside_any(40, 47, contents["d"])


def test_inside_means_wholly_inside(claims_bench: ModuleType) -> None:
    """A cue that only overlaps a content's edge is not inside it."""
    assert claims_bench._inside_any(5, 10, [(5, 10)])
    assert not claims_bench._inside_any(4, 10, [(5, 10)])
    assert not claims_bench._inside_any(8, 12, [(5, 10)])
    assert not claims_bench._inside_any(1, 3, [])


def test_outside_gold_content_counts_only_open_cues(claims_bench: ModuleType) -> None:
    """A wrong hedge inside a gold content leaves the plain precision and not the new one."""
    cues = {"d": [("d_a", "hedge", 10, 17), ("d_a", "neutral", 50, 54)]}
    predicted = {"d": [_hedge(10, 17), _hedge(60, 67), _hedge(120, 127)]}
    contents = {"d": [(55, 100)]}
    out = claims_bench._status_scores(cues, predicted, contents)
    assert out["hedge_precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert out["hedge_predicted_outside_gold_content"] == 2
    assert out["hedge_precision_outside_gold_content"] == pytest.approx(1 / 2, abs=1e-4)
    assert out["hedge_recall"] == 1.0
    assert out["denial_precision_outside_gold_content"] is None


def test_without_contents_every_cue_is_open(claims_bench: ModuleType) -> None:
    """With no gold contents given the figure equals the plain precision."""
    cues = {"d": [("d_a", "hedge", 10, 17)]}
    predicted = {"d": [_hedge(10, 17), _hedge(60, 67)]}
    out = claims_bench._status_scores(cues, predicted)
    assert out["hedge_precision_outside_gold_content"] == out["hedge_precision"]
    assert out["hedge_predicted_outside_gold_content"] == out["hedge_predicted"]
