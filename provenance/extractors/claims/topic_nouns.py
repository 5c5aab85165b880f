"""Stance nouns whose content is their preposition's object: "his criticism of X".

"Trump's attacks on [Clinton]", "Republican calls for [a special prosecutor]",
"Obama expressed concerns about [the deal]": the noun (``topic_nouns`` in the cue
lexicon, with the prepositions each takes) reports a stance of its holder toward
the preposition's object. The holder is a possessor ("his", "Trump's"), a
capitalized adjective ("Republican calls") or the subject of a light verb
(``topic_light_verbs``: "expressed", "raised"). A noun no source holds ("the attack
on the embassy", "support for the bill grew") gives no claim: nothing is
attributed to anyone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.constructions import noun_phrase_end
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken, clause_content, unit_of
from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import CueLexicon, CueNoun, cue_lexicon

__all__ = ["TopicGrammar", "topic_claims", "topic_grammar"]

#: a possessive pronoun or a possessed name, then at most two modifiers, right before the noun
_HOLDER = re.compile(
    r"(?:(?<![\w’'])(?P<pron>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)"
    r"|(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?)"
    r"\s+(?:[a-z][\w-]*\s+){0,2}$"
)
#: a capitalized adjective right before the noun, inside a sentence ("renewed Republican calls")
_ADJECTIVAL = re.compile(r"(?<=[a-z,] )(?P<src>[A-Z][a-z]+)\s+$")
_LETTER = re.compile(r"[A-Za-z“\"‘']")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class TopicGrammar:
    """The compiled topic-noun patterns of one language."""

    lexicon: CueLexicon
    #: the noun and the preposition it takes, matched where the noun starts
    noun_re: re.Pattern[str]
    nouns: dict[str, CueNoun]
    #: a light verb and up to two modifiers ending right before the noun
    light_re: re.Pattern[str] | None
    #: first word of every noun form, as written and capitalized
    anchors: frozenset[str]


def topic_grammar(language: str | None = "en") -> TopicGrammar:
    """The compiled topic-noun patterns of a language (cached per language).

    Example:
        >>> g = topic_grammar("en")
        >>> g.noun_re.match("criticism of the plan").group("prep")
        'of'
    """
    return _topic_grammar(language_key(language))


@functools.cache
def _topic_grammar(key: str) -> TopicGrammar:
    lex = cue_lexicon(key)
    nouns = {f.lower(): n for n in lex.topic_nouns for f in n.forms}
    preps = sorted({p for n in lex.topic_nouns for p in n.follows})
    noun_re = re.compile(
        rf"(?i:(?P<noun>{alternation(list(nouns))}))\s+(?P<prep>{alternation(preps)})\s+"
        if nouns
        else r"(?!)"
    )
    light_re = None
    if lex.topic_light_verbs:
        light_re = re.compile(
            rf"\b(?P<verb>{alternation(lex.topic_light_verbs)})\s+(?:[a-z][\w-]*\s+){{0,2}}$"
        )
    anchors = {w for f in nouns for w in (f, f[:1].upper() + f[1:])}
    return TopicGrammar(lex, noun_re, nouns, light_re, frozenset(anchors))


def topic_claims(
    text: str,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    words: list[tuple[int, str]],
    *,
    language: str | None = "en",
) -> list[Draft]:
    """The claims of the stance nouns of ``text`` that a source holds.

    ``drafts`` (every claim found so far) are read, never changed: a noun inside a
    cue they used gives nothing. ``words`` is a word scan holding at least
    :attr:`TopicGrammar.anchors`.

    Example:
        >>> text = "Mr. Trump stepped up his attacks on Mrs. Clinton."
        >>> words = [(text.index("attacks"), "attacks")]
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end])
        ...  for d in topic_claims(text, [(0, len(text))], [], words)]
        [('Mrs. Clinton', 'his')]
    """
    g = topic_grammar(language)
    taken = Taken(drafts)
    out: list[Draft] = []
    for pos, word in words:
        if word not in g.anchors:
            continue
        m = g.noun_re.match(text, pos)
        if m is None or taken.overlaps(*m.span("noun")):
            continue
        noun = g.nouns[m.group("noun").lower()]
        if m.group("prep").lower() not in noun.follows:
            continue
        a, b = unit_of(units, pos)
        source = _holder(text, a, pos, g)
        if source is None:
            continue
        cs, ce = clause_content(text, m.end(), b)
        ce = _object_end(text, cs, noun_phrase_end(text, cs, ce, g.lexicon), g.lexicon)
        if ce - cs < 2 or not _LETTER.match(text, cs):
            continue
        d = Draft(cs, ce, Attribution.INDIRECT, noun.status or ClaimStatus.ASSERTED)
        d.source_start, d.source_end = source
        d.cue, d.cue_start, d.cue_end = text[pos : m.end("prep")], pos, m.end("prep")
        taken.add(pos, m.end("prep"))
        out.append(d)
    return out


def _object_end(text: str, cs: int, ce: int, lex: CueLexicon) -> int:
    """Where the preposition's object ends: before one of ``topic_content_ends``."""
    for w in _WORD.finditer(text, cs, ce):
        if w.start() > cs and w.group() in lex.topic_content_ends:
            return len(text[: w.start()].rstrip(" \t,"))
    return ce


def _holder(text: str, floor: int, pos: int, g: TopicGrammar) -> tuple[int, int] | None:
    """The source span holding the noun at ``pos``: possessor, adjective or light-verb subject."""
    lo = max(floor, pos - 80)
    hm = _HOLDER.search(text, lo, pos)
    if hm is not None:
        return hm.span("pron") if hm.group("pron") else hm.span("name")
    if g.light_re is not None and (lm := g.light_re.search(text, lo, pos)):
        return find_subject(text, floor, lm.start())
    am = _ADJECTIVAL.search(text, lo, pos)
    return am.span("src") if am is not None else None
