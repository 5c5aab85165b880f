"""Quotations whose closing mark was lost before the speaker's tag ("..., she said.")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.claims.lost_closes import cut_lost_closes
from provenance.extractors.text.quotes import quote_spans
from tests.extractors.attributed import attributed_cues

_UNCLOSED = (
    "“We are angry and it just has to stop, she said. About 40 state assemblies had rules "
    "in 2016, according to the Tally Institute. Mary Poole, a lawmaker, led the caucus."
)


def test_tag_ends_an_unclosed_quotation() -> None:
    """The quotation ends at the tag's comma, not with its paragraph."""
    (span,) = cut_lost_closes(_UNCLOSED, quote_spans(_UNCLOSED))
    assert _UNCLOSED[span[0] : span[1]] == "“We are angry and it just has to stop,"


def test_narrator_sentence_after_the_tag_keeps_its_own_source() -> None:
    """The figures after "she said." belong to "according to X", not to the speaker."""
    found = attributed_cues(_UNCLOSED)
    assert (
        "About 40 state assemblies had rules in 2016",
        "the Tally Institute",
        "according to",
    ) in found
    assert ("“We are angry and it just has to stop", "she", "said") in found


def test_an_opening_mark_after_the_tag_opens_the_next_quotation() -> None:
    text = (
        "“If anyone doubts it, they can look at 300 cases, he said, referring to the 2010 "
        "reform. “And they can ask the judges.”"
    )
    spans = cut_lost_closes(text, quote_spans(text))
    assert [text[s:e] for s, e in spans] == [
        "“If anyone doubts it, they can look at 300 cases,",
        "“And they can ask the judges.”",
    ]


def test_closed_quotation_and_tag_outside_are_unchanged() -> None:
    text = "“Sales fell 5 percent,” she said. “We expect a rebound,” he added."
    quotes = quote_spans(text)
    assert cut_lost_closes(text, quotes) is quotes


def test_speaker_reporting_another_inside_a_quotation_is_kept_whole() -> None:
    """ "“At first, he said, ‘No.’”": the tag opens a quotation of its own, nothing was lost."""
    text = "She recalled, “Out of nowhere, he said, ‘We will not sign this.’” Then she left."
    quotes = quote_spans(text)
    assert cut_lost_closes(text, quotes) is quotes


@given(st.text(alphabet='ab ,.“”"‘’shedaiy', max_size=60))
def test_cut_spans_stay_inside_the_quotations_in_order(text: str) -> None:
    quotes = quote_spans(text)
    cut = cut_lost_closes(text, quotes)
    assert len(cut) >= len(quotes)
    assert all(any(qs <= s < e <= qe for qs, qe in quotes) for s, e in cut)
    assert list(cut) == sorted(cut)
