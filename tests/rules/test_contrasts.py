"""A sentence setting the claim just given against another source's is a contradiction.

"An aide said the senator is still weighing the bill. That is contrary to an assertion
made by Jones. “She will vote no,” Jones wrote.": the narrator's sentence opens with a
pointing subject (matching.yaml ``contrast_subjects``) and a link (``contrast_links``), and
names the other source; the claim pointed back to contradicts that source's nearest claim,
after the sentence or before it. Neighbours that must flag nothing: a link naming no source
of the text, a sentence opening with a noun of its own, a link naming the same source, and
a contrast sentence with no claim before it.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from provenance.rules.contrasts import contrasted_claim
from tests.rules.helpers import flags_of

_AIDE = "An aide to the senator said she is still weighing the budget bill on its merits. "
_JONES = "“She will vote no on the bill,” Jones wrote on Twitter. "
_AFTER = "She will vote no on the bill"
_BEFORE = "the senator would oppose the budget bill"

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "contrary": _AIDE + "That is contrary to an assertion made by Jones on Sunday. " + _JONES,
    "at_odds": _AIDE + "This was at odds with the account Jones gave on Sunday. " + _JONES,
    "before": "Jones predicted on Sunday that "
    + _BEFORE
    + ". "
    + _AIDE
    + "That is contrary to the prediction made by Jones.",
    # neighbours
    "no_source": _AIDE + "That is at odds with the rules of the chamber. " + _JONES,
    "own_noun": _AIDE + "The bill is contrary to an assertion made by Jones. " + _JONES,
    "same_source": "The aide said the senator is weighing the bill. "
    + "That is contrary to an assertion made by the aide. "
    + "The aide said she will vote no.",
    "alone": "That is contrary to an assertion made by Jones on Sunday. " + _JONES,
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


def _contradicted(key: str) -> list[str]:
    return [text for kind, _, text in _flags()[key] if kind == "contradiction"]


@pytest.mark.parametrize("key", ["contrary", "at_odds"])
def test_a_contrast_sentence_contradicts_the_named_sources_claim_after_it(key: str) -> None:
    """Jones's quotation after the sentence is flagged as contradicted."""
    assert any(_AFTER in text for text in _contradicted(key))


def test_the_named_sources_claim_may_come_before() -> None:
    """Jones's prediction, given before the aide's claim, is the one set against it."""
    assert any(_BEFORE in text for text in _contradicted("before"))


@pytest.mark.parametrize("key", ["no_source", "own_noun", "same_source", "alone"])
def test_no_contrast_without_two_sources_and_a_pointing_subject(key: str) -> None:
    """No source named, a noun subject, one source, or nothing pointed back to: no flag."""
    assert _contradicted(key) == []


def test_the_contrast_words_are_language_data() -> None:
    """The pointing subjects and links come from the English matching lexicon."""
    lex = match_lexicon("en")
    assert {"that", "this"} <= set(lex.contrast_subjects)
    assert {"contrary to", "at odds with", "differs from"} <= set(lex.contrast_links)
    assert match_lexicon("fr").contrast_links == () or "contrary to" not in (
        match_lexicon("fr").contrast_links
    )


def _frame(middle: str, name: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "claim_id": ["s", "n", "t"],
            "article_id": ["x"] * 3,
            "source_id": ["aide", "reuters", "jones"],
            "start": [0, 40, 40 + len(middle) + 1],
            "end": [38, 40 + len(middle), 40 + len(middle) + 30],
            "attribution": ["indirect", "narrator", "direct"],
            "source_text": ["an aide", None, name],
            "text": ["the senator is still undecided", middle, "She will vote no"],
        }
    )


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghij ", max_size=30))
def test_only_a_sentence_naming_the_source_contrasts(words: str) -> None:
    """Whatever else the sentence says, it pairs the claims only if it names Jones."""
    middle = f"That is contrary to {words}."
    found = contrasted_claim(_frame(middle, "Jones"), pd.Series([True] * 3))
    named = "jones" in words.split()
    assert found.tolist() == (["t", None, None] if named else [None, None, None])


def test_a_closed_claim_is_not_paired() -> None:
    """A claim another rule already answered keeps its pairing: no contrast is added."""
    middle = "That is contrary to an assertion made by Jones."
    found = contrasted_claim(_frame(middle, "Jones"), pd.Series([False, True, True]))
    assert found.isna().all()
