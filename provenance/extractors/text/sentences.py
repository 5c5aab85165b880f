"""Sentence spans for news text: abbreviations, quotes and paragraph breaks.

A rule-based splitter tuned for wire copy. It never drops a character that is
not whitespace: every non-space character of the text lies in exactly one span.
"""

from __future__ import annotations

import re

from provenance.extractors.text.wordlists import words as _words
from provenance.extractors.text.wordscan import opened_matches, trie

__all__ = ["split_sentences"]


# Abbreviations that end with a period but (almost) never end a sentence when a
# capitalised word follows ("Mr. Putin", "Jan. 5", "Sen. Graham").
_TITLES = _words(
    """mr mrs ms dr prof gen lt col sgt capt cmdr adm maj gov sen rep rev hon pres st jr sr no
    nos vs etc inc corp ltd co bros dept est fig approx ave blvd mt ft jan feb mar apr jun
    jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun u.s u.k u.n e.u a.m
    p.m d.c i.e e.g engr atty adv barr arch sec usec smt brig supt insp cllr cde det cpl"""
)
# After a dotted acronym ("U.S.") a new sentence starts only with one of these.
_STARTERS = _words(
    """The A An He She It They We I In On At But And Or So Yet This That These Those There His
    Her Its Their Our However Meanwhile Earlier Later Some Many Most"""
)

#: the last three letters of each title of three letters or more
_TITLE_TAILS = sorted({key[-3:] for key in _TITLES if len(key) >= 3 and key.isalpha()})
#: after a run of terminals, closing quotes/brackets and whitespace: what opens a sentence
_RUN = r"(?<![.!?…].)[.!?…]*+[\"”’')\]]*+"
_OPENS = r"(?=[\"“‘'(\[]*+[A-Z0-9]|\[[a-z][A-Za-z0-9:_.-]{1,29}\]\s)"
# A full stop that surely ends no abbreviation, told by lookbehinds from the character
# after it (what :func:`_is_abbreviation` would say, read in C): no letter or point before
# it (no word), or three lower-case ASCII letters before it that end no title with no
# point in the eight characters before them (a word of letters only, too long for a
# two-letter title; after an apostrophe, no word).
_PLAIN_STOP = (
    r"(?<=\.)(?:(?<![A-Za-z.].)"
    rf"|(?<=[^.]{{8}}[a-z]{{3}}\.)(?<!{trie(_TITLE_TAILS)}\.))"
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# whitespace, then something that can start a sentence. Paragraph breaks and a
# line ending in a closing bracket (photo captions) are boundaries of their own.
# Every match opens with one character of a small class, taken first; each branch then
# tells by a lookbehind which character it was. The first branch is the second one at a
# full stop that ends no abbreviation: its group ``stop`` says that no word need be read.
_BOUNDARY = re.compile(
    r"[.!?…\n)\]]"
    # a run of terminals is tried once, from its first mark, and never given back:
    # retrying from each mark of a long run ("....") made the scan quadratic
    rf"(?:{_PLAIN_STOP}{_RUN}(?P<stop>\s++){_OPENS}"
    # a capital or digit, or a wire reference code in lower case ("said. [nL2N1N827P] “The")
    rf"|(?<=[.!?…]){_RUN}(?P<ws>\s++){_OPENS}"
    # a paragraph break: the group holds what follows its first newline
    r"|(?<=\n)(?P<para>[ \t]*\n\s*)"
    r"|(?<=[)\]])(?P<nl>[ \t]*\n\s*)(?=[\"“A-Z]))"
)
#: the characters a match of :data:`_BOUNDARY` opens with (its first class): the
#: boundaries are tried only there (:func:`~provenance.extractors.text.wordscan.opened_matches`)
_OPENERS = ".!?…\n)]"
#: the word before a full stop; not the "s" of a possessive ("at St Mary's."), no initial
_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’])([A-Za-z][A-Za-z.]*)\.$")
#: the characters of :data:`_WORD_BEFORE`'s word
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_NEXT_WORD = re.compile(r"[\"“‘'(\[]*([A-Za-z]+)")


def _word_before(head: str) -> str | None:
    """Group 1 of ``_WORD_BEFORE.search(head)``, or None.

    Before a closing full stop, the word is the run of letters and points when a letter
    opens it and no letter or apostrophe comes before it (found with ``str.rstrip``, in
    C); any other run, or text, goes to the pattern.
    """
    if head[-1:] == ".":
        stem = head[:-1]
        kept = stem.rstrip(_WORD_CHARS)
        word = stem[len(kept) :]
        if not word:
            return None  # "in 2019.": no letter before the stop
        if word[0] != "." and kept[-1:] not in ("'", "’"):
            return word
    m = _WORD_BEFORE.search(head)
    return None if m is None else m.group(1)


def _is_abbreviation(text: str, end: int, next_start: int) -> bool:
    """Whether the period before ``end`` belongs to an abbreviation, not a sentence end."""
    word = _word_before(text[max(0, end - 12) : end])
    if word is None:
        return False
    key = word.lower().rstrip(".")
    if "." in key or len(word) == 1:
        # dotted acronyms ("U.S.") and initials ("J. Smith"); only they read the next word
        nxt = _NEXT_WORD.match(text, next_start)
        next_word = nxt.group(1) if nxt else ""
        return next_word not in _STARTERS
    return key in _TITLES


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
    for m in opened_matches(_BOUNDARY, text, _OPENERS):
        kind = m.lastgroup or "ws"  # the one named group of the branch that matched
        if kind == "para":  # a paragraph break: it starts with the match
            end, nxt = m.start(), m.end()
        elif kind == "nl":  # a line after a bracket: it starts after the bracket
            end, nxt = m.span(kind)
        else:
            end = m.start(kind)
            nxt = m.end()
            if kind == "ws" and text[m.start()] == ".":
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
