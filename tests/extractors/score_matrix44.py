"""Scoring of the stop-44 blind matrix: each expected figure found, no other figure."""

from __future__ import annotations

import math

import pandas as pd

import provenance

from .blind_matrix44 import CASES, Case, Expected

NOT_FIGURES = frozenset({"time", "identifier", "marker"})


def case_ids() -> list[str]:
    """A stable id per case: its language and its rank in that language's list."""
    ids: list[str] = []
    seen: dict[str, int] = {}
    for lang, _text, _exp in CASES:
        seen[lang] = seen.get(lang, 0) + 1
        ids.append(f"{lang}{seen[lang]:03d}")
    return ids


def _same(expected: float | None, got: object) -> bool:
    if expected is None:
        return got is None or (isinstance(got, float) and math.isnan(got))
    if got is None or (isinstance(got, float) and math.isnan(got)):
        return False
    value = float(got)  # type: ignore[arg-type]
    return abs(value - expected) <= 1e-6 * max(1.0, abs(value), abs(expected))


def found(text: str, language: str) -> list[tuple[str, int, int, object]]:
    """(text, start, end, value) of every figure of ``text`` that is a figure."""
    frame: pd.DataFrame = provenance.extract_figures(text, language=language)
    return [
        (str(row.text), int(row.start), int(row.end), row.value)
        for row in frame.itertuples()
        if str(row.kind) not in NOT_FIGURES
    ]


def misses(text: str, language: str, expected: Expected) -> list[str]:
    """What is wrong with the figures of ``text`` (empty when the case passes)."""
    got = found(text, language)
    used: set[int] = set()
    wrong: list[str] = []
    for anchor, value in expected:
        start = text.index(anchor)
        end = start + len(anchor)
        hit = next(
            (
                i
                for i, (_t, s, e, v) in enumerate(got)
                if i not in used and s < end and start < e and _same(value, v)
            ),
            None,
        )
        if hit is None:
            wrong.append(f"missed {anchor!r}={value}")
        else:
            used.add(hit)
    wrong.extend(f"extra {t!r}={v}" for i, (t, _s, _e, v) in enumerate(got) if i not in used)
    return wrong


def passes(case: Case) -> bool:
    lang, text, expected = case
    return not misses(text, lang, expected)
