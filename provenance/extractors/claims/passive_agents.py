"""Passives with their agent: "he was accused by several women of [assault]".

The cue lexicon's ``after`` phrases ("was accused of", "has been accused of") give
the content right after them; wire copy often puts the accuser between the
participle and its preposition. The pattern is built from those phrases alone:
their auxiliaries ("was", "has been"), their participle ("accused") and their
last word ("of"), so a new phrase in the lexicon is read here too.

A question put by an agent is read the same way: "When asked by a reporter [whether X]"
(``question_participles``, ``question_openers``).
"""

from __future__ import annotations

import functools
import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken, clause_content, unit_of
from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.text.wordlists import alternation
from provenance.extractors.text.wordscan import anchored_matches, folds_apart, may_hold_any
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import CueLexicon, CuePhrase, Frame, cue_lexicon

__all__ = ["agent_passive_claims", "fronted_question_claims", "question_claims"]


def agent_passive_claims(
    text: str,
    units: list[tuple[int, int]],
    taken: Taken,
    language: str | None = "en",
    *,
    low: str | None = None,
) -> list[Draft]:
    """Claims of passive charge phrases with a "by" agent between participle and preposition.

    The agent is the claim's source; the content runs from after the preposition
    to the clause end; the claim keeps the phrase's status (and its flag, read
    by the rules from the participle in the cue).

    Example:
        >>> text = "He was accused by several women of assault in the 1980s."
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end], d.cue)
        ...  for d in agent_passive_claims(text, [(0, len(text))], Taken([]))]
        [('assault in the 1980s', 'several women', 'was accused by several women of')]
    """
    found = _pattern(language_key(language))
    if found is None:
        return []
    pattern, phrases = found
    out: list[Draft] = []
    if low is None:
        low = text.lower()  # once: the guard reads it
    # every match holds a participle, whitespace and "by" ("accused by"): few texts. No
    # test of the participles alone first: "about" is one, in most texts, so that test
    # passed and this one ran anyway
    if not _by_phrase(text, tuple(phrases), low):
        return out
    for m in pattern.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        _, b = unit_of(units, m.start())
        cs, ce = clause_content(text, m.end(), b)
        if ce - cs < 3:
            continue
        phrase = phrases[m.group("verb").lower()]
        d = Draft(cs, ce, Attribution.INDIRECT, phrase.status)
        d.source_start, d.source_end = m.span("by")
        d.cue, d.cue_start, d.cue_end = text[m.start() : m.end()].strip(), m.start(), m.end()
        taken.add(m.start(), m.end())
        out.append(d)
    return out


@functools.cache
def _pattern(key: str) -> tuple[re.Pattern[str], dict[str, CuePhrase]] | None:
    """The agent pattern of a language's ``after`` phrases, with each participle's phrase."""
    lex: CueLexicon = cue_lexicon(key)
    auxes: set[str] = set()
    phrases: dict[str, CuePhrase] = {}
    preps: set[str] = set()
    for p in lex.phrases:
        if p.frame is not Frame.AFTER:
            continue
        for form in p.forms:
            words = form.split()
            if len(words) < 3:
                continue
            auxes.add(" ".join(words[:-2]))
            phrases[words[-2].lower()] = p
            preps.add(words[-1])
    if not phrases:
        return None

    def alt(ws: set[str] | dict[str, CuePhrase]) -> str:
        return alternation(ws)

    pattern = re.compile(
        rf"\b(?:{alt(auxes)})\s+(?P<verb>{alt(phrases)})\s+by\s+"
        # the agent may hold initials ("U.S. regulators"), never a sentence stop
        r"(?P<by>[^\s,.;:“”\"()](?:[^,.;:“”\"()]|(?-i:(?<=[A-Z])\.)){1,80}?)"
        rf"\s+(?:{alt(preps)})\s+",
        re.IGNORECASE,
    )
    return pattern, phrases


