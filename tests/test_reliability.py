"""Fault cases of the README's Reliability table, run as a user runs them: real subprocesses.

Each case: one line naming the path and what to do, exit 2, never a traceback, and
everything that could still be produced is produced.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "Good headline\n\nPARIS (AFP) - The army said 40 soldiers died.\n\nAFP"
BAD_DATE_NINJS = (
    '{"uri": "x", "type": "text", "versioncreated": "0001-01-01T00:00:00Z", '
    '"headline": "Old", "body_text": "PARIS (AFP) - Police said 3 were hurt."}'
)


def run(*args: str | bytes | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m provenance ARGS`` in a real process; stderr decoded leniently."""
    result = subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit 2, no traceback, and an error line holding every fragment (ours, or click's usage)."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.lower().startswith("error:")]
    assert any(all(f in line for f in fragments) for line in lines), result.stderr


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A readable wire story in its own folder."""
    path = tmp_path / "in" / "good.txt"
    path.parent.mkdir()
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_out_of_range_date_keeps_the_good_article(good: Path) -> None:
    """A ninjs date in year 1 is a warning for that file; both articles are extracted."""
    (good.parent / "old.json").write_text(BAD_DATE_NINJS, encoding="utf-8")
    result = run("extract", good.parent)
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)["articles"]
    assert sorted(a["headline"] for a in articles) == ["Good headline", "Old"]
    assert [a["published"] for a in articles if a["headline"] == "Old"] == [None]
    assert "warning:" in result.stderr
    assert "old.json" in result.stderr


def test_json_big_integer_and_lone_surrogate(good: Path) -> None:
    """A 4,301-digit integer and a \\ud800 escape in ninjs no longer crash the run."""
    (good.parent / "big.json").write_text(
        '{"headline": "Big", "body_text": "Some 5 died.", "n": ' + "9" * 4301 + "}",
        encoding="utf-8",
    )
    (good.parent / "sur.json").write_text(
        '{"headline": "Odd \\ud800", "body_text": "Some 6\\ud800 died."}', encoding="utf-8"
    )
    result = run("check", good.parent, "--engine", "pandas", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    assert "3 article(s)" in result.stdout


@pytest.mark.parametrize(
    ("option", "target", "fragment"),
    [
        ("--html", "missing/r.html", "does not exist"),
        ("--json", "in", "is a directory"),
        ("--markdown", "in/good.txt/r.md", "is not a folder"),
    ],
    ids=["missing-folder", "folder-as-file", "under-a-file"],
)
def test_bad_report_path_is_a_usage_error(
    good: Path, option: str, target: str, fragment: str
) -> None:
    """A report path that cannot be written is refused before any input is read."""
    path = good.parent.parent / target
    result = run("check", good, "--engine", "pandas", option, path)
    assert_clean_failure(result, str(path), fragment)
    assert result.stdout == ""  # nothing was checked


def test_out_under_a_file_is_a_usage_error(good: Path) -> None:
    """extract --out below a file is refused with a line naming the path."""
    result = run("extract", good, "--out", good / "tables")
    assert_clean_failure(result, str(good / "tables"), "not a folder")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_still_writes_the_other_reports(good: Path, tmp_path: Path) -> None:
    """--json /dev/full fails with one line; the Markdown report beside it is written."""
    markdown = tmp_path / "r.md"
    result = run("check", good, "--engine", "pandas", "--json", "/dev/full", "--markdown", markdown)
    assert_clean_failure(result, "/dev/full", "No space left", "free some space")
    assert markdown.stat().st_size > 0
    assert result.stdout.startswith(("PASS", "FAIL"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_read_only_report_is_a_usage_error(good: Path, tmp_path: Path) -> None:
    """A read-only report file is refused up front, naming it."""
    target = tmp_path / "r.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    assert_clean_failure(run("check", good, "--html", target), str(target), "read-only")


def test_undecodable_file_names_in_and_out(good: Path, tmp_path: Path) -> None:
    """Input and report names with invalid UTF-8 bytes work; messages print them with U+FFFD."""
    folder = os.fsencode(good.parent)
    bad_in = folder + b"/bad\xff.txt"
    Path(os.fsdecode(bad_in)).write_text("Other\n\nPARIS (AFP) - It rained 3 days.", "utf-8")
    Path(os.fsdecode(folder + b"/junk\xfe.bin")).write_bytes(b"\x00\x01\x02")
    report = os.fsencode(tmp_path) + b"/r\xff.json"
    result = run("check", folder, "--engine", "pandas", "--json", report, "--fail-on", "never")
    assert_clean_failure(result, "junk\ufffd.bin", "binary")
    assert Path(os.fsdecode(report)).stat().st_size > 0
    assert "2 article(s)" in result.stdout
    assert "wrote " in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_never_blocks(good: Path, tmp_path: Path) -> None:
    """A FIFO as input or inside a folder gets a line; the run ends and reads the rest."""
    fifo = good.parent / "pipe.txt"
    os.mkfifo(fifo)
    assert_clean_failure(run("extract", fifo, timeout=60), str(fifo), "FIFO")
    result = run("extract", good.parent, timeout=60)
    assert_clean_failure(result, str(fifo), "FIFO", "skipped")
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_symlink_loop_in_folder(good: Path) -> None:
    """Self-referencing links in an input folder are skipped with a line, never followed forever."""
    (good.parent / "a").symlink_to("b")
    (good.parent / "b").symlink_to("a")
    (good.parent / "self").symlink_to(".")
    result = run("extract", good.parent, timeout=60)
    assert_clean_failure(result, "looping symbolic link")
    assert "self" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_limit_option_refuses_one_file(good: Path) -> None:
    """--limit max_file_bytes refuses the big file alone, naming the limit to raise."""
    (good.parent / "big.txt").write_text("Big\n\n" + "It rained. " * 500, encoding="utf-8")
    result = run("extract", good.parent, "--limit", "max_file_bytes=2000")
    assert_clean_failure(result, "big.txt", "--limit max_file_bytes")
    assert [a["headline"] for a in json.loads(result.stdout)["articles"]] == ["Good headline"]


def test_bad_limit_is_a_usage_error(good: Path) -> None:
    """An unknown --limit name is one line listing the known ones."""
    result = run("extract", good, "--limit", "depth=3")
    assert_clean_failure(result, "unknown limit", "max_depth")
