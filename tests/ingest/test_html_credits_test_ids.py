"""React pages name a picture's caption and credit in ``data-testid``, not in a class.

``<p data-testid="hero-caption">`` is the caption and ``<span data-testid="photo-credit">``
the credit beside it, as a class holding the lexicon's caption and credit words would be.
The neighbours: a test id naming neither ("share-button", "hero-media") is no caption or
credit, and a caption element holding no credit gives no picture.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.credits import credits_for
from provenance.ingest import read_file


def _pictures(tmp_path: Path, body: str) -> list[tuple[str | None, str | None]]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    pictures = read_file(path)[0].pictures
    return [(p.caption, p.credit_line) for p in pictures if p.credit_line]


def _hero(caption_id: str, credit_id: str, caption: str, credit: str) -> str:
    return (
        '<div data-testid="hero-media"><img src="/i/quay.jpg" alt="">'
        f'<p data-testid="{caption_id}">{caption}</p>'
        f'<span data-testid="{credit_id}">{credit}</span></div>'
    )


@pytest.mark.parametrize(
    ("caption_id", "credit_id"),
    [
        ("hero-caption", "photo-credit"),
        ("image-caption", "image-credit"),
        ("Caption", "PhotoCredit"),
    ],
)
def test_caption_and_credit_by_test_id(tmp_path: Path, caption_id: str, credit_id: str) -> None:
    """The caption's test id gives the caption, the credit's test id the credit line."""
    body = _hero(caption_id, credit_id, "Ferries at the quay in Haifa.", "Noa Kessel/Flash90")
    assert _pictures(tmp_path, body) == [("Ferries at the quay in Haifa.", "Noa Kessel/Flash90")]


def test_test_ids_naming_neither_give_no_credit(tmp_path: Path) -> None:
    """A caption-less credit-less block of test ids holds no picture credit."""
    body = (
        '<div data-testid="hero-media"><img src="/i/quay.jpg" alt="">'
        '<p data-testid="hero-caption">Ferries at the quay in Haifa.</p>'
        '<button data-testid="share-button">Share</button></div>'
    )
    assert _pictures(tmp_path, body) == []


def test_credit_test_id_parties(tmp_path: Path) -> None:
    """The credit found by its test id is split like any credit line."""
    path = tmp_path / "page.html"
    body = _hero("hero-caption", "photo-credit", "Ferries in Haifa.", "Noa Kessel/Flash90")
    path.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    picture = next(p for p in read_file(path)[0].pictures if p.credit_line)
    assert [(p.name, p.role.value) for p in credits_for(picture)] == [
        ("Noa Kessel", "photographer"),
        ("Flash90", "agency"),
    ]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["hero", "media", "gallery-slide", "lead"]))
def test_any_prefix_of_the_test_id(tmp_path_factory: pytest.TempPathFactory, prefix: str) -> None:
    """The word is read inside the test id, whatever names the component before it."""
    tmp = tmp_path_factory.mktemp("ids")
    body = _hero(f"{prefix}-caption", f"{prefix}-credit", "Rain over Eilat.", "Dan Barak/AP")
    assert _pictures(tmp, body) == [("Rain over Eilat.", "Dan Barak/AP")]
