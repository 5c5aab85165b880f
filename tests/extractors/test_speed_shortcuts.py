"""The speed shortcuts give exactly what the slower code they replace gave.

Each shortcut (a prefilter, a literal search instead of a compiled pattern) is
compared with the plain regular expression it stands for, on generated texts.
"""

from __future__ import annotations

import bisect
import random
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims.cues import UNVERIFIED_RE
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.extract import _may_be_unverified, find_claims
from provenance.extractors.claims.speakers import _full_name_before
from provenance.extractors.text.sentences import _BOUNDARY, _word_before, split_sentences

_NAME_PIECES = st.sampled_from(
    ["Ann", "Lee", "Lee-Smith", " ", "\n", "A.", "B", ".", "x", "ann", "O'Lee", "é", "_", "1"]
)


def _full_name_pattern(surname: str) -> re.Pattern[str]:
    """The per-surname pattern the speaker resolver used to compile."""
    return re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z]\.)?\s" + re.escape(surname) + r"\b")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_NAME_PIECES, max_size=12),
    st.sampled_from(["Lee", "Lee-Smith", "Ann", "A", "O'Lee", "B."]),
    st.integers(0, 40),
    st.integers(0, 60),
)
def test_full_name_before_equals_the_pattern_search(
    pieces: list[str], surname: str, lo: int, hi: int
) -> None:
    """The literal search finds the same full name as the old per-surname regex search."""
    text = "".join(pieces)
    hi = min(hi, len(text))
    lo = min(lo, hi)
    m = _full_name_pattern(surname).search(text, lo, hi)
    assert _full_name_before(text, surname, lo, hi) == (m.group(0) if m else None)


def test_full_name_before_reads_initials_and_boundaries() -> None:
    """An initial belongs to the full name; a longer word holding the surname does not."""
    text = "John F. Kennedy met Robert Kennedyite and Ted Kennedy."
    assert _full_name_before(text, "Kennedy", 0, len(text)) == "John F. Kennedy"
    assert _full_name_before(text, "Kennedy", 8, len(text)) == "Ted Kennedy"
    assert _full_name_before(text, "Kennedy", 8, 40) is None


_SENTENCE_PIECES = st.sampled_from(
    [
        "He said",
        ".",
        "!",
        "?",
        "…",
        " ",
        "\n",
        "\n\n",
        ")",
        "]",
        "”",
        "'",
        "U.S.",
        "Mr.",
        "The",
        "5",
    ]
)


#: the boundary pattern as it was, opening with a lookahead on its first character
_LOOKAHEAD_BOUNDARY = re.compile(
    r"(?=[.!?…\n)\]])"
    r"(?:(?<![.!?…])[.!?…]++[\"”’')\]]*+(?P<ws>\s++)"
    r"(?=[\"“‘'(\[]*+[A-Z0-9]|\[[a-z][A-Za-z0-9:_.-]{1,29}\]\s)"
    r"|(?P<para>\n[ \t]*\n\s*)"
    r"|[)\]](?P<nl>[ \t]*\n\s*)(?=[\"“A-Z]))"
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=20))
def test_boundaries_equal_finditer(pieces: list[str]) -> None:
    """The boundary pattern that takes its first character first finds the boundaries, and
    the break in each, of the pattern that looked ahead at it."""
    text = "".join(pieces)

    def breaks(pattern: re.Pattern[str]) -> list[tuple[int, int, int, int]]:
        out = []
        for m in pattern.finditer(text):
            kind = m.lastgroup or "ws"
            out.append((*m.span(), m.start() if kind == "para" else m.start(kind), m.end(kind)))
        return out

    assert breaks(_BOUNDARY) == breaks(_LOOKAHEAD_BOUNDARY)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="Ab.'’ 5)\n", max_size=14))
@example("O'Neil.")
@example("Mr.")
@example("x .S.")
@example("2019.")
@example("U.S.\n")
def test_word_before_a_stop_equals_its_pattern(head: str) -> None:
    """The word before a full stop read with ``str.rstrip`` is the pattern's word."""
    from provenance.extractors.text.sentences import _WORD_BEFORE

    m = _WORD_BEFORE.search(head)
    assert _word_before(head) == (None if m is None else m.group(1))


def test_split_sentences_still_splits_news() -> None:
    """Abbreviations, paragraph breaks and captions split as before."""
    text = "Mr. Lee left the U.S. on Jan. 5. He said no!\n\nHeadline (AFP)\nThe end."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Mr. Lee left the U.S. on Jan. 5.",
        "He said no!",
        "Headline (AFP)",
        "The end.",
    ]


_UNVERIFIED_PIECES = st.sampled_from(
    [
        "could",
        "not",
        "cannot",
        "be",
        "been",
        "has",
        "hasn't",
        "was",
        "unable",
        "to",
        " ",
        "independently",
        "confirm",
        "confirmed",
        "verify",
        "verified",
        "another",
        ".",
        "Not",
        "remain",
        "are",
        "still",
        "unproven",
        "uncorroborated",
        "unconfirmed",
        "possible",
        "able",
        "couldn't",
        "can't",
        "is",
        "nothing",
        "There",
        "there",
        "with",
        "but",
        "no",
        "immediate",
        "confirmation",
        "corroboration",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_UNVERIFIED_PIECES, max_size=10))
def test_unverified_prefilter_never_hides_a_match(pieces: list[str]) -> None:
    """When the unverified pattern matches, the cheap pre-check says it may."""
    text = " ".join(pieces)
    if UNVERIFIED_RE.search(text):
        assert _may_be_unverified(text)


def test_unverified_claim_still_flagged() -> None:
    """A claim followed by "could not be independently verified" is still unconfirmed."""
    text = "The ministry said 40 soldiers died. Reuters could not independently verify the toll."
    toll = next(c for c in find_claims(text) if c.text == "40 soldiers died")
    assert toll.status.value == "unconfirmed"
    assert not _may_be_unverified("The army said another 40 soldiers died.")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_UNVERIFIED_PIECES, max_size=12),
    st.sampled_from([" ", "  ", "\n", " x ", "("]),
)
def test_unverified_search_in_its_window_equals_the_full_search(
    pieces: list[str], joiner: str
) -> None:
    """No match of the unverified pattern lies outside ``_unverified_window``."""
    from provenance.extractors.claims.extract import _unverified_window

    text = joiner.join(pieces)
    full = UNVERIFIED_RE.search(text)
    skipped = UNVERIFIED_RE.search(text, *_unverified_window(text))
    assert (full and full.span()) == (skipped and skipped.span())