def question_claims(
    text: str,
    units: list[tuple[int, int]],
    taken: Taken,
    language: str | None = "en",
    *,
    low: str | None = None,
) -> list[Draft]:
    """Questions put by a "by" agent: the agent is the source, the question the content.

    The content runs from the question's opener ("whether", "if", "about", "to") to the
    clause end; a question with no agent ("When asked whether ...") has no source and is
    left to the narrator.

    Example:
        >>> text = "When asked by a reporter whether he would run, Trump smiled."
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end], d.cue)
        ...  for d in question_claims(text, [(0, len(text))], Taken([]))]
        [('whether he would run', 'a reporter', 'asked by a reporter')]
    """
    key = language_key(language)
    pattern = _question_pattern(key)
    out: list[Draft] = []
    if pattern is None:
        return out
    participles = cue_lexicon(key).question_participles
    if low is None:
        low = text.lower()  # once: the two guards read it
    if not may_hold_any(text, participles, low=low):
        return out  # every match holds a participle ("asked"): most texts hold none
    if not _by_phrase(text, participles, low):
        return out  # nor "asked by": fewer still
    for m in pattern.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        _, b = unit_of(units, m.start())
        cs, ce = clause_content(text, m.start("q"), b)
        if ce - cs < 6:
            continue
        d = Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.ASSERTED)
        d.source_start, d.source_end = m.span("by")
        d.cue, d.cue_start, d.cue_end = text[m.start() : m.end("by")], m.start(), m.end("by")
        taken.add(m.start(), m.end("by"))
        out.append(d)
    return out


def _by_phrase(text: str, participles: tuple[str, ...], low: str) -> bool:
    """False only when ``text`` holds no participle, whitespace, "by" and whitespace
    ("accused by "), case aside: what each "by" pattern's matches hold.

    Read in ``low`` (``text.lower()``) at each "by" (a few a text): the whitespace before
    it, then the participle ending there (``endswith``). A text that
    ``re.IGNORECASE`` and ``str.lower`` fold apart (:func:`folds_apart`), or a participle
    that is not lower-case ASCII letters, gives True (the patterns decide).

    Example:
        >>> text = "He was ACCUSED  BY them."
        >>> _by_phrase(text, ("accused",), text.lower())
        True
        >>> text = "He was accused of it by them."
        >>> _by_phrase(text, ("accused",), text.lower())
        False
    """
    if folds_apart(text) or not _plain(participles):
        return True
    i = low.find("by")
    while i >= 0:
        j = i
        while j > 0 and low[j - 1].isspace():
            j -= 1
        if j < i and low[i + 2 : i + 3].isspace() and low.endswith(participles, 0, j):
            return True
        i = low.find("by", i + 1)
    return False


@functools.cache
def _plain(participles: tuple[str, ...]) -> bool:
    """Whether every participle is lower-case ASCII letters (what ``str.lower`` keeps)."""
    return all(p.isascii() and p.isalpha() and p.islower() for p in participles)


@functools.cache
def _question_pattern(key: str) -> re.Pattern[str] | None:
    """ "asked by AGENT whether": a question participle, its agent and the question's opener."""
    lex: CueLexicon = cue_lexicon(key)
    if not lex.question_participles or not lex.question_openers:
        return None
    verbs = alternation(lex.question_participles)
    openers = alternation(lex.question_openers)
    return re.compile(
        rf"\b(?i:{verbs})\s+by\s+"
        r"(?P<by>[^\s,.;:“”\"()](?:[^,.;:“”\"()]|(?<=[A-Z])\.){1,80}?)"
        rf"(?:\s+(?:on|last|this)\s+\w+)?\s+(?P<q>(?:{openers})\b)"
    )


#: a quotation closing on a comma inside a question ("whether she “has the integrity,” 75
#: percent said"): the question ends with the quotation
_QUOTE_COMMA = re.compile(r",[”\"’]\s")
#: how far the main clause's cue may lie from a fronted question ("Asked why, [Trump]
#: said"), and a trailing one from its clause's cue ("Ryan said when asked")
_MAIN_REACH = 120
_LEAD_REACH = 40


