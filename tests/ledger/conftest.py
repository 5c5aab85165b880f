"""Fixtures for the ledger tests: small wire stories written to real files."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

PLACES = ("Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Sumy")

Stories = Callable[[Path, int], list[Path]]


def story(i: int) -> str:
    """A short AFP wire story in plain-text layout; ``i`` varies its figures and place."""
    place = PLACES[i % len(PLACES)]
    return (
        f"Strikes on {place} kill {i + 3} people, story {i}\n\n"
        f"KYIV (AFP) - At least {i + 3} people were killed in strikes on {place} "
        f"overnight, regional governor Oleh Synegubov said on Telegram.\n\n"
        f"Ukraine's air force said it shot down {10 + i % 40} of {20 + i % 50} drones. "
        f"Moscow claimed its forces had destroyed about {1000 + 7 * i:,} Ukrainian positions, "
        f"which Kyiv denied.\n\nAFP\n"
    )


def ninjs(uri: str, headline: str, body: str) -> str:
    """A minimal ninjs 3 item with a uri (the key of a corrected version)."""
    return json.dumps(
        {
            "uri": uri,
            "type": "text",
            "headlines": [{"role": "main", "value": headline}],
            "bodies": [{"role": "text", "contentType": "text/plain", "value": body}],
            "copyrightHolder": {"name": "AFP"},
        }
    )


@pytest.fixture
def stories() -> Stories:
    """Write stories ``0..n-1`` as ``story_<i>.txt`` into a folder; the paths."""

    def write(folder: Path, n: int) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in range(n):
            path = folder / f"story_{i:05d}.txt"
            path.write_text(story(i), encoding="utf-8")
            paths.append(path)
        return paths

    return write


def run_cli(args: Sequence[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """The ``provenance`` command in a real subprocess (text output captured)."""
    return subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,  # type: ignore[call-overload]
    )


def sorted_frame(frame, key: str):  # type: ignore[no-untyped-def]
    """``frame`` sorted by ``key`` with a fresh index, to compare row sets."""
    return frame.sort_values(key).reset_index(drop=True)