def test_unverified_prefilter_reads_adjectives_without_a_negation() -> None:
    """An adjective match ("remain unproven") needs no negation; a participle one does."""
    assert _may_be_unverified("The charges remain unproven.")
    assert _may_be_unverified("The reports were uncorroborated.")
    assert not _may_be_unverified("The reports were confirmed by the ministry.")
    assert _may_be_unverified("The reports were not confirmed by the ministry.")
    assert _may_be_unverified("There was still no independent confirmation.")


_WORD_PIECES = st.sampled_from(
    ["said", "says", "Said", "unsaid", "say", "one", "someone", "1", "_", "é", " ", ".", "-", "x"]
)
_WORDS = ["said", "says", "say", "one", "Said"]


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=14), st.integers(0, 30))
def test_word_starts_equal_the_boundary_pattern(pieces: list[str], pos: int) -> None:
    """``WordStarts`` finds what ``\\b(?:words)tail`` finds, from any position."""
    from provenance.extractors.text.wordscan import WordStarts, trie

    text = "".join(pieces)
    tail = r"(?![^\W\d_])"
    plain = re.compile(r"\b(?:" + trie(_WORDS) + ")" + tail)
    fast = WordStarts(_WORDS, tail=tail)
    m = plain.search(text, pos)
    assert fast.search(text, pos) == (m.span() if m else None)
    assert fast.findall(text) == [(m.start(), m[0]) for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=14), st.integers(0, 30))
def test_word_starts_fallback_keeps_boundary_semantics(pieces: list[str], pos: int) -> None:
    """Words that do not start with a word character use the slow form, same matches."""
    from provenance.extractors.text.wordscan import WordStarts, trie

    text = "".join(pieces)
    words = [*_WORDS, "-one", ".said"]
    plain = re.compile(r"\b(?:" + trie(words) + ")")
    m = plain.search(text, pos)
    assert WordStarts(words).search(text, pos) == (m.span() if m else None)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_PIECES, max_size=14))
def test_scan_words_equals_a_set_test_of_every_word(pieces: list[str]) -> None:
    """The claims' word scan gives every ``[A-Za-z]+`` word in the vocabulary, in order."""
    from provenance.extractors.claims.cues import scan_words

    text = "".join(pieces)
    vocabulary = frozenset({"said", "says", "one", "Said", "'s", "un-said"})
    every = [(m.start(), m[0]) for m in re.finditer(r"[A-Za-z]+", text)]
    assert scan_words(text, vocabulary) == [(s, w) for s, w in every if w in vocabulary]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["KYIV", " ", "(AFP)", "(", ")", "-", "—", "[nL1N1]", "Text", ".", "\n", "K.", ", "]
        ),
        max_size=12,
    )
)
def test_units_dateline_prefilter_changes_nothing(pieces: list[str]) -> None:
    """Cutting datelines only where "(" or "[" occurs or a sentence opens in two capitals
    (or a capital and a mark) gives the units of the plain match."""
    from provenance.extractors.claims import extract

    text = "".join(pieces)
    sentences = split_sentences(text)
    expected = [
        (dl.end(), e) if (dl := extract._DATELINE.match(text, s, e)) and dl.end() < e else (s, e)
        for s, e in sentences
    ]
    # with no quotations and no colon endings, units are exactly the cut sentences
    if ":" not in text and not any(c in text for c in "!?"):
        assert extract._units(text, sentences, ()) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", '"', "\n", " ", "\t", "a", "\n\n", "'"]), max_size=16))
def test_quote_marks_equal_the_plain_alternation(pieces: list[str]) -> None:
    """The quotation-mark scan finds what ``[“”"]|\\n[ \\t]*\\n`` finds."""
    from provenance.extractors.text.quotes import _MARKS

    text = "".join(pieces)
    plain = re.compile(r"[“”\"]|\n[ \t]*\n")
    assert [m.span() for m in _MARKS.finditer(text)] == [m.span() for m in plain.finditer(text)]


_HINT_PIECES = st.sampled_from(["'", "‘", "”", " ", "\n", "(", "[", "a", "Yes", "."])


