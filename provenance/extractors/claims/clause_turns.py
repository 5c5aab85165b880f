"""A "but", "while" or "because" with no comma before it that goes on with a reported
clause, and an "as" before a capital that labels a cue's object rather than opening a
comment clause.

"He said the emails were not classified but would take longer to be released": the
verb phrase after "but" has no subject of its own, so it shares the reported clause's
("the emails") and is part of what was said. "They said they would register voters while
the caucus is under way": a "while" with no comma subordinates its clause to the
reported one. Either ends the content when a new report follows ("... but added that
...", "... while rebels said ..."), and "but" also when a subject opens its own clause
("... but he was intimidated"). A subordinator goes on with a cue's object as well
("criticized the judge because of his heritage"), a conjunction does not ("criticized the
budget but voted for it": the verb phrase is the cue's subject's). The words are the cue
lexicon's ``continuing_conjunctions`` and ``continuing_subordinators``; a subject opens
with a capital, a digit, or one of ``subject_pronouns``, ``subject_determiners``,
``clause_subjects`` and ``clause_subject_quantifiers``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from provenance.extractors.text.wordlists import ordered_alternation
from provenance.lexicon.cues import cue_lexicon

__all__ = ["continues_clause", "labels_object"]


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


def continues_clause(
    text: str, at: int, has_cue_after: bool, language: str = "en", *, clause: bool = True
) -> bool:
    """Whether the break at ``at`` (the space before "but", "while" or "because") goes on
    with the content: no comma before it, no report after it (``has_cue_after``: a cue lies
    between it and the content's end) and, after a conjunction, a reported clause
    (``clause``, not a cue's object) and no subject of its own.

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
        >>> text = "the budget but voted for it"
        >>> continues_clause(text, text.index(" but"), False, clause=False)
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
    if not clause:
        return False  # "criticized the budget but voted for it": the cue's subject's verb
    nxt = m.group("next")
    return not (nxt[0].isupper() or nxt[0].isdigit() or nxt.lower() in _subject_words(language))


#: the end of a clause after "as": punctuation or a line break
_CLAUSE_STOP = re.compile(r"[,.;:!?()\n]")


@functools.cache
def _label(language: str) -> re.Pattern[str] | None:
    """A comment clause's opener right after a space, then a capital."""
    openers = cue_lexicon(language).comment_clause_openers
    if not openers:
        return None
    return re.compile(rf"\s(?:{ordered_alternation(openers)})\s+(?=[A-Z])")


def labels_object(
    text: str, at: int, cue_after: Callable[[int, int], bool], language: str = "en"
) -> bool:
    """Whether the "as" at ``at`` (the space before it) with a capital after it labels the
    object before it ("portray herself as Mr. Obama's successor", "countries such as Syria",
    "his role as Judiciary Committee chairman") rather than opening a comment clause ("as
    Moscow denies", "as Smith put it"): no cue (``cue_after(lo, hi)``) lies in its clause.

    Example:
        >>> text = "to portray herself as Mr. Obama's successor."
        >>> labels_object(text, text.index(" as"), lambda lo, hi: False)
        True
        >>> text = "the strike, as Moscow denies."
        >>> labels_object(text, text.index(" as"), lambda lo, hi: True)
        False
    """
    pattern = _label(language)
    m = None if pattern is None else pattern.match(text, at)
    if m is None:
        return False
    stop = _CLAUSE_STOP.search(text, m.end())
    return not cue_after(m.end(), len(text) if stop is None else stop.start())
