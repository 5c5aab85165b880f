"""Gates before per-cue and per-draft calls of the claims step that seldom answer: the
reduced passive test only for a hedge cue, the parenthesis reach only in a unit holding
"(", the refuting adverb search only in a cue span as long as the shortest adverb, and
the months read once. Each gate skips a call only where the call would answer as the
gate assumes; the texts are built from the lexicon's own forms."""

from __future__ import annotations

import copy
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import ASSERTED, HEDGED, Attribution, ClaimStatus
from provenance.extractors.claims import refutations
from provenance.extractors.claims.attribute import (
    _DATE_LEAD,
    _is_date,
    _months,
    _parenthesis_end,
    _reduced_thing,
)
from provenance.extractors.claims.cues import cue_info
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.refutations import narrator_refutations
from provenance.extractors.claims.spans import Context
from provenance.lexicon.cues import cue_lexicon
from provenance.lexicon.numbers import number_lexicon

from .attributed import drafts

_LEX = cue_lexicon("en")
_VERB_FORMS = sorted({f for v in _LEX.verbs for f in v.forms})
_NOUN_FORMS = sorted({f for n in _LEX.nouns for f in n.forms})
_ADVERBS = sorted(_LEX.refuting_adverbs)
_THING_FORMS = sorted({f for v in _LEX.verbs if v.lemma in _LEX.thing_lemmas for f in v.forms})
_WORDS = st.one_of(
    st.sampled_from(_VERB_FORMS),
    st.tuples(st.sampled_from(sorted(_LEX.thing_heads)), st.sampled_from(_THING_FORMS)).map(
        " ".join
    ),  # "the seats claimed by": a reduced passive
    st.sampled_from(_NOUN_FORMS),
    st.sampled_from(_ADVERBS),
    st.sampled_from([a.upper() for a in _ADVERBS] + [a.capitalize() for a in _ADVERBS]),
    st.sampled_from(sorted(_LEX.thing_heads)),
    st.sampled_from(sorted(_LEX.passive_auxiliaries)),
    st.sampled_from(sorted(_LEX.refuting_adjectives)),
    st.sampled_from(sorted(number_lexicon().months)),
    st.sampled_from(["The", "minister", "Smith", "that", "in", "by", "the", "2004", "has"]),
)
_GLUE = st.sampled_from([" ", " ", "  ", "\n", ", ", ". ", " (", ") ", "(", ")", "-", "’", "“"])
_TEXTS = st.lists(st.tuples(_WORDS, _GLUE).map("".join), max_size=14).map("".join)


def _cues(text: str, a: int, b: int) -> list[re.Match[str]]:
    return Context(text).cues.between(a, b)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_only_a_hedge_cue_is_a_reduced_passive(text: str) -> None:
    for m in _cues(text, 0, len(text)):
        info = cue_info(m.group("verb"))
        if info.status is not HEDGED:
            assert not _reduced_thing(text, 0, m, info)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 200), st.integers(0, 200), st.integers(0, 300), st.data())
def test_a_unit_without_an_opening_bracket_keeps_the_reach(
    text: str, a: int, b: int, hi: int, data: st.DataObject
) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    if text.find("(", a, b) >= 0:
        return
    for m in _cues(text, a, b):
        lo = data.draw(st.integers(a, m.start()))
        assert _parenthesis_end(text, lo, hi, m) == hi


def test_a_cue_in_brackets_still_ends_at_the_bracket() -> None:
    text = "Smith (he said the plan was dead, then left) went home."
    assert drafts(text) == [("the plan was dead, then left", "said", "he")]
    text = "Smith (he said the plan was dead, then left went home."  # never closed
    assert drafts(text) == [("the plan was dead, then left went home", "said", "he")]


def test_months_are_the_number_lexicon_months() -> None:
    assert _months() is number_lexicon().months


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 120), st.integers(0, 120))
def test_is_date_equals_the_test_on_the_number_lexicon(text: str, start: int, end: int) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    month = text[start:end].lower() in number_lexicon().months
    lead = _DATE_LEAD.search(text, max(0, start - 12), start) is not None
    assert _is_date(text, start, end) == (month and lead)


def test_a_month_after_in_is_a_date_and_a_name_is_not() -> None:
    text = "The suits filed in April said the firm lied. April Smith said it did not."
    assert _is_date(text, text.index("April"), text.index("April") + 5)
    assert not _is_date(text, text.index("April Smith"), text.index("April Smith") + 11)


_STATUSES = st.sampled_from([ASSERTED, HEDGED, ClaimStatus.DENIED, ClaimStatus.UNCONFIRMED])


@st.composite
def _text_and_drafts(draw: st.DrawFn) -> tuple[str, list[Draft]]:
    """A text of lexicon words, and drafts whose cue spans mostly start and end at its
    words' edges (a span of one adverb too), some anywhere."""
    pieces = draw(st.lists(st.tuples(_WORDS, _GLUE), min_size=1, max_size=12))
    text = "".join(w + g for w, g in pieces)
    n = len(text)
    edges, at = [], 0
    for w, g in pieces:
        edges.append((at, at + len(w)))
        at += len(w) + len(g)
    spans = st.sampled_from(edges).flatmap(
        lambda e: st.tuples(st.just(e[0]), st.sampled_from([x[1] for x in edges if x[1] >= e[0]]))
    )
    anywhere = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted).map(tuple)
    out = []
    for _ in range(draw(st.integers(0, 5))):
        cs, ce = draw(spans | anywhere)
        start, end = draw(anywhere)
        source = draw(st.none() | st.integers(0, n))
        out.append(
            Draft(
                start,
                end,
                draw(st.sampled_from([Attribution.INDIRECT, Attribution.DIRECT])),
                draw(_STATUSES),
                source,
                None if source is None else min(n, source + 3),
                cs,
                ce,
                text[cs:ce] if draw(st.booleans()) else draw(st.sampled_from(_NOUN_FORMS)),
            )
        )
    return text, out


@settings(max_examples=500, deadline=None)
@given(_text_and_drafts())
def test_refutations_equal_the_search_in_every_cue(case: tuple[str, list[Draft]]) -> None:
    text, found = case
    ungated = copy.deepcopy(found)
    narrator_refutations(text, found)
    gated_re = refutations._refuting_re("en")
    assert gated_re is not None
    original = refutations._refuting_re
    refutations._refuting_re = lambda language: (gated_re[0], 0)  # type: ignore[assignment]
    try:
        narrator_refutations(text, ungated)
    finally:
        refutations._refuting_re = original
    assert found == ungated


def test_a_short_cue_still_holds_no_refutation_and_a_long_one_does() -> None:
    text = "The minister wrongly said that turbines caused it, and Smith said no."
    said = text.index("said no")
    wrongly = text.index("wrongly")
    short = Draft(
        said + 5, len(text) - 1, Attribution.INDIRECT, ASSERTED, 52, 57, said, said + 4, "said"
    )
    long = Draft(
        wrongly + 17,
        49,
        Attribution.INDIRECT,
        ASSERTED,
        0,
        12,
        wrongly,
        wrongly + 12,
        "wrongly said",
    )
    found = [short, long]
    narrator_refutations(text, found)
    assert [(d.attribution, d.cue) for d in found[2:]] == [(Attribution.NARRATOR, "wrongly")]
