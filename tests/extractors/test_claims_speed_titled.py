"""Speed shortcuts of the speaker resolver and the stray-verb rule give the plain answers.

- ``SpeakerResolver._titled_in`` tries the titled-name pattern only where the lowered
  text holds a role's opening; it must give the matches of ``finditer`` over the window.
- ``verb_families._last_word`` reads the last word backwards; it must give the group of
  ``_LAST_WORD.search``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.speakers import SpeakerResolver, _role_openings
from provenance.extractors.claims.verb_families import _LAST_WORD, _last_word
from provenance.extractors.sources import default_sources
from provenance.lexicon.cues import cue_lexicon

_REGISTRY = default_sources()

#: pieces of made-up texts: roles in several cases (one outside ASCII), names, initials,
#: abbreviated titles, words holding a role, and characters that fold apart or lengthen
_PIECES = [
    "Prime Minister",
    "prime  minister",
    "PRIME\nMINISTER",
    "Tánaiste",
    "TÁNAISTE",
    "tánaiste",
    "Taoiseach",
    "td",
    "Judge",
    "judge",
    "Chief",
    "chairman",
    "Chair",
    "spokesman",
    "Spokeswoman",
    "ex-judge",
    "xjudge",
    "judges",
    "Ann",
    "Lee",
    "Bob",
    "O'Neill",
    "M.",
    "K.",
    "Dr.",
    "Mr.",
    "said",
    "the",
    "to",
    "that",
    ",",
    ".",
    "—",
    "ſ",
    "İ",
    "\u212a",  # the Kelvin sign, lowered to "k"
    "é",
]


@st.composite
def _texts_and_windows(draw: st.DrawFn) -> tuple[str, int, int]:
    words = draw(st.lists(st.sampled_from(_PIECES), max_size=30))
    seps = draw(st.lists(st.sampled_from([" ", "  ", "\n", "", ", "]), min_size=len(words)))
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    lo = draw(st.integers(0, len(text)))
    hi = draw(st.integers(lo, len(text)))
    return text, lo, hi


@settings(max_examples=400, deadline=None)
@given(_texts_and_windows())
def test_titled_in_gives_the_matches_of_finditer(case: tuple[str, int, int]) -> None:
    text, lo, hi = case
    resolver = SpeakerResolver(text, _REGISTRY)
    plain = [(m.span(), m.group("name")) for m in resolver._titled.finditer(text, lo, hi)]
    fast = [(m.span(), m.group("name")) for m in resolver._titled_in(lo, hi)]
    assert fast == plain


def test_titled_in_finds_titled_names_after_any_role() -> None:
    text = "Earlier, Prime Minister Ann Lee met Tánaiste Mary Harney and judge Bob Smith."
    resolver = SpeakerResolver(text, _REGISTRY)
    names = [m.group("name") for m in resolver._titled_in(0, len(text))]
    assert names == ["Ann Lee", "Mary Harney", "Bob Smith"]
    # the window's start counts as a word start, as for finditer
    start = text.index("udge")
    assert [m.group("name") for m in resolver._titled_in(start - 1, len(text))] == ["Bob Smith"]


def test_titled_in_falls_back_where_lowering_folds_apart() -> None:
    text = "The ſpokesman said so. Judge Bob Smith left."
    resolver = SpeakerResolver(text, _REGISTRY)
    assert resolver._lowered() is None
    assert [m.group("name") for m in resolver._titled_in(0, len(text))] == ["Bob Smith"]


def test_role_openings_cover_every_role() -> None:
    openings = _role_openings("en")
    assert openings
    for role in cue_lexicon("en").speaker_roles:
        assert any(role.split()[0].lower().startswith(o) for o in openings), role
    assert not any(a != b and a.startswith(b) for a in openings for b in openings)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="ab_'’ \n\t\u00a0\u2003é9,.-“ſ\u0663K", max_size=40))
def test_last_word_is_the_pattern_group(before: str) -> None:
    m = _LAST_WORD.search(before)
    assert _last_word(before) == (m.group(1) if m else None)


def test_last_word_examples() -> None:
    assert _last_word("the group’s ") == "group’s"
    assert _last_word("in denying\n") == "denying"
    assert _last_word("said, ") is None
    assert _last_word("") is None
