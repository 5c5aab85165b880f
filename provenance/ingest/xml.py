"""Safe XML parsing and namespace-agnostic helpers shared by the NewsML readers.

XML goes through :mod:`defusedxml` only, with DTDs, entity declarations and
external references forbidden: a billion-laughs bomb or an XXE payload is
refused before anything is expanded or fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException

from provenance.errors import LimitError, ReadError, UnsafeInputError
from provenance.settings import DEFAULT_LIMITS

from .decode import collapse

__all__ = [
    "BLOCK_TAGS",
    "child",
    "children",
    "descendants",
    "local",
    "paragraphs",
    "parse_xml",
    "text_of",
]

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# elements whose text is one paragraph of the body
BLOCK_TAGS = frozenset(
    {"p", "hl2", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"}
)
# elements that are never body text
_SKIP_TAGS = frozenset(
    {
        "media",
        "media-reference",
        "media-caption",
        "media-producer",
        "figure",
        "figcaption",
        "script",
        "style",
        "table",
        "tagline",
        "head",
        "body.head",
        "body.end",
    }
)


def parse_xml(text: str, path: str, *, max_depth: int = DEFAULT_LIMITS.max_depth) -> Element:
    """Parse XML safely, refusing DTDs, entity declarations and deep nesting.

    Example:
        >>> local(parse_xml("<a><b/></a>", "x.xml").tag)
        'a'

    Raises:
        UnsafeInputError: the document declares a DTD or entities.
        ReadError: the document is not well-formed (the message gives line and column).
        LimitError: elements nest more than ``max_depth`` deep.
    """
    # the text is already decoded: an encoding declaration would only mislead expat
    source = _DECLARATION.sub(lambda m: " " * len(m.group(0)), text, count=1)
    try:
        root: Element = safe_et.fromstring(
            source, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise UnsafeInputError(
            path,
            "XML declares a DTD or entities; refused for safety "
            "(entity expansion / external entity)",
            "Remove the DOCTYPE",
        ) from exc
    except ParseError as exc:
        line, column = exc.position
        message = str(exc).split(":", 1)[0]
        raise ReadError(
            path,
            f"malformed XML at line {line}, column {column} ({message})",
            "fix the markup or pass --format",
        ) from exc
    if _deeper_than(root, max_depth):
        raise LimitError(
            path,
            f"XML elements nested more than {max_depth} deep",
            "pass a real news item, or raise --limit max_depth",
            limit="max_depth",
        )
    return root


def _deeper_than(root: Element, limit: int) -> bool:
    """Whether any element sits more than ``limit`` levels down (iterative: no recursion)."""
    level: list[Element] = [root]
    depth = 1
    while level:
        if depth > limit:
            return True
        level = [sub for elem in level for sub in elem]
        depth += 1
    return False


def local(tag: object) -> str:
    """The local name of a tag, without its ``{namespace}``.

    Example:
        >>> local("{http://iptc.org/std/nar/2006-10-01/}newsItem")
        'newsItem'
    """
    if not isinstance(tag, str):  # comments and processing instructions
        return ""
    return tag.rsplit("}", 1)[-1]


def children(elem: Element | None, name: str) -> Iterator[Element]:
    """Direct children with the local name ``name``, in any namespace."""
    if elem is None:
        return
    for item in elem:
        if local(item.tag) == name:
            yield item


def child(elem: Element | None, name: str) -> Element | None:
    """The first direct child with the local name ``name``, or ``None``."""
    return next(children(elem, name), None)


def descendants(elem: Element | None, name: str) -> Iterator[Element]:
    """All descendants (and ``elem`` itself) with the local name ``name``."""
    if elem is None:
        return
    for item in elem.iter():
        if local(item.tag) == name:
            yield item


def text_of(elem: Element | None) -> str | None:
    """All text inside an element, whitespace collapsed; ``None`` if empty."""
    if elem is None:
        return None
    text = collapse("".join(elem.itertext()))
    return text or None


def paragraphs(elem: Element) -> list[str]:
    """The paragraphs of an XHTML or NITF body, in document order.

    Block elements (``p``, ``hl2``, ``li``, ...) each give one paragraph; media,
    captions and tables are skipped. Loose text outside any block becomes a
    paragraph of its own.

    Example:
        >>> paragraphs(parse_xml("<body><p>a <b>b</b></p><p> c</p></body>", "x"))
        ['a b', 'c']
    """
    out: list[str] = []
    loose: list[str] = []

    def flush() -> None:
        text = collapse(" ".join(loose))
        if text:
            out.append(text)
        loose.clear()

    def walk(node: Element) -> None:
        name = local(node.tag)
        if name in _SKIP_TAGS:
            if node.tail:
                loose.append(node.tail)
            return
        if name in BLOCK_TAGS:
            flush()
            text = collapse("".join(node.itertext()))
            if text:
                out.append(text)
        else:
            if node.text:
                loose.append(node.text)
            for item in node:
                walk(item)
        if node.tail:
            loose.append(node.tail)

    if elem.text:
        loose.append(elem.text)
    for item in elem:
        walk(item)
    flush()
    return out
