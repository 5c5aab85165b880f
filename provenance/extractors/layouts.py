"""Attribution carried by layout rather than by a verb: transcripts and testimonials.

* transcript lines: ``PENCE: Well, look, ...`` (a speaker in capitals and a
  colon at the start of a paragraph; the content runs to the paragraph end);
* testimonials: ``“...” ― Christina Lastra`` (a quotation, a dash and a name
  at the end of a line).
"""

from __future__ import annotations

import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.records import ClaimSpan

__all__ = ["layout_claims"]

_TRANSCRIPT = re.compile(
    r"^[\"“]?(?P<src>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+(?P<body>\S[^\n]*)",
    re.MULTILINE,
)
_TESTIMONIAL = re.compile(
    r"^[ \t]*(?P<body>[“\"”][^\n]{10,}?[”\"])[ \t\xa0]*[―—][ \t\xa0]*"
    r"(?P<src>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})[ \t\xa0.]*$",
    re.MULTILINE,
)
_DASH = re.compile(r"[―—]")


def layout_claims(text: str) -> list[ClaimSpan]:
    """Claims attributed by layout, in text order; ``source`` left unresolved.

    Example:
        >>> [c.source_text for c in layout_claims("PENCE: We will win.")]
        ['PENCE']
    """
    out: list[ClaimSpan] = []
    if ":" in text:
        for m in _TRANSCRIPT.finditer(text):
            start, end = m.start("body"), m.end("body")
            while end > start and text[end - 1] in ' \t\xa0"”':
                end -= 1
            if end - start < 3:
                continue
            out.append(_claim(text, start, end, m, ":", Attribution.DIRECT))
    if _DASH.search(text):
        for m in _TESTIMONIAL.finditer(text):
            out.append(_claim(text, m.start("body"), m.end("body"), m, "―", Attribution.DIRECT))
    out.sort(key=lambda c: c.start)
    return out


def _claim(
    text: str, start: int, end: int, m: re.Match[str], cue: str, attribution: Attribution
) -> ClaimSpan:
    return ClaimSpan(
        text=text[start:end],
        start=start,
        end=end,
        attribution=attribution,
        status=ClaimStatus.ASSERTED,
        source_text=m.group("src"),
        cue=cue,
    )
