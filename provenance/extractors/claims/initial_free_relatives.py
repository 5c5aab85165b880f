"""A hedge cue in a free relative that opens its sentence: "What the company claims is a
cure has not been tested".

The relative's gap is the subject of the clause after the cue ("[what] is a cure"): that
clause is the claim, made by the relative's subject ("the company"), and it ends before
the sentence's own verb ("has not been tested"). With no verb of the sentence's own after
it the relative is the subject ("What he claims is a lie": "is" is the sentence's verb, the
gap the cue's object) and is left. Inside a sentence ("Police arrested what
they claim is a gang leader") the attribution step reads the same gap already. Only the
hedge verbs of the clause frame: "What he said was true" reports no claim of the kind
(``claims.nesting`` leaves it too). The words are the cue lexicon's:
``free_relative_pronouns``, the hedge ``verbs`` and, for the finite verb after the cue,
``zero_that_verbs``.
"""

from __future__ import annotations

import functools
import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken, clause_content
from provenance.extractors.claims.noun_sources import main_verb_cut
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon.cues import Frame, cue_lexicon

__all__ = ["initial_free_relative_claims"]


@functools.cache
def _grammar(language: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The relative words as they open a sentence, and the pattern of such a relative."""
    lex = cue_lexicon(language)
    openers = tuple(w[:1].upper() + w[1:] for w in lex.free_relative_pronouns)
    hedges = sorted(
        {
            f
            for v in lex.verbs
            if v.status is ClaimStatus.HEDGED and v.frame is Frame.CLAUSE
            for f in v.forms
            if " " not in f and not f.endswith("ing")
        }
    )
    pattern = re.compile(
        rf"[“\"‘']?(?:{alternation(openers)})\s+"
        r"(?P<src>[\w.'’-]+(?:\s+[\w.'’-]+){0,4}?)\s+"
        rf"(?P<cue>{alternation(hedges)})\s+(?=(?:{alternation(lex.zero_that_verbs)})\s)"
    )
    return tuple(f"{q}{w} " for w in openers for q in ("", "“", '"')), pattern


def initial_free_relative_claims(
    text: str, units: list[tuple[int, int]], taken: Taken, language: str = "en"
) -> list[Draft]:
    """The claims of hedge cues in free relatives opening a unit; their cues join ``taken``.

    Example:
        >>> text = "What the company claims is a cure has not been tested."
        >>> [d] = initial_free_relative_claims(text, [(0, len(text))], Taken([]))
        >>> text[d.start : d.end], text[d.source_start : d.source_end], d.cue
        ('is a cure', 'the company', 'claims')
    """
    openers, pattern = _grammar(language)
    out: list[Draft] = []
    for s, e in units:
        if not text.startswith(openers, s):
            continue  # most sentences open with no "What"
        m = pattern.match(text, s, e)
        if m is None or taken.overlaps(*m.span("cue")):
            continue
        cs, end = clause_content(text, m.end(), e)
        ce = main_verb_cut(text, cs, end)
        if ce == end or ce - cs < 3:
            continue  # no verb of the sentence's own: "What he claims [is] a lie" evaluates it
        d = Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.HEDGED, *m.span("src"))
        d.cue, d.cue_start, d.cue_end = m.group("cue"), m.start("cue"), m.end("cue")
        taken.add(*m.span("cue"))
        out.append(d)
    return out
