"""Words inside a claim's span that are the narrator's, not the source's.

A claim's span runs from the first to the last word of its content, but two
kinds of words inside it are the narrating agency's:

* the attribution of a quotation it interrupts: in “A,” one official said. “B.”
  the words "one official said" are no figure of the official's;
* an aside that tells the reader who or what a name is, set off by commas in
  reported speech: "Senator John Cornyn, the No. 2 Senate Republican, is
  trying ...", "Gulen, who has lived in Pennsylvania since 1999, ...",
  "Conyers, 88, made ...". Inside quotation marks every word stays the speaker's.

:func:`content_parts` returns the parts of a claim's span that are its content;
the narrator pass of :func:`~provenance.extractors.claims.extract.find_claims`
covers the rest, so a figure there belongs to the agency.
"""

from __future__ import annotations

import re

from provenance.enums import INDIRECT as _INDIRECT
from provenance.extractors.records import ClaimSpan

__all__ = ["content_parts"]


_OPEN_QUOTE = re.compile(r"[“\"]")
#: ", who ...,", ", a former No. 3 official,", ", 88,": a non-restrictive aside.
_ASIDE = re.compile(
    r",\s+(?:(?:who|whose|which)\s|(?:a|an|the)\s(?!(?:same|other)\b))[^,;:“”\"()]{0,120}?,"
    r"|,\s+\d{1,3},"
)


def content_parts(text: str, claim: ClaimSpan) -> list[tuple[int, int]]:
    """The ``(start, end)`` parts of ``claim``'s span that are its content, in order.

    Example:
        >>> from provenance.enums import Attribution
        >>> text = "Cornyn, the No. 2 Senate Republican, is trying to win support."
        >>> claim = ClaimSpan(text, 0, len(text), Attribution.INDIRECT)
        >>> [text[s:e] for s, e in content_parts(text, claim)]
        ['Cornyn,', ' is trying to win support.']
    """
    parts = _unquoted(text, claim)
    if claim.attribution is not _INDIRECT or "," not in claim.text:
        return parts
    out: list[tuple[int, int]] = []
    for start, end in parts:
        pos = start
        for m in _ASIDE.finditer(text, start, end):
            if _quoted(text, m.start(), m.end()):
                continue
            out.append((pos, m.start() + 1))
            pos = m.end()
        out.append((pos, end))
    return [(s, e) for s, e in out if e > s]


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a quotation mark opens or closes in ``text[start:end]``."""
    return _OPEN_QUOTE.search(text, start, end) is not None or "”" in text[start:end]


def _unquoted(text: str, c: ClaimSpan) -> list[tuple[int, int]]:
    """The span without the attribution of a quotation it interrupts."""
    cs, ce = c.cue_start, c.cue_end
    if cs is None or ce is None or not c.start < cs < c.end:
        return [(c.start, c.end)]
    close = max(text.rfind("”", c.start, cs), text.rfind('"', c.start, cs))
    reopen = _OPEN_QUOTE.search(text, ce, c.end)
    if close < 0 or reopen is None:
        return [(c.start, c.end)]
    return [(c.start, close + 1), (reopen.start(), c.end)]
