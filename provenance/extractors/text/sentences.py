"""Sentence spans for news text: abbreviations, quotes and paragraph breaks.

A rule-based splitter tuned for wire copy. It never drops a character that is
not whitespace: every non-space character of the text lies in exactly one span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from provenance.extractors.text.wordlists import words as _words

__all__ = ["split_sentences"]


# Abbreviations that end with a period but (almost) never end a sentence when a
# capitalised word follows ("Mr. Putin", "Jan. 5", "Sen. Graham").
_TITLES = _words(
    """mr mrs ms dr prof gen lt col sgt capt cmdr adm maj gov sen rep rev hon pres st jr sr no
    nos vs etc inc corp ltd co bros dept est fig approx ave blvd mt ft jan feb mar apr jun
    jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun u.s u.k u.n e.u a.m
    p.m d.c i.e e.g engr atty adv barr arch sec usec smt brig supt insp cllr cde"""
)
# After a dotted acronym ("U.S.") a new sentence starts only with one of these.
_STARTERS = _words(
    """The A An He She It They We I In On At But And Or So Yet This That These Those There His
    Her Its Their Our However Meanwhile Earlier Later Some Many Most"""
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# whitespace, then something that can start a sentence. Paragraph breaks and a
# line ending in a closing bracket (photo captions) are boundaries of their own.
_BOUNDARY = re.compile(
    r"(?=[.!?…\n)\]])"  # cheap first-character filter: most positions fail here
    # a run of terminals is tried once, from its first mark, and never given back:
    # retrying from each mark of a long run ("....") made the scan quadratic
    r"(?:(?<![.!?…])[.!?…]++[\"”’')\]]*+(?P<ws>\s++)"
    # a capital or digit, or a wire reference code in lower case ("said. [nL2N1N827P] “The")
    r"(?=[\"“‘'(\[]*+[A-Z0-9]|\[[a-z][A-Za-z0-9:_.-]{1,29}\]\s)"
    r"|(?P<para>\n[ \t]*\n\s*)"
    r"|[)\]](?P<nl>[ \t]*\n\s*)(?=[\"“A-Z]))"
)
#: The first character of every :data:`_BOUNDARY` match: scanning for it first lets the
#: regex engine skip ahead (a pattern opening with a lookahead is tried at every position).
_CANDIDATE = re.compile(r"[.!?…\n)\]]")
#: the word before a full stop; not the "s" of a possessive ("at St Mary's."), no initial
_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’])([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"[\"“‘'(\[]*([A-Za-z]+)")


def _is_abbreviation(text: str, end: int, next_start: int) -> bool:
    """Whether the period before ``end`` belongs to an abbreviation, not a sentence end."""
    head = text[max(0, end - 12) : end]
    m = _WORD_BEFORE.search(head)
    if m is None:
        return False
    word = m.group(1)
    key = word.lower().rstrip(".")
    if "." in key or len(word) == 1:
        # dotted acronyms ("U.S.") and initials ("J. Smith"); only they read the next word
        nxt = _NEXT_WORD.match(text, next_start)
        next_word = nxt.group(1) if nxt else ""
        return next_word not in _STARTERS
    return key in _TITLES


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_BOUNDARY` in ``text``, exactly as ``finditer`` yields them."""
    pos = 0
    candidate, match = _CANDIDATE.search, _BOUNDARY.match
    while (c := candidate(text, pos)) is not None:
        m = match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()  # never empty: every branch consumes a character


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Split ``text`` into sentence spans ``(start, end)``, trimmed of whitespace.

    A paragraph break (a blank line) always ends a sentence; abbreviations such
    as "U.S.", "Mr." and "Jan." do not; a period inside closing quotes
    ("... now.” He left") does.

    Example:
        >>> text = "Mr. Putin spoke on Jan. 5. He left.\\n\\nHeadline"
        >>> [text[s:e] for s, e in split_sentences(text)]
        ['Mr. Putin spoke on Jan. 5.', 'He left.', 'Headline']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _boundaries(text):
        kind = m.lastgroup or "ws"  # the one named group of the branch that matched
        if kind != "ws":  # "para" or "nl": a paragraph break, or a line after a bracket
            end, nxt = m.span(kind)
        else:
            end = m.start("ws")
            nxt = m.end()
            if text[m.start()] == ".":
                ws = m.group("ws")
                paragraph = "\n\n" in ws or "\n \n" in ws
                if not paragraph and _is_abbreviation(text, m.start() + 1, nxt):
                    continue
        _append(text, spans, start, end)
        start = nxt
    _append(text, spans, start, len(text))
    return tuple(spans)


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Append ``text[start:end]`` trimmed of whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
