"""Shared helpers for the export tests: the CLI in a real subprocess, articles on disk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.ledger.conftest import run_cli

__all__ = ["FIXTURES", "invoke", "run_cli"]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"

STORY = """{headline}

{place} (AFP) - {speaker} said on Monday that {count} people were evacuated from {place}.

The ministry said about {more} homes had no power, a figure the town council disputed.

Residents queue for water in {place} on Monday. (Photo: {credit})

AFP
"""


@pytest.fixture
def write_story(tmp_path: Path) -> Callable[..., Path]:
    """Write a small AFP wire story with a dateline, claims, figures and a photo credit."""

    def write(name: str, **fields: object) -> Path:
        values: dict[str, object] = {
            "headline": f"Floods force evacuations in {name}",
            "place": name.upper(),
            "speaker": "Mayor Anna Kowalski",
            "count": 1200,
            "more": 300,
            "credit": "Jan NOWAK / AFP",
        }
        values.update(fields)
        path = tmp_path / f"{name.lower()}.txt"
        path.write_text(STORY.format(**values), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def prov_model():  # type: ignore[no-untyped-def]
    """The ``prov`` package's model module (the tests that need it skip without the extra)."""
    return pytest.importorskip("prov.model", reason="needs the prov extra")


def invoke(args: Sequence[str]) -> Any:
    """The ``provenance`` command in this process (click's runner; stdout and stderr apart)."""
    from click.testing import CliRunner

    from provenance.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)
