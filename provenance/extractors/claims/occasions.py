"""The occasion or the means of a report between its cue and its content: "said in an
interview the plan would fail", "told AFP by phone that ...", "told Reuters in a statement
the talks had failed".

The phrase belongs with the cue, not the content, and its addressee is no source: the
content opens after it (and after a "that"), as it does with no phrase. Occasions are the
cue lexicon's ``occasion_prepositions``, ``occasion_determiners`` and ``occasion_nouns``
("in a statement", "during an interview"), with an optional ``occasion_partners`` word, a
``definite_articles`` word and a name after them ("in an interview with CNN"); means are
its ``contact_modes`` ("by phone").
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.text.wordlists import ordered_alternation
from provenance.lexicon.cues import cue_lexicon

__all__ = ["occasion_openers", "occasion_pattern", "past_occasion"]


@functools.cache
def occasion_pattern(language: str = "en") -> str:
    """The alternation of an occasion or a means, without leading space ("" if none)."""
    lex = cue_lexicon(language)
    parts = []
    if lex.occasion_prepositions and lex.occasion_determiners and lex.occasion_nouns:
        # whom it was held with: "in an interview with (the) CNN"
        partner = ""
        if lex.occasion_partners:
            article = (
                rf"(?:(?:{ordered_alternation(lex.definite_articles)})\s+)?"
                if lex.definite_articles
                else ""
            )
            partner = (
                rf"(?:\s+(?:{ordered_alternation(lex.occasion_partners)})\s+{article}"
                r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
            )
        parts.append(
            rf"(?:{ordered_alternation(lex.occasion_prepositions)})\s+"
            rf"(?:{ordered_alternation(lex.occasion_determiners)})\s+"
            rf"(?:{ordered_alternation(lex.occasion_nouns)})\b{partner}"
        )
    if lex.contact_modes:
        parts.append(rf"(?:{ordered_alternation(lex.contact_modes)})\b")
    return "|".join(parts)


@functools.cache
def occasion_openers(language: str = "en") -> tuple[str, ...]:
    """The first words of an occasion or a means, after one space or none (" in ", "by "):
    a text that opens with none of them at a position holds no occasion there (one C test;
    a told addressee's pattern takes the space after it, a cue's end none)."""
    lex = cue_lexicon(language)
    firsts = {*lex.occasion_prepositions, *(m.split()[0] for m in lex.contact_modes if m)}
    return tuple(f"{lead}{w} " for w in sorted(firsts) for lead in (" ", ""))


@functools.cache
def _occasion(language: str) -> re.Pattern[str] | None:
    words = occasion_pattern(language)
    if not words:
        return None
    lex = cue_lexicon(language)
    days = ordered_alternation(w for w in lex.noun_adjuncts if " " not in w)
    parts = ordered_alternation(lex.adjunct_day_parts) if lex.adjunct_day_parts else "(?!)"
    openers = ordered_alternation(lex.addressee_end_openers)
    # maybe a day after it ("in a statement Thursday night"); then a clause of two words or
    # more, or a quotation, must follow: not "said in a statement.", not a comma (", saying
    # ..." is a report of its own), not a preposition or a participle going on with the
    # occasion ("in an interview on MSNBC", "in an interview published on Monday")
    return re.compile(
        rf"[^\S\n]*(?:{words})(?:[^\S\n]+(?:{days})(?:[^\S\n]+(?:{parts}))?)?[^\S\n]+"
        rf"(?=[“\"‘]|(?!(?:{openers})\b)(?![a-z]+(?:ed|ing)\b)\w\S*\s+\S)"
    )


def past_occasion(text: str, pos: int, limit: int, language: str = "en") -> int:
    """Where the content after a cue (or a told addressee) ending at ``pos`` may open: past
    an occasion or a means of the report, else ``pos``.

    Example:
        >>> text = "Smith said in an interview the plan would fail."
        >>> text[past_occasion(text, 10, len(text)) :]
        'the plan would fail.'
        >>> text = "Smith told AFP by phone that the plan would fail."
        >>> text[past_occasion(text, 15, len(text)) :]
        'that the plan would fail.'
        >>> text = "Smith said in a statement."
        >>> past_occasion(text, 10, len(text))
        10
        >>> text = "Smith said in an interview on CNN that it would fail."
        >>> past_occasion(text, 10, len(text))
        10
    """
    if not text.startswith(occasion_openers(language), pos):
        return pos  # most cues: no occasion opens after them
    pattern = _occasion(language)
    if pattern is None:
        return pos
    m = pattern.match(text, pos, limit)
    return pos if m is None else m.end()
