"""A cue inside a free relative set against the sentence: "Contrary to what X said, ...".

"Contrary to what the minister said, the crossing stayed shut", "Despite what Trump
claimed, the wall was not built": the cue's object is "what", the gap before it, so the
clause after the comma is not what the source said; the sentence says the opposite, or
holds despite it. The openings are the matching lexicon's ``contrary_relatives``
(``data/<lang>/matching.yaml``); a free relative after another word ("According to what X
said, ...") reports the source's words and is not read here.
"""

from __future__ import annotations

import functools

from provenance.extractors.claims.drafts import Draft
from provenance.lexicon._files import language_key

__all__ = ["contrary_relative_drafts"]

#: Most characters of the opening read before a draft's source.
_REACH = 40


@functools.cache
def _openings(key: str) -> tuple[str, ...]:
    from provenance.lexicon.matching import match_lexicon

    return tuple(f"{w} " for w in match_lexicon(key).contrary_relatives)


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
