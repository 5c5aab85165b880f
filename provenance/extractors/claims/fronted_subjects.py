"""Subjects a word or phrase fronted before them hides from the walk back from a cue.

Helpers of :mod:`provenance.extractors.claims.attribute`, each tried only when the
stricter finders found no subject, each returning the source span or ``None``:

* a fronted adjunct and its comma before a subject with a long postmodifier: "In the
  end, all the experts I interviewed said", "Still, while X, people who have battled
  online threats say" (:func:`fronted_long_subject`);
* a quantifier that is a whole subject after a fronted adjunct, which the cue pattern
  reads as its adverb: "In the end, all agreed that" (:func:`quantifier_subject`);
* subject-auxiliary inversion after a fronted negative: "Nor has he called for",
  "Never has the ministry said that" (:func:`inverted_subject`).

The words are the cue lexicon's (``fronted_adjunct_openers``, ``quantifier_subjects``,
``negative_inversion_leads`` with the subject grammar's lists); pure string work.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.extractors.claims.clause_subjects import long_subject
from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.text.wordlists import ordered_alternation
from provenance.lexicon.cues import cue_lexicon

__all__ = ["fronted_long_subject", "inverted_subject", "quantifier_subject"]

#: the most commas a fronted adjunct may hold before its subject
_MAX_COMMAS = 3
#: what no fronted adjunct holds: a semicolon, a colon, a question or exclamation mark, a
#: quotation mark (a period ends no unit's adjunct: "In Mrs. Smith's view")
_ADJUNCT_STOP = re.compile(r"[;:?!“”\"]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of a fronted adjunct, a fronted quantifier and a fronted negative."""

    adjunct_openers: frozenset[str]
    clause_leads: frozenset[str]
    quantifiers: frozenset[str]
    inversion: re.Pattern[str]
    #: the texts an inverted clause opens with (a lead, maybe after "and"/"but")
    inversion_starts: tuple[str, ...]


@functools.cache
def _words(language: str = "en") -> _Words:
    lex = cue_lexicon(language)
    openers = {
        *lex.fronted_adjunct_openers,
        *lex.loose_subject_prepositions,
        *(w.lower() for w in lex.subject_intro_openers),
        *(w.split()[0].lower() for w in lex.fronted_subordinators),
    }
    auxiliaries = sorted(lex.finite_auxiliaries - {"be", "been"})
    leads = sorted({f for w in lex.negative_inversion_leads for f in (w, w.capitalize())})
    joins = ("and", "but", "And", "But")
    inversion = re.compile(
        rf"(?:(?:{ordered_alternation(joins)})\s+)?(?P<lead>{ordered_alternation(leads)})\s+"
        rf"(?:{ordered_alternation(auxiliaries)})\s+(?P<np>[^\s,;:.?!“”\"][^,;:.?!“”\"]*?)\s*$"
    )
    starts = tuple(f"{j} {w} " for j in joins for w in leads) + tuple(f"{w} " for w in leads)
    return _Words(
        adjunct_openers=frozenset(openers),
        clause_leads=lex.clause_leads,
        quantifiers=lex.quantifier_subjects,
        inversion=inversion,
        inversion_starts=starts,
    )


def _opens_adjunct(text: str, start: int, comma: int, words: _Words) -> bool:
    """Whether ``text[start:comma]`` is a fronted adjunct: its first word (after a clause
    lead: "But in the end") a preposition, a subordinator or an adverb in "-ly", or a
    clause lead alone ("Still,"); no semicolon, colon or quotation mark inside (a period
    may end an abbreviation: "In Mrs. Smith's view").

    Example:
        >>> t = "To varying degrees, all agreed."
        >>> _opens_adjunct(t, 0, t.index(","), _words())
        True
        >>> t = "The ministers, all agreed."
        >>> _opens_adjunct(t, 0, t.index(","), _words())
        False
    """
    if _ADJUNCT_STOP.search(text, start, comma) is not None:
        return False
    led = False
    for token in _WORD.finditer(text, start, comma):
        low = token.group(0).lower()
        if low in words.clause_leads:
            led = True
            continue  # "But in the end,", "Still,"
        return low in words.adjunct_openers or (len(low) > 4 and low.endswith("ly"))
    return led


