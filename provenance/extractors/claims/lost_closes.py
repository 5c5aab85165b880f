"""Quotations whose closing mark was lost before the speaker's tag.

Wire copy now and then drops a closing mark: “There is anger, she said. While ...
The tag after the comma (the lexicon's ``lost_close_tags``) ends the quotation
there, and an opening mark further on (“And they ...) opens the next one.
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.claims.cues import cue_grammar

__all__ = ["cut_lost_closes"]

#: an opening mark: curly, or straight between a space and a word
_OPENING = re.compile(r"“|(?<=\s)\"(?=\S)")


@functools.cache
def _tag_re() -> re.Pattern[str] | None:
    tags = cue_grammar().lexicon.lost_close_tags
    if not tags:
        return None
    forms = sorted((r"\s+".join(map(re.escape, t.split())) for t in tags), key=len, reverse=True)
    # the tag ends its clause ("she said." / "he said, referring"); one opening a quotation
    # of its own ("“At first, he said, ‘No.’”") is the speaker's report of another's words
    return re.compile(rf",\s+(?:{'|'.join(forms)})(?=[.,;])(?![.,;]\s*['‘])")


def _opening(text: str, start: int, end: int) -> int | None:
    """The first opening mark in ``[start, end)``."""
    m = _OPENING.search(text, start, end)
    return None if m is None else m.start()


def cut_lost_closes(text: str, quotes: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``quotes`` with each one holding a speaker's tag cut at the tag's comma.

    Example:
        >>> text = "“We are angry, she said. Sales fell."
        >>> cut_lost_closes(text, ((0, len(text)),))
        ((0, 14),)
        >>> text = "“Yes,” he said."
        >>> cut_lost_closes(text, ((0, 6),))
        ((0, 6),)
    """
    rx = _tag_re()
    if rx is None:
        return quotes
    out: list[tuple[int, int]] = []
    for start, end in quotes:
        while True:
            m = rx.search(text, start + 1, end)
            if m is None:
                out.append((start, end))
                break
            out.append((start, m.start() + 1))  # the comma the closing mark stood after
            nxt = _opening(text, m.end(), end)
            if nxt is None:
                break
            start = nxt
    return quotes if len(out) == len(quotes) and out == list(quotes) else tuple(out)
