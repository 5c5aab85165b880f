"""Words that left the extractors' code for the lexicon: they load, are validated, and are read.

Each list was once a regex or a set of English words inside an extractor (the source
registry's articles, the adjuncts around a cue, the determiners of a small clause, the
negating clitic, the plural rule). A fake language whose files change those words
changes what the extractors do: proof that the code reads the data, not its own copy.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import SourceKind
from provenance.errors import LexiconError
from provenance.extractors.claims import clause_subjects, inversions, spans, subjects
from provenance.extractors.claims.cues import _cue_grammar, cue_grammar
from provenance.extractors.sources import registry
from provenance.lexicon import _files, cues, source_kinds
from provenance.lexicon.cues import cue_lexicon
from provenance.lexicon.source_kinds import source_kind_lexicon


def _clear() -> None:
    for fn in (
        _files.available_languages,
        _files.language_key,
        source_kinds._load,
        cues._load,
        cues._load_tag,
        _cue_grammar,
        cue_grammar,
        registry._kinds,
        registry._person_roles,
        registry._name_suffixes,
        registry._given_names,
        spans._adjuncts,
        spans._patterns,
        inversions._words,
        inversions._quoting,
        clause_subjects._intro,
        clause_subjects._sets,
    ):
        fn.cache_clear()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the data folder where a test may add a language "xx"."""
    root = tmp_path / "data"
    shutil.copytree(Path(cues.__file__).parent / "data", root)
    (root / "xx").mkdir()
    monkeypatch.setattr(_files, "data_root", lambda: root)
    monkeypatch.setattr(registry, "data_root", lambda: root)
    _clear()
    yield root
    _clear()


def _fake_cues(root: Path, **lines: str) -> None:
    """``xx/cues.yaml``: the English file with some top-level lists replaced."""
    text = (root / "en" / "cues.yaml").read_text(encoding="utf-8")
    out = []
    skipping = False
    for line in text.splitlines():
        key = line.split(":", 1)[0]
        if skipping and line.startswith((" ", "\t")):
            continue
        skipping = False
        if key in lines and not line.startswith((" ", "#")):
            out.append(f"{key}: {lines[key]}")
            skipping = True
            continue
        out.append(line)
    (root / "xx" / "cues.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


def test_english_keys_load_in_order() -> None:
    kinds = source_kind_lexicon("en")
    assert kinds.determiners == ("the", "a", "an", "this", "that", "these", "those")
    assert kinds.name_object_prepositions[:2] == ("of", "on")
    lex = cue_lexicon("en")
    assert lex.negation_clitics == ("n't",)
    assert "on" in lex.adjunct_that_openers
    assert "while" in lex.adjunct_quote_openers
    assert lex.addressee_determiners[0] == "a"
    assert "some" in lex.small_clause_determiners
    assert lex.subject_intro_conjunctions[0] == "But"
    assert [r.plural for r in lex.singular_rules] == ["ies", "s"]


def test_french_reads_no_english_source_words() -> None:
    assert source_kind_lexicon("fr").determiners == ()
    assert registry._person_roles("fr") == frozenset()
    assert registry._key("the Kremlin", "fr") == "the kremlin"
    assert registry._key("the Kremlin") == "kremlin"


def test_registry_word_sets_need_their_data_file(data: Path) -> None:
    """One guard: a language reads its roles, suffixes and given names only from its own files."""
    assert registry._person_roles("xx") == registry._name_suffixes("xx") == frozenset()
    assert registry._given_names("xx") == frozenset()
    assert not registry._has_data("xx", "cues.yaml")
    assert not registry._has_data("zz", "cues.yaml")  # no such language
    _fake_cues(data)
    _clear()
    assert registry._has_cues("xx")
    assert registry._person_roles("xx") == registry._person_roles("en")
    assert registry._given_names("xx") == frozenset()  # a cue file, no genders.yaml
    assert "john" in registry._given_names("en")
    assert "jr." in {w.lower() for w in registry._name_suffixes("en")}


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("ministers", "minister"),
        ("studies", "study"),
        ("ties", "tie"),  # too short for "ies" -> "y": the "s" rule
        ("press", "press"),  # "ss" is no plural
        ("bus", "bus"),  # too short
        ("ies", "ies"),
        ("minister", "minister"),
    ],
)
def test_singular_rules(word: str, singular: str) -> None:
    assert cue_lexicon("en").singular(word) == singular


