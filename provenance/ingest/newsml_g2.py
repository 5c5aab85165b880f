"""Reader for IPTC NewsML-G2: a ``newsItem`` or a ``newsMessage`` of several items.

Text items become documents; picture items (``ninat:picture``) in a message
become the pictures of that message's text items. A lone picture item gives a
document with an empty body and its picture. A ``packageItem`` only refers to
items (``itemRef``): the items a message carries beside it are read; a package
whose items are not inline is refused with one line naming what it refers to.

The agency comes from the provider, info sources, copyright holder, dateline
or sign-off when one of them is in the agency list (IPTC ``nprov:`` codes
included); else from the distributor list (``nprov:GYI`` is Getty Images);
else the provider's own name, the credit line, copyright holder or info
source as written, else the news message's ``sender``: an item that names who
delivered it is never "unknown". ``inlineData`` may be base64-encoded; the main
headline is the one without a role or with a ``...:main`` role.
"""

from __future__ import annotations

import base64
import binascii
import re
from xml.etree.ElementTree import Element

from provenance.enums import Format
from provenance.errors import ReadError

from .agency import normalize_agency, provider_in_credit, resolve_provider
from .decode import collapse, parse_datetime
from .document import Document, Picture
from .registry import Source
from .wire import find_dateline, tidy_body
from .xml import XML_LANG, child, children, descendants, local, paragraphs, parse_xml, text_of

__all__ = ["read_newsml_g2"]

_PICTURE_NATURES = frozenset({"picture", "graphic"})
_NATURE = re.compile(r"[:/#]")
_SCHEME = re.compile(r"^[a-z][\w.-]*:(?!//)", re.I)
_HOST = re.compile(r"^[a-z]+://(?:www\.)?([^/\s?#]+)", re.I)
_MAX_REFS = 3


def _names(elem: Element | None) -> tuple[str, ...]:
    """Every name a G2 party gives itself: ``<name>``s, then ``@literal``, ``@qcode``, ``@uri``."""
    if elem is None:
        return ()
    names = [text_of(n) for n in children(elem, "name")]
    names += [elem.get(attr) for attr in ("literal", "qcode", "uri")]
    if not list(elem):
        names.append(text_of(elem))
    return tuple(dict.fromkeys(c for c in (collapse(n) for n in names if n) if c))


def _party(elem: Element | None) -> str | None:
    """The name of a G2 party: ``<name>``, ``@literal``, or the code of ``@qcode``/``@uri``."""
    return next(iter(_names(elem)), None)


def _nature(item_class: Element | None) -> str:
    """The item nature's code, from ``@qcode`` (``ninat:picture``) or ``@uri`` (``.../picture``)."""
    if item_class is None:
        return ""
    value = (item_class.get("qcode") or item_class.get("uri") or "").strip().rstrip("/")
    return _NATURE.split(value)[-1].casefold()


def _main_headline(meta: Element | None) -> Element | None:
    """The main headline: one without a role or with a ``...:main`` role, else the first."""
    headlines = list(children(meta, "headline"))
    main = (h for h in headlines if (h.get("role") or ":main").rsplit(":", 1)[-1] == "main")
    return next(main, headlines[0] if headlines else None)


def _as_written(name: str) -> str | None:
    """A party's name as a reader can show it: a code without its scheme, a URI's host."""
    host = _HOST.match(name)
    if host:
        return host.group(1)
    return _SCHEME.sub("", name).strip() or None


def _agency_of(*names: str | None) -> str | None:
    for name in names:
        if name:
            agency = normalize_agency(name)
            if agency is not None:
                return agency
    return None


