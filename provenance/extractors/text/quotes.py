"""Quotation marks: where quotations are, and the ``''quote''`` convention.

News copy mixes curly quotes, straight quotes and (in NYT archives) doubled
apostrophes. :func:`quote_spans` finds quotations in one pass over the quote
characters; an unclosed quotation ends with its paragraph.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["QuoteIndex", "quote_spans", "straighten_quotes"]

#: A quotation mark, or a paragraph break ("\n", blank space, "\n"). Written to open
#: with one character class (the same matches as ``[“”"]|\n[ \t]*\n``) so the regex
#: engine can skip ahead to the next candidate instead of trying every position.
_MARKS = re.compile(r"[“”\"\n](?:(?<=\n)[ \t]*\n|(?<!\n))")


def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quotations (marks included); an unclosed quote ends with its paragraph.

    Computed once per text by the caller and passed on (a tuple, so nobody can
    change it): the unit splitter and the attribution step share it.

    Example:
        >>> quote_spans('He said “yes” and "no".')
        ((8, 13), (18, 22))
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _MARKS.finditer(text):
        ch = m.group()
        i = m.start()
        if ch[0] == "\n":
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
        elif open_at is None:
            if ch != "”":
                open_at = i
        elif ch in '”"':  # a straight quote also closes a curly one (mixed styles)
            spans.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return tuple(spans)


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
