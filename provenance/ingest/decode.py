"""Turning raw bytes into text, and text into the body layout every reader shares."""

from __future__ import annotations

import codecs
import json
import re
import sys
from datetime import UTC, datetime
from typing import Any

from provenance.errors import LimitError, ReadError, printable

__all__ = ["collapse", "decode_bytes", "load_json", "parse_datetime"]

# control characters other than tab, newline and carriage return
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_REENCODE = "re-encode it as UTF-8"
_SNIFF = 4096


#: Every whitespace character but the space (``str.isspace``, which is what
#: ``str.split()`` splits on): ASCII ones first, then the others.
_ASCII_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_OTHER_SPACES = re.compile(
    "["
    + re.escape(
        _ASCII_SPACES + "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
        "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    )
    + "]"
)


def _other_spaces(text: str) -> bool:
    """Whether ``text`` holds a whitespace character other than the space.

    An ASCII text (a flag CPython keeps on the string) can hold only the ASCII ones:
    nine scans for one character each (``in``, a memchr) cost a third of reading every
    character's class. They run in a plain loop: ``any`` over a generator costs more
    than the scans themselves on a paragraph (8.3K instructions a BBC paragraph against
    4.3K). In any text, every whitespace character but the space is unprintable: a
    printable text holds none (``isprintable`` is a plain loop over the characters, the
    class a set lookup).

    Example:
        >>> _other_spaces("a b"), _other_spaces("a\\tb"), _other_spaces("a\\u00a0b")
        (False, True, True)
    """
    if text.isascii():
        for space in _ASCII_SPACES:  # noqa: SIM110  (a loop, not any(): see above)
            if space in text:
                return True
        return False
    return not text.isprintable() and _OTHER_SPACES.search(text) is not None


def collapse(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space and strip.

    A text that is already collapsed (most paragraphs: single spaces, none at
    either end, no other whitespace) is returned as it is, without splitting it
    into words and joining them again.

    Example:
        >>> collapse("  a\\n  b\\t c ")
        'a b c'
    """
    if "  " not in text and text[:1] != " " and text[-1:] != " " and not _other_spaces(text):
        return text
    # str.split() splits on exactly the characters ``\s`` matches (Py_UNICODE_ISSPACE),
    # and is several times faster than substituting every run, single spaces included.
    return " ".join(text.split())


#: the characters of ``_CONTROL`` as the bytes UTF-8 writes them (one byte each)
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _control_count(text: str) -> int:
    """How many control characters (``_CONTROL``: not tab, newline or return) ``text`` holds.

    Counted in its UTF-8 bytes: a byte below 0x80 is always a character of its own
    there, so deleting the control bytes (one C pass) drops exactly those characters.

    Example:
        >>> _control_count("a" + chr(0) + "b" + chr(9) + "c" + chr(0x7F))  # NUL, tab, DEL
        2
    """
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def decode_bytes(data: bytes, path: str) -> str:
    """Decode an input file: UTF-8 (with or without BOM) or UTF-16 with a BOM.

    Example:
        >>> decode_bytes(b"\\xef\\xbb\\xbfHello", "a.txt")
        'Hello'

    Raises:
        ReadError: the input is empty, blank, binary or not in one of those encodings.
    """
    if not data:
        raise ReadError(path, "the file is empty", "nothing to read")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(path, f"invalid UTF-16 at byte {exc.start}", _REENCODE) from exc
    else:
        if b"\x00" in data[:_SNIFF]:
            raise ReadError(
                path,
                "binary data (NUL bytes), not a text, HTML, JSON or XML article",
                "pass a news article file",
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadError(
                path,
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                _REENCODE,
            ) from exc
    if "\x00" in text:
        raise ReadError(path, "binary data (NUL characters)", "pass a news article file")
    sample = text[:_SNIFF]
    if sample and _control_count(sample) > len(sample) * 0.05:
        raise ReadError(path, "mostly binary control characters", "pass a news article file")
    if not text.strip():
        raise ReadError(path, "the file contains only whitespace", "nothing to read")
    return text


# a JSON \\uD800-\\uDFFF escape: the only way a lone surrogate gets into decoded text
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_INT_DIGITS = sys.get_int_max_str_digits() or 4300


def _parse_int(digits: str) -> int | None:
    """A JSON integer, or ``None`` when Python refuses to convert one that long."""
    return int(digits) if len(digits) <= _INT_DIGITS else None


def load_json(text: str, path: str, max_depth: int) -> Any:
    """Parse JSON the way every reader must: bounded and always printable.

    An integer too long for Python (over 4,300 digits) becomes ``None``; lone
    surrogates from ``\\ud800`` escapes become U+FFFD; nesting deeper than
    ``max_depth`` is refused.

    Example:
        >>> load_json('{"a": [1, "x\\\\ud800"]}', "a.json", 10)
        {'a': [1, 'x\ufffd']}

    Raises:
        json.JSONDecodeError: malformed JSON (the caller words the message).
        LimitError: nested deeper than ``max_depth``.
    """
    try:
        data = json.loads(text, parse_int=_parse_int)
    except RecursionError as exc:
        raise _too_deep(path, max_depth) from exc
    clean = _SURROGATE_ESCAPE.search(text) is not None
    # iterative walk: the depth check must not itself recurse
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > max_depth:
            raise _too_deep(path, max_depth)
        if isinstance(value, dict):
            if clean:
                cleaned = {printable(k): _clean(v) for k, v in value.items()}
                value.clear()
                value.update(cleaned)
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            if clean:
                value[:] = [_clean(v) for v in value]
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return _clean(data) if clean else data


def _clean(value: Any) -> Any:
    return printable(value) if isinstance(value, str) else value


def _too_deep(path: str, max_depth: int) -> LimitError:
    return LimitError(
        path,
        f"JSON nested more than {max_depth} levels deep",
        "pass a ninjs document, or raise --limit max_depth",
        limit="max_depth",
    )


def parse_datetime(value: object) -> datetime | None:
    """Parse an ISO 8601 or compact (``20250621T143000Z``) timestamp; naive means UTC.

    Returns ``None`` for anything that is not a timestamp, so a bad date in
    metadata never loses the article.

    Example:
        >>> parse_datetime("20250621T143000Z").isoformat()
        '2025-06-21T14:30:00+00:00'
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        for pattern in ("%Y%m%dT%H%M%S%z", "%Y%m%dT%H%M%S", "%Y%m%d"):
            try:
                parsed = datetime.strptime(text.replace("Z", "+0000"), pattern)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed
