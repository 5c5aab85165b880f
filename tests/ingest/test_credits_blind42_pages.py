"""The blind round 42 matrix of page layouts (see ``credits_blind42_pages``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import CreditRole, extract

from .credits_blind42_pages import PAGES, XFAIL_PAGES, Party


def _page_parties(path: Path) -> frozenset[Party]:
    credits = extract([str(path)], format="html", validate=False).photo_credits
    return frozenset(
        (name if isinstance(name, str) else None, CreditRole(role))
        for name, role in zip(credits["name"], credits["role"], strict=True)
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(
            html,
            expected,
            id=page_id,
            marks=[pytest.mark.xfail(strict=True)] if page_id in XFAIL_PAGES else [],
        )
        for page_id, html, expected in PAGES
    ],
)
def test_page_credit_parties(tmp_path: Path, html: str, expected: frozenset[Party]) -> None:
    """A page's pictures give exactly the parties of their credits, wherever it is put."""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert _page_parties(path) == expected


def test_page_ids_are_unique() -> None:
    """Every page is written once, and every expected miss names a page."""
    ids = [page_id for page_id, _, _ in PAGES]
    assert len(ids) == len(set(ids))
    assert set(ids) >= XFAIL_PAGES
