"""The lexicon layer: data files read once, validated on load, errors that name the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.errors import LexiconError, ProvenanceError
from provenance.lexicon import agency_table, available_languages, language_key
from provenance.lexicon._files import Entry, entries, has_language_file, read_data


def test_every_language_folder_is_a_key() -> None:
    """Each folder under data/ is a language key that language_key() resolves to itself."""
    for lang in available_languages():
        assert language_key(lang) == lang
        assert language_key(f"{lang.upper()}-XX") == lang


def test_has_language_file_answers_without_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A language's own data file is found without reading it; the neutral key, a language
    without a folder and a folder without that file have none."""
    from provenance.lexicon import _files

    def unread(relpath: str) -> None:
        raise AssertionError(f"{relpath} was parsed")

    monkeypatch.setattr(_files, "read_data", unread)
    assert has_language_file("en", "numbers.yaml")
    assert has_language_file("fr", "numbers.yaml")
    assert not has_language_file("fr", "cues.yaml")
    assert not has_language_file("und", "numbers.yaml")
    assert not has_language_file("de", "numbers.yaml")


def test_unknown_language_is_neutral_not_english() -> None:
    """A stated language without a folder falls back to neutral rules, never English."""
    assert language_key("de-DE") == "und"
    assert language_key("") == "en"


def test_agency_aliases_resolve_to_one_name() -> None:
    """Every alias of every agency resolves back to its canonical name."""
    table = agency_table()
    for name in table.agency_names:
        assert table.agency(name) == name
        for alias in table.aliases(name):
            assert table.agency(alias) == name
    assert table.agency("Getty Images") is None
    assert table.distributor("getty") == "Getty Images"


def test_agency_table_is_read_once() -> None:
    """The table is cached: two calls give the same object."""
    assert agency_table() is agency_table()


def test_entry_errors_name_file_and_entry() -> None:
    """A malformed entry raises a LexiconError naming the file and the entry's path."""
    bad = {"cues": [{"lemma": "claim"}, {"lemma": 3}]}
    items = list(entries(bad, "en/cues.yaml", "cues"))
    assert items[0].text("lemma") == "claim"
    with pytest.raises(LexiconError, match=r"en/cues.yaml: cues\[1\]: 'lemma' must be"):
        items[1].text("lemma")
    with pytest.raises(LexiconError, match="expected a mapping"):
        Entry(["not", "a", "mapping"], "x.yaml", "cues[0]")
    with pytest.raises(LexiconError, match="expected a list under 'forms'"):
        list(entries({"forms": 1}, "x.yaml", "forms"))


def test_lexicon_error_is_in_the_tree() -> None:
    """LexiconError is a ProvenanceError and a ValueError, with structured fields."""
    err = LexiconError("en/cues.yaml", "cues[1]: bad")
    assert isinstance(err, ProvenanceError)
    assert isinstance(err, ValueError)
    assert (err.file, err.problem) == ("en/cues.yaml", "cues[1]: bad")


def test_missing_file_is_a_lexicon_error() -> None:
    """Asking for a data file that is not there names it."""
    with pytest.raises(LexiconError, match=r"nope\.yaml: file not found"):
        read_data("nope.yaml")


