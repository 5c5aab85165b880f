"""Cheap exact tests before per-cue patterns that seldom match: the comment clause's
"as" after the window's last comma, a subordinator's first word opening the unit, and the
infinitive auxiliary (a set, not a tuple) before the preposition test; the fronted
participles as a set. Readings stay as they were."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.attribute import _fronted_participle_set, _takes_infinitive
from provenance.extractors.claims.coordination import (
    _SUBORDINATOR_QUOTES,
    _subordinator_firsts,
    _subordinator_re,
    subordinate_clause_end,
)
from provenance.extractors.claims.cues import cue_grammar
from provenance.extractors.claims.inversions import _AS_LEAD

from .attributed import drafts

_PIECES = st.sampled_from(
    [" ", "  ", "\n", ",", "”", '"', "“", "‘", "'", "as", "As", "has", "While", "Whil", "If",
     "Iffy", "Even", "though", "Even though", "Cruz", "he", "said", "the plan", "."]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(min_value=0, max_value=80))
def test_as_lead_holds_as_after_the_last_comma(text: str, end: int) -> None:
    end = min(end, len(text))
    comma = text.rfind(",", 0, end)
    if comma < 0:
        return
    if _AS_LEAD.search(text, max(0, comma - 1), end) is not None:
        assert text.find("as", comma, end) >= 0


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join), st.integers(min_value=0, max_value=60))
def test_subordinator_opens_with_its_first_word(text: str, start: int) -> None:
    opener = _subordinator_re("en")
    assert opener is not None
    if opener.match(text, 0, min(start, len(text))) is not None:
        first = 1 if text.startswith(_SUBORDINATOR_QUOTES) else 0
        assert text.startswith(_subordinator_firsts("en"), first)


def test_subordinate_clause_ends_at_its_comma() -> None:
    text = "“While Ramos said that journalists must stay neutral, he appears uneasy."
    start = text.index("journalists")
    assert text[start : subordinate_clause_end(text, 0, start, len(text) - 1)] == (
        "journalists must stay neutral"
    )
    text = "Even  though Ramos said that taxes rose, he won."
    start = text.index("taxes")
    assert text[start : subordinate_clause_end(text, 0, start, len(text) - 1)] == "taxes rose"


def test_unit_with_no_subordinator_keeps_its_content() -> None:
    text = "Iffy as it was, Ramos said that taxes rose, fees fell."
    start = text.index("taxes")
    assert subordinate_clause_end(text, 0, start, len(text) - 1) == len(text) - 1


def test_comment_clause_still_credits_its_clause() -> None:
    text = "The race is a dead heat, as Cruz said on Monday."
    assert drafts(text) == [("The race is a dead heat", "said", "Cruz")]


def test_infinitive_cue_before_a_preposition_is_a_fall() -> None:
    text = "Sales declined to a record low, the firm said."
    assert drafts(text) == [("Sales declined to a record low", "said", "the firm")]


def test_lexicon_sets_answer_as_their_tuples() -> None:
    lex = cue_grammar().lexicon
    words = [*lex.auxiliaries, *lex.fronted_participles, "Declined to", "said", "citing", ""]
    for w in words:
        assert _takes_infinitive(w, lex) == (w.lower() in lex.auxiliaries)
        assert (w in _fronted_participle_set(lex.language)) == (w in lex.fronted_participles)