@settings(max_examples=400, deadline=None)
@given(st.lists(_HINT_PIECES, max_size=14))
def test_single_quote_hint_equals_the_look_back_first_pattern(pieces: list[str]) -> None:
    """The ambiguous-mark hint finds what the pattern opening with its look back found."""
    from provenance.extractors.claims.quotes import quote_marks

    text = "".join(pieces)
    hint = quote_marks().hint
    mark = hint.pattern[: hint.pattern.index("]") + 1]
    plain = re.compile(r"(?<![^\s(\[])" + mark + r"\w")
    for end in (len(text), len(text) // 2):
        m = plain.search(text, 0, end)
        found = hint.search(text, 0, end)
        assert (found.span() if found else None) == (m.span() if m else None)


_FOLD_PIECES = st.sampled_from(
    [
        "accused",
        "ACCUSED",
        "Accused",
        "accuſed",
        "ACCUİED",
        "accuıed",
        "by",
        "of",
        " ",
        "was",
        "é",
        "K",
        "kk",
        "accuse",
        "d",
        "s",
        "i",
        "accusé",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_FOLD_PIECES, max_size=10), st.sampled_from(["accused", "kk", "ied", "accusé"]))
def test_may_hold_any_never_hides_a_case_insensitive_match(pieces: list[str], word: str) -> None:
    """Where ``re.IGNORECASE`` finds the word, the guard says it may be there."""
    from provenance.extractors.text.wordscan import may_hold_any

    text = "".join(pieces)
    if re.search(re.escape(word), text, re.IGNORECASE):
        assert may_hold_any(text, (word,))
    if word.isascii() and word not in text.lower() and not any(c in text for c in "İıſ"):
        assert not may_hold_any(text, (word,))  # the guard does skip texts without it


_AGENT_PIECES = st.sampled_from(
    [
        "He",
        "was",
        "has been",
        "ACCUSED",
        "accused",
        "accuſed",
        "by",
        "BY",
        "several women",
        "U.S.",
        "regulators",
        "of",
        "OF",
        "fraud",
        " ",
        ",",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_AGENT_PIECES, max_size=12))
def test_agent_passive_guard_never_hides_a_match(pieces: list[str]) -> None:
    """Texts the participle guards skip hold no match of the agent pattern."""
    from provenance.extractors.claims.passive_agents import _by_phrase, _pattern
    from provenance.extractors.text.wordscan import may_hold_any

    text = " ".join(pieces)
    found = _pattern("en")
    assert found is not None
    pattern, participles = found
    if pattern.search(text):
        assert may_hold_any(text, participles)
        assert _by_phrase(text, tuple(participles), text.lower())


_LOWERED_PIECES = st.sampled_from(
    [
        *("accused", "ACCUSED", "Accuſed", "accuİed", "accuıed", "by", "BY", "bY"),
        *("\n", " ", "\t", "\u2003", "of", "ab", "é", "İ", "K", "\u212a", "kk", "x"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_LOWERED_PIECES, max_size=10), st.sampled_from(["accused", "kk", "by", "ix"]))
def test_may_match_lowered_never_hides_a_case_insensitive_match(
    pieces: list[str], word: str
) -> None:
    """Where the case-insensitive pattern matches, the hint in the lowered text does too."""
    from provenance.extractors.text.wordscan import may_match_lowered

    text = "".join(pieces)
    hint = re.compile(rf"{word}\s+by\s")
    if re.search(hint.pattern, text, re.IGNORECASE):
        assert may_match_lowered(text, hint)
    if not re.search(hint.pattern, text.lower()) and not any(c in text for c in "İıſ"):
        assert not may_match_lowered(text, hint)  # the guard does skip texts without it


def test_by_phrase_never_skips_for_words_it_cannot_lower() -> None:
    """A participle that is not lower-case ASCII letters makes the guard never skip."""
    from provenance.extractors.claims.passive_agents import _by_phrase

    text = "He was asked to go."
    assert not _by_phrase(text, ("asked",), text.lower())
    assert _by_phrase(text, ("asked", "accusé"), text.lower())
    assert _by_phrase(text, ("Asked",), text.lower())


@settings(max_examples=800, deadline=None)
@given(st.lists(_LOWERED_PIECES, max_size=10), st.sampled_from(["accused", "kk", "by", "ix"]))
def test_by_phrase_answers_as_the_hint_pattern(pieces: list[str], word: str) -> None:
    """The "by" guard's scan answers as the hint pattern in the lowered text would."""
    from provenance.extractors.claims.passive_agents import _by_phrase
    from provenance.extractors.text.wordscan import may_match_lowered

    text = "".join(pieces)
    hint = re.compile(rf"(?:{word}|ix)\s+by\s")
    low = text.lower()
    assert _by_phrase(text, (word, "ix"), low) == may_match_lowered(text, hint, low=low)


def test_agent_passive_claims_still_read_in_capitals() -> None:
    """The guard reads the text lowered: "WAS ACCUSED BY" is still a charge; "cleared by" is not."""
    from provenance.extractors.claims.family_parts import Taken
    from provenance.extractors.claims.passive_agents import agent_passive_claims

    text = "HE WAS ACCUSED BY SEVERAL WOMEN OF ASSAULT in 1990."
    [d] = agent_passive_claims(text, [(0, len(text))], Taken([]))
    assert text[d.start : d.end] == "ASSAULT in 1990"
    cleared = "He was cleared by several women of assault in 1990."
    assert agent_passive_claims(cleared, [(0, len(cleared))], Taken([])) == []


_QUESTION_PIECES = st.sampled_from(
    [
        "When",
        "asked",
        "ASKED",
        "Pressed",
        "questioned",
        "preſſed",
        "by",
        "BY",
        "a reporter",
        "whether",
        "WHETHER",
        "about",
        "he",
        "would run",
        " ",
        ",",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_QUESTION_PIECES, max_size=12))
def test_question_guard_never_hides_a_match(pieces: list[str]) -> None:
    """Texts the participle guard of ``question_claims`` skips hold no match of its pattern."""
    from provenance.extractors.claims.passive_agents import _by_phrase, _question_pattern
    from provenance.extractors.text.wordscan import may_hold_any
    from provenance.lexicon.cues import cue_lexicon

    text = " ".join(pieces)
    pattern = _question_pattern("en")
    assert pattern is not None
    participles = cue_lexicon("en").question_participles
    if pattern.search(text):
        assert may_hold_any(text, participles)
        assert _by_phrase(text, participles, text.lower())


def test_question_claims_still_read_in_capitals() -> None:
    """The guard reads the text lowered: "ASKED by" still puts a question; "thanked by" does not."""
    from provenance.extractors.claims.family_parts import Taken
    from provenance.extractors.claims.passive_agents import question_claims

    text = "When ASKED by a reporter whether he would run, Trump smiled."
    [d] = question_claims(text, [(0, len(text))], Taken([]))
    assert (text[d.start : d.end], text[d.source_start : d.source_end]) == (
        "whether he would run",
        "a reporter",
    )
    thanked = "When thanked by a reporter whether he would run, Trump smiled."
    assert question_claims(thanked, [(0, len(thanked))], Taken([])) == []


def _plain_alternation(words: list[str]) -> str:
    """The alternation the cue pattern was built from: longest first, spaces as ``\\s+``."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_ALT_WORDS = st.lists(
    st.sampled_from(["said", "sa", "says", "s", "went on", "went on to", "went", "a.b", "A", "a"]),
    min_size=1,
    max_size=8,
)
_ALT_TEXT = st.lists(
    st.sampled_from(
        ["said", "says", "s", "went", " ", "  ", "\n", "on", "to", "a.b", "axb", "A", "a"]
    ),
    max_size=10,
)


@settings(max_examples=500, deadline=None)
@given(_ALT_WORDS, _ALT_TEXT, st.sampled_from([r"\b", r"\s", "", r"(?=\s)x|\Z"]))
def test_factored_alternation_equals_the_plain_one(
    words: list[str], pieces: list[str], after: str
) -> None:
    """Every match (span and group) is the plain alternation's, whatever follows it."""
    from provenance.extractors.text.wordscan import factored_alternation

    text = "".join(pieces)
    plain = re.compile(rf"\b(?P<w>{_plain_alternation(words)})(?:{after})")
    fast = re.compile(rf"\b(?P<w>{factored_alternation(words)})(?:{after})")
    for pos in range(len(text) + 1):
        m, f = plain.match(text, pos), fast.match(text, pos)
        assert (m and (m.span(), m.span("w"))) == (f and (f.span(), f.span("w")))


_CASE_WORDS = st.lists(
    st.sampled_from(
        ["Said", "said", "SAID", "sa", "is", "Is alleged", "is said to", "It", "i", "ſa"]
    ),
    min_size=1,
    max_size=8,
)
_CASE_TEXT = st.lists(
    st.sampled_from(
        ["said", "SAID", "Sa", "ſaid", "İs", "ıs", "is", " ", "  ", "alleged", "to", "x"]
    ),
    max_size=10,
)


@settings(max_examples=500, deadline=None)
@given(_CASE_WORDS, _CASE_TEXT, st.sampled_from([r"\b", r"\s", ""]))
def test_factored_alternation_ignoring_case_equals_the_plain_one(
    words: list[str], pieces: list[str], after: str
) -> None:
    """In a case-insensitive pattern the factored alternation matches as the plain one."""
    from provenance.extractors.text.wordscan import factored_alternation

    text = "".join(pieces)
    flags = re.IGNORECASE
    plain = re.compile(rf"\b(?P<w>{_plain_alternation(words)})(?:{after})", flags)
    fast = re.compile(
        rf"\b(?P<w>{factored_alternation(words, ignore_case=True)})(?:{after})", flags
    )
    for pos in range(len(text) + 1):
        m, f = plain.match(text, pos), fast.match(text, pos)
        assert (m and (m.span(), m.span("w"))) == (f and (f.span(), f.span("w")))


_CUE_PIECES = st.sampled_from(
    [
        "He",
        "has",
        "not",
        "also",
        "repeatedly",
        "said",
        "denied",
        "told",
        "was",
        "been",
        "continued to",
        "deny",
        "claims",
        "Said",
        " ",
        "  ",
        "\n",
        ",",
        ".",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=10))
def test_cue_pattern_equals_the_plain_alternations(pieces: list[str]) -> None:
    """The cue pattern built from factored alternations finds what the plain build found."""
    from provenance.extractors.claims.cues import CUE_RE, cue_grammar

    g = cue_grammar()
    lex = g.lexicon
    aux = _plain_alternation(list(lex.auxiliaries))
    plain = re.compile(
        rf"\b(?P<aux>(?:{_plain_alternation(list(lex.aux_leads))}\s+(?={aux}\s))?"
        rf"(?:{aux}\s+)?(?:{_plain_alternation(list(lex.negations))}\s+)?"
        rf"(?:{_plain_alternation(list(lex.adverbs))}\s+){{0,2}})"
        rf"(?P<verb>{_plain_alternation(list(g.forms))})\b"
    )
    text = " ".join(pieces)
    for pos in range(len(text) + 1):
        m, f = plain.match(text, pos), CUE_RE.match(text, pos)
        assert (m and (m.span("aux"), m.span("verb"))) == (f and (f.span("aux"), f.span("verb")))


#: The clause-end patterns as they were, trying every position.
_PLAIN_CLAUSE_END = (
    r",?\s+(?:but(?!\s+that\s(?!(?:was|is|would|will|has|had|could|may|might|seems)\b))"
    r"|although|though|whereas|while)\s|;\s|\s[—–―]+\s|\s--\s"
    r"|,\s+(?!including\b)[a-z]+ing\s"
)
_PLAIN_OBJECT_END = (
    _PLAIN_CLAUSE_END
    + r"|,\s(?!\s*(?:including|such\s+as)\s)|\s(?:in|on|during|at)\s(?:a|an|his|her|their|its)\s"
    r"(?:statement|interview|speech|tweet|post|letter|rally|news conference|press conference|"
    r"ruling|decision|report|memo|filing|opinion)"
    r"|\sin\s(?:early-morning\s|late-night\s)?tweets\b|\son\s(?:Twitter|Facebook)\b"
    r"|\sas\s(?=[A-Z]|he\s|she\s|they\s|it\s)"
    r"|\s(?:until|unless|because)\s"
    r"|\s(?:by|while|after|before)\s(?=[a-z]+ing\s)"
)
_END_PIECES = st.sampled_from(
    [
        ",",
        ";",
        " ",
        "  ",
        "\n",
        "—",
        "--",
        "but",
        "that",
        "was",
        "although",
        "while",
        "adding",
        "including",
        "in",
        "a",
        "statement",
        "tweets",
        "on",
        "Twitter",
        "as",
        "He",
        "he",
        "until",
        "by",
        "saying",
        "x",
        "news conference",
        *("–", "―", "\t", "\u2003", "-", "during", "at", "his", "interview", "after", "before"),
        *("unless", "because", "whereas", "though", "Facebook", "late-night", "i", "o", "w"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_END_PIECES, max_size=12), st.integers(0, 5))
def test_clause_ends_equal_the_every_position_patterns(pieces: list[str], pos: int) -> None:
    """The clause-end scans give the spans of the patterns they replace, from any start."""
    from provenance.extractors.claims.spans import _CLAUSE_END, _patterns

    _OBJECT_END = _patterns("en").object_end

    text = "".join(pieces)
    for fast, plain in ((_CLAUSE_END, _PLAIN_CLAUSE_END), (_OBJECT_END, _PLAIN_OBJECT_END)):
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in re.finditer(plain, text)
        ]
        got = [m.span() for m in fast.finditer(text, pos, len(text) - 1)]
        assert got == [m.span() for m in re.compile(plain).finditer(text, pos, len(text) - 1)]


_PLAIN_SUBJECT_ADJUNCT = re.compile(
    r"(?<=[A-Za-z])\s+(?:on|last|this|in|earlier|later)\s+"
    r"(?:[A-Z][a-z]+day|[A-Z][a-z]+|week|month|year|night|morning|afternoon|evening)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)
_ADJUNCT_PIECES = st.sampled_from(
    ["Sanders", " ", "  ", "\n", "on", "Tuesday", "last", "week", "morning", "1", ",", "in", "x"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ADJUNCT_PIECES, max_size=10), st.integers(0, 8))
def test_subject_adjunct_equals_the_look_back_first_pattern(pieces: list[str], lo: int) -> None:
    """The adjunct scan opening with the space finds what the look-back-first pattern found."""
    from provenance.extractors.claims.subjects import _SUBJECT_ADJUNCT

    text = "".join(pieces)
    for end in (len(text), max(0, len(text) - 3)):
        m = _PLAIN_SUBJECT_ADJUNCT.search(text, lo, end)
        f = _SUBJECT_ADJUNCT.search(text, lo, end)
        assert (m and m.span()) == (f and f.span())


_LINE_PIECES = st.sampled_from(
    ["“", "”", '"', "\n", " ", "\t", ":", " -", " –", "Anna Kerr", "We will win the vote", "."]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=14))
def test_quote_first_lines_equal_finditer(pieces: list[str]) -> None:
    """Trying only the first line and lines opening with a quotation mark misses nothing."""
    from provenance.extractors.claims.layouts import _QUOTE_FIRST, _quote_first_lines

    text = "".join(pieces)
    assert [m.regs for m in _quote_first_lines(text)] == [
        m.regs for m in _QUOTE_FIRST.finditer(text)
    ]


def test_quote_first_lines_still_read_past_the_first_line() -> None:
    """A quotation opening a later line, then its speaker, is still a claim; prose is not."""
    from provenance.extractors.claims.layouts import layout_claims

    text = (
        "Intro line.\n\n  “We will win the vote on Friday”: Anna Kerr\n"
        "“Not a chance at all here” - union leader\nHe said “no way at all” - twice."
    )
    assert [(c.text, c.source_text) for c in layout_claims(text)] == [
        ("“We will win the vote on Friday”", "Anna Kerr"),
        ("“Not a chance at all here”", "union leader"),
    ]


_COLON_PIECES = st.sampled_from(
    [
        "PENCE",
        "Mr Fogg",
        "Q",
        ":",
        " ",
        "\t",
        "\n",
        "“",
        '"',
        "We will win.",
        "- ",
        "Anna Kerr Lee",
        "a",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_COLON_PIECES, max_size=14))
def test_colon_lines_equal_finditer(pieces: list[str]) -> None:
    """Trying only the lines that hold a colon finds every transcript and label line."""
    from provenance.extractors.claims import layouts

    text = "".join(pieces)
    for pattern in (layouts._TRANSCRIPT, layouts._SPEAKER_CASE, layouts._LABELLED):
        assert [m.regs for m in layouts._colon_lines(pattern, text)] == [
            m.regs for m in pattern.finditer(text)
        ]


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=12),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.sampled_from(list(ClaimStatus)),
)
def test_narrator_claim_equals_the_constructor(
    text: str, start: int, end: int, status: ClaimStatus
) -> None:
    """The fast narrator claim is the dataclass built by its constructor, field for field."""
    from dataclasses import astuple

    from provenance.enums import Attribution
    from provenance.extractors.claims.extract import _narrator_claim
    from provenance.extractors.records import ClaimSpan

    fast = _narrator_claim(text, start, end, status)
    plain = ClaimSpan(text, start, end, Attribution.NARRATOR, status)
    assert fast == plain
    assert astuple(fast) == astuple(plain)
    assert hash(fast) == hash(plain)