def _old_singular(word: str) -> str:
    """The rule the speakers module held in code before it moved to the lexicon."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@given(st.text(alphabet="aeiosy", max_size=8))
def test_singular_rules_keep_the_old_rule(word: str) -> None:
    assert cue_lexicon("en").singular(word) == _old_singular(word)


@given(st.sampled_from(source_kind_lexicon("en").determiners), st.sampled_from(["Kremlin", "FBI"]))
def test_a_leading_determiner_never_changes_the_key(det: str, name: str) -> None:
    assert registry._key(f"{det} {name}") == registry._key(name)
    assert registry._key(f"{det.title()} {name}") == registry._key(name)


def test_trailing_name_is_a_person_unless_a_preposition_takes_it() -> None:
    reg = registry.default_sources()
    found = reg.resolve("the party's leader John Smith")
    assert (found.kind, found.name) == (SourceKind.PERSON, "John Smith")
    assert reg.resolve("the committee on Foreign Relations").kind is not SourceKind.PERSON


def test_adjuncts_before_that_and_quotation() -> None:
    adj = spans._adjuncts("en")
    for text in (" in Congress that ", " on Monday that ", " yesterday that "):
        assert adj.that.match(text) is not None, text
    assert adj.that.match(" the plan that ") is None  # an object, not an adjunct
    assert adj.quote.match(" of the senator, “") is not None
    assert adj.quote.match(" the senator, “") is None
    assert spans.addressee_only(" a Senate panel on Wednesday")
    assert not spans.addressee_only(" reporters it was over")


@pytest.mark.parametrize(
    ("words", "ok"), [(["not"], False), (["didn't", "accuse"], False), (["accused"], True)]
)
def test_negated_cue_words(words: list[str], ok: bool) -> None:
    lex = cue_lexicon("en")
    negated = any(w in lex.negations or w.endswith(lex.negation_clitics) for w in words)
    assert negated is not ok


def test_bad_singular_rule_names_the_entry(data: Path) -> None:
    _fake_cues(data, singular_rules="[{plural: s, min_length: 1}]")
    with pytest.raises(LexiconError, match="min_length"):
        cue_lexicon("xx")


def test_plain_claim_nouns_must_be_noun_cue_forms(data: Path) -> None:
    """``plain_claim_nouns`` names forms of the noun cues ("claim"), never another word."""
    assert {"claim", "report"} <= cue_lexicon("en").plain_claim_nouns
    assert "allegation" not in cue_lexicon("en").plain_claim_nouns
    _fake_cues(data, plain_claim_nouns="[claim, memo]")
    with pytest.raises(LexiconError, match=r"plain_claim_nouns: \['memo'\] are no forms"):
        cue_lexicon("xx")


def test_bad_determiners_name_the_key(data: Path) -> None:
    (data / "xx" / "source_kinds.yaml").write_text("determiners: le\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="determiners: expected a list"):
        source_kind_lexicon("xx")


def test_a_fake_language_changes_what_the_code_does(data: Path) -> None:
    (data / "xx" / "source_kinds.yaml").write_text(
        "determiners: [le, la]\nname_object_prepositions: [de]\n"
        "recipient_prepositions: [à]\ntitle_prepositions: [pour]\n",
        encoding="utf-8",
    )
    _fake_cues(
        data,
        addressee_determiners="[le]",
        adjunct_that_openers="[dans]",
        singular_rules='[{plural: aux, singular: al, min_length: 5}, {plural: x, singular: ""}]',
        agent_adjunct_openers="[lundi]",
        antecedent_determiners="[les]",
        subject_intro_openers="[Dans]",
        small_clause_determiners="[Les]",
    )
    # the registry drops the fake articles, not the English ones
    assert registry._key("le Kremlin", "xx") == "kremlin"
    assert registry._key("the Kremlin", "xx") == "the kremlin"
    assert registry.SourceRegistry("xx").language == "xx"
    # a name after a title is the object of the fake prepositions only
    text = "data provided à Representative Gregg Harper"
    assert registry._object_of_preposition(text, text.index("Gregg"), "xx")
    assert not registry._object_of_preposition(text, text.index("Gregg"), "en")
    text = "data provided to Representative Gregg Harper"
    assert not registry._object_of_preposition(text, text.index("Gregg"), "xx")
    assert registry._object_of_preposition(text, text.index("Gregg"), "en")
    # a five-word addressee fits after its fake article only
    assert spans.addressee_only(" le very big Senate panel", "xx")
    assert not spans.addressee_only(" le very big Senate panel", "en")
    assert spans.addressee_only(" a big Senate panel", "en")
    assert not spans.addressee_only(" a very big Senate panel", "xx")
    # the adjunct before "that", the agent's end, the antecedent's determiner, the intro
    assert spans._adjuncts("xx").that.match(" dans Paris that ") is not None
    assert spans._adjuncts("xx").that.match(" in Paris that ") is None
    words = inversions._words("xx")
    assert words.agent_adjunct.match(" lundi")
    assert not words.agent_adjunct.match(" on")
    assert words.determiner.match("Les ")
    assert not words.determiner.match("the ")
    assert clause_subjects._intro("xx").match("Dans Paris, X").end() == len("Dans Paris, ")
    assert clause_subjects._intro("xx").match("In Paris, X").end() == 0
    lex = cue_lexicon("xx")
    assert lex.small_clause_determiners == frozenset({"les"})
    assert (lex.singular("chevaux"), lex.singular("prix"), lex.singular("cats")) == (
        "cheval",
        "pri",
        "cats",
    )


# The content span's, the inversions', the subject grammar's words (stop 25's move).


def test_span_keys_load_in_order() -> None:
    lex = cue_lexicon("en")
    assert lex.channel_prepositions[:2] == ("on", "via")
    assert "Truth Social" in lex.channels
    assert lex.addressees[:2] == ("reporters", "journalists")
    assert lex.quoted_auxiliaries[-1] == "had been"
    assert lex.document_participles[5] == "carried out"
    assert lex.weekdays[0] == "Monday"
    assert lex.continuation_conjunctions[:3] == ("and", "but", "and then")
    assert "going on to" in lex.continuation_conjunctions
    assert lex.headline_source_labels[0] == "poll"


def test_bad_span_key_names_the_key(data: Path) -> None:
    _fake_cues(data, channels="Telegram")  # a single string is a list of one
    assert cue_lexicon("xx").channels == ("Telegram",)
    cues._load.cache_clear()
    cues._load_tag.cache_clear()
    _fake_cues(data, channels="[1, 2]")
    with pytest.raises(LexiconError, match="channels"):
        cue_lexicon("xx")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (" on Telegram.", "Telegram"),
        (" in a post on X", "X"),
        (" on Truth Social", "Truth Social"),
        (" on Monday", None),
        (" on Telegraph", None),  # a whole word only
    ],
)
def test_channel(text: str, found: str | None) -> None:
    assert spans.channel(text, 0, len(text)) == found


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Putin told Trump on Saturday that", "Putin told Trump on Saturday "),
        ("She told reporters it was over", "She told reporters "),
        ("She told the Daily Telegraph programme it", "She told the Daily Telegraph programme "),
        ("She told him, “No.”", "She told him, "),
    ],
)
def test_tell_object(text: str, end: str) -> None:
    pos = text.index(" told") + len(" told")
    assert text[: spans.tell_object_end(text, pos, len(text))] == end


def test_quoted_as_and_agent() -> None:
    words = inversions._quoting()
    assert words.quoted_as.search("Putin was widely quoted by Tass as ")
    assert words.quoted_as.search("Putin has been quoted as")
    assert not words.quoted_as.search("Putin was quoted saying")
    assert words.by.match(" by the ministry")
    assert not words.by.match(" bypass")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The survey released Friday shows", "The survey"),
        ("A report carried out by the UN found", "A report"),
        ("A video made public on Monday showed", "A video"),
        ("The survey of voters shows", None),  # no participle phrase
        ("The senator released Friday shows", None),  # no document
    ],
)
def test_evidence_subject(text: str, found: str | None) -> None:
    cue = text.rindex(" ") + 1
    span = clause_subjects.evidence_subject(text, 0, cue)
    assert (text[span[0] : span[1]] if span else None) == found


@pytest.mark.parametrize("word", ["Monday", "Sunday"])
def test_weekdays_are_dated(word: str) -> None:
    assert clause_subjects._dated(word, clause_subjects._sets("en"))
    assert not clause_subjects._dated(word.lower() + "s", clause_subjects._sets("en"))


@given(st.sampled_from(cue_lexicon("en").contracting_pronouns), st.sampled_from(["'", "’"]))
def test_contracted_subjects(pronoun: str, mark: str) -> None:
    for ending in cue_lexicon("en").contraction_endings:
        assert subjects._CONTRACTED.fullmatch(f"{pronoun}{mark}{ending}")
    assert not subjects._CONTRACTED.fullmatch(f"{pronoun}{mark}t")
    assert not subjects._CONTRACTED.fullmatch(f"him{mark}s")


@given(st.text(alphabet="abc1A -", max_size=6))
def test_appositive_opens_lower_case_or_a_digit(seg: str) -> None:
    """The appositive pattern's old word list added nothing to its lower-case letter."""
    old = re.compile(r"^(?:who|which|whose|a|an|the|now|then|himself|herself|\d|[a-z])")
    assert bool(subjects._APPOSITIVE.match(seg)) == bool(old.match(seg))


