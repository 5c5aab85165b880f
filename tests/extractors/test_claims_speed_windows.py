"""Speed shortcuts of the claim step that must answer as the plain forms did.

The end-anchored searches of the speaker resolver start at the last runs of their window
(:func:`~provenance.extractors.claims.speakers._last_runs`), the clause-end pattern opens
with a character class, and the relaying pattern is tried only on mentions holding "by".
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

_PIECES = st.sampled_from(
    [
        *("Mr", "Mr.", "Mrs.", "Sen.", "U.S.", "spokeswoman", "Sarah", "Sanders", "O’Neil"),
        *("the", "said", "A.", "é", "x-ray", "(Mrs", "“Ms", "St.", "Jr.", "Dr", "a", "--"),
        *(" ", "  ", "\t", "\n", " \n ", ",", ", ", ".", ";", " — ", "–", "”", '"', "?"),
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.integers(0, 80), st.integers(0, 3))
def test_last_runs_search_finds_what_the_window_search_finds(
    pieces: list[str], back: int, extra: int
) -> None:
    """Searching from the last runs gives the match the whole window gives, span and groups."""
    from provenance.extractors.claims.speakers import _BEFORE_NAME, _WORD_BEFORE, _last_runs

    text = "".join(pieces)
    end = max(0, len(text) - extra)
    for pattern, width, runs in ((_BEFORE_NAME, 60, 3), (_WORD_BEFORE, 40, 1)):
        lo = max(0, end - min(width, back + 1))
        plain = pattern.search(text, lo, end)
        fast = pattern.search(text, _last_runs(text, lo, end, runs), end)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))


def test_last_runs_starts_at_the_space_before_the_runs() -> None:
    from provenance.extractors.claims.speakers import _last_runs

    text = "said the spokeswoman Sarah Sanders"
    assert text[_last_runs(text, 0, len(text), 1) :] == " Sanders"
    assert _last_runs(text, 10, 20, 3) == 10  # one run only: the window's start
    assert _last_runs("a\t\nb c ", 0, 7, 2) == 1


def test_name_gender_still_reads_the_honorific_before_a_name() -> None:
    from provenance.extractors.claims.speakers import name_gender
    from provenance.lexicon.genders import gender_lexicon

    lex = gender_lexicon("en")
    text = "A long opening sentence about the council and its plans. Mrs. Jane Doe left."
    assert name_gender(text, "Doe", lex) == "female"
    assert name_gender("Mr. Obama spoke. Obama left.", "Obama", lex) == "male"


_OLD_CLAUSE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\bMrs)\.(?=\s|$|[”\"])"
    r"|[;:!?()\[\]\n]|,\s|\s[—–]\s|\s--\s"
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.integers(0, 40), st.integers(0, 40))
def test_clause_end_opening_with_a_class_matches_as_before(
    pieces: list[str], start: int, stop: int
) -> None:
    """The clause-end pattern finds the spans its lookbehind-first form found."""
    from provenance.extractors.claims.family_parts import CLAUSE_END

    text = "".join(pieces)
    start = min(start, len(text))
    limit = max(start, len(text) - stop)
    old = _OLD_CLAUSE_END.search(text, start, limit)
    new = CLAUSE_END.search(text, start, limit)
    assert (old and old.span()) == (new and new.span())


def test_relayed_mentions_still_resolve_to_the_speaker() -> None:
    """ "quoted by", "CITED  BY" (any case and spacing): the speaker speaks, not the outlet."""
    from provenance.extractors.claims.speakers import SpeakerResolver
    from provenance.extractors.sources import default_sources

    for text, speaker in (
        ("One analyst quoted by AFP said no.", "One analyst"),
        ("An aide CITED  BY Reuters said no.", "An aide"),
    ):
        relayed = SpeakerResolver(text, default_sources()).resolve(text[: text.index(" said")], 0)
        assert relayed == SpeakerResolver(text, default_sources()).resolve(speaker, 0)
    standing = "The minister, standing by, said no."
    resolver = SpeakerResolver(standing, default_sources())
    assert "standing" in resolver.resolve("The minister, standing by", 0).name
