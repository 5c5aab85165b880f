"""Compound noun cues: the charge stands before the noun ("faced sexual misconduct allegations").

English puts what is alleged before an allegation noun as often as after it:
"allegations of sexual misconduct" and "sexual misconduct allegations" say the
same. The nouns that take such a compound (``compound_nouns``) and the words that
end its content on the left (``compound_stopwords``) are data of the cue lexicon;
the construction reads lower-case words right before the noun, stopping at a
stopword, at a participle or adverb ("has faced", "widely") or at a capital. A
definite determiner before them ("denied the fraud allegations") makes them given,
named before: no claim.
"""

from __future__ import annotations

import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken
from provenance.lexicon.cues import CueLexicon

__all__ = ["compound_claims"]

_TOKEN = re.compile(r"\S+")
#: A lower-case word, hyphens inside ("cash-for-access"): punctuation ends a compound.
_LOWER_WORD = re.compile(r"[a-z](?:[a-z-]*[a-z])?")
#: Most words of a compound content ("sexual harassment and assault" is not one).
_MOST_WORDS = 3
#: How far back a compound content is read (characters).
_LOOKBACK = 60


def compound_claims(
    text: str, words: list[tuple[int, str]], lex: CueLexicon, taken: Taken
) -> list[Draft]:
    """Claims whose content is the compound before a noun cue ("misconduct allegations").

    ``words`` are the text's scanned words (start, word); only compound noun forms
    are read. A noun another family already used ("allegations of fraud") gives
    nothing new. An unconfirming adjective ending the compound ("unsubstantiated
    fraud allegations") makes the claim unconfirmed.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "Moore has faced sexual misconduct allegations."
        >>> words = [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z]+", text)]
        >>> [(text[d.start : d.end], d.cue, d.status.value)
        ...  for d in compound_claims(text, words, cue_lexicon("en"), Taken([]))]
        [('sexual misconduct', 'allegations', 'hedged')]
    """
    if not lex.compound_nouns:
        return []
    out = []
    for pos, word in words:
        if word not in lex.compound_nouns or taken.overlaps(pos, pos + len(word)):
            continue
        span = _compound_before(text, pos, lex)
        if span is None:
            continue
        start, end, unconfirmed = span
        noun = lex.noun(word)
        status = ClaimStatus.UNCONFIRMED if unconfirmed else noun.status
        d = Draft(start, end, Attribution.NARRATOR, status)
        d.cue, d.cue_start, d.cue_end = word, pos, pos + len(word)
        taken.add(pos, pos + len(word))
        out.append(d)
    return out


def _compound_before(text: str, pos: int, lex: CueLexicon) -> tuple[int, int, bool] | None:
    """The content words right before ``pos`` and whether an unconfirming word ends them."""
    floor = max(0, pos - _LOOKBACK)
    tokens = list(_TOKEN.finditer(text, floor, pos))
    if tokens and tokens[0].start() == floor and floor > 0 and not text[floor - 1].isspace():
        tokens = tokens[1:]  # cut by the look-back window: not a whole word
    start = end = None
    n, unconfirmed = 0, False
    for t in reversed(tokens):
        w = t.group()
        if w.lower() in lex.compound_definites:
            return None  # "denied the fraud allegations": given, named before
        if not _LOWER_WORD.fullmatch(w) or w in lex.compound_stopwords or w.endswith(("ed", "ly")):
            unconfirmed = w in lex.unconfirming_adjectives
            break
        start, n = t.start(), n + 1
        end = end if end is not None else t.end()
    if start is None or end is None or n > _MOST_WORDS:
        return None
    return start, end, unconfirmed