_LETTER_PIECES = st.sampled_from(
    ["one", "a one", "One", "said", "é", "Ω", "日", "ß", "_", "1", "٣", " ", "\u00a0", "’", "."]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LETTER_PIECES, max_size=14), st.integers(0, 30))
def test_word_starts_ascii_scan_keeps_unicode_boundaries(pieces: list[str], pos: int) -> None:
    """The ASCII class before a ``\\w`` word is a superset: a non-ASCII letter or digit
    before a word ("éone", "٣one") still hides it, and other non-ASCII characters
    (a no-break space, a curly quote) still open one, as ``\\b`` says."""
    from provenance.extractors.text.wordscan import WordStarts, trie

    words = ["one", "a one", "One", "said"]
    text = "".join(pieces)
    tail = r"(?![^\W\d_])"
    plain = re.compile(r"\b(?:" + trie(words) + ")" + tail)
    m = plain.search(text, pos)
    assert WordStarts(words, tail=tail).search(text, pos) == (m.span() if m else None)


_DIGIT_PIECES = st.sampled_from(
    ["1", "٣", "𝟗", "\U0001fbf5", "\U00020000", "(", "a)", ".", ",", "-", "−", "+", "$", "€",
     "½", "x", "é", " ", "\n"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_DIGIT_PIECES, max_size=14), st.integers(0, 30), st.sampled_from(["en", "fr"]))
