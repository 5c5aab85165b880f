"""Making article text safe for each place a report puts it.

Article text is hostile input: it can hold lone surrogates (which no UTF-8
writer accepts), control characters (which XML 1.0 cannot carry and which
terminals obey), bidirectional overrides (which reorder whatever follows them)
and Markdown or HTML syntax. Each writer calls the one function here that fits
its output; nothing here imports anything heavy.
"""

from __future__ import annotations

import re

__all__ = [
    "balance_bidi",
    "scrub",
    "strip_bidi",
    "terminal_safe",
]

# A Python str can hold unpaired surrogates (from JSON "\ud800" or surrogateescape
# file names); UTF-8 cannot encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Explicit bidirectional formatting characters: embeddings and overrides (closed by
# PDF), isolates (closed by PDI), and the marks.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BIDI_OPEN_OR_CLOSE = re.compile("[\u202a-\u202e\u2066-\u2069]")
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI
_PDF, _PDI = "\u202c", "\u2069"
# Terminal escape sequences (CSI, OSC, DCS/PM/APC strings, two-character escapes),
# then any control character left (C0 but space, DEL, C1), line and paragraph
# separators, and bidi controls. Every branch is linear: no nested repetition.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x1b[ -~]?"
)
_SPACES = str.maketrans(dict.fromkeys("\t\n\v\f\r\x85\u2028\u2029", " "))
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def scrub(text: str) -> str:
    """``text`` with each unpaired surrogate replaced by U+FFFD, so it encodes as UTF-8.

    Example:
        >>> scrub("5\\ud800 dead")
        '5\\ufffd dead'
    """
    return _SURROGATE.sub("\ufffd", text)


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional formatting characters (overrides, isolates, marks).

    For places that cannot isolate text, such as chart labels.

    Example:
        >>> strip_bidi("\\u202eevil")
        'evil'
    """
    return _BIDI.sub("", text)


def balance_bidi(text: str) -> str:
    """``text`` with every embedding, override or isolate it opens closed at its end.

    An unclosed right-to-left override would otherwise reorder everything that
    follows it on the line (a table cell, a list item). Closing characters without
    an opener are left alone: they close nothing outside an isolate.

    Example:
        >>> balance_bidi("\\u202eabc") == "\\u202eabc\\u202c"
        True
    """
    if _BIDI_OPEN_OR_CLOSE.search(text) is None:
        return text
    stack: list[str] = []
    for char in _BIDI_OPEN_OR_CLOSE.findall(text):
        if char in _EMBEDDINGS:
            stack.append(_PDF)
        elif char in _ISOLATES:
            stack.append(_PDI)
        elif char == _PDI:
            # A PDI closes its isolate and every embedding opened inside it.
            while stack and stack.pop() != _PDI:
                pass
        elif stack and stack[-1] == _PDF:
            stack.pop()
    return text + "".join(reversed(stack))


def terminal_safe(text: str) -> str:
    """``text`` as one line a terminal prints as it reads: no escapes, no controls.

    Escape sequences (colours, cursor moves, window titles, hyperlinks) are
    removed whole; other control characters and bidi controls are removed;
    line breaks and tabs become spaces, so one finding stays one line.

    Example:
        >>> terminal_safe("red \\x1b[31mALERT\\x1b[0m\\nnext")
        'red ALERT next'
    """
    text = scrub(text)
    text = text.replace("\r\n", " ").translate(_SPACES)
    text = _ESCAPE_SEQUENCE.sub("", text)
    return _CONTROL.sub("", text)
