"""The export commands keep the house rules: bad input and bad output paths are one line, exit 2."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from .conftest import invoke, run_cli

COMMANDS = ("prov", "ninjs", "claimreview")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_export_command_has_help_with_an_example(command: str) -> None:
    """Each export command documents itself with an Example."""
    done = invoke(["export", command, "--help"])
    assert done.exit_code == 0
    assert "Example:" in done.stdout


def test_a_binary_file_beside_the_seed_is_one_line_and_the_seed_is_still_exported(
    seed_path: Path, tmp_path: Path
) -> None:
    """Real process: the bad file is named on one line, exit 2, the seed's export complete."""
    bad = tmp_path / "blob.bin"
    bad.write_bytes(b"\x00\x01\x02 not news \xff" * 10)
    for command in COMMANDS if _has_prov() else COMMANDS[1:]:
        done = run_cli(["export", command, str(seed_path), str(bad)])
        assert done.returncode == 2, (command, done.stderr)
        assert "Traceback" not in done.stderr
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1
        assert "blob.bin" in errors[0]
        exported = json.loads(done.stdout)
        assert exported, command


def _has_prov() -> bool:
    try:
        importlib.import_module("prov.model")
    except ImportError:
        return False
    return True


@pytest.mark.parametrize(
    "args",
    [
        ["ninjs", "--out", "{missing}/a.json"],
        ["prov", "--out", "{missing}/a.json"],
        ["claimreview", "--out", "{file}/reviews"],
    ],
)
def test_an_unwritable_output_is_one_line_before_any_work(
    seed_path: Path, tmp_path: Path, args: list[str]
) -> None:
    """A missing folder or a folder under a file: one line naming it, exit 2, nothing written."""
    a_file = tmp_path / "a.txt"
    a_file.write_text("x")
    paths = [a.format(missing=tmp_path / "no" / "such", file=a_file) for a in args]
    done = invoke(["export", paths[0], str(seed_path), *paths[1:]])
    assert done.exit_code == 2
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("error: cannot write")
    assert done.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["{seed}", "--ledger", "{ledger}"],
        ["--ledger", "{ledger}"],
    ],
)
def test_input_must_be_paths_or_an_existing_ledger(
    seed_path: Path, tmp_path: Path, args: list[str]
) -> None:
    """No input, both inputs, or a ledger that is not there: one line, exit 2."""
    filled = [a.format(seed=seed_path, ledger=tmp_path / "none.duckdb") for a in args]
    done = invoke(["export", "ninjs", *filled])
    assert done.exit_code == 2
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("error:")
    assert not (tmp_path / "none.duckdb").exists()
