"""Cheap tests in front of the family patterns and the agency guess change no answer.

Each shortcut is compared with the pattern it stands for, on generated texts and on
hand-picked neighbours (forms that must still be tried, and words that must not).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.extract import RuleBasedExtractor, find_claims
from provenance.extractors.claims.families import _WORD, family_grammar
from provenance.extractors.sources.registry import _agency_aliases, _guess, default_sources
from provenance.extractors.text.sentences import split_sentences
from provenance.lexicon.agencies import agency_table


def _family_patterns() -> dict[str, re.Pattern[str]]:
    g = family_grammar("en")
    return {"adv": g.adverb_re, "phrase": g.phrase_re, "copula": g.predicate_tail_re}


def _skipped_matches(text: str) -> list[tuple[int, str]]:
    """(position, family) where the follower test skips a pattern that would match."""
    g = family_grammar("en")
    patterns = _family_patterns()
    wrong = []
    for w in _WORD.finditer(text):
        if (after := g.followers.get(w.group())) is None or after[0].match(text, w.end()):
            continue
        for family in g.anchors[w.group()] - after[1]:
            if patterns[family].match(text, w.start()):
                wrong.append((w.start(), family))
    return wrong


_FAMILY_PIECES = st.sampled_from(
    [
        "is",
        "Is",
        "IS",
        "was",
        "has",
        "will",
        " ",
        "  ",
        "\n",
        "\u00a0",
        "been",
        "be",
        "said",
        "ſaid",
        "SAID",
        "to",
        "accused",
        "of",
        "false",
        "FALSE",
        "falsely",
        "about",
        "_",
        "1",
        "a",
        "hoax",
        "all",
        "totally",
        "not",
        "true",
        "K",
        "é",
        "'",
        "“",
        ".",
        "x",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_FAMILY_PIECES, max_size=14))
def test_followers_never_skip_a_family_match(pieces: list[str]) -> None:
    """Where the next word rules a family out, its pattern does not match there."""
    assert _skipped_matches("".join(pieces)) == []
    assert _skipped_matches(" ".join(pieces)) == []


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The claim is false.", "copula"),
        ("The claim is totally false.", "copula"),
        ("The report has been completely untrue.", "copula"),
        ("He is accused of fraud.", "phrase"),
        ("He Is Said to be ill.", "adv"),
        ("He was\nthought to be ill.", "adv"),
        ("He is ſaid to be ill.", "adv"),
    ],
)
def test_followers_keep_the_forms(text: str, family: str) -> None:
    """A form's own next word passes the test, whatever its case, spacing or folding."""
    g = family_grammar("en")
    w = next(m for m in _WORD.finditer(text) if m.group() in ("is", "Is", "was", "has"))
    pattern, left = g.followers[w.group()]
    assert family not in left
    assert pattern.match(text, w.end())
    assert _family_patterns()[family].match(text, w.start())


@pytest.mark.parametrize(
    "text",
    ["It is fine.", "It has grown.", "It is about time.", "It is.", "It will go.", "It is falsely"],
)
def test_followers_skip_the_neighbours(text: str) -> None:
    """Words that open no form's next step rule the families out."""
    g = family_grammar("en")
    w = list(_WORD.finditer(text))[1]  # the auxiliary after "It"
    pattern, left = g.followers[w.group()]
    assert pattern.match(text, w.end()) is None
    assert not left & {"adv", "phrase", "copula"}


def test_family_finds_unchanged_by_followers() -> None:
    """The families still find their claims through the prefilter."""
    claims = find_claims("He resigned. He is accused of fraud.")
    assert any(c.text == "fraud" and c.cue == "is accused of" for c in claims)


def test_the_last_pass_reads_every_anchor_of_a_last_family() -> None:
    """The second pass skips a hit only when its word opens none of the families tried
    last (feat/speedC34): those are the anchors it keeps, no fewer."""
    g = family_grammar("en")
    last = {"stray", "base", "fronted"}
    assert g.last_anchors == {w for w, families in g.anchors.items() if families & last}


def test_a_stray_verb_is_found_among_auxiliaries_with_no_follower() -> None:
    """An auxiliary going on with no family's next word is skipped in the first pass; a
    hedge base form after "to" is still found in the last one."""
    text = "It is late and he is not expected to claim that the vote was rigged."
    g = family_grammar("en")
    skipped = [
        w.start()
        for w in _WORD.finditer(text)
        if (after := g.followers.get(w.group())) is not None
        and after[0].match(text, w.end()) is None
        and not after[1]
    ]
    assert skipped  # "is" before "late"
    claims = find_claims(text)
    assert any(c.cue == "claim" and c.text == "the vote was rigged" for c in claims)


def _old_agency_re() -> re.Pattern[str]:
    """The alternation ``_guess`` used to fullmatch."""
    table = agency_table()
    aliases = {a for n in table.agency_names for a in table.aliases(n) if "." not in a}
    alt = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b")


def test_agency_set_equals_the_alternation() -> None:
    """The set holds exactly the phrases the old alternation fullmatched."""
    old = _old_agency_re()
    table = agency_table()
    names = {a for n in table.agency_names for a in table.aliases(n)}
    probes = set()
    for a in names:
        low = a.lower()
        probes |= {a, low, low + "s", "the " + low, low + " ", low[:-1], low.upper()}
    probes |= {"", "reuters news", "reuter", "ap.", "news agency"}
    for p in probes:
        assert (p in _agency_aliases()) == (old.fullmatch(p) is not None), p


def test_agency_guess_kinds() -> None:
    """Agencies are still told from their neighbours."""
    assert _guess("Reuters").kind.value == "agency"
    assert _guess("the Associated Press").kind.value == "agency"
    assert _guess("Reuters reporters").kind.value != "agency"


def test_unverified_hint_given_or_worked_out() -> None:
    """The rules give the same claims with the hint worked out here or passed in."""
    text = "The ministry said 40 soldiers died. Reuters could not independently verify the toll."
    rules = RuleBasedExtractor()
    reg = default_sources()
    given = rules.extract(text, split_sentences(text), sources=reg, may_be_unverified=True)
    assert rules(text, sources=reg) == given
