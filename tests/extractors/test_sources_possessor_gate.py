"""The registry strips a leading possessor without a regex call when none can be there."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.sources.registry import (
    _POSSESSOR,
    _strip_titles,
    _without_possessor,
    default_sources,
)

#: pieces that make a possessor likely ("'s ", "’s") among ordinary words and spaces
_PIECES = st.sampled_from(
    ["the", "mayor", "Lyon", "'s", "’s", "'", "’", "s", " ", "\t", "-", ".", "é", "Dr", "x's"]
)
_TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=8).map("".join))


@given(_TEXTS)
def test_the_gate_gives_the_pattern_s_answer(text: str) -> None:
    assert _without_possessor(text) == _POSSESSOR.sub("", text)


def test_a_possessor_is_stripped_with_either_apostrophe() -> None:
    assert _without_possessor("the city's mayor Ann Lee") == "mayor Ann Lee"
    assert _without_possessor("Lyon’s mayor Ann Lee") == "mayor Ann Lee"
    assert _without_possessor("the mayor of Lyon") == "the mayor of Lyon"


def test_a_text_without_a_possessor_comes_back_unchanged() -> None:
    text = "Mayor Ann Lee"
    assert _without_possessor(text) is text


def test_titles_and_possessors_are_still_stripped() -> None:
    assert _strip_titles("Ruritania's President Ann Lee") == "Ann Lee"
    assert _strip_titles("Sen. Ann Lee") == "Ann Lee"


def test_lookup_still_finds_a_source_after_a_possessor() -> None:
    registry = default_sources()
    registry.register("Ann Lee", "Ann Lee", registry.resolve("Ann Lee").kind)
    assert registry.lookup("Ruritania's Ann Lee") is not None
    assert registry.lookup("Ann Lee") is registry.lookup("Ruritania's Ann Lee")
