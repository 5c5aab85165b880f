"""The registry's determiner shortcut and record builder give what the patterns and the
frozen constructor give."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import SourceKind
from provenance.extractors.records import SourceInfo
from provenance.extractors.sources import registry
from provenance.extractors.sources.registry import (
    SourceRegistry,
    _guess,
    _kinds,
    _source_info,
    _without_determiner,
)

_KINDS = _kinds("en")
_DETERMINERS = sorted(_KINDS.lex.determiners)
#: the determiners in every case, words that open with one ("these", "they", "thesis",
#: "another"), letters that case-blind matching folds beyond ASCII ("ſ", the Kelvin sign)
_WORDS = st.one_of(
    st.sampled_from(_DETERMINERS),
    st.sampled_from([d.upper() for d in _DETERMINERS] + [d.title() for d in _DETERMINERS]),
    st.sampled_from(["they", "thesis", "another", "anyone", "Kremlin", "ſ", "thiſ", "K"]),
    st.text(alphabet="aehnorstTHſK'’.,-", min_size=1, max_size=6),
)
#: words parted by one space each, as a normalized name or a cleaned mention has them
_SPACED = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join).filter(lambda t: t == t.strip())


def test_english_determiners_take_the_shortcut() -> None:
    assert _KINDS.determiner_words == frozenset(_KINDS.lex.determiners)


def test_shortcut_fixture_forms_and_their_neighbours() -> None:
    k = _KINDS
    assert _without_determiner("the kremlin", k) == "kremlin"
    assert _without_determiner("these men", k) == "men"
    assert _without_determiner("an official", k) == "official"
    # neighbours: a word opening with a determiner, a lone determiner, another case
    assert _without_determiner("they said", k) == "they said"
    assert _without_determiner("thesis", k) == "thesis"
    assert _without_determiner("the", k) == "the"
    assert _without_determiner("The Kremlin", k) == "The Kremlin"
    assert _without_determiner("The Kremlin", k, any_case=True) == "Kremlin"
    assert _without_determiner("THIS man", k, any_case=True) == "man"


@settings(max_examples=1500, deadline=None)
@given(_SPACED)
def test_shortcut_is_the_patterns_substitution(text: str) -> None:
    k = _KINDS
    assert _without_determiner(text, k) == k.determiner.sub("", text)
    assert _without_determiner(text, k, any_case=True) == k.determiner_any_case.sub("", text)
    lowered = text.lower()
    assert _without_determiner(lowered, k) == k.determiner.sub("", lowered)


def test_a_determiner_beyond_plain_ascii_letters_turns_the_shortcut_off() -> None:
    assert registry._determiner_words(["the", "a"]) == frozenset({"the", "a"})
    for odd in ("l'", "la la", "ſ", "The", "ce-ci", ""):
        assert registry._determiner_words(["the", odd]) is None
    assert registry._determiner_words([]) == frozenset()


_UNSHORTENED = dataclasses.replace(_KINDS, determiner_words=None)  # the patterns only

_MENTION_WORDS = st.one_of(
    _WORDS,
    st.sampled_from(
        ["army", "state", "media", "Mr", "Liam", "Fox", "of", "officials", "Nato", "'s", "  "]
    ),
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_MENTION_WORDS, min_size=1, max_size=5), st.sampled_from([" ", "  ", "\t", ", "]))
def test_guess_and_key_are_the_same_without_the_shortcut(words: list[str], sep: str) -> None:
    text = sep.join(words)
    shortcut = (_guess(text), registry._key(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(registry, "_kinds", lambda language="en": _UNSHORTENED)
        patterns_only = (_guess(text), registry._key(text))
    assert shortcut == patterns_only


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=12),
    st.sampled_from(list(SourceKind)),
    st.one_of(st.none(), st.text(max_size=8)),
)
def test_source_info_is_the_constructors_record(
    name: str, kind: SourceKind, affiliation: str | None
) -> None:
    built = _source_info(name, kind, affiliation)
    expected = SourceInfo(name=name, kind=kind, affiliation=affiliation)
    assert type(built) is SourceInfo
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.name = "other"  # type: ignore[misc]


def test_resolved_guesses_are_frozen_records() -> None:
    info = SourceRegistry().resolve("the quiet man")
    assert type(info) is SourceInfo
    assert info.name == "quiet man"
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.kind = SourceKind.PERSON  # type: ignore[misc]
