"""Packaging: the wheel ships py.typed, the schemas and the expectation suites."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_schemas_and_suites(tmp_path: Path) -> None:
    """A built wheel contains py.typed and every schemas/ and expectations/ file.

    Without PROVENANCE_COMPILE=1 (hatch_build.py) it is the pure wheel: no extension, even
    when a compiled build left some beside the sources.
    """
    pytest.importorskip("hatchling")
    env = {k: v for k, v in os.environ.items() if k != "PROVENANCE_COMPILE"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    wheel = next(tmp_path.glob("news_provenance-*.whl"))
    assert wheel.name.endswith("-py3-none-any.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not [n for n in names if n.endswith((".so", ".pyd", ".c"))]
    assert "provenance/py.typed" in names
    for folder, target in (
        ("schemas", "provenance/_data/schemas"),
        ("expectations", "provenance/_data/expectations"),
    ):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():  # subfolders too (expectations/ledger/)
                assert f"{target}/{path.relative_to(ROOT / folder).as_posix()}" in names, path
