"""A plural report noun before its verb is no cue of its own (issue 6, wire copy's
"Unconfirmed reports said ...", "Local reports said ...").

"reports" after an adjective opening the sentence read as a verb whose subject was the
adjective ("Unconfirmed" reports [said the general had been killed]); the noun is the
head of the source of "said". Neighbours: "Smith reports that ...", "The Times reports
the general was killed" keep "reports" as the verb.
"""

from __future__ import annotations

import pytest

from tests.extractors.claim_pairs import attributed_pairs as _attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Unconfirmed reports said the general had been killed.",
            "the general had been killed",
            "Unconfirmed reports",
        ),
        (
            "Local reports said the general had been killed.",
            "the general had been killed",
            "Local reports",
        ),
    ],
)
def test_a_report_noun_before_said_heads_the_source(text: str, content: str, source: str) -> None:
    """The only claim is the one of "said", and the noun phrase is its source."""
    assert _attributed(text) == [(content, source)]


def test_an_unconfirming_adjective_is_no_source() -> None:
    """ "Unconfirmed reports of shelling spread": no one named "Unconfirmed" reports."""
    assert _attributed("Unconfirmed reports of shelling spread on Monday.") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Smith reports that sales rose.", "sales rose", "Smith"),
        ("The Times reports the general was killed.", "the general was killed", "The Times"),
    ],
)
def test_reports_after_a_name_stays_the_verb(text: str, content: str, source: str) -> None:
    """After a name, "reports" is the verb and the name its source."""
    assert (content, source) in _attributed(text)


def test_a_hedge_verb_before_an_auxiliary_stays_a_verb() -> None:
    """ "who he claims has been unfair": an auxiliary, no cue verb, follows; "claims" is
    still the verb of "he"."""
    text = "Trump's beef was aimed at Megyn Kelly, who he claims has been unfair to him."
    assert ("has been unfair to him", "he") in _attributed(text)
