"""``verify_ledger`` and ``provenance verify`` against real ledger files and real story files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.integrity import (
    EXTRACTOR_CHANGED,
    OFFSETS_DRIFT,
    SOURCE_CHANGED,
    extractor_version,
    verify_ledger,
)
from provenance.ledger import SCHEMA_VERSION, Ledger
from provenance.ledger._schema import (
    MIGRATIONS,
    _add_extractor_version,
    current_version,
    migrate,
)
from tests.integrity.conftest import Ingested, wire_story


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real ``provenance`` command in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "provenance", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=300,
    )


def _flip_one_character(path: Path, position: int) -> None:
    """Change the character at ``position`` of a UTF-8 text file to another one."""
    text = path.read_text(encoding="utf-8")
    new = "X" if text[position] != "X" else "Y"
    path.write_text(text[:position] + new + text[position + 1 :], encoding="utf-8")


def test_a_clean_ledger_gives_no_finding(tmp_path: Path, ingested: Ingested) -> None:
    """Files untouched since ingest: no finding, no error, every rule passes over every row."""
    ledger, _ = ingested(tmp_path, 3)
    result = verify_ledger(ledger)
    assert result.findings.empty
    assert result.errors == ()
    assert all(o.success for o in result.outcomes)
    checked = {o.rule: o.element_count for o in result.outcomes}
    assert checked[SOURCE_CHANGED.rule] == 3
    assert checked[OFFSETS_DRIFT.rule] == len(result.tables.claims) + len(result.tables.figures) > 0


def test_one_changed_character_is_a_source_changed_finding(
    tmp_path: Path, ingested: Ingested
) -> None:
    """One character of one stored file changed: one error finding, on that article only."""
    ledger, paths = ingested(tmp_path, 3)
    _flip_one_character(paths[1], 40)
    result = verify_ledger(ledger)
    assert result.findings["rule"].tolist() == [SOURCE_CHANGED.rule]
    assert result.findings["severity"].tolist() == ["error"]
    articles = result.tables.articles.set_index("path")
    assert result.findings["article_id"].iloc[0] == articles.loc[str(paths[1]), "article_id"]
    assert str(paths[1]) in result.findings["message"].iloc[0]


def test_the_command_exits_0_before_and_1_after_a_change(
    tmp_path: Path, ingested: Ingested
) -> None:
    """The real command: exit 0 and PASS on a clean ledger; exit 1 and the rule after an edit."""
    ledger, paths = ingested(tmp_path, 2)
    clean = _cli("verify", "--ledger", str(ledger))
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout.startswith("PASS: 0 finding(s)")
    _flip_one_character(paths[0], 5)
    report = tmp_path / "integrity.json"
    drift = _cli("verify", "--ledger", str(ledger), "--json", str(report))
    assert drift.returncode == 1, drift.stderr
    assert SOURCE_CHANGED.rule in drift.stdout
    assert "Traceback" not in drift.stderr
    rules = [f["rule"] for f in json.loads(report.read_text(encoding="utf-8"))["findings"]]
    assert rules == [SOURCE_CHANGED.rule]


def test_a_file_that_is_gone_is_named_and_the_others_are_still_verified(
    tmp_path: Path, ingested: Ingested
) -> None:
    """One file deleted, one changed: exit 2, one line naming the gone file, the change found."""
    ledger, paths = ingested(tmp_path, 3)
    paths[0].unlink()
    _flip_one_character(paths[2], 10)
    run = _cli("verify", "--ledger", str(ledger))
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(paths[0]) in lines[0]
    assert "gone" in lines[0]
    assert "Traceback" not in run.stderr
    assert SOURCE_CHANGED.rule in run.stdout
    result = verify_ledger(ledger)
    assert [e.path for e in result.errors] == [str(paths[0])]
    assert len(result.findings) == 1


def test_offsets_that_no_longer_slice_the_stored_text_are_drift(
    tmp_path: Path, ingested: Ingested
) -> None:
    """A figure's stored offsets moved in the ledger: an offsets_drift finding on that figure."""
    ledger, _ = ingested(tmp_path, 2)
    before = Ledger(ledger).tables()
    figure = before.figures.iloc[0]
    con = duckdb.connect(str(ledger))
    try:
        con.execute(
            'UPDATE all_figures SET "start" = "start" + 1 WHERE figure_id = ?',
            [figure["figure_id"]],
        )
    finally:
        con.close()
    result = verify_ledger(ledger)
    assert result.findings["rule"].tolist() == [OFFSETS_DRIFT.rule]
    assert result.findings["figure_id"].tolist() == [figure["figure_id"]]
    assert result.findings["claim_id"].tolist() == [figure["claim_id"]]


