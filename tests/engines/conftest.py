"""Shared fixtures of the engine tests: a directory of sample articles, written once."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.testing.engines import sample_articles


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 sample articles with copies, cross-article party figures and a bad file."""
    root = tmp_path_factory.mktemp("sample")
    sample_articles(root, 300, seed=7)
    return root


@pytest.fixture(scope="session")
def small_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 sample articles (the same kinds of cases), for tests that extract many times."""
    root = tmp_path_factory.mktemp("small")
    sample_articles(root, 40, seed=3)
    return root
