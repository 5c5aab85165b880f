"""Telling the format of an input: by its content first, then by its file suffix."""

from __future__ import annotations

import json
import re
from pathlib import PurePath

from provenance.enums import Format
from provenance.errors import UnknownFormatError

from .decode import decode_bytes

__all__ = ["detect_format", "detect_text_format"]

_TRIED = ", ".join(str(f) for f in Format)
_SUFFIXES: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".json": Format.NINJS,
    ".ninjs": Format.NINJS,
}
# skip the XML declaration, comments, processing instructions and a DOCTYPE
_PROLOG = re.compile(
    r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*", re.DOTALL | re.IGNORECASE
)
_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_G2_ROOTS = frozenset({"newsItem", "newsMessage", "packageItem", "conceptItem", "knowledgeItem"})
_HTML_TAGS = frozenset(
    {
        "html",
        "head",
        "body",
        "article",
        "main",
        "div",
        "p",
        "section",
        "h1",
        "header",
        "meta",
        "title",
        "span",
        "figure",
        "table",
        "ul",
        "br",
    }
)
_DOCTYPE_HTML = re.compile(r"<!DOCTYPE\s+html", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _suffix(path: str) -> str:
    return PurePath(path).suffix.lower()


def _by_content(text: str, path: str) -> Format | None:
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return Format.NINJS
    if head.startswith("["):
        # "[UPDATE 2] Headline" is text; a JSON array of ninjs objects is not
        try:
            json.loads(head)
        except (ValueError, RecursionError):
            return Format.NINJS if _suffix(path) in (".json", ".ninjs") else Format.TEXT
        return Format.NINJS
    if not head.startswith("<"):
        return Format.TEXT
    if _DOCTYPE_HTML.match(head):
        return Format.HTML
    prolog = _PROLOG.match(head)
    rest = head[prolog.end() :] if prolog else head
    root = _ROOT.match(rest)
    if root is None:
        return None
    name = root.group(1).rsplit(":", 1)[-1]
    if name in _G2_ROOTS:
        return Format.NEWSML_G2
    if name == "NewsML":
        return Format.NEWSML_1
    if name.lower() in _HTML_TAGS:
        return Format.HTML
    return None


def _is_xml(text: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")
    return head.startswith("<?xml") or bool(_DOCTYPE.match(head))


def detect_text_format(text: str, path: str) -> Format:
    """The format of already decoded text: content first, then the suffix of ``path``.

    XML with an unknown root but an XML suffix or a DTD is given to the NewsML-G2
    reader, which refuses unsafe markup and names the root it found.

    Example:
        >>> str(detect_text_format("<NewsML Version='1.2'/>", "a.xml"))
        'newsml-1'

    Raises:
        UnknownFormatError: neither content nor suffix tells the format.
    """
    found = _by_content(text, path)  # the path is parsed only when the content cannot tell
    if found is not None:
        return found
    suffix = _suffix(path)
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if suffix == ".xml" or _is_xml(text):
        return Format.NEWSML_G2
    raise UnknownFormatError(
        path,
        f"cannot tell the format of {PurePath(path).name!r} (tried {_TRIED})",
        "pass --format",
    )


def detect_format(data: bytes, path: str) -> Format:
    """The format of raw input bytes: by content first, then by the suffix of ``path``.

    Example:
        >>> str(detect_format(b'{"headlines": []}', "x.bin"))
        'ninjs'

    Raises:
        ReadError: the bytes are empty, binary or not UTF-8/UTF-16 text.
        UnknownFormatError: neither content nor suffix tells the format, e.g.
            "cannot tell the format of 'feed.bin' (tried text, html, ninjs,
            newsml-g2, newsml-1); pass --format".
    """
    return detect_text_format(decode_bytes(data, path), path)
