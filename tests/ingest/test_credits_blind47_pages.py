"""Round 47's blind page layouts, scored through the ``photo_credits`` table.

The pages were written before the HTML credit finder was read
(``credits_blind47_pages.py``); the ones missed at the base (4c327ce) are strict xfails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import provenance
from tests.extractors.credits_blind47 import matches
from tests.ingest.credits_blind47_pages import PAGES

PAGE_MISSES: frozenset[str] = frozenset()

_MISSED = pytest.mark.xfail(strict=True, reason="missed at base")


def test_every_miss_is_a_page_of_the_matrix() -> None:
    """A miss named here that is no page of the matrix is a typo that hides nothing."""
    assert {name for name, *_ in PAGES} >= PAGE_MISSES


@pytest.mark.parametrize(
    ("name", "suffix", "content", "spec"),
    [
        pytest.param(*page, id=page[0], marks=[_MISSED] if page[0] in PAGE_MISSES else [])
        for page in PAGES
    ],
)
def test_page_credits(tmp_path: Path, name: str, suffix: str, content: str, spec: str) -> None:
    """A page's pictures give exactly the parties its credits name, each once."""
    path = tmp_path / f"{name}.{suffix}"
    path.write_text(content, encoding="utf-8")
    tables = provenance.extract(path)
    assert not tables.errors
    credits = tables.photo_credits
    got = [
        (None if not isinstance(n, str) else n, str(r))
        for n, r in zip(credits["name"], credits["role"], strict=True)
    ]
    assert matches(got, spec), got
