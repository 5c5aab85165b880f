"""The files path's fast paths give exactly what the general code they skip gives.

- ``parse_run`` answers a lone number word from ``Patterns.LONE_WORDS``;
  ``_read_run`` is the word-by-word reading it stands for.
- ``_round10`` is ``round(v, 10)`` without the decimal conversion for whole values.
- ``_block_paragraphs`` returns a one-line block as one paragraph;
  ``_lines_paragraphs`` is the line-by-line split it stands for.
"""

from __future__ import annotations

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.figures.numwords import _read_run, parse_run
from provenance.extractors.figures.patterns import patterns
from provenance.extractors.figures.scan import _round10
from provenance.ingest.text import _block_paragraphs, _lines_paragraphs

_LANGUAGES = ("en", "fr")


def _vocabulary(language: str) -> list[str]:
    p = patterns(language)
    tables = (p.WORDS, p.FRACTIONS, p.DENOMS, p.DOZEN, p.APPROX, p.ARTICLES, p.JOINERS)
    return sorted({w for table in tables for w in table})


def _cased(word: str, how: int) -> str:
    return (word, word.upper(), word[:1].upper() + word[1:], word.swapcase())[how]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_parse_run_equals_read_run_on_generated_runs(data: st.DataObject) -> None:
    language = data.draw(st.sampled_from(_LANGUAGES))
    p = patterns(language)
    words = data.draw(st.lists(st.sampled_from([*_vocabulary(language), "x", "é"]), max_size=4))
    seps = data.draw(st.lists(st.sampled_from([" ", "-", "", ", "]), min_size=4, max_size=4))
    run = "".join(w + s for w, s in zip(words, seps, strict=False))
    run = _cased(run.strip(" ,-"), data.draw(st.integers(0, 3)))
    assert parse_run(run, p) == _read_run(run, p)


def test_every_lone_word_in_every_case_reads_as_the_general_code() -> None:
    for language in _LANGUAGES:
        p = patterns(language)
        assert p.LONE_WORDS  # the fast path is in use
        for word in _vocabulary(language):
            for how in range(4):
                run = _cased(word, how)
                assert parse_run(run, p) == _read_run(run, p), (language, run)


def test_lone_word_answers_are_fresh_lists() -> None:
    p = patterns("en")
    first = parse_run("two", p)
    first.clear()
    assert [n.value for n in parse_run("Two", p)] == [2.0]
    assert [(n.end, n.value) for n in parse_run("million", p)] == [(7, 1_000_000.0)]
    assert [n.value for n in parse_run("half", p)] == [0.5]


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.floats(allow_nan=False, allow_infinity=False),
        st.integers(-(10**12), 10**12).map(float),
        st.integers(-(10**12), 10**12),
        st.builds(lambda n, d: n / d, st.integers(-(10**9), 10**9), st.integers(1, 10**4)),
    )
)
@example(-0.0)
@example(1e300)
@example(0.1 + 0.2)
@example(2.0**53 + 1)
def test_round10_equals_round(v: float) -> None:
    got, want = _round10(v), round(v, 10)
    assert type(got) is type(want)
    assert got == want
    assert math.copysign(1.0, got) == math.copysign(1.0, want)


_LINE_PIECES = st.sampled_from(
    ["Text", " ", "  ", "\t", "(Photo: A / AFP)", ")", "a" * 60, "x.", "é", "\n", "\n\n"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=10))
@example(["Caption. (Photograph: Ann Lee / AFP)"])
@example(["   "])
@example([])
def test_block_paragraphs_equals_the_line_split(pieces: list[str]) -> None:
    block = "".join(pieces)
    assert _block_paragraphs(block) == _lines_paragraphs(block)


def test_one_line_blocks() -> None:
    assert _block_paragraphs("  Some   text. ") == _lines_paragraphs("  Some   text. ")
    assert _block_paragraphs(" \t ") == []
    assert _block_paragraphs("A wire line.") == ["A wire line."]
