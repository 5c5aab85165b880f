"""Sources and spans of "according to": titles in the source, sentence-final phrases."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # an abbreviated title keeps its full stop inside the source
        (
            "Among the precedents at risk, according to Ms. Epstein, are 16 cases on unions.",
            "Among the precedents at risk, according to Ms. Epstein, are 16 cases on unions",
            "Ms. Epstein",
        ),
        # a sentence-final phrase reports the whole sentence, the earlier cue's claim too
        (
            "After Patrick asked about it in an interview, the Graysons became agitated, "
            "according to a source at the station.",
            "After Patrick asked about it in an interview, the Graysons became agitated",
            "a source at the station",
        ),
    ],
)
def test_according_to_sources_and_spans(text: str, content: str, source: str) -> None:
    """ "according to Ms. X" names X; at a sentence's end it reports the whole sentence."""
    found = attributed_cues(text)
    assert any(c == content and s == source for c, s, _ in found), found


def test_according_to_after_an_introductory_phrase_keeps_its_side() -> None:
    """Neighbour: "Last week, according to X, Y" still reports what follows the source."""
    found = attributed_cues("Last week, according to media reports, officials received 300 calls.")
    assert ("officials received 300 calls", "media reports") in [(c, s) for c, s, _ in found]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Over the long term, according to the budget office, the rise in annual "
            "deficits is mainly attributable to aging.",
            "Over the long term, according to the budget office, the rise in annual "
            "deficits is mainly attributable to aging",
        ),
        (
            "About 10:03 p.m., according to a timeline, the contractors left for the compound.",
            "About 10:03 p.m., according to a timeline, the contractors left for the compound",
        ),
    ],
)
def test_according_to_inside_a_clause_resumed_by_an_article(text: str, content: str) -> None:
    """ "LEAD, according to X, the N VERBs": the phrase interrupts one clause; both sides."""
    assert content in [c for c, _, _ in attributed_cues(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose, according to Smith, the bank's chief economist.",
        "Prices rose, according to Smith, the economist who advised the bank.",
        "Prices rose, according to Smith, the economist quoted by the bank.",
    ],
)
def test_according_to_source_in_apposition_is_no_resumed_clause(text: str) -> None:
    """Neighbours: ", the N" naming the source again (no finite verb of its own) is left out."""
    assert [(c, s) for c, s, _ in attributed_cues(text)] == [("Prices rose", "Smith")]