def test_next_digit_equals_the_digit_trigger(pieces: list[str], pos: int, lang: str) -> None:
    """``next_digit`` finds what ``DIGIT_TRIGGER.search`` finds, from any position: its
    class holds every non-ASCII character, so digits of other scripts, signs, fractions
    and letters outside ASCII are checked again."""
    from provenance.extractors.figures.patterns import next_digit, patterns

    p = patterns(lang)
    text = "".join(pieces)
    m, fast = p.DIGIT_TRIGGER.search(text, pos), next_digit(p, text, pos)
    assert (m.span() if m else None) == (fast.span() if fast else None)


_COMPARISON_PIECES = st.sampled_from(
    [
        "as",
        "As",
        "than",
        "richer",
        "more",
        "wealthy",
        "Mr.",
        "Trump",
        "he",
        "has",
        "was",
        "claims",
        "to",
        "be",
        " ",
        "  ",
        "\n",
        ",",
        "(",
        "-",
        "rather",
        "so",
        "x",
        "THAN",
        "aſ",  # a long s matches "s" under IGNORECASE, which str.lower does not show
        "\t",  # whitespace other than the space: the window is no longer printable
        "\xa0",
        "as\xa0",
        "than\n",
        "last",
        "Nasa",
        "asas",
    ]
)


