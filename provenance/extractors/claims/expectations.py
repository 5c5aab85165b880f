"""Agentless passives of expectation: "The sale is expected to expand ...".

"Rivals are widely expected to quit the race", "a match which is expected to draw a
large audience": the text reports a forecast without naming who makes it. The claim
is the subject (or the relative pronoun standing for it) through the end of the
infinitive's clause, attributed (indirect) with no source; the passive is its cue.
The participles and auxiliaries are ``expectation_participles`` and
``expectation_auxiliaries`` in the cue lexicon.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator

from provenance.enums import ASSERTED as _ASSERTED
from provenance.enums import INDIRECT as _INDIRECT
from provenance.enums import NARRATOR as _NARRATOR
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken, clause_content, unit_of
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import cue_lexicon

__all__ = ["expectation_claims"]

#: what opens the subject inside a unit: quotation marks and spaces are skipped
_LEAD = " \t\n,\"“‘'"
_NONE = re.compile(r"(?!)")


@functools.cache
def _grammar(
    key: str,
) -> tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str], re.Pattern[str]]:
    """The participles, the passive's pattern, the relative pronoun before it and the
    clause openers (``subject_boundaries`` and ";") a subject follows.
    """
    lex = cue_lexicon(key)
    if not lex.expectation_participles or not lex.expectation_auxiliaries:
        return (), None, _NONE, _NONE
    negations = [n for n in lex.negations if n.isalpha()]
    words = [w for w in lex.expectation_auxiliaries if w[:1].isalpha()]
    clitics = [w for w in lex.expectation_auxiliaries if not w[:1].isalpha()]
    # a word auxiliary stands alone ("is"); a clitic leans on its subject ("She’s")
    aux = rf"(?<![\w’'])(?:{alternation(words)})"
    if clitics:
        aux += rf"|(?<=\w)(?:{alternation(clitics)})"
    # "was expected to the day": a determiner after "to" makes it a preposition
    determiners = alternation(sorted(lex.subject_determiners))
    passive = re.compile(
        rf"(?:{aux})\s+"
        # "is widely expected", "was originally expected", "is not expected"
        rf"(?:[a-z]+ly\s+)?(?:(?:{alternation(negations)})\s+)?"
        rf"(?P<cue>{alternation(lex.expectation_participles)})\s+"
        rf"(?:{alternation(lex.infinitive_markers)})\s+(?!(?:{determiners})\b)(?=[a-z])"
    )
    relative = re.compile(rf"\b(?:{alternation(sorted(lex.relative_pronouns))})\s+$")
    openers = sorted(lex.subject_boundaries)
    opener = re.compile(rf"(?i:\b(?:{alternation(openers)})\b)|;")
    return lex.expectation_participles, passive, relative, opener


@functools.cache
def _prefix(key: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The characters a passive's words before its participle are made of (besides
    whitespace), and those its auxiliary opens with; ``None`` when a participle is no
    plain word (then :func:`_passives` lets ``finditer`` scan).

    Before the participle the pattern holds only an auxiliary, an adverb in lower-case
    ASCII letters ("widely") and a negation, with whitespace between.
    """
    lex = cue_lexicon(key)
    if not all(p.isalpha() for p in lex.expectation_participles):
        return None
    negations = [n for n in lex.negations if n.isalpha()]
    chars = frozenset("".join((*lex.expectation_auxiliaries, *negations, string.ascii_lowercase)))
    return chars, frozenset(w[:1] for w in lex.expectation_auxiliaries if w)


def _passives(text: str, key: str, passive: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``passive.finditer(text)``, tried only just before a participle.

    Every match holds a participle (found with ``str.find``) and, before it, only the
    characters of :func:`_prefix` and whitespace: a match cannot start before the run of
    those characters that ends at the participle, and it opens with an auxiliary's first
    character. So the pattern, which opens with a lookbehind and an alternation and
    would be tried at every position of the text, is tried at a few positions a
    participle.
    """
    prefix = _prefix(key)
    if prefix is None:
        yield from passive.finditer(text)
        return
    chars, firsts = prefix
    starts: set[int] = set()
    for p in cue_lexicon(key).expectation_participles:
        at = text.find(p)
        while at >= 0:
            starts.add(at)
            at = text.find(p, at + 1)
    done = 0  # no match starts before ``done`` that was not given already
    for at in sorted(starts):
        if at < done:
            continue
        lo = at
        while lo > done and (text[lo - 1] in chars or text[lo - 1].isspace()):
            lo -= 1
        done = at
        for s in range(lo, at):
            if text[s] in firsts and (m := passive.match(text, s)) is not None:
                yield m
                done = m.end()
                break


def expectation_claims(
    text: str,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    *,
    language: str | None = "en",
) -> list[Draft]:
    """The sourceless claims of the passives of expectation of ``text``.

    ``drafts`` (every claim found so far) are read, never changed: a passive inside
    a cue they used gives nothing.

    Example:
        >>> text = "Talks broke down. The sale is expected to close in May."
        >>> [text[d.start : d.end] for d in expectation_claims(text, [(0, 17), (18, 55)], [])]
        ['The sale is expected to close in May']
    """
    key = language_key(language)
    participles, passive, relative, opener = _grammar(key)
    if passive is None or not any(p in text for p in participles):
        return []
    taken = Taken(drafts)
    # contents of the claims found so far: a passive inside one is part of what its
    # source says ("BA warned that yields were expected to decline"), no claim of its own
    contents = [(d.start, d.end) for d in drafts if d.attribution is not _NARRATOR]
    out: list[Draft] = []
    for m in _passives(text, key, passive):
        a, b = unit_of(units, m.start())
        if a == b or taken.overlaps(m.start(), m.end()):
            continue
        if any(s <= m.start() and m.end() <= e for s, e in contents):
            continue
        rel = relative.search(text, max(a, m.start() - 12), m.start())
        start = rel.start() if rel is not None else _subject_start(text, a, m.start(), opener)
        while start < m.start() and text[start] in _LEAD:
            start += 1
        if start >= m.start():
            continue  # no subject before the passive
        # the infinitive's clause ends at a comma, a dash or a stop ("..., giving"); a
        # parenthesis inside it does not end it ("research and development (R&D) spending")
        end = clause_content(text, m.end(), b)[1]
        while (opening := text.find("(", end, end + 2)) >= 0 and (
            close := text.find(")", opening, b)
        ) > opening:
            end = clause_content(text, close + 1, b)[1]
        if end <= m.end():
            continue
        d = Draft(start, end, _INDIRECT, _ASSERTED)
        d.cue, d.cue_start, d.cue_end = text[m.start() : m.end()].strip(), m.start(), m.end()
        taken.add(m.start(), m.end())
        out.append(d)
    return out


def _subject_start(text: str, a: int, at: int, opener: re.Pattern[str]) -> int:
    """Where the passive's subject starts: after the last clause opener with no comma
    between it and the passive ("..., and [Trump is expected to]", "While [the topic is
    not expected to]"), else at the unit's start ("In the coming weeks, [rivals ...]"
    keeps its fronted adjunct, and so does "The bank, which ..., [is expected to]").
    """
    start = a
    for om in opener.finditer(text, a, at):
        if "," not in text[om.end() : at]:
            start = om.end()
    return start
