"""Fixtures for the tamper-evidence tests: stories in real files, ingested into a real ledger."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

Ingested = Callable[[Path, int], tuple[Path, list[Path]]]


def wire_story(i: int) -> str:
    """A short AFP story in plain-text layout with claims and figures; ``i`` varies it."""
    return (
        f"Floods leave {i + 4} dead in river towns, report {i}\n\n"
        f"PARIS (AFP) - At least {i + 4} people died in floods overnight, the regional "
        f"prefect said on Tuesday.\n\n"
        f"Rescuers said they had evacuated about {200 + 11 * i:,} residents, while the "
        f"weather service warned that up to {30 + i} centimetres of rain could fall.\n\nAFP\n"
    )


@pytest.fixture
def ingested() -> Ingested:
    """Write ``n`` stories into ``folder/feed`` and ingest them; ``(ledger, story paths)``."""
    from provenance.ledger import ingest

    def build(folder: Path, n: int) -> tuple[Path, list[Path]]:
        feed = folder / "feed"
        feed.mkdir(parents=True)
        paths = []
        for i in range(n):
            path = feed / f"story_{i}.txt"
            path.write_text(wire_story(i), encoding="utf-8")
            paths.append(path)
        ledger = folder / "news.duckdb"
        result = ingest([str(p) for p in paths], ledger=ledger)
        assert result.added == n
        assert not result.errors
        return ledger, paths

    return build