def test_a_claim_whose_stored_text_was_edited_is_drift(tmp_path: Path, ingested: Ingested) -> None:
    """A claim's stored surface rewritten in the ledger: an offsets_drift finding on that claim."""
    ledger, _ = ingested(tmp_path, 1)
    claim = Ledger(ledger).tables().claims.iloc[0]
    con = duckdb.connect(str(ledger))
    try:
        con.execute(
            "UPDATE all_claims SET text = text || '!' WHERE claim_id = ?", [claim["claim_id"]]
        )
    finally:
        con.close()
    findings = verify_ledger(ledger).findings
    assert findings["rule"].tolist() == [OFFSETS_DRIFT.rule]
    assert findings["claim_id"].tolist() == [claim["claim_id"]]


def test_rows_from_another_extractor_version_are_a_warning(
    tmp_path: Path, ingested: Ingested
) -> None:
    """Rows an older version wrote: a warning per article; exit 0, or 1 with --fail-on warning."""
    ledger, _ = ingested(tmp_path, 2)
    con = duckdb.connect(str(ledger))
    try:
        stored = con.execute("SELECT DISTINCT extractor_version FROM article_versions").fetchall()
        assert stored == [(extractor_version(),)]
        con.execute("UPDATE article_versions SET extractor_version = 'news-provenance 0.0.0'")
    finally:
        con.close()
    result = verify_ledger(ledger)
    assert set(result.findings["rule"]) == {EXTRACTOR_CHANGED.rule}
    assert set(result.findings["severity"]) == {"warning"}
    assert len(result.findings) == 2
    assert "0.0.0" in result.findings["message"].iloc[0]
    assert _cli("verify", "--ledger", str(ledger)).returncode == 0
    assert _cli("verify", "--ledger", str(ledger), "--fail-on", "warning").returncode == 1


def test_the_migration_adds_the_version_column_to_a_new_ledger(tmp_path: Path) -> None:
    """An empty database migrated to the current schema has the column; a second run is a no-op."""
    assert _add_extractor_version in MIGRATIONS
    con = duckdb.connect(str(tmp_path / "new.duckdb"))
    try:
        assert migrate(con) == 0
        assert current_version(con) == SCHEMA_VERSION
        assert migrate(con) == SCHEMA_VERSION
        names = {row[0] for row in con.execute("DESCRIBE article_versions").fetchall()}
    finally:
        con.close()
    assert "extractor_version" in names


def test_rows_written_before_the_migration_warn_of_an_unknown_version(tmp_path: Path) -> None:
    """Rows from before the step read NULL after it (applied twice): a warning, unknown version."""
    from provenance.ledger import ingest

    story = tmp_path / "story.txt"
    story.write_text(wire_story(0), encoding="utf-8")
    path = tmp_path / "news.duckdb"
    ingest([str(story)], ledger=path)
    con = duckdb.connect(str(path))
    try:
        con.execute("ALTER TABLE article_versions DROP COLUMN extractor_version")
        _add_extractor_version(con)
        _add_extractor_version(con)  # self-contained: safe in any order, any number of times
    finally:
        con.close()
    findings = verify_ledger(path).findings
    assert findings["rule"].tolist() == [EXTRACTOR_CHANGED.rule]
    assert "unrecorded version" in findings["message"].iloc[0]


def test_a_missing_ledger_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """No ledger file: one line naming it, exit 2, no traceback."""
    run = _cli("verify", "--ledger", str(tmp_path / "none.duckdb"))
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1
    assert "none.duckdb" in run.stderr


@pytest.fixture(scope="module")
def one_story_ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One story ingested into a ledger, shared by the property test (restored after each)."""
    from provenance.ledger import ingest

    folder = tmp_path_factory.mktemp("property")
    story = folder / "story.txt"
    story.write_text(wire_story(7), encoding="utf-8")
    ledger = folder / "news.duckdb"
    ingest([str(story)], ledger=ledger)
    return ledger, story


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(position=st.integers(min_value=0, max_value=len(wire_story(7)) - 1))
def test_any_one_character_change_is_found(
    one_story_ledger: tuple[Path, Path], position: int
) -> None:
    """Whichever character of the stored file changes, verify finds it; restored, nothing."""
    ledger, story = one_story_ledger
    original = story.read_bytes()
    try:
        _flip_one_character(story, position)
        assert verify_ledger(ledger).findings["rule"].tolist() == [SOURCE_CHANGED.rule]
    finally:
        story.write_bytes(original)
    assert verify_ledger(ledger).findings.empty
