"""Helpers shared by the figure family tests: every figure of a text, or its only one."""

from __future__ import annotations

from provenance.extractors.figures import find_figures
from provenance.extractors.records import FigureSpan


def figs(text: str, language: str = "en") -> list[tuple[str, str, float | None]]:
    """(text, kind, value) of every figure of ``text``."""
    return [(f.text, f.kind.value, f.value) for f in find_figures(text, language=language)]


def only(text: str, language: str = "en") -> FigureSpan:
    """The one figure of ``text`` (fails with what was found)."""
    found = find_figures(text, language=language)
    assert len(found) == 1, [(f.text, f.value) for f in found]
    return found[0]


def money(text: str, language: str = "en") -> list[tuple[str, str | None, float | None]]:
    """(text, currency, value) of every money figure of ``text``."""
    return [
        (f.text, f.unit, f.value)
        for f in find_figures(text, language=language)
        if f.kind.value == "money"
    ]
