"""Which build of the extraction is in use: pure Python or compiled by mypyc."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from importlib.util import find_spec

# The module every extraction of claims runs through; a compiled build always lists it
# (pyproject.toml, [tool.hatch.build.targets.wheel.hooks.custom] compile).
_PROBE = "provenance.extractors.claims.extract"


def compiled() -> bool:
    """Whether the extraction runs as C extensions built by mypyc.

    True for a wheel built with ``PROVENANCE_COMPILE=1`` (or after ``python
    hatch_build.py`` in a checkout), False for the pure-Python build; the outputs are the
    same, only the speed differs. ``provenance --version`` shows it.
    """
    spec = find_spec(_PROBE)
    origin = spec.origin if spec is not None else None
    return origin is not None and origin.endswith(tuple(EXTENSION_SUFFIXES))
