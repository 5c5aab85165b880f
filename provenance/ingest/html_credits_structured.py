"""Pictures that pages describe as structured data: JSON-LD, microdata and share-image alt text.

JSON-LD ``ImageObject``s (``creditText``, ``author``, ``creator``,
``copyrightHolder``, ``provider``, a credit in brackets ending the ``caption``, in
``@graph``, arrays and nested items), "credit" fields of
other page data, schema.org microdata ``ImageObject``s, and the alt text of the
share image (``og:image:alt``, ``twitter:image:alt``). :mod:`.html_credits`
finds the credits pages print.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.lexicon.credits import credit_lexicon

from .credit_text import MAX_CREDIT, bracket_credit, credit_shaped, labelled_credit, tail_credit
from .decode import collapse
from .document import Picture

__all__ = ["json_ld_pictures", "meta_pictures", "microdata_pictures", "microdata_prop"]

_JSON_CREDIT = re.compile(
    r'"(?:credit|creditText|photoCredit|imageCredit)"\s*:\s*"(?P<v>[^"\\]{2,160})"'
)


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return collapse(node.text(deep=True, separator=" ", strip=False) or "")


# keys whose value is a picture even when it has no "@type" ({"image": {"url": ...}})
_IMAGE_KEYS = frozenset({"image", "images", "associatedMedia", "thumbnail", "primaryImageOfPage"})


def _walk_images(value: Any, image_slot: bool = False) -> Iterator[dict[str, Any]]:
    """Every ``ImageObject`` of JSON-LD data, in ``@graph``, arrays and nested items."""
    if isinstance(value, dict):
        kind = value.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "ImageObject" in kinds or (image_slot and kind is None):
            yield value
        for key, child in value.items():
            yield from _walk_images(child, key in _IMAGE_KEYS)
    elif isinstance(value, list):
        for child in value:
            yield from _walk_images(child, image_slot)


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):  # CMSs often escape HTML inside JSON-LD ("&amp;")
        return (collapse(html.unescape(value)),) if value.strip() else ()
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return tuple(n for v in value for n in _names(v))
    return ()


def json_ld_pictures(tree: LexborHTMLParser) -> list[Picture]:
    """Pictures described by JSON-LD ``ImageObject``s, and "credit" fields of page data.

    Example:
        >>> page = '<script type="application/ld+json">{"@type": "ImageObject",'
        >>> page += ' "creditText": "Jane Roe/AP", "caption": "A cat"}</script>'
        >>> [(p.caption, p.credit_line) for p in json_ld_pictures(LexborHTMLParser(page))]
        [('A cat', 'Jane Roe/AP')]
    """
    pictures: list[Picture] = []
    for script in tree.css("script"):
        raw = script.text(deep=True) or ""
        if (script.attributes.get("type") or "").strip() == "application/ld+json":
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            for image in _walk_images(data):
                # several parties ("creditText": ["Name/AFP", "Name/Reuters"]) stay apart
                joined = "; ".join(_names(image.get("creditText")))
                if not joined:  # "copyrightNotice": "© 2023 Jane Roe/AFP", unless a notice
                    notice = " ".join(_names(image.get("copyrightNotice")))
                    joined = "" if credit_lexicon().is_notice(notice) else notice
                credit = (joined,) if joined else ()
                creators = _names(image.get("author")) + _names(image.get("creator"))
                holder = _names(image.get("copyrightHolder"))
                # the supplier, as schema.org names it on any creative work
                provider = _names(image.get("provider")) or _names(image.get("sourceOrganization"))
                caption = _names(image.get("caption"))
                split = bracket_credit(caption[0]) if caption and not credit else None
                if split is not None and split[0]:  # "caption": "Rain. (Jane Roe/AP)"
                    caption, credit = (split[0],), (split[1],)
                if credit or creators or holder or provider:
                    pictures.append(
                        Picture(
                            caption=caption[0] if caption else None,
                            credit_line=credit[0] if credit else None,
                            creators=creators,
                            provider=provider[0] if provider else None,
                            copyright_holder=holder[0] if holder else None,
                        )
                    )
        elif "credit" in raw:
            for match in _JSON_CREDIT.finditer(raw):
                pictures.append(Picture(credit_line=collapse(match.group("v"))))
    return pictures


_LINE_LIKE = re.compile(r"[/|]|\s(?:via|for)\s", re.I)
_MICRODATA_IMAGE = '[itemtype*="ImageObject" i]'


def microdata_prop(scope: LexborNode, name: str) -> tuple[LexborNode | None, str]:
    """A microdata property of an item: ``<meta content>``, a nested ``name``, or the text.

    Example:
        >>> page = '<div itemscope><meta itemprop="author" content="Jane Roe"></div>'
        >>> microdata_prop(LexborHTMLParser(page).css_first("div"), "author")[1]
        'Jane Roe'
    """
    node = scope.css_first(f'[itemprop~="{name}"]')
    if node is None:
        return None, ""
    if "content" in node.attributes:
        return node, collapse(node.attributes.get("content") or "")
    named = node.css_first('[itemprop="name"]') if "itemscope" in node.attributes else None
    if named is not None and "content" in named.attributes:
        return node, collapse(named.attributes.get("content") or "")
    return node, _text(named or node)


def microdata_pictures(tree: LexborHTMLParser) -> list[Picture]:
    """Pictures described by schema.org microdata (``itemtype=".../ImageObject"``).

    ``creator``/``author`` name the maker, ``copyrightHolder`` the holder and
    ``creditText`` the credit line, as elements or ``<meta itemprop content>``.
    The property elements read are removed from the tree.

    Example:
        >>> page = '<div itemscope itemtype="https://schema.org/ImageObject">'
        >>> page += '<meta itemprop="author" content="Jane Roe"><img src="a.jpg"></div>'
        >>> [p.creators for p in microdata_pictures(LexborHTMLParser(page))]
        [('Jane Roe',)]
    """
    pictures: list[Picture] = []
    for scope in tree.css(_MICRODATA_IMAGE):
        found: dict[str, str] = {}
        for name in ("creditText", "creator", "author", "copyrightHolder"):
            node, value = microdata_prop(scope, name)
            if node is not None:
                node.decompose()
                if value:
                    found[name] = value
        if not found:
            continue
        for name in ("creator", "author", "copyrightHolder"):
            # a property holding a whole credit line ("Name/for The Daily News")
            if name in found and "creditText" not in found and _LINE_LIKE.search(found[name]):
                found["creditText"] = found.pop(name)
        creators = tuple(dict.fromkeys(found[k] for k in ("creator", "author") if k in found))
        _, caption = microdata_prop(scope, "caption")
        pictures.append(
            Picture(
                caption=caption or None,
                credit_line=found.get("creditText"),
                creators=creators,
                copyright_holder=found.get("copyrightHolder"),
            )
        )
    return pictures


_META_ALT = 'meta[property="og:image:alt"], meta[name="twitter:image:alt"]'


def _credit_meta(name: str) -> bool:
    """A meta tag named for a picture's credit: its name or property holds a picture word
    and a credit word of the lexicon ("og:image:credit", "article:photo_credit")."""
    lex = credit_lexicon()
    folded = name.casefold()
    return any(w in folded for w in lex.meta_picture_words) and any(
        w in folded for w in lex.meta_credit_words
    )


def _meta_credits(tree: LexborHTMLParser) -> list[Picture]:
    """Credits in meta tags named for them (``<meta property="og:image:credit">``)."""
    pictures: list[Picture] = []
    for node in tree.css("meta[content]"):
        name = node.attributes.get("property") or node.attributes.get("name") or ""
        if not name or not _credit_meta(name):
            continue
        text = collapse(node.attributes.get("content") or "")
        # words, not a year or an address ("image-copyright-year", "og:image:credit:url")
        if len(text) <= MAX_CREDIT and _LETTERS.search(text) and not _URL.match(text):
            pictures.append(Picture(credit_line=text))
    return pictures


_LETTERS = re.compile(r"[^\W\d_]{2}")
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.I)


def meta_pictures(tree: LexborHTMLParser) -> list[Picture]:
    """Credits of the share image: in its alt text (``og:image:alt``, ``twitter:image:alt``)
    and in meta tags named for a picture's credit (``og:image:credit``,
    ``article:photo_credit``).

    Only a credit the alt text sets apart counts: a bracket at its end, a whole labelled
    credit, or a labelled credit or a credit line naming a known agency after its last
    sentence ("Kyiv at night. Photo: Jane Roe/AFP"). ``author`` and ``article:author``
    name the writer, never a photo credit.

    Example:
        >>> page = '<meta property="og:image:alt" content="Kyiv at night (Jane Roe/AFP)">'
        >>> [(p.caption, p.credit_line) for p in meta_pictures(LexborHTMLParser(page))]
        [('Kyiv at night', 'Jane Roe/AFP')]
        >>> page = '<meta property="og:image:credit" content="Jane Roe/Reuters">'
        >>> page += '<meta name="author" content="John Doe">'
        >>> [p.credit_line for p in meta_pictures(LexborHTMLParser(page))]
        ['Jane Roe/Reuters']
    """
    pictures: list[Picture] = []
    seen: set[str] = set()
    for node in tree.css(_META_ALT):
        text = collapse(node.attributes.get("content") or "")
        if not text or text in seen:
            continue
        seen.add(text)
        split = bracket_credit(text)
        tail = tail_credit(text) if split is None else None
        if split is not None and split[0]:
            pictures.append(Picture(caption=split[0], credit_line=split[1]))
        elif labelled_credit(text):
            pictures.append(Picture(credit_line=text))
        elif tail is not None and (labelled_credit(tail[1]) or credit_shaped(tail[1])):
            pictures.append(Picture(caption=tail[0], credit_line=tail[1]))
    pictures.extend(_meta_credits(tree))
    return pictures
