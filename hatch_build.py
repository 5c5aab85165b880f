"""Wheel build hook: compile the extraction hot path with mypyc, only when asked.

``PROVENANCE_COMPILE=1 pip wheel .`` compiles the modules listed under
``[tool.hatch.build.targets.wheel.hooks.custom] compile`` in pyproject.toml into C
extensions (the way black and mypy ship themselves) and puts them in the wheel beside the
pure-Python sources: Python imports an extension before a ``.py`` of the same name, and any
module left out stays pure. Without the variable, or when the compile fails (no C compiler,
no Python headers), the build gives the pure, platform-independent wheel with a warning:
never a failed install. The compiled modules give the same outputs as the pure ones
(.ci/run builds them and runs the extraction's tests against them; see the README, Install);
``provenance --version`` says which build is in use. ``MYPYC_OPT_LEVEL`` (mypyc's own
variable) sets the C compiler's optimisation level, 3 unless set.

``python hatch_build.py`` compiles the same modules in place (the ``.so`` files beside the
sources, ignored by git); ``python hatch_build.py clean`` removes
them (back to pure Python).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent
ASK = "PROVENANCE_COMPILE"
# mypyc reads mypy's settings (strict, from pyproject.toml) and compiles the files it is
# given into one shared library plus a small shim for each module.
# setuptools runs from the temporary folder: it would read (and judge) our pyproject.toml.
_SETUP = """
import os
import sys
from mypyc.build import mypycify
from setuptools import setup

out, temp, *files = sys.argv[1:]
extensions = mypycify(
    ["--cache-dir", f"{temp}/mypy-cache", *files],
    opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
    target_dir=temp,
)
os.chdir(temp)
setup(
    name="provenance-compiled",
    ext_modules=extensions,
    script_args=["build_ext", "--build-lib", out, "--build-temp", temp],
)
"""


def asked() -> bool:
    """Whether the environment asks for the compiled build (``PROVENANCE_COMPILE=1``)."""
    return os.environ.get(ASK, "") == "1"


def compile_modules(root: Path, modules: list[str], out: Path) -> list[Path]:
    """Compile ``modules`` (paths under ``root``) into the empty folder ``out``.

    Returns the built extensions, relative to ``out``. Raises
    ``subprocess.CalledProcessError`` (or ``OSError``) when the compile fails.
    """
    with tempfile.TemporaryDirectory(prefix="provenance-mypyc-") as temp:
        subprocess.run(
            [sys.executable, "-c", _SETUP, str(out), temp, *modules],
            cwd=root,
            check=True,
        )
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    return sorted(p.relative_to(out) for p in out.rglob(f"*{suffix}"))


def listed_modules(root: Path) -> list[str]:
    """The modules pyproject.toml lists for compiling."""
    with (root / "pyproject.toml").open("rb") as fh:
        table = tomllib.load(fh)["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    return list(table["custom"]["compile"])


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the compiled modules to the wheel when ``PROVENANCE_COMPILE=1``."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """mypyc (inside mypy) and setuptools, only for a compiled build."""
        return ["mypy>=1.11", "setuptools>=65"] if asked() else []

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile into a temporary folder and force-include what was built."""
        if self.target_name != "wheel" or version == "editable" or not asked():
            return
        out = Path(tempfile.mkdtemp(prefix="provenance-compiled-"))
        self._out = out
        try:
            built = compile_modules(Path(self.root), self.config["compile"], out)
        except (OSError, subprocess.CalledProcessError) as exc:
            self.app.display_warning(f"{ASK}=1 but the compile failed ({exc}): pure wheel")
            return
        if not built:
            self.app.display_warning(f"{ASK}=1 but nothing was compiled: pure wheel")
            return
        for path in built:
            build_data["force_include"][str(out / path)] = path.as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary folder of the compiled modules."""
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)


def compile_in_place(root: Path) -> list[Path]:
    """Compile the listed modules and put the extensions beside their sources."""
    with tempfile.TemporaryDirectory(prefix="provenance-compiled-") as out:
        built = compile_modules(root, listed_modules(root), Path(out))
        for path in built:
            shutil.copyfile(Path(out) / path, root / path)
    return built


def clean_in_place(root: Path) -> list[Path]:
    """Remove the extensions ``compile_in_place`` left beside the sources."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    built = [root / Path(name).with_suffix(suffix) for name in listed_modules(root)]
    built += root.glob(f"*__mypyc{suffix}")  # the shared library of the compiled group
    removed = [path for path in built if path.is_file()]
    for path in removed:
        path.unlink()
    return removed


if __name__ == "__main__":
    clean = sys.argv[1:] == ["clean"]
    done = clean_in_place(ROOT) if clean else compile_in_place(ROOT)
    print("\n".join(map(str, done)))
