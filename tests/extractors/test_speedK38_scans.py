"""The figure scanner's word trigger reads the text as one byte a character.

``WordStarts.matches`` finds word starts in the text folded to Latin-1 bytes (non-word
characters as spaces, letters in lower case) and checks each with the words' own pattern.
It must give exactly what the search over the text gave, whatever the text holds: letters
in upper case and outside ASCII, characters outside Latin-1 (a curly quote, a minus sign),
and a "?" (what such a character becomes in the bytes).
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.figures import find_figures
from provenance.extractors.text.wordscan import NO_LETTER_AFTER, WordStarts, latin1

_WORDS = ["one", "a one", "One", "said", "Été", "été", "ÉTÉ", "ωmega", "m?x"]
_PIECES = st.sampled_from(
    ["one", "ONE", "a one", "A ONE", "One", "said", "été", "Été", "ÉTÉ", "ωmega", "Ωmega",
     "é", "Ω", "日", "ß", "_", "1", "٣", " ", "\u00a0", "’", "“", ".", "-", "?", "m?x", "x"]
)  # fmt: skip


def _searched(scanner: WordStarts, text: str) -> list[tuple[int, int]]:
    """Every match ``search`` finds, resuming one character after each."""
    out, hit = [], scanner.search(text)
    while hit is not None:
        out.append(hit)
        hit = scanner.search(text, hit[0] + 1)
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=16), st.sampled_from([NO_LETTER_AFTER, "", "(?= )"]))
@example(["a one", "-", "one"], NO_LETTER_AFTER)
@example(["ONE", " ", "one"], NO_LETTER_AFTER)
@example(["é", "one", "’", "one"], NO_LETTER_AFTER)
def test_matches_equal_the_search_loop(pieces: list[str], tail: str) -> None:
    """The folded scan gives every match ``search`` gives, and no other."""
    text = "".join(pieces)
    scanner = WordStarts(_WORDS, tail=tail)
    assert list(scanner.matches(text)) == _searched(scanner, text)
    assert list(scanner.matches(text, latin1(text))) == _searched(scanner, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=16))
def test_matches_of_other_word_classes_equal_the_search_loop(pieces: list[str]) -> None:
    """Words of another class, or not opening with a word character, are found by ``search``."""
    text = "".join(pieces)
    for scanner in (
        WordStarts(["one", "said"], tail="(?![A-Za-z])", word="A-Za-z"),
        WordStarts(["one", "-one", ".said"]),
    ):
        assert list(scanner.matches(text)) == _searched(scanner, text)


def test_matches_neighbours() -> None:
    """Upper case is not lower case, a letter before a word hides it, a curly quote does not."""
    scanner = WordStarts(["one", "a one"], tail=NO_LETTER_AFTER)
    assert list(scanner.matches("ONE someone éone one’s “one")) == [(17, 20), (24, 27)]
    assert list(scanner.matches("a one-off")) == [(0, 5), (2, 5)]
    assert list(scanner.matches("onerous ones")) == []


def test_latin1_keeps_positions() -> None:
    """One byte a character: a character outside Latin-1 is "?"."""
    text = "“5 −3” £4 é"
    raw = latin1(text)
    assert len(raw) == len(text)
    assert raw == b"?5 ?3? \xa34 \xe9"


def test_figures_across_the_byte_scans() -> None:
    """Figures after characters outside Latin-1 and in upper case are found as before."""
    text = "“Two people” paid £5 and −3°C; ONE MILLION fans, on 5 May; ‘Some 200’ came."
    got = [(f.text, f.kind.value) for f in find_figures(text)]
    assert got == [
        ("Two", "cardinal"),
        ("£5", "money"),
        ("−3°C", "cardinal"),
        ("ONE MILLION", "cardinal"),
        ("5 May", "date"),
        ("200", "cardinal"),  # "Some" opens a figure only before a scale word
    ]
