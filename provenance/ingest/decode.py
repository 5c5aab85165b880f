"""Turning raw bytes into text, and text into the body layout every reader shares."""

from __future__ import annotations

import codecs
import re
from datetime import UTC, datetime

from provenance.errors import ReadError

__all__ = ["collapse", "decode_bytes", "parse_datetime"]

_SPACE = re.compile(r"\s+")
# control characters other than tab, newline and carriage return
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_REENCODE = "re-encode it as UTF-8"
_SNIFF = 4096


def collapse(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space and strip.

    Example:
        >>> collapse("  a\\n  b\\t c ")
        'a b c'
    """
    return _SPACE.sub(" ", text).strip()


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
    if sample and len(_CONTROL.findall(sample)) > len(sample) * 0.05:
        raise ReadError(path, "mostly binary control characters", "pass a news article file")
    if not text.strip():
        raise ReadError(path, "the file contains only whitespace", "nothing to read")
    return text


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