def _inline_data(inline: Element, path: str) -> str:
    """The text of ``inlineData``, base64-decoded when its ``@encoding`` says so."""
    text = inline.text or ""
    if (inline.get("encoding") or "").strip().casefold() != "base64":
        return text
    try:
        return base64.b64decode("".join(text.split()), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ReadError(
            path,
            "the NewsML-G2 inlineData says base64 but is not base64-encoded UTF-8 text",
            "fix the item's encoding or content",
        ) from exc


def _body(content_set: Element | None, path: str) -> list[str]:
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
        text = _inline_data(inline, path).replace("\r\n", "\n")
        blocks = [b for b in text.split("\n\n") if b.strip()]
        return [collapse(b) for b in blocks]
    return []


class _Item:
    """The fields of one G2 item, read once."""

    def __init__(self, item: Element, path: str) -> None:
        item_meta = child(item, "itemMeta")
        meta = child(item, "contentMeta")
        rights = child(item, "rightsInfo")
        self.is_picture = _nature(child(item_meta, "itemClass")) in _PICTURE_NATURES
        self.guid = item.get("guid")
        self.provider_names = _names(child(item_meta, "provider"))
        self.provider = next(iter(self.provider_names), None)
        sources = [_names(e) for e in children(meta, "infoSource")]
        self.info_source_names = tuple(n for names in sources for n in names)
        self.info_sources = [names[0] for names in sources if names]
        self.creators = [p for p in (_party(e) for e in children(meta, "creator")) if p]
        self.by = text_of(child(meta, "by"))
        self.creditline = text_of(child(meta, "creditline"))
        self.copyright_names = _names(child(rights, "copyrightHolder"))
        self.copyright_holder = next(iter(self.copyright_names), None)
        self.dateline = text_of(child(meta, "dateline"))
        located = child(meta, "located")
        self.located = _party(located)
        self.headline = text_of(_main_headline(meta)) or ""
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
        self.paragraphs = _body(content_set, path)
        nitf_byline = next(descendants(content_set, "byline"), None)
        self.nitf_byline = text_of(nitf_byline)
        self.uri = None
        for remote in descendants(content_set, "remoteContent"):
            self.uri = remote.get("href")
            break

    def known_provider(self) -> str | None:
        """The agency, else the distributor, that the provider fields or credit line name."""
        names = (*self.provider_names, *self.copyright_names, *self.info_source_names)
        agency = _agency_of(*names)
        if agency is not None:
            return agency
        found = (resolve_provider(n) for n in (*self.provider_names, *self.copyright_names))
        return next((f for f in found if f), None) or (
            provider_in_credit(self.creditline) if self.creditline else None
        )

    def named_provider(self) -> str | None:
        """The provider as the item writes it, when no list knows it."""
        names = (
            *(n for n in self.provider_names if not _SCHEME.match(n)),
            *([self.creditline] if self.creditline and "/" not in self.creditline else []),
            *(n for n in (*self.copyright_names, *self.info_source_names) if not _SCHEME.match(n)),
            *self.provider_names,
            *self.copyright_names,
        )
        return next((w for w in (_as_written(n) for n in names) if w), None)

    def picture(self) -> Picture:
        creators = tuple(dict.fromkeys(c for c in (*self.creators, self.by) if c))
        provider = self.info_sources[0] if self.info_sources else self.provider
        provider = (resolve_provider(provider) or provider) if provider else None
        return Picture(
            caption=self.caption,
            credit_line=self.creditline,
            creators=creators,
            provider=provider,
            copyright_holder=self.copyright_holder,
            uri=self.uri or self.guid,
        )


def _document(
    item: _Item, source: Source, index: int, pictures: tuple[Picture, ...], sender: str | None
) -> Document:
    tidy = tidy_body(item.paragraphs)
    body = tidy.paragraphs
    if body and body[0] == item.headline:
        body = body[1:]
    own = tuple(Picture(caption=c or None, credit_line=cr) for c, cr in tidy.captions)
    dateline = find_dateline(f"{item.dateline} - ") if item.dateline else tidy.dateline
    names = (*item.provider_names, *item.info_source_names, *item.copyright_names)
    agency = _agency_of(*names, tidy.signoff) or (dateline.agency if dateline else None)
    if agency is None and not item.is_picture:
        agency = _agency_of(*item.creators)
    if agency is None and item.is_picture:
        agency = _agency_of(item.creditline)
    if agency is None:
        agency = item.known_provider() or item.named_provider()
    if agency is None and sender:  # the message's sender delivered what names nobody
        agency = resolve_provider(sender) or _as_written(sender)
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
    root = parse_xml(source.text, source.path, max_depth=source.limits.max_depth)
    name = local(root.tag)
    if name not in _ROOTS:
        raise ReadError(
            source.path,
            f"XML root <{name}> is not a NewsML-G2 newsItem or newsMessage",
            "pass NewsML-G2, NewsML 1.2 or --format",
        )
    elements, missing = _items(root)
    items = [_Item(e, source.path) for e in elements]
    sender = text_of(child(child(root, "header"), "sender"))
    # skip placeholder items that carry neither a headline, a body nor a caption
    items = [i for i in items if i.headline or i.paragraphs or i.caption or i.creditline]
    if not items:
        raise ReadError(source.path, *_nothing_read(name, missing))
    texts = [i for i in items if not i.is_picture]
    pictures = tuple(i.picture() for i in items if i.is_picture)
    if not texts:
        return [
            _document(item, source, n, (item.picture(),), sender) for n, item in enumerate(items)
        ]
    return [_document(item, source, n, pictures, sender) for n, item in enumerate(texts)]


_ROOTS = frozenset({"newsItem", "packageItem", "newsMessage"})


def _items(root: Element) -> tuple[list[Element], list[str]]:
    """The news items to read, and the items packages refer to that are not inline."""
    if local(root.tag) == "newsItem":
        return [root], []
    scope = child(root, "itemSet") if local(root.tag) == "newsMessage" else None
    scope = root if scope is None else scope
    items = list(descendants(scope, "newsItem"))
    packages = list(descendants(scope, "packageItem"))
    inline = {e.get("guid") for e in (*items, *packages)}
    refs = (r.get("residref") for p in packages for r in descendants(p, "itemRef"))
    missing = [r.strip() for r in refs if r and r.strip() and r not in inline]
    return items, list(dict.fromkeys(missing))


def _nothing_read(name: str, missing: list[str]) -> tuple[str, str]:
    """The reason and hint when a G2 document gives no item to read."""
    if not missing:
        return f"the NewsML-G2 <{name}> holds no readable newsItem", "nothing to read"
    shown = ", ".join(collapse(r)[:100] for r in missing[:_MAX_REFS])
    more = f" and {len(missing) - _MAX_REFS} more" if len(missing) > _MAX_REFS else ""
    return (
        f"the NewsML-G2 <{name}> holds no readable newsItem: its package refers to "
        f"{len(missing)} item(s) that are not inline ({shown}{more})",
        "fetch the referenced items from the provider, or read a newsMessage that carries them",
    )
