"""Flags of short texts as the wire bench reads them, and small figure and claim frames, for
the rule tests."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pandas as pd

import provenance
from provenance.enums import Format
from provenance.ids import sha256_hex
from provenance.ingest.document import Document

#: The finding kinds the wire bench scores.
FLAG_KINDS = ("unverified", "contradiction")


def wire_documents(texts: dict[str, str], folder: str) -> list[Document]:
    """Each text as an English Reuters story at ``folder/key``, as the wire bench reads it."""
    return [
        Document(
            path=f"{folder}/{key}",
            format=Format.TEXT,
            headline="",
            body=body,
            sha256=sha256_hex(body),
            agency="Reuters",
            language="en",
        )
        for key, body in texts.items()
    ]


def flags_of(texts: dict[str, str]) -> dict[str, list[tuple[str, str, str]]]:
    """Per text key: (kind, rule, flagged claim's text) of every flag, from one check call.

    A contradiction names the claim it contradicts, as the bench scores it.
    """
    result = provenance.check(wire_documents(texts, "flags"), engine="pandas")
    t = result.tables
    path = t.articles.set_index("article_id")["path"]
    text = t.claims.set_index("claim_id")["text"]
    out: dict[str, list[tuple[str, str, str]]] = {key: [] for key in texts}
    found = result.findings[result.findings["kind"].isin(FLAG_KINDS)]
    for f in found.itertuples():
        claim = f.related_claim_id if isinstance(f.related_claim_id, str) else f.claim_id
        if not isinstance(claim, str):
            continue
        key = str(path[f.article_id]).removeprefix("flags/")
        out[key].append((str(f.kind), str(f.rule), str(text[claim])))
    return out


def figure_sources(texts: dict[str, str]) -> dict[str, dict[str, str]]:
    """Per text key: each figure's text and its source's name, from one check call."""
    t = provenance.check(wire_documents(texts, "own"), engine="pandas").tables
    names = t.sources.set_index("source_id")["name"]
    path = t.articles.set_index("article_id")["path"]
    out: dict[str, dict[str, str]] = {key: {} for key in texts}
    for f in t.figures.itertuples():
        out[str(path[f.article_id]).removeprefix("own/")][str(f.text)] = str(names[f.source_id])
    return out


#: One figure of :func:`figure_frames`: id, source, value, unit, its claim's text.
FigureRow = tuple[str, str, float, str | None, str]


def figure_frames(
    rows: list[FigureRow], *, gap: int = 10, **extra: list[object]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures (one per row, ``gap`` characters apart, with ``extra`` columns) and their claims."""
    figures = pd.DataFrame(
        {
            "figure_id": [r[0] for r in rows],
            "article_id": "a",
            "claim_id": ["c_" + r[0] for r in rows],
            "source_id": [r[1] for r in rows],
            "start": [gap * i for i in range(len(rows))],
            "value": pd.Series([r[2] for r in rows], dtype="float64"),
            "unit": pd.Series([r[3] for r in rows], dtype=object),
            "kind": "cardinal",
            "approximate": False,
            "text": [f"{r[2]:g}" for r in rows],
            "language": "en",
        }
    )
    for name, values in extra.items():
        figures[name] = pd.Series(values, index=figures.index)
    claims = pd.DataFrame(
        {"claim_id": figures["claim_id"], "start": figures["start"], "text": [r[4] for r in rows]}
    )
    return figures, claims


def matrix_params(cases: Iterable[Any], wrong: frozenset[str]) -> list[Any]:
    """One pytest param a blind-matrix case, named by it, a strict xfail when in ``wrong``."""
    import pytest

    still = pytest.mark.xfail(strict=True, reason="still wrong")
    return [
        pytest.param(case, id=case.name, marks=still if case.name in wrong else ())
        for case in cases
    ]


def assert_matrix_shape(cases: Sequence[Any], *, flags: int, neighbours: int) -> None:
    """Names are unique, each expected span occurs once in its text, kinds are flag kinds,
    and the matrix keeps at least ``flags`` expected flags and ``neighbours`` neighbours."""
    assert len({case.name for case in cases}) == len(cases)
    for case in cases:
        for flag in case.flags:
            assert case.text.count(flag.surface) == 1, (case.name, flag.surface)
            assert flag.kind in FLAG_KINDS
    assert sum(len(case.flags) for case in cases) >= flags
    assert sum(not case.flags for case in cases) >= neighbours


def rivals_by_figure(
    rule: Callable[[pd.DataFrame, pd.DataFrame], pd.Series],
    figures: pd.DataFrame,
    claims: pd.DataFrame,
    seed: random.Random | None = None,
) -> dict[object, object]:
    """Each figure's rival claim by ``rule``, with the figures' rows shuffled by ``seed``."""
    order = list(figures.index)
    if seed is not None:
        seed.shuffle(order)
    shuffled = figures.loc[order]
    return dict(zip(shuffled["figure_id"], rule(shuffled, claims), strict=True))


def pair_up(
    expected: int, raised: Sequence[Any], fits: Callable[[int, Any], bool]
) -> tuple[list[int], list[Any]]:
    """The indices of the ``expected`` flags no raised flag ``fits``, and the raised flags
    left over, by a maximum bipartite matching (the order of either never decides it)."""
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j, flag in enumerate(raised):
            if j in seen or not fits(i, flag):
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    missing = [i for i in range(expected) if not place(i, set())]
    return missing, [flag for j, flag in enumerate(raised) if j not in owner]
