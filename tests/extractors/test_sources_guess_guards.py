"""The cheap guards of the source registry's guess give the answers of the patterns they skip."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import SourceKind
from provenance.extractors.sources import registry
from provenance.extractors.sources.registry import _WORD, _guess, _kinds, _openers

_KINDS = _kinds("en")
_KIND_WORDS = sorted(
    {
        *_KINDS.lex.military_words,
        *_KINDS.lex.government_words,
        *_KINDS.lex.media_heads,
        *_KINDS.lex.media_words,
        *_KINDS.lex.organization_words,
    }
)
_PIECES = st.one_of(
    st.sampled_from(_KIND_WORDS),
    st.sampled_from(
        [
            "the",
            "a",
            "local",
            "of",
            "Liam",
            "Mr",
            "Fox",
            "giant",
            "Gazprom",
            "left-wing",
            "x",
            "s",
            "'s",
            "-",
            ".",
            "_",
        ]
    ),
    st.text(alphabet="abcxyz-'_. ", min_size=1, max_size=6),
)


def _patterns() -> tuple[re.Pattern[str], ...]:
    k = _KINDS
    return (k.military, k.government, k.media_head, k.media, k.organization)


def test_openers_are_each_phrases_first_run() -> None:
    assert _openers(["state tv", "army"], ["left-wing group"]) == frozenset(
        {"army", "left", "state"}
    )
    assert _openers(["'s media"]) is None  # a phrase opening with no word character
    assert _openers([]) == frozenset()


def test_english_kind_words_all_have_openers() -> None:
    assert _KINDS.openers is not None
    assert "army" in _KINDS.openers or not _KINDS.lex.military_words


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6), st.sampled_from([" ", "", "  ", "-"]))
def test_a_head_without_an_opener_matches_no_kind_pattern(pieces: list[str], sep: str) -> None:
    head = sep.join(pieces)
    assert _KINDS.openers is not None
    if _KINDS.openers.isdisjoint(_WORD.findall(head)):
        assert all(p.search(head) is None for p in _patterns())


_UNGUARDED = dataclasses.replace(_KINDS, openers=None)  # every head searched


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=5))
def test_guess_is_the_same_without_the_guard(pieces: list[str]) -> None:
    text = " ".join(pieces)
    guarded = _guess(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(registry, "_kinds", lambda language="en": _UNGUARDED)
        unguarded = _guess(text)
    assert guarded == unguarded


def test_guess_kinds_of_fixture_mentions() -> None:
    assert _guess("the army").kind is SourceKind.MILITARY
    assert _guess("state media").kind is SourceKind.MEDIA
    assert _guess("Liam Fox").kind is SourceKind.PERSON
    assert _guess("Russian energy giant Gazprom").name == "Gazprom"
    assert _guess("a quiet man").kind is SourceKind.UNKNOWN
