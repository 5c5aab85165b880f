"""The lock file CI installs from stays in step with ``pyproject.toml``."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "ci.lock"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", re.MULTILINE)


def _pins(text: str) -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in _PIN.findall(text)}


def _dev_requirements() -> list[Requirement]:
    """Every requirement CI's ``dev`` extra installs, the project's own extras expanded."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    own = canonicalize_name(project["name"])
    wanted, todo, seen = list(project["dependencies"]), ["dev"], set()
    while todo:
        extra = todo.pop()
        if extra in seen:
            continue
        seen.add(extra)
        for line in extras[extra]:
            requirement = Requirement(line)
            if canonicalize_name(requirement.name) == own:
                todo.extend(requirement.extras)
            else:
                wanted.append(line)
    return [Requirement(line) for line in wanted]


def test_every_dev_requirement_has_a_satisfying_pin() -> None:
    """Each requirement of the dev install is pinned in the lock at a version it accepts."""
    pins = _pins(LOCK.read_text(encoding="utf-8"))
    problems = []
    for requirement in _dev_requirements():
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        version = pins.get(canonicalize_name(requirement.name))
        if version is None:
            problems.append(f"{requirement.name}: not in the lock")
        elif not requirement.specifier.contains(version, prereleases=True):
            wants = requirement.specifier
            problems.append(f"{requirement.name}: lock has {version}, needs {wants}")
    assert not problems, "update requirements/ci.lock (README, Development): " + "; ".join(problems)


def test_every_pin_carries_a_hash() -> None:
    """pip installs the lock with --require-hashes, so every pin must carry one."""
    text = LOCK.read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    pinned = [block for block in blocks if _PIN.match(block)]
    assert pinned
    assert all("--hash=sha256:" in block for block in pinned)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ruamel.yaml==0.19.1 \\\n    --hash=sha256:ab\n", {"ruamel-yaml": "0.19.1"}),
        ("# comment==1\nduckdb==2.0.1 \\\n", {"duckdb": "2.0.1"}),
    ],
)
def test_pins_are_read_with_canonical_names(text: str, expected: dict[str, str]) -> None:
    """Pins are read by canonical name; comments are not pins."""
    assert _pins(text) == expected
