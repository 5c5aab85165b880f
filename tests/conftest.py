"""Shared fixtures: the bundled seed article and its extraction, computed once."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Timing belongs in the benchmark scripts, never in tests: hypothesis's default deadline
# (200 ms an example) failed a property test when the shared machine was busy.
settings.register_profile("provenance", deadline=None)
settings.load_profile("provenance")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "afp_putin_trump_talks.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The AFP article the project started from (a copy ships in examples/)."""
    return SEED


@pytest.fixture(scope="session")
def seed_tables():  # type: ignore[no-untyped-def]
    """The seed's validated tables."""
    import provenance

    return provenance.extract(SEED)


@pytest.fixture(scope="session")
def seed_result():  # type: ignore[no-untyped-def]
    """The seed checked with the Great Expectations engine."""
    import provenance

    return provenance.check(SEED, engine="gx")
