"""The speed shortcuts give exactly what the slower code they replace gave.

Each shortcut (a prefilter, a literal search instead of a compiled pattern) is
compared with the plain regular expression it stands for, on generated texts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.cues import UNVERIFIED_RE
from provenance.extractors.claims.extract import _may_be_unverified, find_claims
from provenance.extractors.claims.speakers import _full_name_before
from provenance.extractors.text.sentences import _BOUNDARY, _boundaries, split_sentences

_NAME_PIECES = st.sampled_from(
    ["Ann", "Lee", "Lee-Smith", " ", "\n", "A.", "B", ".", "x", "ann", "O'Lee", "é", "_", "1"]
)


def _full_name_pattern(surname: str) -> re.Pattern[str]:
    """The per-surname pattern the speaker resolver used to compile."""
    return re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z]\.)?\s" + re.escape(surname) + r"\b")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_NAME_PIECES, max_size=12),
    st.sampled_from(["Lee", "Lee-Smith", "Ann", "A", "O'Lee", "B."]),
    st.integers(0, 40),
    st.integers(0, 60),
)
def test_full_name_before_equals_the_pattern_search(
    pieces: list[str], surname: str, lo: int, hi: int
) -> None:
    """The literal search finds the same full name as the old per-surname regex search."""
    text = "".join(pieces)
    hi = min(hi, len(text))
    lo = min(lo, hi)
    m = _full_name_pattern(surname).search(text, lo, hi)
    assert _full_name_before(text, surname, lo, hi) == (m.group(0) if m else None)


def test_full_name_before_reads_initials_and_boundaries() -> None:
    """An initial belongs to the full name; a longer word holding the surname does not."""
    text = "John F. Kennedy met Robert Kennedyite and Ted Kennedy."
    assert _full_name_before(text, "Kennedy", 0, len(text)) == "John F. Kennedy"
    assert _full_name_before(text, "Kennedy", 8, len(text)) == "Ted Kennedy"
    assert _full_name_before(text, "Kennedy", 8, 40) is None


_SENTENCE_PIECES = st.sampled_from(
    [
        "He said",
        ".",
        "!",
        "?",
        "…",
        " ",
        "\n",
        "\n\n",
        ")",
        "]",
        "”",
        "'",
        "U.S.",
        "Mr.",
        "The",
        "5",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=20))
def test_boundaries_equal_finditer(pieces: list[str]) -> None:
    """The prefiltered boundary scan yields the matches ``finditer`` yields."""
    text = "".join(pieces)
    assert [m.span() for m in _boundaries(text)] == [m.span() for m in _BOUNDARY.finditer(text)]


def test_split_sentences_still_splits_news() -> None:
    """Abbreviations, paragraph breaks and captions split as before."""
    text = "Mr. Lee left the U.S. on Jan. 5. He said no!\n\nHeadline (AFP)\nThe end."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Mr. Lee left the U.S. on Jan. 5.",
        "He said no!",
        "Headline (AFP)",
        "The end.",
    ]


_UNVERIFIED_PIECES = st.sampled_from(
    [
        "could",
        "not",
        "cannot",
        "be",
        "been",
        "has",
        "hasn't",
        "was",
        "unable",
        "to",
        " ",
        "independently",
        "confirm",
        "confirmed",
        "verify",
        "verified",
        "another",
        ".",
        "Not",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_UNVERIFIED_PIECES, max_size=10))
def test_unverified_prefilter_never_hides_a_match(pieces: list[str]) -> None:
    """When the unverified pattern matches, the cheap pre-check says it may."""
    text = " ".join(pieces)
    if UNVERIFIED_RE.search(text):
        assert _may_be_unverified(text)


def test_unverified_claim_still_flagged() -> None:
    """A claim followed by "could not be independently verified" is still unconfirmed."""
    text = "The ministry said 40 soldiers died. Reuters could not independently verify the toll."
    toll = next(c for c in find_claims(text) if c.text == "40 soldiers died")
    assert toll.status.value == "unconfirmed"
    assert not _may_be_unverified("The army said another 40 soldiers died.")
