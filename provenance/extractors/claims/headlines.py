"""A headline line before the body: "Kremlin denies hackers stole the files" and a line break.

A text may open with its headline on a line of its own, with no final stop and a single
line break before the body ("Minister claims economy is growing\\nThe minister said on
Monday ..."). The sentence splitter reads a single line break as a space (hard-wrapped
copy breaks lines inside sentences), so the headline and the body's first sentence make
one unit, and a headline cue's content runs on into the body. The first line is a unit
of its own when it has no closing punctuation and the next line opens with a dateline or
with a capitalised function word ("The", "He", "In"): a wrapped sentence goes on in
lower case or with a name ("... President\\nSmith said"), never with a capitalised "The".
"""

from __future__ import annotations

import functools
import re

from provenance.lexicon.cues import cue_lexicon

__all__ = ["split_headline"]

#: most words of a headline line
_HEADLINE_WORDS = 20
#: characters that close a sentence or a clause at a line's end: no headline
_CLOSED = ".!?:;,\"”’'…-–—"
_FIRST_WORD = re.compile(r"[“\"‘']?([A-Z][a-z]*)\b")


@functools.cache
def _openers(language: str) -> frozenset[str]:
    """Function words that open a sentence, capitalised: "The", "He", "In", "But"."""
    lex = cue_lexicon(language)
    words = (
        *lex.subject_determiners,
        *lex.subject_pronouns,
        *lex.noun_adjunct_prepositions,
        *lex.sentence_openers,
    )
    return frozenset(w[:1].upper() + w[1:].lower() for w in words)


def split_headline(
    text: str, units: tuple[tuple[int, int], ...], dateline: re.Pattern[str] | None = None
) -> tuple[tuple[int, int], ...]:
    """``units`` (sentences) with the text's first one cut after its first line when that
    is a headline; ``dateline`` matches a dateline opening the body ("MOSCOW (Reuters) - ").

    Example:
        >>> text = "Minister claims economy is growing\\nThe minister spoke on Monday."
        >>> [text[s:e] for s, e in split_headline(text, ((0, len(text)),))]
        ['Minister claims economy is growing', 'The minister spoke on Monday.']
        >>> text = "The minister said on Monday that President\\nSmith would resign."
        >>> [text[s:e] for s, e in split_headline(text, ((0, len(text)),))]
        ['The minister said on Monday that President\\nSmith would resign.']
    """
    if not units or "\n" not in text[units[0][0] : units[0][1]]:
        return units
    s, e = units[0]
    if text[:s].strip():
        return units  # the first unit does not open the text
    br = text.find("\n", s, e)
    line = text[s:br].rstrip()
    if not line or line[-1] in _CLOSED or len(line.split()) > _HEADLINE_WORDS:
        return units
    nxt = br + 1
    while nxt < e and text[nxt] in " \t":
        nxt += 1
    if text[nxt:e].startswith("\n"):
        return units  # a blank line: the splitter has cut there already
    first = _FIRST_WORD.match(text, nxt, e)
    opens = first is not None and first.group(1) in _openers("en")
    if not opens and not (dateline is not None and dateline.match(text, nxt, e)):
        return units
    return ((s, s + len(line)), (nxt, e), *units[1:])
