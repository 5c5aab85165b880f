"""Reader for NewsML 1.2, the format AFP and others still send.

::

    NewsML/NewsItem/Identification/NewsIdentifier/ProviderId   afp.com
    NewsML/NewsItem/NewsManagement/FirstCreated                20250621T143000Z
    NewsML/NewsItem/NewsComponent/NewsLines/HeadLine, ByLine, DateLine, CopyrightLine
    .../DescriptiveMetadata/Language/@FormalName
    .../ContentItem/DataContent                                nitf or <p> elements
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from provenance.enums import Format
from provenance.errors import ReadError

from .agency import normalize_agency
from .decode import parse_datetime
from .document import Document, Picture
from .registry import Source
from .wire import find_dateline, tidy_body
from .xml import XML_LANG, child, children, descendants, local, paragraphs, parse_xml, text_of

__all__ = ["read_newsml1"]

_PHOTO_ROLES = ("photo", "picture", "image")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?\s*", re.I)


def _copyright_agency(line: str | None) -> str | None:
    """The agency of a copyright line such as "Copyright 2025 AFP. All rights reserved"."""
    if not line:
        return None
    name = _COPYRIGHT.sub("", line).split(".", 1)[0]
    return normalize_agency(name)


def _formal(elem: Element | None) -> str | None:
    if elem is None:
        return None
    value = elem.get("FormalName")
    return value.strip() if value and value.strip() else None


def _component_role(component: Element) -> str:
    role = _formal(child(component, "Role")) or ""
    media = child(child(component, "ContentItem"), "MediaType")
    return f"{role} {_formal(media) or ''}".lower()


def _body(component: Element) -> list[str]:
    for data in descendants(component, "DataContent"):
        content = next(descendants(data, "body.content"), None)
        if content is not None:
            return paragraphs(content)
        found = paragraphs(data)
        if found:
            return found
    return []


def _picture(component: Element) -> Picture:
    lines = child(component, "NewsLines")
    caption = next(
        (text_of(d) for d in descendants(component, "DataContent") if text_of(d)), None
    ) or text_of(child(lines, "HeadLine"))
    creators = tuple(t for t in (text_of(e) for e in descendants(component, "ByLine")) if t)
    credit = text_of(child(lines, "CreditLine"))
    holder = text_of(child(lines, "CopyrightLine"))
    href = None
    for ref in descendants(component, "ContentItem"):
        href = ref.get("Href")
        if href:
            break
    return Picture(
        caption=caption,
        credit_line=credit,
        creators=creators,
        copyright_holder=holder,
        uri=href,
    )


def _item(item: Element, root: Element, source: Source, index: int) -> Document:
    ident = child(child(item, "Identification"), "NewsIdentifier")
    provider = text_of(child(ident, "ProviderId"))
    uri = text_of(child(ident, "PublicIdentifier"))
    management = child(item, "NewsManagement")
    published = next(
        (
            parsed
            for name in ("FirstCreated", "ThisRevisionCreated")
            if (parsed := parse_datetime(text_of(child(management, name)))) is not None
        ),
        None,
    )
    component = child(item, "NewsComponent")
    if component is None:
        raise ReadError(source.path, "NewsML NewsItem without NewsComponent", "nothing to read")
    lines = next(descendants(component, "NewsLines"), None)
    headline = text_of(child(lines, "HeadLine")) or ""
    byline = text_of(child(lines, "ByLine"))
    dateline_text = text_of(child(lines, "DateLine"))
    copyright_line = text_of(child(lines, "CopyrightLine"))
    language = _formal(next(descendants(component, "Language"), None)) or root.get(XML_LANG)
    located = _formal(next(descendants(component, "Location"), None))
    properties = {p.get("FormalName"): p.get("Value") for p in descendants(component, "Property")}
    located = properties.get("City") or properties.get("Country") or located
    texts: list[Element] = []
    pictures: list[Picture] = []
    for sub in descendants(component, "NewsComponent"):
        if sub is component:
            continue
        role = _component_role(sub)
        if any(r in role for r in _PHOTO_ROLES):
            pictures.append(_picture(sub))
        elif any(local(e.tag) == "DataContent" for e in sub.iter()):
            texts.append(sub)
    main = texts[0] if texts else component
    tidy = tidy_body(_body(main))
    pictures.extend(Picture(caption=c or None, credit_line=cr) for c, cr in tidy.captions)
    dateline = find_dateline(f"{dateline_text} - ") if dateline_text else tidy.dateline
    agency = normalize_agency(provider or "") or _copyright_agency(copyright_line) or tidy.signoff
    if agency is None and dateline is not None:
        agency = dateline.agency
    return Document(
        path=source.path,
        format=Format.NEWSML_1,
        headline=headline,
        body="\n\n".join(tidy.paragraphs),
        sha256=source.sha256,
        agency=agency,
        published=published,
        language=language,
        byline=byline,
        dateline=dateline_text or (dateline.text if dateline else None),
        located=located or (dateline.place if dateline else None),
        uri=uri,
        item_index=index,
        pictures=tuple(pictures),
    )


def read_newsml1(source: Source) -> list[Document]:
    """Read a NewsML 1.2 document; each ``NewsItem`` gives one document.

    Example:
        >>> from provenance.ingest.registry import Source
        >>> xml = ('<NewsML><NewsItem><Identification><NewsIdentifier>'
        ...        '<ProviderId>afp.com</ProviderId></NewsIdentifier></Identification>'
        ...        '<NewsComponent><NewsLines><HeadLine>T</HeadLine></NewsLines>'
        ...        '</NewsComponent></NewsItem></NewsML>')
        >>> doc = read_newsml1(Source("a.xml", "0", xml))[0]
        >>> doc.headline, doc.agency
        ('T', 'AFP')

    Raises:
        UnsafeInputError: the XML declares a DTD or entities (NewsML 1 files
            often carry a DOCTYPE: remove it).
        ReadError: the XML is malformed or holds no NewsItem.
    """
    root = parse_xml(source.text, source.path, max_depth=source.limits.max_depth)
    if local(root.tag) != "NewsML":
        raise ReadError(
            source.path,
            f"XML root <{local(root.tag)}> is not NewsML 1.2",
            "pass NewsML 1.2, NewsML-G2 or --format",
        )
    items = list(children(root, "NewsItem"))
    if not items:
        raise ReadError(source.path, "the NewsML document holds no NewsItem", "nothing to read")
    return [_item(item, root, source, n) for n, item in enumerate(items)]
