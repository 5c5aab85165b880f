"""Round 47's blind matrix of credit lines and captions, scored through ``extract_credits``.

The lines and captions were written before the credit splitter was read
(``credits_blind47.py``); the ones the splitter missed at the base (4c327ce) are strict
xfails, so a fix that makes one pass must flip it here.
"""

from __future__ import annotations

import pytest

from provenance.extractors.credits import extract_credits
from tests.extractors.credits_blind47 import CAPTIONS, LINES, matches

LINE_MISSES: frozenset[str] = frozenset(
    {
        "Contributed",
        "Photo by Megan Voss | The Oregonian/OregonLive",
        "Dessin : Plantu",
        "VNA/VNS Photo Văn Điệp",
    }
)

CAPTION_MISSES: frozenset[str] = frozenset()

_MISSED = pytest.mark.xfail(strict=True, reason="missed at base")


def _params(rows: tuple[tuple[str, str], ...], misses: frozenset[str]) -> list[object]:
    return [
        pytest.param(text, spec, id=text, marks=[_MISSED] if text in misses else [])
        for text, spec in rows
    ]


def test_every_miss_is_in_the_matrix() -> None:
    """A miss named here that is no row of the matrix is a typo that hides nothing."""
    assert {line for line, _ in LINES} >= LINE_MISSES
    assert {caption for caption, _ in CAPTIONS} >= CAPTION_MISSES


@pytest.mark.parametrize(("line", "spec"), _params(LINES, LINE_MISSES))
def test_credit_line(line: str, spec: str) -> None:
    """A credit line gives exactly the parties the guideline names, with their roles."""
    got = [(party.name, str(party.role)) for party in extract_credits(line)]
    assert matches(got, spec), got


@pytest.mark.parametrize(("caption", "spec"), _params(CAPTIONS, CAPTION_MISSES))
def test_caption_credit(caption: str, spec: str) -> None:
    """A credit inline in a caption is found; a caption with none gives no party."""
    got = [(party.name, str(party.role)) for party in extract_credits("", caption=caption)]
    assert matches(got, spec), got
