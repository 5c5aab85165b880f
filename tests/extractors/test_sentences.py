"""Sentence splitting: abbreviations, quotes, paragraph breaks."""

from __future__ import annotations

import itertools

import pytest

from provenance.extractors.text.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
        ("U.S. forces moved in. Talks stalled.", ["U.S. forces moved in.", "Talks stalled."]),
        ("The U.S. Army said no.", ["The U.S. Army said no."]),
        (
            "It ended on Jan. 5 in Kyiv. Talks resume.",
            ["It ended on Jan. 5 in Kyiv.", "Talks resume."],
        ),
        ("Dr. Jones met Sen. Graham.", ["Dr. Jones met Sen. Graham."]),
        ("They left at 5 p.m. Friday.", ["They left at 5 p.m. Friday."]),
        ("“Stop now.” He left.", ["“Stop now.”", "He left."]),
        ("“Is it over?” he asked.", ["“Is it over?” he asked."]),
        ("Headline without stop\n\nBody text.", ["Headline without stop", "Body text."]),
        ("Ends at 11:05 a.m.\n\nNext paragraph.", ["Ends at 11:05 a.m.", "Next paragraph."]),
        ("Photo (AFP)\nRussian troops advanced.", ["Photo (AFP)", "Russian troops advanced."]),
        # a wire reference code in lower case opens the next sentence
        (
            "Bombers flew, the Air Force said. [nL2N1N827P] “It was planned,” it said.",
            ["Bombers flew, the Air Force said.", "[nL2N1N827P] “It was planned,” it said."],
        ),
        # neighbours: an abbreviation before a bracket, a bracket not closed before a space
        ("It rose 3 pct. [see table] below.", ["It rose 3 pct. [see table] below."]),
        ("It ended Jan. [nL2N1N827P] later.", ["It ended Jan. [nL2N1N827P] later."]),
        ("He said no. [sic, the word] then.", ["He said no. [sic, the word] then."]),
    ],
)
def test_split_sentences_cases(text: str, expected: list[str]) -> None:
    """Abbreviations do not split, terminal punctuation and blank lines do."""
    assert _texts(text) == expected


def test_spans_are_trimmed_and_ordered() -> None:
    """Spans never start or end with whitespace and never overlap."""
    text = "  One.  Two!\n\n  Three?  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["One.", "Two!", "Three?"]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_empty_and_blank_text() -> None:
    """No sentences in an empty or blank text."""
    assert split_sentences("") == ()
    assert split_sentences(" \n\n\t") == ()
