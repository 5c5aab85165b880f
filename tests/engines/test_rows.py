"""Article rows of a JSONL file: each row one document, each bad row one error naming its line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from provenance.engines.rows import is_rows_file, read_rows, row_document
from provenance.enums import Format
from provenance.errors import ReadError

SHA = "ab" * 32


def _row(**changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "path": "feed/a.txt",
        "format": "text",
        "headline": "Talks",
        "body": "Kyiv said 40 people died.",
        "sha256": SHA,
    }
    row.update(changes)
    return row


@pytest.mark.parametrize(
    "published",
    ["2025-06-21T12:00:00+02:00", "2025-06-21T10:00:00Z", "2025-06-21T10:00:00", 1750500000000],
)
def test_published_is_read_as_the_utc_instant(published: object) -> None:
    """ISO 8601 with an offset, with Z, without a zone (UTC), or epoch milliseconds."""
    doc = row_document(_row(published=published), "f.jsonl:1")
    assert doc.published == datetime(2025, 6, 21, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"published": "last Tuesday"}, "published"),
        ({"published": True}, "published"),
        ({"item_index": -1}, "item_index"),
        ({"item_index": 1.5}, "item_index"),
        ({"item_index": True}, "item_index"),
        ({"sha256": SHA.upper()}, "sha256"),
        ({"sha256": None}, "sha256"),
        ({"format": "pdf"}, "format"),
        ({"body": None}, "body"),
    ],
)
def test_a_bad_row_is_an_error_naming_its_line_and_key(changes: dict[str, Any], named: str) -> None:
    """The error names the line (not the row's own path) and the key at fault."""
    with pytest.raises(ReadError) as caught:
        row_document(_row(**changes), "f.jsonl:7")
    assert caught.value.path == "f.jsonl:7"
    assert named in caught.value.reason


def test_a_whole_item_index_and_pictures_as_json_are_kept() -> None:
    """2.0 is item 2; pictures given as a JSON list equal pictures given as a JSON string."""
    pictures = [{"caption": "Ruins", "credit_line": "AFP", "creators": ["Ann Lee"]}]
    listed = row_document(_row(item_index=2.0, pictures=pictures), "f.jsonl:1")
    encoded = row_document(_row(item_index=2, pictures=json.dumps(pictures)), "f.jsonl:1")
    assert listed == encoded
    assert listed.item_index == 2
    assert listed.pictures[0].creators == ("Ann Lee",)


def test_read_rows_skips_blank_lines_and_goes_on_after_a_bad_one(tmp_path: Path) -> None:
    """Lines are numbered from 1, blank ones counted and skipped; good rows after a bad one."""
    path = tmp_path / "rows.jsonl"
    lines = [json.dumps(_row()), "", "{not json", json.dumps(_row(path="feed/b.txt")), "  "]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_rows(path))
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "Document"]
    assert isinstance(items[1], ReadError)
    assert items[1].path == f"{path}:3"
    assert [getattr(i, "path", None) for i in items[::2]] == ["feed/a.txt", "feed/b.txt"]


def test_a_missing_rows_file_is_one_error(tmp_path: Path) -> None:
    """The file itself missing: one error naming it (raised, as read_file does)."""
    with pytest.raises(ReadError, match="no such file"):
        list(read_rows(tmp_path / "none.jsonl"))


@pytest.mark.parametrize(
    ("name", "fmt", "rows"),
    [
        ("a.jsonl", None, True),
        ("A.NDJSON", None, True),
        ("a.jsonl", Format.NINJS, False),
        ("a.json", None, False),
        ("jsonl.txt", None, False),
    ],
)
def test_which_files_are_rows(name: str, fmt: Format | None, rows: bool) -> None:
    """A JSONL suffix without a forced format; not a .json file, not a forced format."""
    assert is_rows_file(name, fmt) is rows
