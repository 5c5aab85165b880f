"""The matching lexicon: units lemmatized, places and events read from data, errors named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.errors import LexiconError
from provenance.lexicon import _files
from provenance.lexicon.matching import _load, match_lexicon


def test_units_are_lemmatized() -> None:
    """Singular and plural of a unit, regular or not, give one key; stopwords do not count."""
    lex = match_lexicon("en")
    for singular, plural in [
        ("casualty", "casualties"),
        ("Russian soldier", "Russian soldiers"),
        ("loss", "losses"),
        ("person", "people"),
        ("child", "children"),
        ("box", "boxes"),
    ]:
        assert lex.unit_key(singular) == lex.unit_key(plural), (singular, plural)
    assert lex.unit_key("of the soldiers") == lex.unit_key("soldiers")
    assert lex.unit_key("glass") == "glass"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=40))
def test_unit_key_is_idempotent(unit: str) -> None:
    """A key is its own key, so keys built at different times agree."""
    lex = match_lexicon("en")
    once = lex.unit_key(unit)
    assert lex.unit_key(once) == once or lex.unit_key(lex.unit_key(once)) == lex.unit_key(once)


def test_places_and_events() -> None:
    """Places are capitalized names after a place word (not months); events map forms to names."""
    lex = match_lexicon("en")
    text = "In February, 40 people died in the Kursk region and 12 were injured near New Salem."
    assert lex.places_of(text) == ("Kursk", "New Salem")
    assert lex.events_of(text) == ("death", "injury")
    assert lex.events_of("Eight were killed, and 30 lost their lives.") == ("death",)


def test_language_without_a_file_is_neutral() -> None:
    """A language with no matching file gets case-folding only: no English words leak in."""
    lex = match_lexicon("de")
    assert lex.unit_key("Soldaten") == "soldaten"
    assert lex.events_of("killed in Kursk") == ()
    assert lex.places_of("killed in Kursk") == ()


def test_is_read_once() -> None:
    """The lexicon is cached per language."""
    assert match_lexicon("en") is match_lexicon("en-GB")


def test_bad_file_names_the_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form listed under two events is a LexiconError naming the file and the entry."""
    bad = {"events": [{"name": "death", "forms": ["killed"]}, {"name": "x", "forms": ["Killed"]}]}
    real = _files.read_data
    monkeypatch.setattr(
        _files, "read_data", lambda relpath: bad if "matching" in relpath else real(relpath)
    )
    _load.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"en/matching.yaml: events\[1\]: form 'Killed'"):
            match_lexicon("en")
        monkeypatch.setattr(_files, "read_data", lambda relpath: {"plural_suffixes": [["s"]]})
        with pytest.raises(LexiconError, match=r"plural_suffixes\[0\]"):
            match_lexicon("en")
    finally:
        _load.cache_clear()
