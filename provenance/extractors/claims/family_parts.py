"""What the cue families share: their finds, the clause a content runs to, used cue spans.

Both the noun/adjective/phrase families (:mod:`.families`) and the verb forms no
clause rule used (:mod:`.verb_families`) read a text's units, cut a content at
its clause end and never use a cue span twice.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from provenance.enums import ClaimStatus
from provenance.extractors.claims.drafts import Draft

__all__ = [
    "CLAUSE_END",
    "STARTS_WITH_LETTER",
    "FamilyFinds",
    "Taken",
    "clause_content",
    "past_apposition",
    "unit_of",
]

#: Where a content clause ends: a sentence stop (not after an initial as in
#: "U.S."), a semicolon, colon, bracket, quotation mark, line break, comma or dash.
#: It opens with one character class (each branch then looks back at that character),
#: so the regex engine skips to the next candidate instead of trying every position.
CLAUSE_END = re.compile(
    r"[.;:!?()\[\]\n,\s]"
    r"(?:(?<=\.)(?<![A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr)\.)(?<!\bMrs\.)(?=\s|$|[”\"])"
    r"|(?<=[;:!?()\[\]\n])|(?<=,)\s|(?<=\s)[—–]\s|(?<=\s)--\s)"
)
STARTS_WITH_LETTER = re.compile(r"\w")


@dataclass(slots=True)
class FamilyFinds:
    """What the families add to the verb cues' claims of one text."""

    drafts: list[Draft] = field(default_factory=list)
    #: index of an existing draft -> its new status ("..., without providing evidence")
    statuses: dict[int, ClaimStatus] = field(default_factory=dict)


def clause_content(text: str, start: int, limit: int) -> tuple[int, int]:
    """The clause from ``start``: up to the first clause end before ``limit``.

    Example:
        >>> text = "denied the report, saying it was false"
        >>> s, e = clause_content(text, 6, len(text))
        >>> text[s:e]
        'the report'
    """
    while start < limit and text[start] in " \t":
        start += 1
    m = CLAUSE_END.search(text, start, limit)
    end = m.start() if m is not None else limit
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return start, end


#: A subject of up to four words, then an apposition between commas (an age, or a noun
#: phrase opened by an article) and a lower-case word, the subject's verb:
#: "Conyers, 88, made", "Smith, the congressman, said".
_SUBJECT_APPOSITION = re.compile(
    r"(?:[\w'’.-]+\s+){0,3}[\w'’.-]+,\s+(?:\d{1,3}|(?:a|an|the)\s+[^,.;:!?\n]{1,60}?),\s+(?=[a-z])"
)


def past_apposition(text: str, start: int, end: int, limit: int) -> int:
    """Where a content clause cut at an apposition's comma really ends.

    A that-clause whose subject carries an apposition between commas ("that Conyers,
    88, made sexual advances") goes on past it to its own clause end; any other comma
    ends it as before.

    Example:
        >>> text = "allegations that Conyers, 88, made advances to staff, she said"
        >>> s, e = clause_content(text, 17, len(text))
        >>> text[s:past_apposition(text, s, e, len(text))]
        'Conyers, 88, made advances to staff'
        >>> text = "allegations that he lied, saying so"
        >>> s, e = clause_content(text, 17, len(text))
        >>> text[s:past_apposition(text, s, e, len(text))]
        'he lied'
    """
    m = _SUBJECT_APPOSITION.match(text, start, limit)
    if m is None or m.end() - start > 100 or not text.startswith(",", end):
        return end
    return clause_content(text, m.end(), limit)[1]


def unit_of(units: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The unit (sentence) holding ``pos``, or the empty span at ``pos``."""
    # units are sorted and disjoint: bisection keeps long texts linear
    i = bisect.bisect_right(units, pos, key=lambda u: u[0]) - 1
    if i >= 0 and pos < units[i][1]:
        return units[i]
    return pos, pos


class Taken:
    """Cue spans already used, so one cue never gives two claims."""

    def __init__(self, drafts: list[Draft]) -> None:
        # lists, not generators: no generator is resumed for each draft (this reads every
        # draft of a text in each step that skips the cues taken)
        spans = [
            (d.cue_start, d.cue_end)
            for d in drafts
            if d.cue_start is not None and d.cue_end is not None
        ]
        spans.sort()
        self.spans: list[tuple[int, int]] = spans
        self.longest = max([b - a for a, b in spans], default=0)

    def overlaps(self, s: int, e: int) -> bool:
        # sorted by start: only spans starting in (s - longest, e) can overlap [s, e)
        lo = bisect.bisect_left(self.spans, (s - self.longest,))
        hi = bisect.bisect_left(self.spans, (e,))
        return any(s < b for _, b in self.spans[lo:hi])

    def add(self, s: int, e: int) -> None:
        bisect.insort(self.spans, (s, e))
        self.longest = max(self.longest, e - s)
