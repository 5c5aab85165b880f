"""News outlets named in Han script or Hangul after a photo label: the outlet, not a person."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits
from provenance.extractors.credits.kinds import cjk_outlet
from provenance.lexicon.credits import credit_lexicon

P, A, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.SOURCE


def _show(line: str) -> list[tuple[str | None, CreditRole]]:
    return [(p.name, p.role) for p in extract_credits(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("摄影：北方网", [("北方网", A)]),
        ("摄影：江南晚报", [("江南晚报", A)]),
        ("撮影：東西新聞社", [("東西新聞社", A)]),
        ("摄影：海岸新闻", [("海岸新闻", A)]),
    ],
)
def test_outlet_after_photo_label_is_the_agency(
    line: str, expected: list[tuple[str, CreditRole]]
) -> None:
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("摄影：王晔", [("王晔", P)]),  # a person's name: the photographer
        ("撮影：山田太郎", [("山田太郎", P)]),
        ("图片来源：北方网", [("北方网", S)]),  # a source label keeps its role
    ],
)
def test_outlet_neighbours(line: str, expected: list[tuple[str, CreditRole]]) -> None:
    assert _show(line) == expected


def test_cjk_outlet_reads_the_ending() -> None:
    lex = credit_lexicon()
    assert cjk_outlet("北方网", lex)
    assert cjk_outlet("江南日报", lex)
    assert not cjk_outlet("王晔", lex)
    assert not cjk_outlet("Daily Post", lex)  # Latin names go through outlet_words


@given(
    st.sampled_from(["网", "報", "新聞", "新闻", "社"]),
    st.text("北方江南海岸东西", min_size=2, max_size=3),
)
def test_any_name_with_an_outlet_ending_is_an_outlet(end: str, head: str) -> None:
    assert cjk_outlet(head + end, credit_lexicon())
