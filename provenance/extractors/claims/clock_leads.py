"""Leads of a sentence that are no part of its report: a live blog's clock time, whose
minutes are no part of the source, and a connective ("Having said that,") whose report
verb is no cue.

A live blog opens each entry with its time ("17:45 The council says ...", "5.45pm Police
said ..."). The colon or point of the time ends the unit before it, so the source read
back from the cue starts at the minutes ("45 The council"); they are moved out of it.
"""

from __future__ import annotations

import re

from provenance.extractors.claims.drafts import Draft

__all__ = ["connective_end", "drop_clock_minutes"]

# the minutes of a clock time whose hour ends the unit before: "45 ", "45pm ", "45 a.m. "
_MINUTES = re.compile(r"\d\d(?:\s?[ap]\.?m\b\.?)?\s+")


def drop_clock_minutes(text: str, drafts: list[Draft]) -> None:
    """Start each draft's source after the minutes of a clock time opening it.

    Example:
        >>> text = "17:45 The council says the bridge has reopened."
        >>> d = Draft(23, 47, None, None, source_start=3, source_end=17)  # type: ignore[arg-type]
        >>> drop_clock_minutes(text, [d])
        >>> text[d.source_start : d.source_end]
        'The council'
    """
    for d in drafts:
        s, e = d.source_start, d.source_end
        if s is None or e is None or not text[s : s + 1].isdigit():
            continue
        if text[e : e + 1] in ":." and text[s:e].isdigit():
            _after_hour(text, d, e + 1)  # "17" read as the source of "17:45 The council ..."
            continue
        if s < 2 or text[s - 1] not in ":." or not text[s - 2].isdigit():
            continue
        minutes = _MINUTES.match(text, s, e)
        if minutes is not None and minutes.end() < e:
            d.source_start = minutes.end()


def _after_hour(text: str, d: Draft, at: int) -> None:
    """Make the words between a clock time's minutes and the cue the source of ``d``.

    Only a short phrase with no punctuation ("17:45 The council confirmed that"): the
    subject the hour stood in for.
    """
    minutes = _MINUTES.match(text, at)
    cue = d.cue_start
    if minutes is None or cue is None or not minutes.end() < cue <= minutes.end() + 60:
        return
    phrase = text[minutes.end() : cue].rstrip()
    if phrase and phrase[0].isupper() and not any(c in phrase for c in ',;:()"\u201c'):
        d.source_start, d.source_end = minutes.end(), minutes.end() + len(phrase)


def connective_end(text: str, at: int, leads: tuple[str, ...]) -> int:
    """Where the connective opening ``text`` at ``at`` ends (``at`` when none does).

    A connective is one of ``leads`` and a comma right after it.

    Example:
        >>> connective_end("Having said that, it rained.", 0, ("Having said that",))
        16
    """
    for lead in leads:
        end = at + len(lead)
        if text.startswith(lead, at) and text[end : end + 1] == ",":
            return end  # not "Having said that he would resign, ...": a clause follows
    return at
