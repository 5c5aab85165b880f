"""Non-restrictive relative clauses inside a claim: the reporter's background, not the source's.

"Lawmakers complained that Trump was tardy in enforcing the law, which required the list
by Oct. 1": the relative after the comma glosses "the law" for the reader; the lawmakers
complained of the tardiness, and the deadline is the reporter's fact. So is "the sale of
Uranium One - which owned 20 percent of U.S. uranium supplies - by the committee". A
figure in such a clause, when the clause opens inside the claim that holds the figure,
goes to the narrator. The relative words are the matching lexicon's
``relative_pronouns`` ("which"); the clause opens after a comma or a spaced dash and ends
at the next comma, colon, semicolon, sentence end, quotation mark, bracket or spaced dash.

Not "said the bridge which collapsed had 30 cars on it" (no comma: a restrictive relative
names which bridge, part of the claim), nor a relative before the claim opens ("Franks, who
has served since 2003, said that two ..."), nor a relative with a cue of its own (", which
officials say cost $5 million": its own claim is the innermost one).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from provenance.lexicon._files import language_key

if TYPE_CHECKING:
    from provenance.lexicon.cues import CueLexicon

__all__ = ["Asides", "aside_spans", "relative_asides"]

_WORD = re.compile(r"[A-Za-z]+")


@functools.cache
def _aside_re(key: str) -> re.Pattern[str] | None:
    from provenance.lexicon.matching import match_lexicon

    words = sorted(match_lexicon(key).relative_pronouns, key=len, reverse=True)
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words)
    # the opener, then the clause up to its first stop: a spaced dash stops it, a hyphen
    # not; a full stop before a capital or the end of the text, an abbreviation's not
    stop = r"[ \t][-–—][ \t]|\.(?:\s+[A-Z“\"]|\s*$)"
    return re.compile(rf"(?:,|[ \t][-–—])[ \t]+(?:{alternation})\b(?:(?!{stop})[^,;:!?“”\"()\n])*")


@functools.cache
def _relative_words(key: str) -> tuple[str, ...]:
    from provenance.lexicon.matching import match_lexicon

    return tuple(sorted(match_lexicon(key).relative_pronouns))


def _opener(body: str, word_at: int) -> int:
    """Where an aside whose relative word stands at ``word_at`` would open, or -1: the
    comma, or the blank before the dash, right before the blanks before the word."""
    j = word_at
    while j and body[j - 1] in " \t":
        j -= 1
    if j == word_at or not j:
        return -1
    if body[j - 1] == ",":
        return j - 1
    if j >= 2 and body[j - 1] in "-–—" and body[j - 2] in " \t":
        return j - 2
    return -1


def _openers(body: str, key: str) -> list[int]:
    """Where the pattern may match in ``body``, sorted: :func:`_opener` of every occurrence
    of a relative word (found with ``str.find``; the pattern is case-sensitive and the
    words are the lexicon's, so they are found as written). One word's occurrences come
    in order, and two give two openers (each ends at its own word)."""
    words = _relative_words(key)
    found: list[int] = []
    for word in words:
        at = body.find(word)
        while at >= 0:
            if (start := _opener(body, at)) >= 0:
                found.append(start)
            at = body.find(word, at + 1)
    return found if len(words) < 2 else sorted(set(found))


class Asides:
    """The relative asides of one body, matched only where a question needs them.

    Exact against the pattern run over the whole body (``finditer``): a match holds its
    opener, blanks and relative word in a row, so each match is the pattern matched at
    :func:`_opener` of one occurrence of a relative word, and there only (the word and the
    blanks before it fix the opener). Matches never overlap (a clause stops before a comma
    or a spaced dash, and every opener is one), so each opener is matched on its own, and
    an opener the pattern does not match at is no aside. A body without a relative word
    costs one ``find`` per word.
    """

    __slots__ = ("_body", "_key", "_lex", "_spans", "openers")

    def __init__(self, body: str, language: str | None = "en") -> None:
        self._body = body
        self._key = language_key(language)
        #: where an aside may open, sorted (empty: the body has none)
        self.openers = _openers(body, self._key) if _aside_re(self._key) else []
        #: the aside at each opener matched so far (None: no aside there)
        self._spans: dict[int, tuple[int, int] | None] = {}
        self._lex: CueLexicon | None = None

    def _at(self, start: int) -> tuple[int, int] | None:
        """The aside opening at ``start``: the pattern's match there, unless it holds a cue
        word (a verb, noun, adjective or adverb of the cue lexicon)."""
        if start in self._spans:
            return self._spans[start]
        pattern = _aside_re(self._key)
        m = None if pattern is None else pattern.match(self._body, start)
        span: tuple[int, int] | None = None
        if m is not None:
            if self._lex is None:
                from provenance.lexicon.cues import cue_lexicon

                self._lex = cue_lexicon(self._key)
            lex = self._lex
            if not any(lex.lemma_of(w) for w in _WORD.findall(self._body, m.start(), m.end())):
                span = m.span()
        self._spans[start] = span
        return span

    def spans(self) -> list[tuple[int, int]]:
        """Every aside of the body, in order (:func:`relative_asides`)."""
        return [span for start in self.openers if (span := self._at(start)) is not None]

    def glosses(self, from_: int, start: int, end: int) -> bool:
        """Whether an aside opening at or after ``from_`` and before ``start`` holds the span
        ``[start, end)``: only the openers there are matched."""
        openers = self.openers
        i = bisect.bisect_left(openers, from_)
        while i < len(openers) and openers[i] < start:
            span = self._at(openers[i])
            if span is not None and end <= span[1]:
                return True
            i += 1
        return False


def relative_asides(body: str, language: str | None = "en") -> list[tuple[int, int]]:
    """The ``(start, end)`` of every comma or dash relative clause of ``body``, from its
    opener to its first stop, that holds no cue word (a verb, noun, adjective or adverb
    of the cue lexicon: ", which officials say cost ..." is a claim of its own).

    Example:
        >>> body = "They said the law, which set Oct. 1 as the date, was not enforced."
        >>> [body[s:e] for s, e in relative_asides(body)]
        [', which set Oct. 1 as the date']
        >>> relative_asides("They said the law which set a date was ignored.")
        []
        >>> relative_asides("They said the bridge, which officials say cost $5 million, fell.")
        []
    """
    return Asides(body, language).spans()


def aside_spans(body: str, key: str) -> list[tuple[int, int]]:
    """Every match of the aside pattern in ``body``, cue words or not, from its openers
    (as ``finditer`` over the body gives them: see :class:`Asides`)."""
    pattern = _aside_re(key)
    if pattern is None:
        return []
    matches = (pattern.match(body, start) for start in _openers(body, key))
    return [m.span() for m in matches if m is not None]
