"""Quotation marks: where quotations are, and the ``''quote''`` convention.

News copy mixes curly quotes, straight quotes and (in NYT archives) doubled
apostrophes. :func:`quote_spans` finds quotations in one pass over the quote
characters; an unclosed quotation ends with its paragraph.
"""

from __future__ import annotations

import bisect
import re

from provenance.extractors.text.wordscan import opened_matches

__all__ = [
    "QuoteIndex",
    "first_visible",
    "opens_paragraph",
    "quote_spans",
    "reopens",
    "straighten_quotes",
    "stray_close",
]

#: A quotation mark, or a paragraph break ("\n", blank space, "\n"). Written to open
#: with one character class (the same matches as ``[“”"]|\n[ \t]*\n``) so the regex
#: engine can skip ahead to the next candidate instead of trying every position.
_MARKS = re.compile(r"[“”\"\n](?:(?<=\n)[ \t]*\n|(?<!\n))")
#: the characters a match of :data:`_MARKS` opens with: it is tried only there
_MARK_OPENERS = '“”"\n'


def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quotations (marks included); an unclosed quote ends with its paragraph.

    A quotation of several paragraphs opens each of them with a mark and closes only
    on the last: a paragraph opening with the mark of an open quotation that opened
    its own paragraph continues it (a quotation opened after other words of its
    paragraph has its own cue there, and what follows resumes it as a new claim).
    Where the paragraph breaks were lost ("... Andre. "I didn't ...," he said.), a
    straight mark after a sentence's end inside an open quotation reopens it in the
    same way rather than closing it (a closing mark stands after the last word, not
    after a space).

    Computed once per text by the caller and passed on (a tuple, so nobody can
    change it): the unit splitter and the attribution step share it.

    Example:
        >>> quote_spans('He said “yes” and "no".')
        ((8, 13), (18, 22))
        >>> quote_spans('"We won. "We earned it," she said.')
        ((0, 24),)
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    skip = -1  # the mark reopening a quotation at the start of the next paragraph
    for m in opened_matches(_MARKS, text, _MARK_OPENERS):
        ch = m.group()
        i = m.start()
        if ch[0] == "\n":
            if open_at is not None:
                nxt = first_visible(text, m.end())
                if (
                    nxt < len(text)
                    and text[nxt] == text[open_at]
                    and opens_paragraph(text, open_at)
                ):
                    skip = nxt
                    continue
                spans.append((open_at, i))
                open_at = None
        elif i == skip:
            continue
        elif open_at is None:
            if ch != "”" and not (ch == '"' and stray_close(text, i)):
                open_at = i  # not 'will return." The': a closing mark with no opening one
        elif ch == '"' and reopens(text, i):
            continue
        elif ch in '”"':  # a straight quote also closes a curly one (mixed styles)
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return tuple(spans)


#: Marks that end a sentence (the set :mod:`~provenance.extractors.text.sentences` splits at).
_SENTENCE_ENDS = ".!?…"


def stray_close(text: str, pos: int) -> bool:
    """Whether the straight mark at ``pos`` stands as a closing one: after a word or a
    stop, before a space or the end ('return." The'); an opening one comes before its word.

    Example:
        >>> stray_close('will return." The case', 12), stray_close('said: "We', 6)
        (True, False)
    """
    if pos == 0 or text[pos - 1].isspace() or text[pos - 1] in "([{<—–-/":
        return False
    return pos + 1 >= len(text) or text[pos + 1].isspace()


def first_visible(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is not whitespace (``len(text)`` if none).

    Example:
        >>> first_visible("a \\n\\n  b", 1)
        6
    """
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return pos


def opens_paragraph(text: str, pos: int) -> bool:
    """Whether only whitespace stands between the paragraph's start and ``pos``.

    Example:
        >>> opens_paragraph("He said:\\n\\n  “No.”", 12), opens_paragraph("He said “No.”", 8)
        (True, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    return text[start:pos].isspace() or start == pos


def reopens(text: str, pos: int, ends: str = _SENTENCE_ENDS) -> bool:
    """Whether the mark at ``pos`` opens a new paragraph of an open quotation.

    It stands after a sentence's end and a space, and before a word: ``. "Next``.
    A closing mark stands right after the last word or punctuation (``end."``).

    Example:
        >>> reopens('"We won. "We earned it."', 9)
        True
        >>> reopens('"We won." Then', 8)
        False
    """
    if pos < 2 or pos + 1 >= len(text) or not text[pos - 1].isspace() or text[pos + 1].isspace():
        return False
    before = pos - 1
    while before > 0 and text[before].isspace():
        before -= 1
    return text[before] in ends


_DOUBLE_APOSTROPHE = re.compile(r"''")


def straighten_quotes(text: str) -> str:
    """Rewrite the ``''quote''`` convention to straight double quotes, same length.

    Example:
        >>> print(straighten_quotes("''Yes,'' he said."))
        "'Yes,'" he said.
    """

    def repl(m: re.Match[str]) -> str:
        i = m.start()
        opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "([—"
        return "\"'" if opening else "'\""

    return _DOUBLE_APOSTROPHE.sub(repl, text)


class QuoteIndex:
    """Fast questions about the quotations of one text (sorted spans, bisection)."""

    def __init__(self, spans: tuple[tuple[int, int], ...]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` lies strictly inside a quotation (not on its marks)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i][0] < pos < self.spans[i][1] - 1

    def last_within(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The last quotation lying entirely inside ``[lo, hi]``."""
        i = bisect.bisect_right(self.starts, hi) - 1
        while i >= 0 and self.spans[i][0] >= lo:
            if self.spans[i][1] <= hi:
                return self.spans[i]
            i -= 1
        return None

    def covering(self, pos: int) -> tuple[int, int] | None:
        """The quotation containing ``pos``, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i]
        return None
