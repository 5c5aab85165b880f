"""An agentless "is expected to" passive reports a sourceless forecast; neighbours do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.expectations import expectation_claims
from tests.extractors.claim_pairs import attributed_pairs


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The sale is expected to expand the company's move into media.",
            "The sale is expected to expand the company's move into media",
        ),
        (
            "In the coming weeks, rivals are widely expected to quit the race.",
            "In the coming weeks, rivals are widely expected to quit the race",
        ),
        (
            "Turnout was not expected to top 40 percent.",
            "Turnout was not expected to top 40 percent",
        ),
        (
            "Polls close at 8. She’s expected to win easily.",
            "She’s expected to win easily",
        ),
        (
            "The final, which is expected to draw a large audience, starts at noon.",
            "which is expected to draw a large audience",
        ),
        (
            "Delegates are bound to the primary, and Trump is expected to be competitive there.",
            "Trump is expected to be competitive there",
        ),
        (
            "While the topic is not expected to surface in the talks, China is an issue.",
            "the topic is not expected to surface in the talks",
        ),
        (
            "The decision is widely expected to be unfavorable for Beijing, with consequences.",
            "The decision is widely expected to be unfavorable for Beijing",
        ),
    ],
)
def test_expectation_passive_is_a_sourceless_claim(text: str, content: str) -> None:
    """Subject and infinitive clause form the claim; no source is named."""
    assert (content, None) in attributed_pairs(text)
    claim = next(c for c in find_claims(text) if c.text == content)
    assert claim.attribution is Attribution.INDIRECT
    assert claim.cue is not None
    assert "expected" in claim.cue


@pytest.mark.parametrize(
    "text",
    [
        "I expected to win the race.",  # active: the speaker's own expectation
        "Results were expected.",  # no infinitive
        "The delay was expected to the day by everyone.",  # "to" is a preposition
        "They are expecting to win.",  # not the passive participle
        "The report, long expected, came out on Monday.",
    ],
)
def test_no_expectation_claim_without_the_passive_infinitive(text: str) -> None:
    """Without auxiliary + "expected" + infinitive there is no sourceless claim."""
    assert all(src is not None for _, src in attributed_pairs(text))


def test_passive_inside_reported_content_is_no_claim_of_its_own() -> None:
    """ "BA warned that yields were expected to decline": BA's claim, no sourceless one."""
    text = "BA warned that yields were expected to decline this year."
    pairs = attributed_pairs(text)
    assert all(src is not None for _, src in pairs)
    assert any(src == "BA" for _, src in pairs)


def test_parenthesis_does_not_end_the_clause() -> None:
    """An acronym in brackets stays inside the infinitive's clause."""
    text = "Mr Rossi is expected to table reforms on research and development (R&D) spending."
    assert (
        "Mr Rossi is expected to table reforms on research and development (R&D) spending",
        None,
    ) in attributed_pairs(text)


def test_a_reported_cue_keeps_its_own_claim() -> None:
    """The passive gives one claim: it never splits off its cue into two."""
    text = "The vote is expected to pass, officials said."
    sourceless = [c for c, s in attributed_pairs(text) if s is None]
    assert len(sourceless) <= 1


@given(st.text(alphabet="abcdefgh .,", max_size=80))
def test_no_expectation_claims_without_the_participle(text: str) -> None:
    """Text without "expected" never yields an expectation claim (the cheap guard)."""
    assert expectation_claims(text, [(0, len(text))], []) == []


@given(
    subject=st.sampled_from(["The sale", "Rivals", "The senator", "Turnout"]),
    aux=st.sampled_from(["is", "are", "was", "were"]),
    rest=st.sampled_from(["close in May", "rise sharply", "quit the race"]),
)
def test_claim_spans_subject_to_clause_end(subject: str, aux: str, rest: str) -> None:
    """The claim runs from the subject to the stop, the cue inside it."""
    text = f"Talks went on. {subject} {aux} expected to {rest}. Nothing else changed."
    units = [(0, 14), (15, text.index(". Nothing") + 1), (text.index("Nothing"), len(text))]
    (d,) = expectation_claims(text, units, [])
    assert text[d.start : d.end] == f"{subject} {aux} expected to {rest}"
    assert d.cue_start is not None
    assert d.start < d.cue_start < d.end


# -- the anchored scan (expectations._passives) finds what finditer finds ---------------

_WORDS = (
    "is are was were be been ’s 's It She This not never widely unexpectedly "
    "expected Expected to the a go rise n't ’ ' , . ( x"
)
_PIECES = [*_WORDS.split(), " ", "  ", "\n", "\u00a0"]


def _finditer_spans(text: str) -> list[tuple[int, int, str]]:
    from provenance.extractors.claims.expectations import _grammar

    passive = _grammar("en")[1]
    assert passive is not None
    return [(m.start(), m.end(), m.group("cue")) for m in passive.finditer(text)]


def _anchored_spans(text: str) -> list[tuple[int, int, str]]:
    from provenance.extractors.claims.expectations import _grammar, _passives

    passive = _grammar("en")[1]
    assert passive is not None
    return [(m.start(), m.end(), m.group("cue")) for m in _passives(text, "en", passive)]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_anchored_passives_match_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _anchored_spans(text) == _finditer_spans(text)


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_anchored_passives_match_finditer_spaced(text: str) -> None:
    assert _anchored_spans(text) == _finditer_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "The sale is expected to close. Talks were widely expected to fail.",
        "She’s expected to win; it's not expected to rain, he's unexpectedly expected to go.",
        "is expected to is expected to",
        "It was expected to the day.",  # a determiner after "to": no passive
        "The expected result is expected",  # no infinitive marker
        "An unexpected rise was expected\u00a0to  come.",
    ],
)
def test_anchored_passives_examples(text: str) -> None:
    assert _anchored_spans(text) == _finditer_spans(text)
