"""Per-cue work read once: the cue grammar a text, the per-draft checks only for the
lemmas they read, the weak-cue tests only for a weak cue. Readings stay as they were."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.attribute import _TAIL_TITLE
from provenance.extractors.claims.cues import _insisted, cue_grammar

from .attributed import drafts


def test_inscription_is_no_claim() -> None:
    assert drafts("She wore a shirt that read “No more lies.”") == []


def test_relayed_source_is_no_claim() -> None:
    text = "At least 40 died, the agency said, citing hospital officials."
    assert drafts(text) == [("At least 40 died", "said", "the agency")]


def test_anonymity_request_is_no_claim() -> None:
    text = "A diplomat, who asked not to be named, said the talks failed."
    assert drafts(text) == [("the talks failed", "said", "A diplomat")]


def test_medial_cue_inside_its_content() -> None:
    text = "If she wins, Clinton suggested in a tweet, women will not be punished."
    assert drafts(text) == [(text[:-1], "suggested", "Clinton")]


def test_preposition_after_a_to_cue_is_a_fall() -> None:
    text = "Sales declined to a record low, the firm said."
    assert drafts(text) == [("Sales declined to a record low", "said", "the firm")]


_OLD_TAIL_TITLE = re.compile(
    r"(?<=[’'s,] )[“\"][A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,4}[.,]?[”\"]"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="’'s, “”\"AMJoe.1x-", max_size=40))
def test_tail_title_mark_first_matches_the_lookbehind_first_pattern(tail: str) -> None:
    assert _TAIL_TITLE.sub("T", tail) == _OLD_TAIL_TITLE.sub("T", tail)


def test_tail_title_replaced_after_a_possessive() -> None:
    assert _TAIL_TITLE.sub("T", " on MSNBC’s “Morning Joe.”") == " on MSNBC’s T"


def _plain_insisted(aux: str, after: str) -> str | None:
    """:func:`_insisted` as it read before its first-letter test."""
    adverbs = cue_grammar().lexicon.insisting_adverbs
    if not adverbs:
        return None
    if not adverbs.isdisjoint(aux.lower().split()):
        return after
    first = re.compile(r"[A-Za-z]+").match(after, len(after) - len(after.lstrip()))
    if first is not None and first.group().lower() in adverbs:
        return after[first.end() :]
    return None


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["", "has ", "insistently ", "Insistently ", "has not "]),
    st.lists(
        st.sampled_from([" ", "  ", "\n", "insistently", "Insistently", "intently", "İ", "that"]),
        max_size=5,
    ).map("".join),
)
def test_insisted_first_letter_test_keeps_every_result(aux: str, after: str) -> None:
    assert _insisted(aux, after) == _plain_insisted(aux, after)
