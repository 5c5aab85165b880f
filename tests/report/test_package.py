"""The provenance.report package: public names and import cost."""

from __future__ import annotations

import subprocess
import sys

import provenance.report


def test_all_matches_public_names() -> None:
    """__all__ lists exactly the public callables the package exposes."""
    public = {
        name
        for name in vars(provenance.report)
        if not name.startswith("_") and callable(getattr(provenance.report, name))
    }
    assert set(provenance.report.__all__) == public


def test_import_is_cheap() -> None:
    """Importing provenance.report loads neither pandas, jinja2 nor matplotlib."""
    code = (
        "import sys, provenance.report; "
        "print(sorted(m for m in ('pandas', 'jinja2', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
