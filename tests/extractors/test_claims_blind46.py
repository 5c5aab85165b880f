"""Stop 46's blind matrix (``claims_blind46``): attribution in sport, entertainment,
social media, tech and business, religion, diplomacy, the UN and NGOs, headline and Q&A
copy, documents that speak, and Indian, Nigerian, Kenyan, Singaporean and Philippine
English, with the families left wrong before and neighbours that attribute nothing.

The matrix was written from PolNeAR's annotation before the claims extractor or the
earlier matrices were read. At 9be5e2f 207 of its 225 passages held (177 of 188 passages
with attributions, 30 of 37 neighbours). Seven expectations were wrong against PolNeAR's
annotation, as train shows it: it marks "who declined to be identified" as a report of
its own (source "who"; fam-declined-identified, -identified-end, -named), "did not
respond to a request for comment" with the request as content (fam-did-not-respond),
"reported a profit of ..." with the figure as content (none-reported-income, now
biz-reported-revenue), a headline's "slams" with its object ("blast Trump":
head-quote-dash-name) and the question put to a speaker ("Asked about the red card":
sport-quote-colon-name-said). Corrected, 212 of the 225 held at 9be5e2f (182 of 189
passages with attributions, 30 of 36 neighbours). The passages that do not hold are
marked ``xfail(strict=True)``.

After stop 46's fixes 217 of the 225 hold (185 of 189 passages with attributions, 32 of
36 neighbours): a channel between a cue and "that" ("said through an interpreter that",
"via video link"); a relative aside whose claim stops at a subordinate clause ("who
declined to be identified because the talks were private, said"); "states" after the head
of a document that speaks ("The charge sheet states that", never "Member states that");
and "posted" results ("posted bail", "posted a loss"). Still wrong: a quote-first headline
whose speaker also slams someone keeps only the slam (head-quote-dash-name); a transcript
line in capitals opening a text reads as a dateline ("SMITH: ...", like "ISLAMABAD: ...");
"according to a transcript" is a channel, the speaker inside is the source
(doc-according-transcript); "disclosed this while speaking" points back and reports no
"this" (ng-disclosed-this); "claimed his fourth world title", "claimed dozens of lives"
and "insisted on paying" stay asserted claims of a thing or a demand; and "The squad
announced on Friday includes" reads the reduced relative as a report.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance
from provenance.lexicon.cues import cue_lexicon

from .attributed import attributed
from .claims_blind46 import PASSAGES, Passage, passage_misses

# Passages the extractor does not read as PolNeAR would (see the module docstring).
MISSES = frozenset(
    {
        "head-quote-dash-name",
        "head-interview-qa-named",
        "doc-according-transcript",
        "ng-disclosed-this",
        "none-claimed-title",
        "none-claimed-lives",
        "none-announced-squad",
        "none-insisted-on-paying",
    }
)


def _cases() -> list[object]:
    return [
        pytest.param(p, id=p.key, marks=[pytest.mark.xfail(strict=True)] if p.key in MISSES else [])
        for p in PASSAGES
    ]


def test_keys_are_unique_and_misses_are_passages() -> None:
    """Every passage has its own key and every listed miss names a passage."""
    keys = [p.key for p in PASSAGES]
    assert len(keys) == len(set(keys))
    assert set(MISSES) <= set(keys)


def test_expected_contents_are_in_their_passages() -> None:
    """Each expected content and source is written as it stands in its passage."""
    for p in PASSAGES:
        for e in p.expected:
            parts = (e.content,) if isinstance(e.content, str) else e.content
            assert all(part in p.text for part in parts), p.key


@pytest.mark.parametrize("passage", _cases())
def test_blind46_passage(passage: Passage) -> None:
    """The claims frame attributes each expected content to its source, and nothing else."""
    assert passage_misses(passage, provenance.extract_claims(passage.text)) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Putin said through an interpreter that talks could resume.",
            "Putin",
            "talks could resume",
        ),
        ("The actor said through his lawyer that he was innocent.", "The actor", "he was innocent"),
        (
            "The envoy said via video link that the ceasefire held.",
            "The envoy",
            "the ceasefire held",
        ),
        (
            "Erdogan told reporters through an interpreter that Turkey would wait.",
            "Erdogan",
            "Turkey would wait",
        ),
    ],
)
def test_a_channel_between_cue_and_that_is_skipped(text: str, source: str, content: str) -> None:
    """ "said through an interpreter that": the channel is the cue's, the clause is said."""
    assert (content, source) in attributed(text)


def test_a_relative_that_after_a_channel_phrase_is_no_content_start() -> None:
    """ "went through the papers that she left": no cue, nothing attributed."""
    assert attributed("He went through the papers that she left.") == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A source, who declined to be identified because the talks were private, "
            "said the bid had failed.",
            "A source",
            "the bid had failed",
        ),
        (
            "One banker, who declined to be named until the deal closes, said the price was fair.",
            "One banker",
            "the price was fair",
        ),
    ],
)
def test_a_relative_aside_with_a_subordinate_clause_keeps_the_subject(
    text: str, source: str, content: str
) -> None:
    """ "X, who declined to be identified because ..., said Y": Y is X's."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The charge sheet states that the accused fled.", "The charge sheet", "the accused fled"),
        ("The FIR states that the victim was attacked.", "The FIR", "the victim was attacked"),
        (
            "Article 21 states that no one shall be detained.",
            "Article 21",
            "no one shall be detained",
        ),
    ],
)
def test_states_after_a_document_reports(text: str, source: str, content: str) -> None:
    """ "The charge sheet states that ...": the document speaks."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Member states that fail to comply will be fined.",
        "Trump won the states that Obama carried.",
        "In the states that border Mexico, turnout rose.",
    ],
)
def test_states_as_a_noun_reports_nothing(text: str) -> None:
    """ "Member states that fail to comply": the plural noun, no cue."""
    assert attributed(text) == []


@given(st.sampled_from(sorted(cue_lexicon("en").document_form_heads)))
def test_every_document_head_speaks_with_states(head: str) -> None:
    """Any head of ``document_form_heads`` before "states that" is the source."""
    reports = attributed(f"The {head} states that the fee was waived.")
    assert any(content == "the fee was waived" for content, _ in reports)


@pytest.mark.parametrize(
    "text",
    [
        "The singer posted bail of $50,000 on Thursday.",
        "The retailer posted a loss of $300 million.",
        "The bank posted a net profit of $2 billion.",
        "The sprinter posted a personal best in the heats.",
    ],
)
def test_posted_results_report_nothing(text: str) -> None:
    """ "posted bail", "posted a loss": a payment or a result, no words posted."""
    assert attributed(text) == []


def test_posted_words_still_report() -> None:
    """ "posted that ...": words posted are a report."""
    assert ("the vote was rigged", "He") in attributed("He posted that the vote was rigged.")
