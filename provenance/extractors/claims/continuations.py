"""Claims that continue an earlier one: resumed quotations and coordinated cues.

* a quotation paragraph or sentence after a quoted claim extends it, or (after
  one narrative sentence) becomes a claim of its own by the same source;
* "said that A and dismissed the reports": the report spans both verbs and
  the coordinated cue's claim nests in it.
"""

from __future__ import annotations

import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.cues import Frame, cue_info
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.spans import OPEN, trim

__all__ = ["continue_quote", "coordinate", "has_quote"]

_QUOTE_CHARS = '“”"'
_AND_JOIN = re.compile(r"[\s,]*and\s+")


def has_quote(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` contains a quotation mark.

    Example:
        >>> has_quote('He said “no”.', 0, 13)
        True
    """
    part = text[a:b]  # sliced once, not once per mark of _QUOTE_CHARS
    return "“" in part or "”" in part or '"' in part


def continue_quote(
    text: str, a: int, b: int, prev: Draft, prev_end: int, drafts: list[Draft], *, resumed: bool
) -> None:
    """Extend a direct quote over a following unit that is only a quotation.

    ``resumed``: a narrative sentence lies between, so the quotation becomes a
    claim of its own by the same source instead of extending the previous one.
    """
    content_first = prev.cue_start is not None and prev.end <= prev.cue_start
    if text[a] not in OPEN:
        return
    between = text[prev_end:a]
    if between.count("\n\n") > 1 or (resumed and prev.attribution is not Attribution.DIRECT):
        return
    if resumed or not (prev.attribution is Attribution.DIRECT or content_first):
        cs, ce = trim(text, a, b)
        d = Draft(cs, ce, Attribution.DIRECT, ClaimStatus.ASSERTED)
        d.inherit = drafts.index(prev)
        drafts.append(d)
        return
    prev.end = trim(text, a, b)[1]


def coordinate(text: str, d: Draft, m: re.Match[str], drafts: list[Draft]) -> None:
    """ "said that A and dismissed the reports": one report, the second verb nested in it.

    The source reports both, so the first claim spans both; the coordinated
    cue keeps its own claim (and status) as a child of it. A coordinated cue
    with a clause of its own ("and denied that X") stays a separate claim.
    """
    if d.inherit is None or d.status is drafts[d.inherit].status:
        return
    if cue_info(m.group("verb")).frame is not Frame.OBJECT or text.startswith("that", d.start):
        return  # "and denied that X": a claim of its own
    prev = drafts[d.inherit]
    if prev.attribution is not Attribution.INDIRECT or prev.parent is not None:
        return
    if _AND_JOIN.fullmatch(text, prev.end, m.start()) is None:
        return
    prev.end = max(prev.end, d.end)
    d.parent = d.inherit
