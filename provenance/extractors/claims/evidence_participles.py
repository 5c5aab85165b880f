"""Evidence reported by a participle after it: "despite polls showing [her well behind]".

The participle (``evidence_participles``) follows an evidence noun
(``evidence_participle_heads``; no picture: "videos showing men waving flags" depicts)
within a few words, as a reduced relative; the noun is
the claim's source and the clause after the participle its content.
"""

from __future__ import annotations

import functools
import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken, clause_content, unit_of
from provenance.extractors.text.wordlists import alternation
from provenance.extractors.text.wordscan import anchored_matches, may_hold_any
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import cue_lexicon

__all__ = ["evidence_participle_claims"]

#: the fewest characters of a content
_SHORTEST = 6


def evidence_participle_claims(
    text: str,
    units: list[tuple[int, int]],
    taken: Taken,
    language: str | None = "en",
    *,
    low: str | None = None,
) -> list[Draft]:
    """Claims of an evidence noun's reporting participle ("polls showing X").

    Example:
        >>> text = "Despite polls showing her well behind, Clinton campaigned."
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end], d.cue)
        ...  for d in evidence_participle_claims(text, [(0, len(text))], Taken([]))]
        [('her well behind', 'polls', 'showing')]
        >>> evidence_participle_claims("She was showing signs of fatigue.", [(0, 33)], Taken([]))
        []
    """
    key = language_key(language)
    lex = cue_lexicon(key)
    if not lex.evidence_participles:
        return []
    if low is None:
        low = text.lower()  # once: the guard and the anchors read it
    if not may_hold_any(text, lex.evidence_participles, low=low):
        return []
    out: list[Draft] = []
    # every match starts at an evidence noun
    for m in anchored_matches(_pattern(key), text, lex.evidence_participle_heads, low=low):
        ps, pe = m.span("p")
        if taken.overlaps(ps, pe):
            continue
        _, b = unit_of(units, ps)
        cs, ce = clause_content(text, m.end(), b)
        if ce - cs < _SHORTEST:
            continue
        d = Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.ASSERTED)
        d.source_start, d.source_end = m.span("src")
        d.cue, d.cue_start, d.cue_end = m.group("p"), ps, pe
        taken.add(ps, pe)
        out.append(d)
    return out


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    """An evidence noun, up to three words ("came in", "out this week"), maybe an auxiliary
    ("are showing"), the participle and an optional complementizer."""
    lex = cue_lexicon(key)
    heads = lex.evidence_participle_heads
    parts = alternation(tuple(lex.evidence_participles))
    auxes = alternation(lex.passive_auxiliaries)
    return re.compile(
        rf"\b(?P<src>(?i:{alternation(heads)}))"
        rf"(?:\s+(?!(?:{parts})\b)[^\s,.;:“”\"()]+){{0,3}}?"
        rf"\s+(?:(?:{auxes})\s+)?(?P<p>{parts})\s+(?:that\s+)?"
    )
