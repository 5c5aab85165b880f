"""A content made evident by a document: "It is clear from the report that X".

An extraposed evaluation (``evident_copulas`` then ``evident_adjectives``: "it is clear",
"it was evident") whose "from" phrase names a document or a body of evidence (a noun of
``evidence_participle_heads`` or ``authored_documents``) reports the that-clause on that
document's authority: the document is the source, the clause the content. A "from"
phrase of time ("clear from the start that") names no document and gives nothing.
"""

from __future__ import annotations

import functools
import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken, clause_content, unit_of
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import cue_lexicon

__all__ = ["evident_from_claims"]

#: the fewest characters of a content
_SHORTEST = 6
#: how far before its adjective the frame's "it" and copula may open ("It has been
#: increasingly "), and how far after it the "from" phrase's "that" may stand
_LEAD = 40
_TAIL = 120


def evident_from_claims(
    text: str,
    units: list[tuple[int, int]],
    taken: Taken,
    language: str | None = "en",
    *,
    low: str | None = None,
) -> list[Draft]:
    """Claims of "It is clear from DOCUMENT that X": the document is the source.

    Example:
        >>> text = "It is clear from the audit that the agency knew."
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end], d.cue)
        ...  for d in evident_from_claims(text, [(0, len(text))], Taken([]))]
        [('the agency knew', 'the audit', 'clear from')]
        >>> text = "It was clear from the start that the agency knew."
        >>> evident_from_claims(text, [(0, len(text))], Taken([]))
        []
    """
    key = language_key(language)
    adjectives = _adjectives(key)
    if not adjectives:
        return []
    if low is None:
        low = text.lower()
    out: list[Draft] = []
    # each " from " after an adjective of the list: plain searches (a pattern over the whole
    # text costs twice as much)
    pos = low.find(" from ")
    while pos >= 0:
        lead = low.rfind(" ", 0, pos) + 1
        if low[lead:pos] in adjectives:
            out.extend(_claim_at(text, lead, units, taken, key))
        pos = low.find(" from ", pos + 6)
    return out


def _claim_at(
    text: str, adj: int, units: list[tuple[int, int]], taken: Taken, key: str
) -> list[Draft]:
    """The claim of the evaluation whose adjective starts at ``adj``, if the frame holds."""
    m = _pattern(key).search(text, max(0, adj - _LEAD), adj + _TAIL)
    if m is None or m.start("cue") != adj:
        return []
    cs_, ce_ = m.span("cue")
    if taken.overlaps(cs_, ce_):
        return []
    _, b = unit_of(units, cs_)
    cs, ce = clause_content(text, m.end(), b)
    if ce - cs < _SHORTEST:
        return []
    d = Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.ASSERTED)
    d.source_start, d.source_end = m.span("src")
    d.cue, d.cue_start, d.cue_end = m.group("cue"), cs_, ce_
    taken.add(cs_, ce_)
    taken.add(d.source_start, d.source_end)  # the document noun is no cue of its own
    return [d]


@functools.cache
def _adjectives(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in cue_lexicon(key).evident_adjectives)


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    """ "it" and a copula, maybe an adverb, the adjective and "from", a noun phrase of at
    most seven words ending in a document noun, then "that"."""
    lex = cue_lexicon(key)
    heads = alternation(tuple(sorted({*lex.evidence_participle_heads, *lex.authored_documents})))
    copulas = alternation(tuple(lex.evident_copulas))
    return re.compile(
        rf"\b[Ii]t(?:['’]s|\s+(?:{copulas}))\s+(?:[a-z]+ly\s+)?"
        rf"(?P<cue>(?:{alternation(tuple(lex.evident_adjectives))})\s+from)\s+"
        rf"(?P<src>(?:[^\s,.;:“”\"()]+\s+){{0,6}}?(?i:{heads}))\s+that\s+"
    )
