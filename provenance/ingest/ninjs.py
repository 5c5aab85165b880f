"""Reader for IPTC ninjs JSON, versions 1.x, 2.x and 3.x.

Keys are matched case-insensitively, so 2.x (``firstcreated``) and 3.x
(``firstCreated``) share one code path; 1.x differs in shape (``headline``,
``body_text``/``body_html``, ``associations`` as an object) and is handled
where it does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from provenance.enums import Format
from provenance.errors import ReadError
from provenance.lexicon.agencies import agency_table

from .agency import provider_named
from .decode import collapse, load_json, parse_datetime
from .document import Document, Picture
from .html import parse_html_article
from .registry import Source
from .wire import tidy_body

__all__ = ["read_ninjs"]

_NINJS_KEYS = frozenset(
    {
        "headline",
        "headlines",
        "bodies",
        "body_text",
        "body_html",
        "body_xhtml",
        "descriptions",
        "description_text",
        "associations",
    }
)
_PICTURE_TYPES = frozenset({"picture", "graphic", "image", "photo"})
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xhtml")
_NOT_CAPTION = frozenset({"creditline", "credit", "credit_line", "copyright", "usageterms"})

Obj = Mapping[str, Any]


def _lower(obj: Obj) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in obj.items()}


def _str(value: object) -> str | None:
    if isinstance(value, str):
        text = collapse(value)
        return text or None
    if isinstance(value, Mapping):  # {"name": ...} parties
        return _str(_lower(value).get("name"))
    return None


def _dicts(value: object) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            if isinstance(item, Mapping):
                yield _lower(item)


def _by_role(value: object, *roles: str) -> str | None:
    """The value of the first entry whose role is one of ``roles`` ("" = no role)."""
    entries = list(_dicts(value))
    for role in roles:
        for entry in entries:
            if str(entry.get("role") or "").lower() == role:
                text = _str(entry.get("value"))
                if text:
                    return text
    return None


def _plain_paragraphs(text: str) -> list[str]:
    normalized = text.replace("\r\n", "\n")
    blocks = [b for b in normalized.split("\n\n") if b.strip()]
    if len(blocks) == 1:
        blocks = normalized.split("\n")
    return [p for p in (collapse(b) for b in blocks) if p]


def _is_markup(body: dict[str, Any]) -> bool:
    kind = str(body.get("contenttype", "")).lower()
    value = body.get("value")
    if not isinstance(value, str):
        return False
    # NITF and XHTML bodies are read with the lenient HTML parser: it finds their
    # <p> elements and never expands entities or fetches a DTD
    return (
        kind.startswith(_HTML_TYPES)
        or "xml" in kind
        or "nitf" in kind
        or (not kind and value.lstrip().startswith("<"))
    )


def _body_paragraphs(item: dict[str, Any]) -> tuple[list[str], tuple[Picture, ...]]:
    bodies = [b for b in _dicts(item.get("bodies")) if isinstance(b.get("value"), str)]
    markup = next((b for b in bodies if _is_markup(b)), None)
    if markup is not None:
        article = parse_html_article(markup["value"])
        if article.paragraphs:
            return list(article.paragraphs), article.pictures
    plain = next((b for b in bodies if not _is_markup(b)), None)
    if plain is not None:
        return _plain_paragraphs(plain["value"]), ()
    # ninjs 1.x: body_text, body_html, body_<anything>
    if isinstance(item.get("body_text"), str):
        return _plain_paragraphs(item["body_text"]), ()
    for key in ("body_html", "body_xhtml", "body_html5", "body_nitf"):
        if isinstance(item.get(key), str):
            article = parse_html_article(item[key])
            return list(article.paragraphs), article.pictures
    for key, value in item.items():
        # "body" is no ninjs key, but a JSON news item (or one of our article rows) may
        # carry its text there: read it rather than drop it silently
        if (key == "body" or key.startswith("body_")) and isinstance(value, str):
            return _plain_paragraphs(value), ()
    return [], ()


def _headline(item: dict[str, Any]) -> str:
    return (
        _str(item.get("headline"))
        or _by_role(item.get("headlines"), "main", "", "title")
        or next((_str(h.get("value")) for h in _dicts(item.get("headlines"))), None)
        or _str(item.get("title"))
        or _str(item.get("slugline"))
        or ""
    )


def _sources(item: dict[str, Any]) -> list[str]:
    names = []
    for key in ("infosources", "infosource"):
        for entry in _dicts(item.get(key)):
            name = _str(entry.get("name"))
            if name:
                names.append(name)
    return names


def _is_picture(item: dict[str, Any]) -> bool:
    if str(item.get("type", "")).lower() in _PICTURE_TYPES:
        return True
    for rendition in _dicts(item.get("renditions")):
        if str(rendition.get("contenttype", rendition.get("mimetype", ""))).startswith("image/"):
            return True
    return False


def _picture(item: dict[str, Any]) -> Picture:
    credit = (
        _by_role(item.get("descriptions"), "creditline", "credit", "credit_line")
        or _str(item.get("creditline"))
        or _str(item.get("description_credit"))
    )
    caption = (
        _by_role(item.get("descriptions"), "caption", "", "text", "summary")
        or _str(item.get("description_text"))
        or _str(item.get("body_text"))
        or next(
            (
                _str(d.get("value"))
                for d in _dicts(item.get("descriptions"))
                if str(d.get("role", "")).lower() not in _NOT_CAPTION
            ),
            None,
        )
    )
    by = _str(item.get("by")) or _str(item.get("byline"))
    holder = _str(item.get("copyrightholder"))
    sources = _sources(item)
    if credit is None and by is None and holder is None:
        credit = sources[0] if sources else None
    return Picture(
        caption=caption,
        credit_line=credit,
        creators=(by,) if by else (),
        provider=sources[0] if sources else None,
        copyright_holder=holder,
        uri=_str(item.get("uri")),
        files=tuple(h for r in _dicts(item.get("renditions")) if (h := _str(r.get("href")))),
    )


def _associations(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    value = item.get("associations")
    if isinstance(value, Mapping):  # ninjs 1.x: {"featureimage": {...}}
        value = list(value.values())
    yield from _dicts(value)


def _is_ninjs(item: dict[str, Any]) -> bool:
    if any(k in _NINJS_KEYS or k.startswith(("body_", "headline_")) for k in item):
        return True
    return "uri" in item and ("type" in item or "versioncreated" in item)


def _document(item: dict[str, Any], source: Source, index: int) -> Document:
    paragraphs, html_pictures = _body_paragraphs(item)
    tidy = tidy_body(paragraphs)
    pictures = [_picture(a) for a in _associations(item) if _is_picture(a)]
    is_picture = _is_picture(item)
    if is_picture and not pictures:
        pictures.append(_picture(item))
    pictures = [p for p in pictures if p.caption or p.credit_line or p.creators or p.provider]
    if not pictures:
        pictures.extend(html_pictures)
    pictures.extend(Picture(caption=c or None, credit_line=cr) for c, cr in tidy.captions)
    body = tidy.paragraphs
    dateline = tidy.dateline
    if is_picture:
        # a picture item's description is its caption, not an article body
        body, dateline = (), None
    headline = _headline(item)
    if body and body[0] == headline:
        body = body[1:]
    # an info source is matched by its names and aliases, not by the short names only
    # credit lines and sign-offs write ("DHA" supplied an AP picture: AP's item)
    table = agency_table()
    candidates = [(_str(item.get("copyrightholder")), True)]
    candidates += [(s, False) for s in _sources(item)]
    candidates.append((tidy.signoff, True))
    if is_picture:
        candidates.extend((p.credit_line, True) for p in pictures)
    agency = next((a for a in (table.agency(c, written=w) for c, w in candidates if c) if a), None)
    if agency is None and dateline is not None:
        agency = dateline.agency
    if agency is None:  # a provider named but in no agency list: a distributor, else as written
        agency = provider_named(
            [_str(item.get("copyrightholder")), *_sources(item)],
            [p.credit_line for p in pictures] if is_picture else [],
        )
    published = next(
        (
            parsed
            for key in ("firstcreated", "contentcreated", "versioncreated")
            if (parsed := parse_datetime(item.get(key))) is not None
        ),
        None,
    )
    return Document(
        path=source.path,
        format=Format.NINJS,
        headline=headline,
        body="\n\n".join(body),
        sha256=source.sha256,
        agency=agency,
        published=published,
        language=_str(item.get("language")),
        byline=_str(item.get("by")) or _str(item.get("byline")),
        dateline=dateline.text if dateline else None,
        located=_str(item.get("located")) or (dateline.place if dateline else None),
        uri=_str(item.get("uri")),
        item_index=index,
        pictures=tuple(pictures),
    )


def read_ninjs(source: Source) -> list[Document]:
    """Read a ninjs document (or a JSON array of them).

    Example:
        >>> from provenance.ingest.registry import Source
        >>> raw = '{"headlines": [{"role": "main", "value": "T"}], "copyrightHolder": "AFP"}'
        >>> doc = read_ninjs(Source("a.json", "0", raw))[0]
        >>> doc.headline, doc.agency
        ('T', 'AFP')

    Raises:
        ReadError: the JSON is malformed, or is not a ninjs document.
    """
    try:
        data = load_json(source.text, source.path, source.limits.max_depth)
    except json.JSONDecodeError as exc:
        raise ReadError(
            source.path,
            f"malformed JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})",
            "fix the JSON or pass --format",
        ) from exc
    except RecursionError as exc:
        raise ReadError(source.path, "JSON nested too deeply", "pass a ninjs document") from exc
    items = data if isinstance(data, list) else [data]
    lowered = [_lower(i) for i in items if isinstance(i, Mapping)]
    if not lowered or len(lowered) != len(items) or not all(_is_ninjs(i) for i in lowered):
        raise ReadError(
            source.path,
            "JSON but not a ninjs document (no headline, body or associations)",
            "pass IPTC ninjs JSON or --format",
        )
    docs = [_document(item, source, index) for index, item in enumerate(lowered)]
    if not any(d.headline or d.body or d.pictures for d in docs):
        raise ReadError(source.path, "the ninjs document has no text", "nothing to read")
    return docs
