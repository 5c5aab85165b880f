"""The CLI: exit codes, reports, bad input lines, help with examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    """A click runner keeping stderr apart from stdout."""
    return CliRunner()


def test_check_seed_fails_on_warnings_by_default(runner: CliRunner, seed_path: Path) -> None:
    """The seed has warning findings, so the default --fail-on warning exits 1."""
    result = runner.invoke(cli, ["check", str(seed_path), "--engine", "pandas"])
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("FAIL")
    assert "claim.hedged" in result.stdout


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("never", 0), ("info", 1)])
def test_fail_on_threshold(runner: CliRunner, seed_path: Path, fail_on: str, code: int) -> None:
    """--fail-on picks the lowest severity that fails the run."""
    result = runner.invoke(
        cli, ["check", str(seed_path), "--engine", "pandas", "--fail-on", fail_on]
    )
    assert result.exit_code == code, result.output


def test_reports_are_written(runner: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    """--html, --markdown, --json and --junit each write their file."""
    paths = {ext: tmp_path / f"r.{ext}" for ext in ("html", "md", "json", "xml")}
    result = runner.invoke(
        cli,
        [
            "check",
            str(seed_path),
            "--html",
            str(paths["html"]),
            "--markdown",
            str(paths["md"]),
            "--json",
            str(paths["json"]),
            "--junit",
            str(paths["xml"]),
            "--fail-on",
            "never",
        ],
    )
    assert result.exit_code == 0, result.output
    assert all(p.stat().st_size > 0 for p in paths.values())
    report = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert {f["rule"] for f in report["findings"]} >= {
        "claim.hedged",
        "claim.unconfirmed",
        "claim.denial_contradicts",
    }


def test_bad_inputs_exit_2_and_seed_report_still_written(
    runner: CliRunner, seed_path: Path, tmp_path: Path
) -> None:
    """Empty, binary and malformed XML beside the seed: exit 2, one line each, report written."""
    (tmp_path / "seed.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.xml").write_text("<newsItem><contentSet>", encoding="utf-8")
    html = tmp_path / "out" / "report.html"
    html.parent.mkdir()
    result = runner.invoke(cli, ["check", str(tmp_path), "--html", str(html), "--engine", "pandas"])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    for name in ("empty.txt", "blob.bin", "broken.xml"):
        assert sum(name in line for line in errors) == 1
    assert "Traceback" not in result.output
    assert "Putin tells Trump" in html.read_text(encoding="utf-8")


def test_entity_bomb_is_refused_in_one_line(runner: CliRunner, tmp_path: Path) -> None:
    """A billion-laughs XML is refused, not expanded; exit 2 with one line."""
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        "<newsItem>&lol2;</newsItem>",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["extract", str(bomb)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "bomb.xml" in lines[0]


def test_extract_prints_one_json_object(runner: CliRunner, seed_path: Path) -> None:
    """Without --out, extract prints the five tables as lists of records."""
    result = runner.invoke(cli, ["extract", str(seed_path)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["articles", "photo_credits", "sources", "claims", "figures"]
    assert data["articles"][0]["agency"] == "AFP"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_extract_out_writes_one_file_per_table(
    runner: CliRunner, seed_path: Path, tmp_path: Path, fmt: str
) -> None:
    """--out DIR --to FMT writes articles, photo_credits, sources, claims, figures."""
    result = runner.invoke(cli, ["extract", str(seed_path), "--out", str(tmp_path), "--to", fmt])
    assert result.exit_code == 0, result.output
    assert sorted(p.stem for p in tmp_path.iterdir()) == sorted(
        ["articles", "photo_credits", "sources", "claims", "figures"]
    )


def test_bad_usage_exits_2(runner: CliRunner, seed_path: Path) -> None:
    """An unknown option value is a usage error: exit 2."""
    assert runner.invoke(cli, ["check", str(seed_path), "--fail-on", "sometimes"]).exit_code == 2
    assert runner.invoke(cli, ["check"]).exit_code == 2


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    """Each command documents itself with an Example."""
    for name in cli.commands:  # type: ignore[attr-defined]
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, name
