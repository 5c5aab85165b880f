"""A cue inside a free relative set against the sentence: "Contrary to what X said, ...".

"Contrary to what the minister said, the crossing stayed shut", "Despite what Trump
claimed, the wall was not built": the cue's object is "what", the gap before it, so the
clause after the comma is not what the source said; the sentence says the opposite, or
holds despite it. The openings are the matching lexicon's ``contrary_relatives``
(``data/<lang>/matching.yaml``); a free relative after another word ("According to what X
said, ...") reports the source's words and is not read here.

Attribution asks `in_contrasted_relative` before it drafts a cue, so the next cue of the
sentence is still read ("Contrary to what the minister said, the governor said ..."), and
`contrary_relative_drafts` drops any draft still standing in such a relative.
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.claims.drafts import Draft
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key

__all__ = ["contrary_relative_drafts", "in_contrasted_relative"]

#: Most characters of the opening read before a draft's source.
_REACH = 40


@functools.cache
def _openings(key: str) -> tuple[str, ...]:
    from provenance.lexicon.matching import match_lexicon

    return tuple(f"{w} " for w in match_lexicon(key).contrary_relatives)


@functools.cache
def _relative_lead(key: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The relative words ("what") and the pattern of a lead ending in an opening and a
    subject of up to five words with no comma ("Contrary to what the prime minister")."""
    openings = _openings(key)
    if not openings:
        return (), None
    words = sorted({o.split()[-1] for o in openings})
    lead = re.compile(
        rf"(?:^|\s)(?i:{alternation(o.strip() for o in openings)})"
        r"\s+[^\s,;:“”\"]+(?:\s+[^\s,;:“”\"]+){0,4}$"
    )
    return (*words, *(w.capitalize() for w in words)), lead


def in_contrasted_relative(
    text: str, before: str, cue_end: int, language: str | None = "en"
) -> bool:
    """Whether the cue ending at ``cue_end``, after the words ``before`` it, stands in a
    contrary free relative followed by a comma: no report of the relative's subject.

    Example:
        >>> t = "Contrary to what the minister said, the economy grew."
        >>> in_contrasted_relative(t, t[: t.index(" said")], t.index(" said") + 5)
        True
        >>> t = "He denounced what the minister called a fraud."
        >>> in_contrasted_relative(t, t[: t.index(" called")], t.index(" called") + 7)
        False
    """
    if not text.startswith(",", cue_end):
        return False
    words, lead = _relative_lead(language_key(language))
    if lead is None or not any(w in before for w in words):
        return False  # most leads hold no "what": one substring test per word
    return lead.search(before) is not None


def contrary_relative_drafts(
    text: str, drafts: list[Draft], language: str | None = "en"
) -> list[int]:
    """Indices of the drafts whose source stands in a contrary free relative and whose
    content follows the cue after a comma.

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> text = "Contrary to what Smith said, the bridge held."
        >>> d = Draft(29, 44, Attribution.INDIRECT, ClaimStatus.ASSERTED, 17, 22)
        >>> d.cue, d.cue_start, d.cue_end = "said", 23, 27
        >>> contrary_relative_drafts(text, [d])
        [0]
    """
    openings = _openings(language_key(language))
    if not openings:
        return []
    out: list[int] = []
    for i, d in enumerate(drafts):
        # a comma right after the cue first: most drafts fail there (no scan of the text)
        if d.cue_end is None or text[d.cue_end : d.cue_end + 1] != ",":
            continue
        if (
            d.source_start is None
            or d.start < d.cue_end
            or text[d.cue_end : d.start].strip() != ","
        ):
            continue
        before = text[max(0, d.source_start - _REACH) : d.source_start].casefold()
        for opening in openings:
            at = len(before) - len(opening)
            # the opening starts a word: "in spite of what", not "...in spite of what"
            if before.endswith(opening) and (at == 0 or not before[at - 1].isalnum()):
                out.append(i)
                break
    return out