@given(st.lists(_COMPARISON_PIECES, max_size=24), st.sampled_from([" ", "", "\t"]))
def test_comparison_prefilter_never_hides_a_match(pieces: list[str], glue: str) -> None:
    """The word test before the comparison patterns answers as the patterns alone do."""
    from provenance.extractors.claims.readings import _comparison_before, compared_report
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon("en")
    text = glue.join(pieces) + " claims to be"
    cue = text.rindex("claims")
    equative, comparative = _comparison_before("en")
    lo = max(0, cue - 80)
    if (m := equative.search(text, lo, cue)) is not None:
        expected = m.group("word").lower() not in lex.comparison_exceptions
    elif (m := comparative.search(text, lo, cue)) is None:
        expected = False
    else:
        word = m.group("word").lower()
        before = (m.group("before") or "").lower()
        expected = (
            word not in lex.comparison_exceptions
            and word not in lex.comparative_quantifiers
            and (word.endswith("er") or before in lex.comparative_quantifiers)
        )
    assert compared_report(text, cue, lex) is expected


@given(st.text(alphabet=st.sampled_from(["a", "S", " ", "İ", "ı", "ſ", "é", "K", "\n"])))
def test_folds_apart_ascii_shortcut_equals_the_character_test(text: str) -> None:
    """An ASCII text holds none of the characters the fold test looks for."""
    from provenance.extractors.text.wordscan import _FOLDS_TO_ASCII, folds_apart

    assert folds_apart(text) is any(c in text for c in _FOLDS_TO_ASCII)


@settings(max_examples=200, deadline=None)
@given(st.lists(_UNVERIFIED_PIECES, max_size=10), st.sampled_from(["", "Reuters said 4 died. "]))
def test_unverified_search_once_equals_the_pre_check_alone(pieces: list[str], lead: str) -> None:
    """find_claims settles the pre-check with one search: the claims are the same."""
    from provenance.extractors.claims.extract import RuleBasedExtractor, _with_narrator
    from provenance.extractors.sources import default_sources

    text = lead + " ".join(pieces) + "."
    sentences = split_sentences(text)
    maybe = _may_be_unverified(text)
    attributed = RuleBasedExtractor().extract(
        text, sentences, sources=default_sources(), may_be_unverified=maybe
    )
    assert find_claims(text) == _with_narrator(text, attributed, sentences, maybe)


_GAP_CHARS = st.sampled_from(
    [" ", ",", ";", ":", "\n", "\xa0", "_", "a", "é", "\u0661", "—", ".", "“"]
)