def fronted_long_subject(
    text: str, start: int, cue_start: int, language: str = "en"
) -> tuple[int, int] | None:
    """The head of a long subject after a fronted adjunct and its comma.

    :func:`~provenance.extractors.claims.clause_subjects.long_subject` reads a subject
    opening its clause, or after a short opener of the lexicon's list; here the clause
    opens with any adjunct led by a preposition, a subordinator or an adverb, its comma
    one of the next three, and the long subject after it.

    Example:
        >>> t = "In the end, all the experts I interviewed said the plan would work."
        >>> s, e = fronted_long_subject(t, 0, t.index("said"))
        >>> t[s:e]
        'all the experts'
        >>> t = "The ministers, who met all day, agreed the plan would work."
        >>> fronted_long_subject(t, 0, t.index("agreed")) is None
        True
    """
    words = _words(language)
    pos = start
    for _ in range(_MAX_COMMAS):
        comma = text.find(",", pos, cue_start)
        if comma < 0 or not _opens_adjunct(text, start, comma, words):
            return None
        found = long_subject(text, comma + 1, cue_start, language)
        if found is not None:
            return found
        pos = comma + 1
    return None


def quantifier_subject(
    text: str, floor: int, cue_start: int, aux: str, language: str = "en"
) -> tuple[int, int] | None:
    """A quantifier the cue pattern took as its adverb that is the clause's whole subject.

    "In the end, all agreed that X", "But both said X": the cue's auxiliary group opens
    with a quantifier of the lexicon (``quantifier_subjects``) and nothing before it in
    the clause can be a subject (the clause opens there, after a fronted adjunct's comma
    or a clause lead). "The ministers all agreed" keeps its own subject (the walk finds
    it first); "The ministers, all agreed" is an appositive, no adjunct.

    Example:
        >>> t = "In the end, all agreed that the plan would work."
        >>> s, e = quantifier_subject(t, 0, t.index("all"), "all ")
        >>> t[s:e]
        'all'
        >>> t = "The ministers, all agreed that the plan would work."
        >>> quantifier_subject(t, 0, t.index("all"), "all ") is None
        True
    """
    first = aux.split(None, 1)[0] if aux.strip() else ""
    words = _words(language)
    if first.lower() not in words.quantifiers:
        return None
    before = text[floor:cue_start].rstrip()
    if before:
        lead = _WORD.fullmatch(before.split()[-1])
        if lead is not None and lead.group(0).lower() in words.clause_leads:
            pass  # "But all said"
        elif not before.endswith(",") or not _opens_adjunct(
            text, floor, floor + len(before) - 1, words
        ):
            return None
    return cue_start, cue_start + len(first)


def inverted_subject(
    text: str, floor: int, cue_start: int, language: str = "en"
) -> tuple[int, int] | None:
    """The subject of a clause inverted after a fronted negative: "Nor has [he] called for
    X", "Never has [the ministry] said that X".

    The negative (``negative_inversion_leads``) opens the unit or follows its last comma
    (maybe after "and"/"but": ", and never has it said"), a finite auxiliary follows,
    then the subject, which must be a whole noun phrase or pronoun right before the cue.

    Example:
        >>> t = "Nor has he called for the minister to resign."
        >>> s, e = inverted_subject(t, 0, t.index("called"))
        >>> t[s:e]
        'he'
        >>> t = "Not only has he called for a vote."
        >>> inverted_subject(t, 0, t.index("called")) is None
        True
    """
    words = _words(language)
    comma = text.rfind(",", floor, cue_start)
    m = None
    # the clause opens at the unit's start or after its last comma: a prefix test there
    # first (most clauses open with no fronted negative), the pattern only after one
    for pos in (floor, comma + 2 if comma >= 0 else -1):
        if pos >= floor and text.startswith(words.inversion_starts, pos, cue_start):
            m = words.inversion.match(text, pos, cue_start)
            if m is not None:
                break
    if m is None:
        return None
    np_start = m.start("np")
    found = find_subject(text, np_start, cue_start)
    if found is None or found[0] != np_start:
        return None
    return found
