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