@given(st.text(alphabet=_GAP_CHARS, max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_add_gap_first_character_tests_equal_the_patterns(text: str, start: int, end: int) -> None:
    """The first-character shortcuts of a narrator gap give what the two patterns give."""
    from provenance.extractors.claims.extract import _ALNUM, _GAP_LEAD, _add_gap
    from provenance.extractors.records import ClaimSpan

    out: list[ClaimSpan] = []
    _add_gap(text, start, end, out, False)
    lead = _GAP_LEAD.match(text, start, end)
    s = start if lead is None else lead.end()
    body = text[s:end].rstrip()
    expected = [] if _ALNUM.search(body) is None else [(body, s, s + len(body))]
    assert [(c.text, c.start, c.end) for c in out] == expected


_TITLED_PIECES = st.sampled_from(
    ["Judge", "judge", "JUDGE", "Ann", "Lee", "the", "said", "İ", "\u212a", "Minister", ".", ","]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TITLED_PIECES, max_size=14), st.sampled_from(["judge", "minister", "k"]))
def test_titled_before_word_test_equals_the_scan(pieces: list[str], role: str) -> None:
    """The role-word test before the titled-name scan changes no answer."""
    from provenance.enums import SourceKind
    from provenance.extractors.claims.speakers import SpeakerResolver
    from provenance.extractors.sources import default_sources

    text = " ".join(pieces) + " the judge said"
    pos = text.rindex("the judge")
    resolver = SpeakerResolver(text, default_sources())
    expected = None
    for m in reversed(list(resolver._titled.finditer(text, max(0, pos - 3000), pos))):
        while (inner := resolver._titled.match(text, m.start("name"))) is not None:
            m = inner  # the name after the last title ("Judge Judge Ann")
        if role in m.group(0).lower().split():
            info = resolver.registry.resolve(m.group("name"))
            if info.kind is SourceKind.PERSON:
                expected = info
                break
    assert resolver._titled_before(role, pos) == expected


_MENTION_PIECES = st.sampled_from(
    [
        "data",
        "it",
        "provided",
        "letter",
        "from",
        "by",
        "the",
        "Democrats",
        "Monday's",
        "STATEMENT",
        "ſtatement",  # a long s: IGNORECASE reads "statement", str.lower does not
        "Smith",
        "Putin",
        "filed",
        "complaint",
        "a",
        " ",
        "\n",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(_MENTION_PIECES, min_size=1, max_size=8), min_size=1, max_size=4))
def test_document_word_test_equals_the_document_patterns(mentions: list[list[str]]) -> None:
    """The document-word test before the two document patterns resolves every mention alike."""
    from provenance.extractors.claims.speakers import SpeakerResolver
    from provenance.extractors.sources import default_sources

    texts = [" ".join(pieces) for pieces in mentions]
    text = " said. ".join(texts) + " said."
    guarded = SpeakerResolver(text, default_sources())
    plain = SpeakerResolver(text, default_sources())
    plain._document_words = None  # no word test: both patterns tried on every mention
    pos = 0
    for mention in texts:
        assert guarded.resolve(mention, pos) == plain.resolve(mention, pos)
        pos += len(mention) + 7


@given(st.text(alphabet=st.sampled_from(["a", " ", "“", "”", '"', "'", "‘"])), st.data())
def test_has_quote_equals_a_test_of_each_mark(text: str, data: st.DataObject) -> None:
    """has_quote looks for the marks of _QUOTE_CHARS in the one slice."""
    from provenance.extractors.claims.continuations import _QUOTE_CHARS, has_quote

    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    assert has_quote(text, a, b) is any(q in text[a:b] for q in _QUOTE_CHARS)


_POINT_TEXT = "the report. Officials said it rained. the report. He denied it. the report."
_POINT_SPANS = [(0, 10), (12, 36), (26, 36), (38, 48), (50, 62), (63, 74), (0, 74)]


def _point_back_sorting_first(text: str, drafts: list[Draft], anaphoric: re.Pattern[str]) -> None:
    """_point_back as it was: the cued drafts sorted before the loop, on every text."""
    import bisect

    from provenance.extractors.claims.settle import _BACK_WINDOW

    cued = sorted(
        (d.end, i)
        for i, d in enumerate(drafts)
        if d.cue_start is not None and d.status is not ClaimStatus.UNCONFIRMED
    )
    ends = [e for e, _ in cued]
    for d in drafts:
        if (
            d.status is not ClaimStatus.UNCONFIRMED
            or d.cue_start is None
            or d.cue_start > d.start
            or not anaphoric.fullmatch(text, d.start, d.end)
        ):
            continue
        j = bisect.bisect_right(ends, d.cue_start) - 1
        while j >= 0 and d.cue_start - ends[j] < _BACK_WINDOW:
            target = drafts[cued[j][1]]
            if target.source_start is not None and target.source_start == d.source_start:
                j -= 1
                continue
            if target.status is ClaimStatus.ASSERTED:
                target.status = ClaimStatus.UNCONFIRMED
            break


_DRAFT_SPECS = st.tuples(
    st.sampled_from(_POINT_SPANS),
    st.sampled_from(list(ClaimStatus)),
    st.sampled_from([None, 0, 12, 26, 36, 37, 38, 50, 63]),
    st.sampled_from([None, 0, 12, 38]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_DRAFT_SPECS, max_size=8))
@example(  # the first anaphoric draft changes the one the second would have reached
    [
        ((0, 10), ClaimStatus.ASSERTED, 0, None),
        ((12, 36), ClaimStatus.ASSERTED, 12, 0),
        ((38, 48), ClaimStatus.UNCONFIRMED, 38, None),
        ((38, 48), ClaimStatus.UNCONFIRMED, 37, None),
    ]
)
def test_point_back_sorting_lazily_equals_sorting_first(
    specs: list[tuple[tuple[int, int], ClaimStatus, int | None, int | None]],
) -> None:
    """Sorting the cued drafts at the first anaphoric one changes no status."""
    import copy

    from provenance.enums import Attribution
    from provenance.extractors.claims.cues import cue_grammar
    from provenance.extractors.claims.settle import _point_back

    drafts = []
    for (start, end), status, cue_start, source_start in specs:
        d = Draft(start, end, Attribution.INDIRECT, status, source_start)
        d.cue_start = cue_start
        drafts.append(d)
    expected = copy.deepcopy(drafts)
    anaphoric = cue_grammar().anaphoric_re
    _point_back_sorting_first(_POINT_TEXT, expected, anaphoric)
    _point_back(_POINT_TEXT, drafts, anaphoric)
    assert [d.status for d in drafts] == [d.status for d in expected]


_CUE_SENTENCES = st.lists(
    st.tuples(
        st.sampled_from(["", "Mr ", "Mr. ", "Dr ", "A. "]),
        st.sampled_from(["Smith", "Jane Roe", "He", "she", "The talks", "It", "x" * 300]),
        st.sampled_from([" ", " also ", "\n", "  "]),
        st.sampled_from(["added", "continued", "went on", "said", "rained", "claims"]),
        st.sampled_from([".", "!", ",", ""]),
        st.sampled_from([" ", "\n\n", "  ", ""]),
        st.sampled_from(["“We will win.” ", '"No." ', "", "It rained. ", "”"]),
    ).map("".join),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(_CUE_SENTENCES)
def test_cue_sentence_stops_equal_the_pattern_over_the_whole_text(sentences: list[str]) -> None:
    """The cue sentences found only before a full stop a quotation follows (and only where
    a verb form ends there) are those the pattern finds over the whole text."""
    from provenance.extractors.claims import cue_sentences as cs

    text = "".join(sentences)
    expected = [(m.start("stop"), m.start()) for m in cs._pattern().finditer(text)]
    assert cs._stops(text) == expected


def plain_prefix_starts(text: str, start: int, floor: int) -> list[int]:
    """The cue index's prefix walk as it was first written: back a character at a time
    (stop 39 reads the words by one match in the reversed text)."""
    from provenance.extractors.claims import cues

    out: list[int] = []
    pos = start
    for _ in range(4):
        j = pos - 1
        while j >= floor and text[j] in " \t\n":
            j -= 1
        if j < floor or j == pos - 1:
            break
        k = j
        while k >= floor and (text[k].isalpha() or text[k] in "'’"):
            k -= 1
        if text[k + 1 : j + 1] not in cues._PREFIX_WORDS:
            break
        pos = k + 1
        out.append(pos)
    out.reverse()
    return out


def _cue_index_full_pattern(text: str) -> list[re.Match[str]]:
    """The cue index's matches as it found them before: :data:`CUE_RE` at every word."""
    from provenance.extractors.claims import cues

    out: list[re.Match[str]] = []
    last_end = 0
    for start, _ in cues.scan_words(text, cues._FIRST_WORDS):
        if start < last_end:
            continue
        m = None
        for aux_start in plain_prefix_starts(text, start, last_end):
            m = cues.CUE_RE.match(text, aux_start)
            if m is not None and m.start("verb") == start:
                break
            m = None
        if m is None:
            m = cues.CUE_RE.match(text, start)
        if m is not None:
            out.append(m)
            last_end = m.end()
    return out


_CUE_WORDS = st.lists(
    st.sampled_from(
        [
            "said",
            "says",
            "told",
            "would",
            "continued",
            "declined",
            "refused",
            "wants",
            "sought",
            "has",
            "not",
            "never",
            "also",
            "still",
            "even",
            "can't",
            "cannot",
            "can",
            "won't",
            "didn't",
            "n't",
            "independently",
            "immediately",
            "confirmed",
            "claimed",
            "went on",
            "reportedly",
            "really",
            "already",
            "Just",
            "’",
            "²",
            "ÿ",
            "He",
            "Said",
            "5",
            "_",
            "é",
            "x",
            "'",
            " ",
            "  ",
            "\n",
            ",",
            ".",
            "“",
            "-",
        ]
    ),
    max_size=14,
)


@settings(max_examples=500, deadline=None)
@given(_CUE_WORDS, st.sampled_from(["", " ", "é", "5", "a"]))
@example(["has", " ", "not", " ", "confirmed"], "")
@example(["would", " ", "not", " ", "say"], "")
@example(["can't", " ", "confirmed"], "")
@example(["really", " ", "said"], "é")
def test_cue_index_equals_the_full_pattern_at_every_word(pieces: list[str], glue: str) -> None:
    """The cue index (:data:`CUE_RE` at each cue word, or at the auxiliaries before it,
    read in the reversed text) finds the cues of the plain walk; its
    ranges, answered by bisecting the cues' starts and ends, are those of a walk over them."""
    from provenance.extractors.claims import cues

    text = glue.join(pieces)
    for start, _ in cues.scan_words(text, cues._FIRST_WORDS):
        for floor in {0, max(0, start - 3), start}:
            got_starts = cues._prefix_starts(text, start, floor)
            assert got_starts == plain_prefix_starts(text, start, floor)
    index = cues.CueIndex(text)
    got = index.matches
    expected = _cue_index_full_pattern(text)
    key = [(m.span(), m.groups(), m.span("aux"), m.span("verb")) for m in got]
    assert key == [(m.span(), m.groups(), m.span("aux"), m.span("verb")) for m in expected]
    for lo in range(0, len(text) + 2, 3):
        for hi in range(lo, len(text) + 2, 2):
            walked = []
            i = bisect.bisect_left(index.starts, lo)
            while i < len(got) and got[i].end() <= hi:
                walked.append(got[i])
                i += 1
            assert index.between(lo, hi) == walked
            assert index.any_between(lo, hi) == bool(walked)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["was ", "is ", "been ", "has ", "not ", " ", "x", "\n"])))
