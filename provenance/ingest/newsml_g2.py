"""Reader for IPTC NewsML-G2: a ``newsItem`` or a ``newsMessage`` of several items.

Text items become documents; picture items (``ninat:picture``) in a message
become the pictures of that message's text items. A lone picture item gives a
document with an empty body and its picture.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from provenance.enums import Format
from provenance.errors import ReadError

from .agency import normalize_agency
from .decode import collapse, parse_datetime
from .document import Document, Picture
from .registry import Source
from .wire import find_dateline, tidy_body
from .xml import XML_LANG, child, children, descendants, local, paragraphs, parse_xml, text_of

__all__ = ["read_newsml_g2"]

_PICTURE_CLASSES = frozenset({"ninat:picture", "ninat:graphic"})
_ITEM_ROOTS = frozenset({"newsItem", "packageItem"})


def _party(elem: Element | None) -> str | None:
    """The name of a G2 party: ``<name>``, ``@literal``, or the code of ``@qcode``/``@uri``."""
    if elem is None:
        return None
    name = text_of(child(elem, "name"))
    if name:
        return name
    for attr in ("literal", "qcode", "uri"):
        value = elem.get(attr)
        if value and value.strip():
            return value.strip()
    return text_of(elem) if not list(elem) else None


def _agency_of(*names: str | None) -> str | None:
    for name in names:
        if name:
            agency = normalize_agency(name)
            if agency is not None:
                return agency
    return None


def _body(content_set: Element | None) -> list[str]:
    for inline in descendants(content_set, "inlineXML"):
        for root in inline:
            name = local(root.tag)
            if name == "nitf":
                block = next(descendants(root, "body.content"), None)
                return paragraphs(block if block is not None else root)
            if name == "html":
                block = child(root, "body")
                return paragraphs(block if block is not None else root)
        return paragraphs(inline)
    for inline in descendants(content_set, "inlineData"):
        text = (inline.text or "").replace("\r\n", "\n")
        blocks = [b for b in text.split("\n\n") if b.strip()]
        return [collapse(b) for b in blocks]
    return []


class _Item:
    """The fields of one G2 item, read once."""

    def __init__(self, item: Element) -> None:
        item_meta = child(item, "itemMeta")
        meta = child(item, "contentMeta")
        rights = child(item, "rightsInfo")
        item_class = child(item_meta, "itemClass")
        self.is_picture = (item_class.get("qcode", "") if item_class is not None else "") in (
            _PICTURE_CLASSES
        )
        self.guid = item.get("guid")
        self.provider = _party(child(item_meta, "provider"))
        self.info_sources = [p for p in (_party(e) for e in children(meta, "infoSource")) if p]
        self.creators = [p for p in (_party(e) for e in children(meta, "creator")) if p]
        self.by = text_of(child(meta, "by"))
        self.creditline = text_of(child(meta, "creditline"))
        self.copyright_holder = _party(child(rights, "copyrightHolder"))
        self.dateline = text_of(child(meta, "dateline"))
        located = child(meta, "located")
        self.located = _party(located)
        self.headline = text_of(child(meta, "headline")) or ""
        language = child(meta, "language")
        self.language = (language.get("tag") if language is not None else None) or item.get(
            XML_LANG
        )
        self.published = next(
            (
                parsed
                for elem in (
                    child(item_meta, "firstCreated"),
                    child(meta, "contentCreated"),
                    child(item_meta, "versionCreated"),
                )
                if elem is not None and (parsed := parse_datetime(elem.text)) is not None
            ),
            None,
        )
        descriptions = list(children(meta, "description"))
        caption = next(
            (d for d in descriptions if "caption" in d.get("role", "")),
            descriptions[0] if descriptions else None,
        )
        self.caption = text_of(caption)
        content_set = child(item, "contentSet")
        self.paragraphs = _body(content_set)
        nitf_byline = next(descendants(content_set, "byline"), None)
        self.nitf_byline = text_of(nitf_byline)
        self.uri = None
        for remote in descendants(content_set, "remoteContent"):
            self.uri = remote.get("href")
            break

    def picture(self) -> Picture:
        creators = tuple(dict.fromkeys(c for c in (*self.creators, self.by) if c))
        provider = self.info_sources[0] if self.info_sources else self.provider
        provider = (normalize_agency(provider) or provider) if provider else None
        return Picture(
            caption=self.caption,
            credit_line=self.creditline,
            creators=creators,
            provider=provider,
            copyright_holder=self.copyright_holder,
            uri=self.uri or self.guid,
        )


def _document(item: _Item, source: Source, index: int, pictures: tuple[Picture, ...]) -> Document:
    tidy = tidy_body(item.paragraphs)
    body = tidy.paragraphs
    if body and body[0] == item.headline:
        body = body[1:]
    own = tuple(Picture(caption=c or None, credit_line=cr) for c, cr in tidy.captions)
    dateline = find_dateline(f"{item.dateline} - ") if item.dateline else tidy.dateline
    agency = _agency_of(item.provider, *item.info_sources, item.copyright_holder, tidy.signoff) or (
        dateline.agency if dateline else None
    )
    if agency is None and not item.is_picture:
        agency = _agency_of(*item.creators)
    if agency is None and item.is_picture:
        agency = _agency_of(item.creditline)
    return Document(
        path=source.path,
        format=Format.NEWSML_G2,
        headline=item.headline,
        body="" if item.is_picture else "\n\n".join(body),
        sha256=source.sha256,
        agency=agency,
        published=item.published,
        language=item.language,
        byline=item.by
        or item.nitf_byline
        or (", ".join(item.creators) if item.creators and not item.is_picture else None),
        dateline=item.dateline or (dateline.text if dateline else None),
        located=item.located or (dateline.place if dateline else None),
        uri=item.guid,
        item_index=index,
        pictures=pictures + own,
    )


def read_newsml_g2(source: Source) -> list[Document]:
    """Read a NewsML-G2 ``newsItem`` or ``newsMessage``.

    Example:
        >>> from provenance.ingest.registry import Source
        >>> xml = ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g1">'
        ...        '<itemMeta><provider qcode="nprov:AFP"/></itemMeta>'
        ...        '<contentMeta><headline>T</headline></contentMeta></newsItem>')
        >>> doc = read_newsml_g2(Source("a.xml", "0", xml))[0]
        >>> doc.headline, doc.agency, doc.uri
        ('T', 'AFP', 'g1')

    Raises:
        UnsafeInputError: the XML declares a DTD or entities.
        ReadError: the XML is malformed or holds no NewsML-G2 item.
    """
    root = parse_xml(source.text, source.path)
    name = local(root.tag)
    if name in _ITEM_ROOTS:
        elements = [root]
    elif name == "newsMessage":
        elements = list(descendants(child(root, "itemSet"), "newsItem"))
    else:
        raise ReadError(
            source.path,
            f"XML root <{name}> is not a NewsML-G2 newsItem or newsMessage",
            "pass NewsML-G2, NewsML 1.2 or --format",
        )
    items = [_Item(e) for e in elements if local(e.tag) == "newsItem"]
    # skip placeholder items that carry neither a headline, a body nor a caption
    items = [i for i in items if i.headline or i.paragraphs or i.caption or i.creditline]
    if not items:
        raise ReadError(
            source.path, f"the NewsML-G2 <{name}> holds no readable newsItem", "nothing to read"
        )
    texts = [i for i in items if not i.is_picture]
    pictures = tuple(i.picture() for i in items if i.is_picture)
    if not texts:
        return [_document(item, source, n, (item.picture(),)) for n, item in enumerate(items)]
    return [_document(item, source, n, pictures) for n, item in enumerate(texts)]
