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

import functools
import re

from provenance.lexicon._files import language_key

__all__ = ["aside_spans", "relative_asides"]

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


def aside_spans(body: str, key: str) -> list[tuple[int, int]]:
    """Every match of the aside pattern in ``body``, as ``finditer`` over it gives them,
    found from the relative words' occurrences (``str.find``) instead of trying the
    pattern at every position.

    Exact: a match holds its opener, blanks and relative word in a row, so each match
    is the pattern matched at :func:`_opener` of one occurrence of a relative word, and
    there only (the word's letters and the blanks before it fix the opener). Matches never
    overlap (a clause stops before a comma or a spaced dash, and every opener is one), so
    skipping the openers inside the last match kept, as ``finditer`` does, skips none;
    the pattern is case-sensitive and the words are the lexicon's, found as written.
    A body without a relative word costs one ``find`` per word.
    """
    pattern = _aside_re(key)
    if pattern is None:
        return []
    openers: set[int] = set()
    for word in _relative_words(key):
        at = body.find(word)
        while at >= 0:
            if (start := _opener(body, at)) >= 0:
                openers.add(start)
            at = body.find(word, at + 1)
    out: list[tuple[int, int]] = []
    last = 0
    for start in sorted(openers):
        if start < last:
            continue
        m = pattern.match(body, start)
        if m is not None:
            out.append(m.span())
            last = m.end()
    return out


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
    key = language_key(language)
    spans = aside_spans(body, key)
    if not spans:
        return []
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(key)
    return [(s, e) for s, e in spans if not any(lex.lemma_of(w) for w in _WORD.findall(body, s, e))]
