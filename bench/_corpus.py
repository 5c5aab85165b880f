"""Reading the research corpus and its reference scorer from ``../shared`` (never copied here)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

__all__ = ["load_jsonl", "load_scorer", "print_metrics"]


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Every JSON object of a JSONL file, blank lines skipped."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_scorer(shared: Path) -> Any:
    """The reference scorer module ``<shared>/eval/score.py``, imported from its path.

    Raises:
        ImportError: the scorer is not there.
    """
    path = shared / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("_shared_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def print_metrics(result: dict[str, Any]) -> None:
    """Print a flat dict of metrics as two aligned columns."""
    width = max(len(k) for k in result)
    print(f"{'metric':<{width}}  value")
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
