"""The optional compiled build: asked for only by PROVENANCE_COMPILE=1, shown by --version."""

from __future__ import annotations

import importlib.util
import subprocess
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from click.testing import CliRunner

import provenance
from provenance.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _hook() -> ModuleType:
    """hatch_build.py, the wheel's build hook (it imports hatchling)."""
    pytest.importorskip("hatchling")
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_version_names_the_build_in_use() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0, result.output
    build = "compiled with mypyc" if provenance.compiled() else "pure Python"
    assert result.output == f"provenance, version {provenance.__version__} ({build})\n"


def test_compiled_follows_the_claims_extraction_module() -> None:
    """compiled() is True exactly when the claims extraction loads from an extension."""
    from provenance.extractors.claims import extract

    assert provenance.compiled() is str(extract.__file__).endswith(tuple(EXTENSION_SUFFIXES))


@pytest.mark.parametrize(
    ("value", "asked"), [(None, False), ("0", False), ("", False), ("yes", False), ("1", True)]
)
def test_only_provenance_compile_1_asks_for_the_compile(
    monkeypatch: pytest.MonkeyPatch, value: str | None, asked: bool
) -> None:
    hook = _hook()
    if value is None:
        monkeypatch.delenv("PROVENANCE_COMPILE", raising=False)
    else:
        monkeypatch.setenv("PROVENANCE_COMPILE", value)
    assert hook.asked() is asked
    # the build tools are asked for only then: a pure build needs nothing beyond hatchling
    assert bool(hook.CompileHook.dependencies(None)) is asked


def test_listed_modules_are_sources_and_include_the_probe() -> None:
    """Every module pyproject lists for the compile is a source file; compiled() probes one."""
    listed = _hook().listed_modules(ROOT)
    assert listed
    assert all(name.endswith(".py") and (ROOT / name).is_file() for name in listed)
    assert "provenance/extractors/claims/extract.py" in listed


@pytest.mark.parametrize(
    "failure",
    [
        FileNotFoundError(2, "No such file or directory", "gcc"),  # no C compiler
        subprocess.CalledProcessError(1, ["gcc"]),  # no Python headers, a compile error
    ],
)
def test_a_failed_compile_gives_the_pure_wheel_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    """A user's PROVENANCE_COMPILE=1 install without a compiler still installs, pure."""
    hook = _hook()
    monkeypatch.setenv("PROVENANCE_COMPILE", "1")

    def fail(root: Path, modules: list[str], out: Path) -> list[Path]:
        raise failure

    monkeypatch.setattr(hook, "compile_modules", fail)
    warnings: list[str] = []
    this = SimpleNamespace(
        target_name="wheel",
        root=str(ROOT),
        config={"compile": ["provenance/extractors/claims/extract.py"]},
        app=SimpleNamespace(display_warning=warnings.append),
    )
    build_data: dict[str, object] = {"force_include": {}, "pure_python": True}
    hook.CompileHook.initialize(this, "standard", build_data)
    hook.CompileHook.finalize(this, "standard", build_data, "")
    assert build_data == {"force_include": {}, "pure_python": True}
    assert len(warnings) == 1
    assert "compile failed" in warnings[0]
    assert warnings[0].endswith("pure wheel")
