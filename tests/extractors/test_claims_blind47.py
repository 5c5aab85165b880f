"""Stop 47's blind matrix (``claims_blind47``): attribution in long-form features, live
blogs, court and police copy, science and medical reporting, polls, weather and disaster
agencies, fact-checks, British and Australian English, impersonal passives and speech
verbs beyond "said", with neighbours that attribute nothing.

The matrix was written from PolNeAR's annotation before the claims extractor or the
earlier matrices were read. At 4c327ce 192 of its 226 passages held (159 of 189
passages with attributions, 33 of 37 neighbours). Three expectations were wrong against
PolNeAR's annotation: it marks the question put to a speaker ("Asked whether he would
resign", cue "Asked", no source; train shows it: verb_replied), a document's figures that
"show" a number as a report of their own (as "the report showed" elsewhere in the matrix:
fc_quote_then_verdict), and takes "repeated the claim" as one cue (fc_repeated_claim).
Corrected, 195 of the 226 held at 4c327ce (162 of 189 passages with attributions, 33 of
37 neighbours). The passages that do not hold are marked ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .claims_blind47 import PASSAGES, Passage, predicted, score

# Passages the extractor does not read as PolNeAR would (see the module docstring).
MISSES = frozenset(
    {
        "feat_as_x_puts_it",
        "feat_laughs",
        "feat_reflects",
        "feat_jokes",
        "live_key_event",
        "live_confirms",
        "live_we_have_been_told",
        "court_jury_heard",
        "court_court_heard",
        "court_magistrates",
        "sci_lead_author_quote",
        "sci_paper_states",
        "sci_doctors_advised",
        "fc_posts_claim",
        "pass_understood",
        "pass_was_reported",
        "pass_is_said_to_have",
        "pass_is_believed_to",
        "pass_it_is_thought",
        "pass_has_been_claimed",
        "pass_is_reported_to",
        "pass_it_is_alleged",
        "pass_reportedly",
        "pass_it_was_announced",
        "pass_are_thought_to",
        "pass_it_emerged",
        "pass_was_told",
        "nb_having_said_that",
        "nb_warning_noun",
        "nb_argued_case",
        "nb_factcheck_label",
    }
)


def _cases() -> list[object]:
    return [
        pytest.param(p, id=p.id, marks=[pytest.mark.xfail(strict=True)] if p.id in MISSES else [])
        for p in PASSAGES
    ]


def test_ids_are_unique_and_misses_are_passages() -> None:
    """Every passage has its own id and every listed miss names a passage."""
    ids = [p.id for p in PASSAGES]
    assert len(ids) == len(set(ids))
    assert set(MISSES) <= set(ids)


def test_gold_contents_are_in_their_passages() -> None:
    """Each gold content is written as it stands in its passage, once."""
    for p in PASSAGES:
        for g in p.gold:
            assert p.text.count(g.content) == 1, p.id


@pytest.mark.parametrize("passage", _cases())
def test_passage(passage: Passage) -> None:
    """The extractor reads each passage as PolNeAR would annotate it."""
    ok, why = score(passage)
    assert ok, why


@given(
    st.integers(min_value=2, max_value=99_999), st.sampled_from(["adults", "voters", "patients"])
)
def test_a_sample_size_attributes_nothing(n: int, who: str) -> None:
    """A poll's or study's size is the writer's, whatever the number and population."""
    assert predicted(f"The poll of {n:,} {who} was carried out last week.") == []
    assert predicted(f"The study involved {n:,} {who} in five countries.") == []
