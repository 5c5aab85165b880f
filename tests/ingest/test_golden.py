"""Every fixture, one folder per format, read and compared with its golden summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.enums import Format
from provenance.ids import sha256_hex
from provenance.ingest import read_file

from .golden import FIXTURES, expected_path, fixture_files, summarize

FILES = fixture_files()
FOLDER_FORMATS = {
    "text": {Format.TEXT},
    "html": {Format.HTML},
    "ninjs": {Format.NINJS},
    "newsml": {Format.NEWSML_G2, Format.NEWSML_1},
}


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_fixture_matches_golden(path: Path) -> None:
    """The reader's output for a fixture equals the reviewed golden summary."""
    expected = json.loads(expected_path(path).read_text(encoding="utf-8"))
    assert [summarize(d) for d in read_file(path)] == expected


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_fixture_invariants(path: Path) -> None:
    """Every document: detected format fits its folder, sha256 of the bytes, tidy body."""
    docs = read_file(path)
    assert docs
    raw = path.read_bytes()
    for index, doc in enumerate(docs):
        assert doc.format in FOLDER_FORMATS[path.parent.name]
        assert doc.sha256 == sha256_hex(raw)
        assert doc.item_index == index
        assert doc.path == str(path)
        assert doc.headline == doc.headline.strip()
        assert "\n" not in doc.headline
        assert doc.body == doc.body.strip()
        assert "\n\n\n" not in doc.body
        for paragraph in doc.body.split("\n\n") if doc.body else []:
            assert paragraph == " ".join(paragraph.split())
        if doc.published is not None:
            assert doc.published.tzinfo is not None


def test_every_format_folder_has_fixtures() -> None:
    """The golden set covers every format folder, so a new reader cannot go untested."""
    for folder in FOLDER_FORMATS:
        assert any(p.parent == FIXTURES / folder for p in FILES), folder
