"""Claims of the seed AFP article (examples/afp_putin_trump_talks.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    """The seed article's text."""
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims(seed_text: str) -> tuple[ClaimSpan, ...]:
    """All claims of the seed."""
    return find_claims(seed_text)


def _by(claims: tuple[ClaimSpan, ...], source: str) -> list[ClaimSpan]:
    return [c for c in claims if c.source is not None and c.source.name == source]


def _innermost(claims: tuple[ClaimSpan, ...], text: str, needle: str) -> ClaimSpan:
    """The shortest claim containing ``needle`` (how figures are assigned)."""
    start = text.index(needle)
    end = start + len(needle)
    inside = [c for c in claims if c.start <= start and end <= c.end]
    assert inside, needle
    return min(inside, key=lambda c: c.end - c.start)


def test_putin_indirect_claim(claims: tuple[ClaimSpan, ...]) -> None:
    """Putin's claim to Trump about talks after June 22 is an indirect claim by Putin."""
    claim = next(c for c in _by(claims, "Vladimir Putin") if "after June 22" in c.text)
    assert claim.attribution is Attribution.INDIRECT
    assert claim.text.startswith("Moscow is ready")


def test_zelensky_direct_quotes(claims: tuple[ClaimSpan, ...]) -> None:
    """Zelensky's quotes are direct claims; the X post has channel 'X'."""
    direct = [c for c in _by(claims, "Volodymyr Zelensky") if c.attribution is Attribution.DIRECT]
    assert len(direct) >= 3
    on_x = next(c for c in direct if c.channel == "X")
    assert on_x.text.startswith("“Any signals of reduced aid")
    assert on_x.text.endswith("do not want to end it,”")


def test_he_said_resolves_to_zelensky(claims: tuple[ClaimSpan, ...]) -> None:
    """'he said' after Zelensky's quote is Zelensky, and the quote continues after it."""
    claim = next(c for c in claims if c.source_text == "he")
    assert claim.source is not None
    assert claim.source.name == "Volodymyr Zelensky"
    assert claim.text.startswith("“We want to see aid")
    assert claim.text.endswith("slowed down aid.”")


def test_kremlin_claim(claims: tuple[ClaimSpan, ...]) -> None:
    """The Kremlin's readout is a claim by the Russian government."""
    claim = next(c for c in claims if c.source_text == "The Kremlin")
    assert claim.source is not None
    assert claim.source.name == "Russian government"
    assert "expressed satisfaction" in claim.text


def test_hedged_moscow_claim(claims: tuple[ClaimSpan, ...]) -> None:
    """'which Moscow claimed were Ukrainian citizens' is hedged, by the Russian government."""
    claim = next(c for c in claims if c.status is ClaimStatus.HEDGED and c.source_text == "Moscow")
    assert claim.source is not None
    assert claim.source.name == "Russian government"
    assert claim.text.startswith("were Ukrainian citizens")


def test_unconfirmed_ukraine_claim(claims: tuple[ClaimSpan, ...]) -> None:
    """'Ukraine has not confirmed if ...' is unconfirmed, by the Ukrainian government."""
    claim = next(c for c in claims if c.status is ClaimStatus.UNCONFIRMED and "bodies" in c.text)
    assert claim.source is not None
    assert claim.source.name == "Ukrainian government"
    assert claim.text == "if it has returned any bodies to Russia"


def test_zelensky_denial_with_nested_russian_claim(claims: tuple[ClaimSpan, ...]) -> None:
    """Zelensky denies Russian claims; the Russian claim is nested inside the denial."""
    outer = next(c for c in claims if c.status is ClaimStatus.DENIED and "Dnipropetrovsk" in c.text)
    assert outer.source is not None
    assert outer.source.name == "Volodymyr Zelensky"
    assert outer.text == "Russian claims that their troops entered the Dnipropetrovsk region"
    inner = next(c for c in claims if c.parent is not None and "Dnipropetrovsk" in c.text)
    assert claims[inner.parent] is outer
    assert inner.source is not None
    assert inner.source.name == "Russian government"
    assert inner.source_text == "Russian"
    assert inner.text == "their troops entered the Dnipropetrovsk region"


def test_adding_that_53000(seed_text: str, claims: tuple[ClaimSpan, ...]) -> None:
    """'about 53,000 Russian soldiers' lies in a claim by Zelensky."""
    claim = _innermost(claims, seed_text, "about 53,000")
    assert claim.source is not None
    assert claim.source.name == "Volodymyr Zelensky"


@pytest.mark.parametrize("needle", ["1,200 unidentified bodies", "repatriate 1,000 wounded"])
def test_narrator_figures(seed_text: str, claims: tuple[ClaimSpan, ...], needle: str) -> None:
    """The agency's own figures fall in narrator claims."""
    claim = _innermost(claims, seed_text, needle)
    assert claim.attribution is Attribution.NARRATOR
    assert claim.source is None


def test_every_digit_is_in_a_claim(seed_text: str, claims: tuple[ClaimSpan, ...]) -> None:
    """Every digit of the article lies inside some claim."""
    for i, ch in enumerate(seed_text):
        if ch.isdigit():
            assert any(c.start <= i < c.end for c in claims), seed_text[i - 20 : i + 20]
