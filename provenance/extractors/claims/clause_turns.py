"""A "but" or "while" with no comma before it that goes on with a reported clause.

"He said the emails were not classified but would take longer to be released": the
verb phrase after "but" has no subject of its own, so it shares the reported clause's
("the emails") and is part of what was said. "They said they would register voters while
the caucus is under way": a "while" with no comma subordinates its clause to the
reported one. Either ends the content when a new report follows ("... but added that
...", "... while rebels said ..."), and "but" also when a subject opens its own clause
("... but he was intimidated"). The words are the cue lexicon's
``continuing_conjunctions`` and ``continuing_subordinators``; a subject opens with a
capital, a digit, or one of ``subject_pronouns``, ``subject_determiners``,
``clause_subjects`` and ``clause_subject_quantifiers``.
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.text.wordlists import ordered_alternation
from provenance.lexicon.cues import cue_lexicon

__all__ = ["continues_clause"]


@functools.cache
def _turn(language: str) -> re.Pattern[str] | None:
    """A continuing word right after a space (no comma), then the first word after it."""
    lex = cue_lexicon(language)
    words = (*lex.continuing_conjunctions, *lex.continuing_subordinators)
    if not words:
        return None
    return re.compile(
        rf"\s*(?P<turn>{ordered_alternation(words)})\s+[“\"‘]?(?P<next>[\w’']+)", re.IGNORECASE
    )


@functools.cache
def _subject_words(language: str) -> frozenset[str]:
    lex = cue_lexicon(language)
    return frozenset(
        w.lower()
        for w in (
            *lex.subject_pronouns,
            *lex.subject_determiners,
            *lex.clause_subjects,
            *lex.clause_subject_quantifiers,
        )
    )


def continues_clause(text: str, at: int, has_cue_after: bool, language: str = "en") -> bool:
    """Whether the break at ``at`` (the space before "but" or "while") goes on with the
    reported clause: no comma before it, no report after it (``has_cue_after``: a cue lies
    between it and the content's end) and, after a conjunction, no subject of its own.

    Example:
        >>> text = "the emails were not classified but would take longer"
        >>> continues_clause(text, text.index(" but"), False)
        True
        >>> text = "he left on good terms but he was intimidated"
        >>> continues_clause(text, text.index(" but"), False)
        False
        >>> text = "they would register voters while the caucus is under way"
        >>> continues_clause(text, text.index(" while"), False)
        True
        >>> continues_clause(text, text.index(" while"), True)
        False
    """
    if has_cue_after or text[at : at + 1] != " " or text[at - 1 : at] in ",;":
        return False
    pattern = _turn(language)
    m = None if pattern is None else pattern.match(text, at)
    if m is None:
        return False
    lex = cue_lexicon(language)
    if m.group("turn").lower() in lex.continuing_subordinators:
        return True
    nxt = m.group("next")
    return not (nxt[0].isupper() or nxt[0].isdigit() or nxt.lower() in _subject_words(language))
