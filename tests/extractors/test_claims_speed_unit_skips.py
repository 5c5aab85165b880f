"""Work per unit and per cue that cannot change a reading is skipped.

A unit holding no cue and no head of a possessive report phrase ("In the minister's
[words]") is not walked for claims of its own: the walk would find none (the property test
below checks that premise), and the quotation that goes on across it or the narrated
speaker before it are read as before. The tail after a frame closing a quotation ('“...,”
the minister said on Monday') is read as a bare adjunct only for a cue taking an object,
the one frame whose reading it decides there. Readings stay as they were.
"""

from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.attribute import (
    Draft,
    _head_positions,
    _unit,
    attribute,
)
from provenance.extractors.claims.cues import cue_grammar
from provenance.extractors.claims.spans import Context
from provenance.extractors.text.sentences import split_sentences


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, source) of each draft of ``text`` split into its sentences."""
    out = []
    for d in attribute(text, list(split_sentences(text))):
        source = None if d.source_start is None else text[d.source_start : d.source_end]
        out.append((text[d.start : d.end], d.cue, source))
    return out


def test_a_quotation_resumes_across_a_unit_with_no_cue() -> None:
    text = "“We will win,” she said. The crowd cheered. “We will fight on.”"
    assert _read(text) == [
        ("“We will win,”", "said", "she"),
        ("“We will fight on.”", None, None),
    ]


def test_a_unit_with_a_report_head_and_no_cue_is_read() -> None:
    text = "The hall was full. In the minister's words, the reforms will pay for themselves."
    assert _read(text) == [
        ("the reforms will pay for themselves", "In the minister's words", "the minister")
    ]


def test_a_quotation_before_a_frame_is_its_content_whatever_the_tail() -> None:
    assert _read("“The plan will fail,” the minister said on Monday in Paris.") == [
        ("“The plan will fail,”", "said", "the minister")
    ]
    assert _read("“The plan will fail,” the minister said, adding that talks had stalled.") == [
        ("“The plan will fail,”", "said", "the minister"),
        ("talks had stalled", "adding", None),
    ]


def test_an_object_cue_after_a_quotation_still_reads_its_tail() -> None:
    assert _read("“I never met him,” the minister denied on Monday.") == [
        ("“I never met him,”", "denied", "the minister")
    ]
    assert _read("“Stay indoors,” the collector urged residents.") == [
        ("“Stay indoors,”", "urged", "the collector")
    ]
    # the neighbour: an object of its own after the cue is the content, not the quotation
    assert _read("“Stay indoors,” the collector urged residents to leave the area at once.") == [
        ("residents to leave the area at once", "urged", "the collector")
    ]


_PIECES = st.sampled_from(
    [
        "The hall was full",
        "In the minister's words",
        "in his view",
        "the swordsmanship",
        "“We will win",
        "”",
        "“",
        ", ",
        ". ",
        "said",
        "she said",
        "Smith told reporters",
        "the crowd cheered",
        " ",
        "\n\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14).map("".join))
def test_a_unit_with_no_cue_and_no_head_finds_no_claim(text: str) -> None:
    context = Context(text)
    heads = _head_positions(text)
    grammar = cue_grammar()
    for a, b in split_sentences(text):
        cues = context.cues.between(a, b)
        if cues or bisect.bisect_left(heads, a) < bisect.bisect_left(heads, b):
            continue
        drafts: list[Draft] = []
        _unit(text, a, b, context, drafts, grammar, cues, heads)
        assert drafts == []
