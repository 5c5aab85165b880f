"""Counts a source states with a verb of placing: "Organisers put the number at 10,000".

"Police estimated the crowd at about 3,000", "Health officials put the death toll at 30":
the subject gives the count, so the count is the subject's, not the narrator's. The
verbs (``restating_verbs``) and the nouns that name a count (``restated_heads``) are
those of the matching lexicon (``data/<lang>/matching.yaml``), which also read the
construction as a restated count (:mod:`provenance.rules.figures`). The claim's content
runs from the noun phrase after the verb to the clause end ("the number at 10,000"); its
cue is the verb.

The pass runs only where the word scan of the text met one of the verbs: most texts
hold none.
"""

from __future__ import annotations

import functools
import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken, clause_content, unit_of
from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key

__all__ = ["restated_count_claims", "restating_verbs"]


@functools.cache
def restating_verbs(language: str | None = "en") -> frozenset[str]:
    """The one-word verbs that place a count at a value, as written in lower case.

    Example:
        >>> {"put", "estimated"} <= restating_verbs("en"), restating_verbs("fr")
        (True, frozenset())
    """
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(language_key(language))
    if not lex.restated_heads:
        return frozenset()
    return frozenset(v for v in lex.restating_verbs if v.isalpha())


@functools.cache
def _pattern(key: str) -> re.Pattern[str] | None:
    """A restating verb, at most three words, a count noun, "at" and a value with a digit
    ("put the number at 10,000", "estimated the crowd at about 3,000")."""
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(key)
    verbs = restating_verbs(key)
    if not verbs:
        return None
    return re.compile(
        rf"(?P<verb>{alternation(verbs)})\s+"
        rf"(?P<what>(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(lex.restated_heads)})"
        r"\s+at\s+(?=(?:[a-z]+\s+){0,2}[$€£]?\d))"
    )


def restated_count_claims(
    text: str,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    words: list[tuple[int, str]],
    *,
    language: str | None = "en",
) -> list[Draft]:
    """The claims of the counts placed at a value by a subject ("X put the toll at 30").

    ``words`` is the shared word scan of ``text`` (:func:`~provenance.extractors.claims.
    cues.scan_words`); ``drafts`` are read, never changed: a verb inside a cue they used
    gives nothing.

    Example:
        >>> text = "Police said 12 people died. Medics put the toll at 30."
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end], d.cue)
        ...  for d in restated_count_claims(text, [(0, 27), (28, 54)], [], [(35, "put")])]
        [('the toll at 30', 'Medics', 'put')]
    """
    key = language_key(language)
    verbs = restating_verbs(key)
    starts = [s for s, w in words if w in verbs]
    if not starts:
        return []
    pattern = _pattern(key)
    if pattern is None:
        return []
    matches = [m for at in starts if (m := pattern.match(text, at)) is not None]
    if not matches:  # "put pressure on", "placed an order": most verbs place no count
        return []
    taken = Taken(drafts)
    out: list[Draft] = []
    for m in matches:
        at = m.start()
        if taken.overlaps(at, m.end("verb")):
            continue
        a, b = unit_of(units, at)
        if a == b:
            continue
        subject = find_subject(text, a, at)
        if subject is None:
            continue
        cs, ce = clause_content(text, m.start("what"), b)
        if ce <= m.end():
            continue
        d = Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.ASSERTED)
        d.source_start, d.source_end = subject
        d.cue, d.cue_start, d.cue_end = m.group("verb"), m.start(), m.end("verb")
        taken.add(m.start(), m.end("verb"))
        out.append(d)
    return out