@example([])
def test_passive_auxiliary_needs_no_pattern_for_an_empty_auxiliary(words: list[str]) -> None:
    """A cue with no auxiliary is never passive: the passive pattern matches no empty text,
    so the attribution step leaves it untried there."""
    from provenance.extractors.claims.cues import cue_grammar

    aux = "".join(words)
    passive = cue_grammar().passive_re
    assert (aux != "" and passive.match(aux) is not None) == (passive.match(aux) is not None)


def _is_abbreviation_reading_the_next_word_first(text: str, end: int, next_start: int) -> bool:
    """``_is_abbreviation`` as it was: the next word read before the word's kind was known."""
    from provenance.extractors.text import sentences as sn

    head = text[max(0, end - 12) : end]
    m = sn._WORD_BEFORE.search(head)
    if m is None:
        return False
    word = m.group(1)
    key = word.lower().rstrip(".")
    nxt = sn._NEXT_WORD.match(text, next_start)
    next_word = nxt.group(1) if nxt else ""
    if "." in key or len(word) == 1:
        return next_word not in sn._STARTERS
    return key in sn._TITLES


@settings(max_examples=400, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=20), st.integers(0, 80), st.integers(0, 80))
@example(["Mr.", " ", "The"], 3, 4)
@example(["U.S.", " ", "The"], 4, 5)
@example(["He said", ".", " ", "The"], 8, 9)
def test_abbreviation_reads_the_next_word_only_when_it_needs_it(
    pieces: list[str], end: int, next_start: int
) -> None:
    """Reading the word after a full stop only for an acronym or an initial gives the
    answers that reading it first gave."""
    from provenance.extractors.text.sentences import _is_abbreviation

    text = "".join(pieces)
    end, next_start = min(end, len(text)), min(next_start, len(text))
    expected = _is_abbreviation_reading_the_next_word_first(text, end, next_start)
    assert _is_abbreviation(text, end, next_start) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["he", "she", "it", "they", "i", "we", "'", "’", "s", "re", "d", "x", "."])
    )
)
@example(["he", "'", "s"])
@example(["they", "’", "re"])
def test_contraction_needs_an_apostrophe(pieces: list[str]) -> None:
    """The contraction pattern matches no word without an apostrophe, so ``find_subject``
    tries it only on words holding one."""
    from provenance.extractors.claims.subjects import _CONTRACTED

    low = "".join(pieces)
    if "'" not in low and "’" not in low:
        assert _CONTRACTED.fullmatch(low) is None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "added",
                "said",
                "x",
                "_",
                "'",
                "’",
                "-",
                "é",
                "5",
                "٣",
                "²",
                "½",
                "ǅ",
                "\u200d",
                " ",
                "\n",
                ".",
                "“",
            ]
        )
    ),
    st.integers(0, 60),
    st.integers(0, 60),
)
@example(["Smith", " ", "added"], 0, 11)
@example(["added", "\n"], 0, 6)
def test_last_word_read_backwards_equals_the_pattern(pieces: list[str], lo: int, pos: int) -> None:
    """The word before a full stop read backwards is the one the pattern finds."""
    from provenance.extractors.claims.cue_sentences import _LAST_WORD, _last_word

    text = "".join(pieces)
    pos = min(pos, len(text))
    lo = min(lo, pos)
    m = _LAST_WORD.search(text, lo, pos)
    assert _last_word(text, lo, pos) == (None if m is None else m.group())


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 40 died. There was still no independent confirmation of the toll.",
        "The army said 12 were hurt, but no immediate confirmation came.",
        "Reuters could not independently verify the report.",
    ],
)
def test_unverified_window_holds_every_lead(text: str) -> None:
    """The window reaches back over an absence lead's words ("There was still no")."""
    from provenance.extractors.claims.extract import _unverified_window

    full = UNVERIFIED_RE.search(text)
    assert full is not None
    skipped = UNVERIFIED_RE.search(text, *_unverified_window(text))
    assert skipped is not None
    assert skipped.span() == full.span()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 44), st.integers(1, 14)), max_size=8),
    st.randoms(use_true_random=False),
)
def test_narrator_pass_text_order_equals_the_key_sort(
    spans: list[tuple[int, int]], rnd: random.Random
) -> None:
    """The narrator pass orders its claims as a stable sort by (start, -end) does, with
    the attributed claims given in any order (a plug-in's) and ties kept in place."""
    from provenance.enums import Attribution
    from provenance.extractors.claims.extract import _with_narrator
    from provenance.extractors.records import ClaimSpan

    text = "Ab cd, ef gh. Ij kl mn op. Qr st uv wx yz ab cd."
    attributed = [ClaimSpan(text[s : s + n], s, s + n, Attribution.INDIRECT) for s, n in spans]
    rnd.shuffle(attributed)
    got = _with_narrator(text, tuple(attributed), split_sentences(text), False)
    narrator = [c for c in got if not any(c is a for a in attributed)]
    if not narrator:  # nothing added: the claims come back as given
        assert list(got) == attributed
        return
    expected = sorted([*attributed, *narrator], key=lambda c: (c.start, -c.end))
    assert [id(c) for c in got] == [id(c) for c in expected]
