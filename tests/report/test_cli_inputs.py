"""``provenance check -`` (paths on stdin) and ``--data-docs DIR``, run as real subprocesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.conftest import write_stories


def _check(
    *args: str, stdin: str = "", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "provenance", "check", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
        check=False,
    )


def test_paths_from_stdin_as_git_diff_gives_them(tmp_path: Path) -> None:
    """One path a line, blank lines skipped, relative to the working folder: all are checked."""
    write_stories(tmp_path / "news")
    listing = "news/afp1.json\n\n  news/ap1.json  \nnews/reu1.json\n\n"
    done = _check("-", "--engine", "pandas", "--json", "r.json", stdin=listing, cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # the two relays of Zelensky's figure warn
    assert "in 3 article(s)" in done.stdout
    assert "Traceback" not in done.stderr


def test_missing_path_on_stdin_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """A listed path that does not exist: one line naming it, exit 2, the others still checked."""
    write_stories(tmp_path / "news")
    done = _check(
        "-",
        "--engine",
        "pandas",
        "--fail-on",
        "never",
        stdin="news/afp2.json\nnews/gone.json\n",
        cwd=tmp_path,
    )
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == ["error: news/gone.json: no such file or directory; check the path"]
    assert "in 1 article(s)" in done.stdout
    assert "Traceback" not in done.stderr


def test_empty_stdin_checks_nothing_and_passes(tmp_path: Path) -> None:
    """A pull request that adds no article: nothing to check, exit 0, reports still written."""
    done = _check("-", "--engine", "pandas", "--markdown", "r.md", stdin="\n\n", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "in 0 article(s)" in done.stdout
    assert "**PASS**" in (tmp_path / "r.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("where", ["file", "under-file"])
def test_unwritable_data_docs_folder_is_exit_2_before_work(tmp_path: Path, where: str) -> None:
    """--data-docs into a file, or under one: one line, exit 2, like the other outputs."""
    blocker = tmp_path / "blocker.txt"
    blocker.write_text("x", encoding="utf-8")
    target = blocker if where == "file" else blocker / "docs"
    done = _check(str(tmp_path), "--data-docs", str(target))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: cannot write {target}")
    assert done.stdout == ""  # refused before any input was read


@pytest.mark.slow
def test_data_docs_site_is_built(tmp_path: Path) -> None:
    """--data-docs DIR writes GX's static site: an index and one validation page per suite."""
    news = write_stories(tmp_path / "news")
    docs = tmp_path / "docs"
    done = _check(str(news), "--data-docs", str(docs), "--fail-on", "never")
    assert done.returncode == 0, done.stderr
    assert f"wrote {docs}" in done.stderr
    index = (docs / "index.html").read_text(encoding="utf-8")
    pages = sorted(docs.glob("validations/**/*.html"))
    assert len(pages) >= 4
    for table in ("articles", "claims", "figures", "photo_credits"):
        assert any(table in str(p) for p in pages)
        assert table in index
    assert "Traceback" not in done.stderr
