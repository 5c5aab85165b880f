"""Round 47's page rule: page data repeating a figure's credit is one picture, not two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import provenance


def _page(figure_credit: str, data: dict[str, object]) -> str:
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return (
        f"<html><head><title>Snow</title>{script}</head><body><article><h1>Snow</h1>"
        '<figure><img src="https://example.com/snow.jpg" alt=""><figcaption>Snow on the pass. '
        f'<span class="credit">{figure_credit}</span></figcaption></figure>'
        "<p>Roads were closed, police said.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("data", "credit_lines"),
    [
        # the same credit again in JSON-LD: one picture
        (
            {"@type": "ImageObject", "url": "x.jpg", "creditText": "Jane Roe/AP"},
            ["Jane Roe/AP"],
        ),
        # another credit: another picture
        (
            {"@type": "ImageObject", "url": "y.jpg", "creditText": "John Doe/Reuters"},
            ["Jane Roe/AP", "John Doe/Reuters"],
        ),
        # the same credit with a creator the line does not hold: kept
        (
            {
                "@type": "ImageObject",
                "creditText": "Jane Roe/AP",
                "creator": {"@type": "Person", "name": "Ann Lee"},
            },
            ["Jane Roe/AP", "Jane Roe/AP"],
        ),
    ],
)
def test_page_data_repeating_a_credit(
    tmp_path: Path, data: dict[str, object], credit_lines: list[str]
) -> None:
    """Only a page-data picture that adds nothing to a shown figure's credit is dropped."""
    path = tmp_path / "page.html"
    path.write_text(_page("Jane Roe/AP", data), encoding="utf-8")
    pictures = provenance.read(path).documents[0].pictures
    assert sorted(p.credit_line or "" for p in pictures) == credit_lines