def test_a_key_stated_twice_is_a_lexicon_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key stated twice in one mapping names the file, the key and the line.

    YAML itself keeps the last value silently: two edits of one word list would lose one.
    """
    from provenance.lexicon import _files

    (tmp_path / "twice.yaml").write_text(
        "relative_pronouns: [who]\nnested: {a: 1, b: 2}\nrelative_pronouns: [which]\n",
        encoding="utf-8",
    )
    (tmp_path / "once.yaml").write_text("a: {b: 1}\nb: {b: 2}\n", encoding="utf-8")
    monkeypatch.setattr(_files, "data_root", lambda: tmp_path)
    stated_twice = r"twice\.yaml: .*'relative_pronouns' is stated twice\s+in .*line 3"
    with pytest.raises(LexiconError, match=stated_twice):
        read_data("twice.yaml")
    assert read_data("once.yaml") == {"a": {"b": 1}, "b": {"b": 2}}  # same key, two mappings


def test_credit_lexicon_reads_every_kind_of_word() -> None:
    """The credit vocabulary is data: prefixes in several scripts, codes, markers, labels."""
    from provenance.lexicon.credits import credit_lexicon

    lex = credit_lexicon()
    assert {"photo", "foto", "фото", "credit", "mandatory credit"} <= set(lex.prefixes)
    assert lex.prefixes["staff photo"].implies == "staff"
    assert lex.is_ignored("STR")
    assert lex.is_ignored("File Photo")
    assert lex.unnamed["pool"].label == "pool"
    assert credit_lexicon() is lex


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"prefixes": [{"words": 3}]}, r"prefixes\[0\]: 'words' must be a list"),
        (
            {"prefixes": [{"words": ["x"], "kind": "movie"}]},
            r"prefixes\[0\]: 'kind' must be one of",
        ),
        (
            {"prefixes": [], "unnamed": [{"label": "pool", "role": "boss", "words": ["p"]}]},
            r"unnamed\[0\]",
        ),
        ({"prefixes": [{"words": ["x"], "implies": "ghost"}], "unnamed": []}, "implies 'ghost'"),
    ],
)
def test_credit_lexicon_errors_name_the_entry(data: object, where: str) -> None:
    """A malformed credits.yaml entry raises a LexiconError naming the file and the entry."""
    from provenance.lexicon.credits import build_credit_lexicon

    with pytest.raises(LexiconError, match=rf"credits.yaml: .*{where}"):
        build_credit_lexicon(data)


def test_cue_lexicon_forms_resolve_to_their_lemma() -> None:
    """Every form of every cue verb and noun resolves back to its own entry."""
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon("en")
    for verb in lex.verbs:
        for form in (*verb.forms, *verb.headline):
            assert lex.verb(form).lemma == verb.lemma
    for noun in lex.nouns:
        assert noun.follows, f"{noun.lemma}: a noun cue needs words that must follow it"
        for form in noun.forms:
            assert lex.noun(form) is noun
    assert cue_lexicon("en") is cue_lexicon("en-US")


def test_cue_statuses_cover_the_families() -> None:
    """The lexicon has hedges, denials, confirming verbs and charges (flagged cues)."""
    from provenance.enums import ClaimStatus
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon("en")
    assert {"claim", "allege"} <= lex.lemmas(ClaimStatus.HEDGED)
    assert {"deny", "reject", "dispute"} <= lex.lemmas(ClaimStatus.DENIED)
    assert {"confirm", "verify"} <= lex.confirming
    assert {"accused", "accusations"} <= set(lex.flagged_forms())
    assert lex.flagged_forms()["reported"] == ("media", "agency")


def test_bad_cue_entry_names_file_and_entry() -> None:
    """A cue entry with an unknown status raises LexiconError naming the entry."""
    from provenance.lexicon.cues import _status

    entry = Entry({"lemma": "say", "status": "maybe"}, "en/cues.yaml", "verbs[0]")
    with pytest.raises(LexiconError, match=r"en/cues\.yaml.*verbs\[0\].*status"):
        _status(entry)


def test_the_matching_lexicon_reads_exculpations_case_folded() -> None:
    """'did nothing wrong' denies a charge: the endings are data, folded once on load."""
    from provenance.lexicon.matching import match_lexicon

    endings = match_lexicon("en").exculpations
    assert "nothing wrong" in endings
    assert all(e == e.casefold() for e in endings)


def test_source_kind_lexicon_reads_words_and_sides() -> None:
    """The words that give an unlisted source its kind are data, case-folded, per language."""
    from provenance.lexicon.source_kinds import source_kind_lexicon

    lex = source_kind_lexicon("en-GB")
    assert {"officials", "spokeswoman"} <= lex.anonymous_heads
    assert "defence ministry" in lex.military_words
    assert lex.nationalities["u.s."] == "United States"
    assert source_kind_lexicon("zz").anonymous_heads == frozenset()  # no folder: no words


@pytest.mark.parametrize(
    ("module", "text", "problem"),
    [
        ("source_kinds", "military_words: army\n", "military_words: expected a list of words"),
        (
            "source_kinds",
            "nationalities: [russian]\n",
            "nationalities: expected a mapping of word to side",
        ),
        ("source_kinds", "militar_words: [army]\n", "unknown keys ['militar_words']"),
        (
            "matching",
            "answering_denials: there is no record\n",
            "answering_denials: expected a list of strings",
        ),
    ],
)
def test_lexicon_file_errors_name_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, text: str, problem: str
) -> None:
    """A malformed source-kind or matching file names itself and the key at fault."""
    import importlib

    from provenance.lexicon import _files

    lexicon = importlib.import_module(f"provenance.lexicon.{module}")
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / f"{module}.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(_files, "data_root", lambda: tmp_path)
    monkeypatch.setattr(_files, "available_languages", lambda: frozenset({"xx"}))
    lexicon._load.cache_clear()
    try:
        with pytest.raises(LexiconError) as info:
            lexicon._load("xx")
    finally:
        lexicon._load.cache_clear()
    assert (info.value.file, info.value.problem) == (f"xx/{module}.yaml", problem)
