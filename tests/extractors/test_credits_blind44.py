"""Round 44's blind matrix of credit lines and captions, scored through ``extract_credits``.

The lines were written before the credit splitter was read (``credits_blind44.py``);
the ones the splitter misses are strict xfails, so a fix that makes one pass must
flip it here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance
from tests.extractors.credits_blind44 import CAPTIONS, LINES, parse_spec, parties_match

LINE_MISSES: frozenset[str] = frozenset(
    {
        "ANSA/UFFICIO STAMPA QUIRINALE",
        "APA/BUNDESHEER/LUKAS PIRCHNER",
    }
)
CAPTION_MISSES: frozenset[str] = frozenset()


def _found(credit: str, caption: str = "") -> list[tuple[str, str | None]]:
    return [(p.role.value, p.name) for p in provenance.extract_credits(credit, caption=caption)]


def _cases(rows: list[tuple[str, str]], misses: frozenset[str]) -> list[object]:
    return [
        pytest.param(
            text,
            spec,
            id=text,
            marks=[pytest.mark.xfail(strict=True, reason="missed at base")]
            if text in misses
            else [],
        )
        for text, spec in rows
    ]


@pytest.mark.parametrize(("credit", "spec"), _cases(LINES, LINE_MISSES))
def test_line(credit: str, spec: str) -> None:
    """Each blind credit line gives exactly the parties the guideline names."""
    assert parties_match(_found(credit), spec), _found(credit)


@pytest.mark.parametrize(("caption", "spec"), _cases(CAPTIONS, CAPTION_MISSES))
def test_caption(caption: str, spec: str) -> None:
    """A credit written inside a caption is found, and a caption's own words are no credit."""
    assert parties_match(_found("", caption), spec), _found("", caption)


def test_matrix_is_well_formed() -> None:
    """Every expectation parses, and no line is listed twice."""
    for _, spec in LINES + CAPTIONS:
        for slot in parse_spec(spec):
            assert slot
    texts = [text for text, _ in LINES + CAPTIONS]
    assert len(texts) == len(set(texts))
    assert not (LINE_MISSES | CAPTION_MISSES) - set(texts)


@given(st.sampled_from(LINES), st.sampled_from(["Foto: ", "Photo: ", "Kuva: ", "Bild: ", ""]))
def test_role_code_before_a_line_adds_no_party(row: tuple[str, str], prefix: str) -> None:
    """A role code in front of an agency never becomes a party of its own."""
    credit, _ = row
    if "/" not in credit or credit.startswith(("Foto", "Photo", "Kuva", "Bild")):
        return
    found = _found(prefix + "STR/" + credit)
    assert all(name is None or name.upper() not in {"STR", "STRINGER"} for _, name in found)
