"""The blind round 42 matrix of credit lines and captions (see ``credits_blind42``)."""

from __future__ import annotations

import pytest

from provenance import extract_credits

from .credits_blind42 import CAPTIONS, LINES, XFAIL_CAPTIONS, XFAIL_LINES, Case, key


def _params(cases: list[Case], misses: frozenset[str]) -> list[object]:
    return [
        pytest.param(
            text,
            expected,
            id=key(text),
            marks=[pytest.mark.xfail(strict=True)] if key(text) in misses else [],
        )
        for text, expected in cases
    ]


@pytest.mark.parametrize(("credit", "expected"), _params(LINES, XFAIL_LINES))
def test_credit_line_parties(credit: str, expected: tuple[object, ...]) -> None:
    """A credit line gives exactly the parties a reader names, with their roles, in order."""
    got = tuple((party.name, party.role) for party in extract_credits(credit))
    assert got == expected


@pytest.mark.parametrize(("caption", "expected"), _params(CAPTIONS, XFAIL_CAPTIONS))
def test_caption_credit_parties(caption: str, expected: tuple[object, ...]) -> None:
    """A credit inline in a caption gives its parties; a caption without one gives none."""
    got = tuple((party.name, party.role) for party in extract_credits("", caption=caption))
    assert got == expected


def test_matrix_has_no_duplicates() -> None:
    """Every case is written once, so a miss is counted once."""
    texts = [text for text, _ in LINES + CAPTIONS]
    assert len({key(text) for text in texts}) == len(texts)
    assert {key(text) for text, _ in LINES} >= XFAIL_LINES
    assert {key(text) for text, _ in CAPTIONS} >= XFAIL_CAPTIONS
