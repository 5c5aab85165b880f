"""A newspaper's dateline, with no agency, is cut off its paragraph's first sentence."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "MYRTLE BEACH, S.C. - Sen. Ted Cruz continued his attacks on Saturday, casting "
            "him as a false conservative and questioning his judgment.",
            "questioning",
            "Sen. Ted Cruz",
        ),
        (
            "CHICAGO - Rahm Emanuel may have thought the worst was over in April.",
            "may have thought",
            "Rahm Emanuel",
        ),
        (
            "Intro.\n\nTALLAHASSEE — Democratic Rep. Gwen Graham spoke on Friday, praising "
            "Clinton as a hard worker.",
            "praising",
            "Democratic Rep. Gwen Graham",
        ),
    ],
)
def test_the_dateline_is_no_part_of_the_subject(text: str, cue: str, source: str) -> None:
    """The city (and state) before the dash is cut; the subject after it is the source."""
    sources = [c.source_text for c in find_claims(text) if c.cue == cue]
    assert sources == [source], find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # neighbours: capitals and a dash inside a paragraph are no dateline
        (
            "He spoke first. NATO - the alliance of 30 states - said the deal was dead.",
            "said",
            "NATO",
        ),
        # a wire dateline is cut as before
        (
            "WASHINGTON (Reuters) - The minister said the deal was dead.",
            "said",
            "The minister",
        ),
    ],
)
def test_other_capitals_and_dashes(text: str, cue: str, source: str) -> None:
    """Neighbours: mid-paragraph capitals stay in the sentence; an agency dateline is cut."""
    sources = [c.source_text for c in find_claims(text) if c.cue == cue]
    assert len(sources) == 1, find_claims(text)
    assert sources[0] is not None
    assert sources[0].startswith(source), sources