def fronted_question_claims(
    text: str,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    taken: Taken,
    language: str | None = "en",
    *,
    low: str | None = None,
) -> list[Draft]:
    """Questions put to a clause's subject with no agent: "Asked whether [X], Trump said".

    The question is the content (from its opener to the clause end); its source is
    the one asked: the subject of the main clause's cue right after it ("When asked
    about [X], Cruz said"), or of the cue just before it ("Ryan said when asked [if X]"),
    or the subject of a passive ("Clinton was asked [about X]"). A participle with
    neither (an active "The group asked whether ...", left to the ask cue) gives none.

    Example:
        >>> text = "Asked whether he would run, Trump said no."
        >>> said = Draft(38, 40, Attribution.INDIRECT, ClaimStatus.ASSERTED, 28, 33, 34, 38)
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end])
        ...  for d in fronted_question_claims(text, [(0, len(text))], [said], Taken([said]))]
        [('whether he would run', 'Trump')]
    """
    key = language_key(language)
    lex = cue_lexicon(key)
    if low is None:
        low = text.lower()  # once: the guard and the anchors read it
    if not may_hold_any(text, lex.question_participles, low=low):
        return []
    pattern = _fronted_pattern(key)
    if pattern is None:
        return []
    cued = sorted(
        (d for d in drafts if d.cue_start is not None and d.source_start is not None),
        key=lambda d: d.cue_start or 0,
    )
    out: list[Draft] = []
    # every match starts at a participle or at the one word before it ("When asked")
    for m in anchored_matches(pattern, text, lex.question_participles, word_before=True, low=low):
        ps, pe = m.span("p")
        if taken.overlaps(ps, pe):
            continue
        a, b = unit_of(units, ps)
        cs, ce = clause_content(text, m.start("q"), b)
        if (cut := _QUOTE_COMMA.search(text, cs, ce + 1)) is not None:
            ce = cut.start() + 2
        for d in cued:  # "when asked about the risk he replied": the question ends at "he"
            if d.source_start is not None and cs < d.source_start < ce:
                ce = d.source_start
                while ce > cs and text[ce - 1] in " \t,":
                    ce -= 1
                break
        if ce - cs < 6:
            continue
        source = _asked_one(text, m, a, ce, cued, lex)
        if source is None:
            continue
        d = Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.ASSERTED)
        d.source_start, d.source_end = source
        cue_start = m.start("aux") if m.group("aux") else ps
        d.cue, d.cue_start, d.cue_end = text[cue_start:pe], cue_start, pe
        taken.add(cue_start, pe)
        out.append(d)
    return out


def _asked_one(
    text: str, m: re.Match[str], floor: int, end: int, cued: list[Draft], lex: CueLexicon
) -> tuple[int, int] | None:
    """Who was asked the question ``m`` opens (see :func:`fronted_question_claims`)."""
    if m.group("aux"):
        return find_subject(text, floor, m.start("aux"))
    lead = m.group("sub") is not None
    if not lead:  # the participle itself opens its clause: "Asked about X," ", asked about"
        before = text[floor : m.start("p")].rstrip()
        if before and before[-1] not in ',“"‘' and not before.endswith(lex.intro_conjunctions):
            return None
    for d in cued:  # the main clause's cue after the question
        if d.cue_start is not None and end <= d.cue_start <= end + _MAIN_REACH:
            if d.source_start is not None and d.source_end is not None and d.source_start >= end:
                return d.source_start, d.source_end
            break
    for d in reversed(cued):  # the cue before a trailing one: "Ryan said when asked"
        if d.cue_end is not None and d.cue_end <= m.start():
            if m.start() - d.cue_end <= _LEAD_REACH and d.source_start is not None:
                assert d.source_end is not None
                return d.source_start, d.source_end
            break
    return None


@functools.cache
def _fronted_pattern(key: str) -> re.Pattern[str] | None:
    """A question participle, maybe after a subordinator or a passive auxiliary, a few
    words of adjunct ("on Monday", "at a briefing") and the question's opener."""
    lex: CueLexicon = cue_lexicon(key)
    if not lex.question_participles or not lex.question_openers:
        return None
    openers = alternation(lex.question_openers)
    subs = alternation(lex.question_lead_subordinators)
    auxes = alternation(lex.passive_auxiliaries)
    return re.compile(
        rf"(?:\b(?P<sub>(?i:{subs}))\s+|\b(?P<aux>{auxes})\s+)?"
        rf"\b(?P<p>(?i:{alternation(lex.question_participles)}))"
        rf"(?:\s+(?!(?:{openers}|by)\b)[^\s,.;:“”\"()]+){{0,5}}?"
        rf"\s+(?P<q>(?:{openers})\b)"
    )
