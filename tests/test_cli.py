"""The CLI: exit codes, reports, bad input lines, help with examples."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
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


def _rows_file(tmp_path: Path, bad: dict[int, str]) -> tuple[Path, Path]:
    """Sample articles, and a JSONL file of their rows with ``bad`` lines put at those numbers."""
    from provenance.engines import read_batch
    from provenance.testing.engines import sample_articles

    folder = tmp_path / "in"
    sample_articles(folder, 24, seed=4)
    batch, _ = read_batch([folder])
    lines = batch.to_json(orient="records", lines=True, date_format="iso").splitlines()
    for number in sorted(bad):
        lines.insert(number - 1, bad[number])
    rows = tmp_path / "articles.jsonl"
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder, rows


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_reads_jsonl_article_rows_a_bad_line_is_one_error(
    tmp_path: Path, jobs: str
) -> None:
    """Each row of a .jsonl file is an article: the tables of the files the rows were read
    from; each bad line is one stderr line naming the file and the line, exit 2."""
    import provenance
    from provenance.engines import canonical
    from provenance.tables.io import read_tables

    bad = {
        2: '{"path": "cut.txt", "format": "text"',
        5: "[1, 2]",
        9: '{"path": "x.txt", "format": "text", "headline": "H", "body": "B", "sha256": "abc"}',
        12: '{"path": "y.txt", "format": "text", "headline": "H", "body": "B"}',
    }
    folder, rows = _rows_file(tmp_path, bad)
    done = _run("extract", str(rows), "--out", str(tmp_path / "out"), "--to", "parquet",
                "--jobs", jobs)  # fmt: skip
    assert done.returncode == 2, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert [e.split(": ")[1] for e in errors] == [f"{rows}:{n}" for n in sorted(bad)]
    assert "sha256" in errors[2]
    assert "sha256" in errors[3]
    got = canonical(read_tables(tmp_path / "out", "parquet"))
    want = canonical(provenance.extract(folder))
    for name, frame in want.items():
        pd.testing.assert_frame_equal(getattr(got, name), frame, obj=name)


def test_check_of_jsonl_rows_gives_the_findings_of_the_files(tmp_path: Path) -> None:
    """provenance check over a clean .jsonl of article rows: the files' findings, exit 0."""
    import provenance
    from provenance.engines import canonical_findings

    folder, rows = _rows_file(tmp_path, {})
    report = tmp_path / "r.json"
    done = _run("check", str(rows), "--engine", "pandas", "--json", str(report),
                "--fail-on", "never")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "error:" not in done.stderr
    got = pd.DataFrame(json.loads(report.read_text(encoding="utf-8"))["findings"])
    want = canonical_findings(provenance.check(folder, engine="pandas").findings)
    assert len(want) > 0
    assert sorted(got["rule"]) == sorted(want["rule"])
    assert sorted(got["article_id"]) == sorted(want["article_id"])


def test_a_jsonl_file_with_a_forced_format_is_read_by_that_format(tmp_path: Path) -> None:
    """--format ninjs reads a .jsonl file as one ninjs item, not as article rows."""
    item = {"uri": "u1", "headline": "Talks", "body_text": "Kyiv said 40 people died."}
    path = tmp_path / "item.jsonl"
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    done = _run("extract", str(path), "--format", "ninjs")
    assert done.returncode == 0, done.stderr
    assert [a["headline"] for a in json.loads(done.stdout)["articles"]] == ["Talks"]
    rows = _run("extract", str(path))  # without it: a row that lacks the batch columns
    assert rows.returncode == 2
    assert f"error: {path}:1: the row has no" in rows.stderr


def test_check_imports_no_library_it_does_not_use(seed_path: Path) -> None:
    """A check builds the table contracts without importing dask's dataframe (nor scipy),
    which pandera's class-based models import wherever dask is installed, and a valid
    table needs neither pandera's pandas checks nor its data synthesis strategies."""
    unused = ("dask", "scipy", "pandera.backends.pandas.builtin_checks", "pandera.strategies")
    script = (
        "import runpy, sys\n"
        f"sys.argv = ['provenance', 'check', {str(seed_path)!r}, '--engine', 'pandas', '-q']\n"
        "try:\n"
        "    runpy.run_module('provenance', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        f"    print(exit.code, sorted(m for m in {unused!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.stdout.splitlines()[-1] == "1 []", done.stderr