def test_a_fake_language_moves_the_span_words(data: Path) -> None:
    _fake_cues(
        data,
        channel_prepositions="[sur]",
        channels="[Télégram]",
        addressees="[journalistes]",
        addressee_pronouns="[lui]",
        splice_pronouns="[il]",
        agent_prepositions="[par]",
        quoted_participles="[cité]",
        quoted_markers="[comme]",
        evidence_documents="[sondage]",
        document_participles="[publié, rendu public]",
        weekdays="[Lundi]",
        clause_subject_pronouns="[il]",
        clause_leads="[mais]",
        loose_source_ends="[qui]",
        closeness_words="[proches]",
    )
    assert spans.channel(" sur Télégram", 0, 13, "xx") == "Télégram"
    assert spans.channel(" on Telegram", 0, 12, "xx") is None
    assert spans.channel(" on Telegram", 0, 12) == "Telegram"
    pat = spans._patterns("xx")
    assert pat.tell_object.match(" journalistes que")
    assert not pat.tell_object.match(" reporters x")
    assert pat.tell_object.match(" lui que")
    assert not pat.tell_object.match(" him that")
    assert pat.splice.search(", il")
    assert not pat.splice.search(", he")
    assert pat.loose_post.match(" un ami qui").group("src") == "un ami"
    assert spans._patterns("en").loose_post.match(" un ami qui").group("src") == "un ami qui"
    assert pat.close == frozenset({"proches"})
    words = inversions._quoting("xx")
    assert words.by.match(" par X")
    assert not words.by.match(" by X")
    assert words.quoted_as.search("was cité comme")
    assert not words.quoted_as.search("was quoted as")
    text = "Le sondage rendu public lundi shows"
    span = clause_subjects.evidence_subject(text, 0, text.index("shows"), "xx")
    assert span is not None
    assert text[span[0] : span[1]] == "Le sondage"
    assert clause_subjects.evidence_subject(text, 0, text.index("shows")) is None
    assert clause_subjects.document_participle("publié", "xx")
    assert not clause_subjects.document_participle("posted", "xx")
    assert clause_subjects._dated("Lundi", clause_subjects._sets("xx"))
    assert not clause_subjects._dated("Monday", clause_subjects._sets("xx"))
    text = "Mais il said it."
    assert clause_subjects.loose_subject(text, 0, text.index("said"), language="xx") == (5, 7)
    assert clause_subjects.loose_subject(text, 0, text.index("said")) == (0, 7)  # a name
