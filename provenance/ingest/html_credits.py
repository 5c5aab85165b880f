"""Finding photo credits where real pages put them, with captions kept apart.

Pages credit pictures in many places: a credit span inside or outside
``<figcaption>``, ``data-credit`` attributes, ``<small>``/``<cite>`` in
captions, credit/copyright classes, JSON-LD ``ImageObject`` (``creditText``,
``author``, ``copyrightHolder``), a bracket at the end of a caption or an alt
text ("... (Juni Kriswanto/AFP/Getty Images)"), or a short line starting with a
role label ("Pictures: Getty", "Photographs by Name"). The labels come from the
credit lexicon, so "Foto:" and "Фото:" work like "Photo:". The article's own
byline is never taken as a photo credit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.lexicon.agencies import agency_table
from provenance.lexicon.credits import credit_lexicon

from .credit_labels import headline_words
from .credit_shapes import _is_name
from .credit_text import (
    BRACKET,
    LINE_BREAK,
    MAX_CREDIT,
    MAX_LIST,
    NOTICE_YEAR,
    WORD,
    bracket_credit,
    comma_credit,
    credit_element,
    credit_in_caption,
    credit_shaped,
    label_only,
    label_start,
    labelled_credit,
    labelled_sentence,
    maker_line,
    reads_like_credit,
    starts_with_label,
    tail_credit,
    unnamed_supplier,
)
from .document import Picture
from .html_credit_roles import ROLE_SELECTOR, author_links, role_marks
from .html_credits_structured import (
    json_ld_pictures,
    meta_pictures,
    microdata_pictures,
    microdata_prop,
)

__all__ = [
    "aside_figures",
    "credit_in_caption",
    "find_pictures",
    "json_ld_pictures",
    "meta_pictures",
    "microdata_pictures",
]  # credit_in_caption and the structured-data readers: re-exports

# the credit and caption class words come from the credit lexicon (any language)
_CREDIT_MARKS = (
    '[itemprop="copyrightHolder"], [itemprop="creator"], '
    '[class*="photo" i] [class*="byline" i], [class*="image" i] [class*="source" i], '
    '[class*="photo" i] [class*="source" i]'
)
_IN_CAPTION = "small, cite"
_DATA = (
    "data-credit",
    "data-photographer",
    "data-image-credit",
    "data-photo-credit",
    "data-copyright",
    "attribution",  # AMP's credit of a picture: <amp-img attribution="Jane Roe/AFP">
)
# on a picture element only (never a link's "data-source" in the page's navigation): the
# picture's maker in "data-author", its supplier in "data-agency", "data-source" and the
# other supplier roles of the lexicon ("data-provider")
_PICTURE_TAGS = frozenset({"figure", "img", "amp-img", "picture"})
_AUTHOR_ATTR = "data-author"
# WordPress (Jetpack) galleries: the caption as escaped HTML, and the picture's own
# IPTC/EXIF fields as JSON ('data-image-meta="{&quot;credit&quot;:&quot;Jane Roe&quot;,...}"')
_IMAGE_CAPTION = "data-image-caption"
_IMAGE_META = "data-image-meta"
_DATA_NAMES = (*_DATA, "data-caption", _IMAGE_CAPTION, _IMAGE_META)
_TAG = re.compile(r"<[^>]*>")
_DATA_SELECTOR = ", ".join(f"[{name}]" for name in _DATA_NAMES)
_LEAF_TAGS = frozenset(
    [
        "p",
        "small",
        "cite",
        "span",
        "div",
        "em",
        "strong",
        "sup",
        "font",
        "dd",
        "li",
        "td",
        "th",
        "figcaption",
        "h4",
        "h5",
        "h6",
    ]
)
_BRACKET_TAGS = frozenset({"p", "div", "span", "td", "em", "sup", "small", "i"})
_CLIMB = 4  # how far up from a text node an element holding a credit may be
_INLINE_NOTES = frozenset({"sup", "small", "em", "i"})
# UI labels for screen readers ("Image copyright"), not part of the credit
_HIDDEN_LABEL = (
    '[class*="off-screen" i], [class*="sr-only" i], [class*="screen-reader" i], '
    '[class*="visually-hidden" i], [class*="visuallyhidden" i]'
)


def collapse(text: str) -> str:
    """Runs of whitespace to one space, stripped (``str.split`` is faster than a regex)."""
    return " ".join(text.split())


def _lines(node: LexborNode) -> str:
    """The text of a node with its line breaks kept (a ``<br>`` ends a credit)."""
    return node.text(deep=True, separator=" ", strip=False) or ""


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return collapse(node.text(deep=True, separator=" ", strip=False) or "")


def _credit_text(node: LexborNode) -> str:
    """The first line of a credit element (a line break ends the credit).

    A field label of its own ("<div class="field__label">Credit</div>", Drupal) is
    dropped: it is page furniture, and "Credit Name" would read as one name. An element
    with no words of its own (an "i" button) gives its ``aria-label`` or ``title``.
    """
    for label in node.css(_FIELD_LABEL):
        if label_only(_text(label)):
            label.decompose()
    raw = node.text(deep=True, separator=" ", strip=False) or ""
    text = ""
    for line in raw.split("\n"):
        text = collapse(f"{text} {line}")
        if WORD.search(text.lstrip("©").strip()) and not label_only(text):
            break
    if not WORD.search(text):
        # '<button class="credit" aria-label="Credit: Jane Roe/AFP">i</button>': an info
        # button shows the credit on demand; its label or tooltip holds it
        text = collapse(node.attributes.get("aria-label") or node.attributes.get("title") or "")
    if text.endswith(":") or credit_lexicon().is_notice(text) or not reads_like_credit(text):
        return ""
    return text


_FIELD_LABEL = '[class*="label" i]'
# page controls set inside captions and figures ("<b class="hide-caption">hide caption</b>")
_UI_IN_CAPTION = ", ".join(
    f"{box} {tag}"
    for box in ("figure", "figcaption", '[class*="caption" i]')
    for tag in ("b", "button", "a", "span", "i")
)


@cache
def _classes(words: tuple[str, ...]) -> str:
    return ", ".join(f'[class*="{w}" i]' for w in words)


@cache
def _test_ids(words: tuple[str, ...]) -> str:
    return ", ".join(f'[data-testid*="{w}" i]' for w in words)


def _credit_selector() -> str:
    """Credit elements: a credit class of the lexicon, the marks of credit elements, and a
    React component's test id named for a credit (``<span data-testid="photo-credit">``)."""
    lex = credit_lexicon()
    words = lex.credit_classes + lex.weak_credit_classes
    return f"{_classes(words)}, {_CREDIT_MARKS}, {_test_ids(lex.credit_classes)}"


def _caption_selector() -> str:
    """Captions: ``<figcaption>``, a caption class, microdata, and a React component's test
    id named for a caption (``<p data-testid="hero-caption">``), which such pages set where
    others set a class."""
    words = credit_lexicon().caption_classes
    return f'figcaption, {_classes(words)}, [itemprop="caption"], {_test_ids(words)}'


def _credit_nodes(root: LexborNode | LexborHTMLParser) -> list[LexborNode]:
    """Credit elements, without captions that merely share a class ("caption attribution")."""
    lex = credit_lexicon()
    out = []
    for node in root.css(_credit_selector()):
        cls = (node.attributes.get("class") or "").casefold()
        caption = (
            any(w in cls for w in lex.caption_classes)
            or node.attributes.get("itemprop") == "caption"
        )
        if caption and not any(w in cls for w in lex.credit_classes) and not _bem_credit(cls):
            continue
        out.append(node)
    return out


_BEM_PART = re.compile(r"__|--|[-_]")


def _bem_credit(cls: str) -> bool:
    """A class naming a credit as the last part of a caption block (BEM: "caption__attribution")."""
    weak = credit_lexicon().weak_credit_classes
    return any(
        _BEM_PART.split(token)[-1] in weak for token in cls.split() if "_" in token or "-" in token
    )


def _innermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes with none of the others inside them."""
    ids = {n.mem_id for n in nodes}
    inner: set[int] = set()
    for node in nodes:
        parent = node.parent
        while parent is not None:
            if parent.mem_id in ids:
                inner.add(parent.mem_id)
            parent = parent.parent
    return [n for n in nodes if n.mem_id not in inner]


_SOURCE_ORG = '[itemprop~="sourceOrganization"], [itemprop~="provider"]'
_IMG = "img, amp-img"  # AMP pages show pictures in <amp-img>
_PICTURE_SELECTOR = "img, amp-img, picture"


def _near_image(node: LexborNode, levels: int = 3) -> bool:
    """Whether an image sits in the same small block as ``node`` (a few levels up)."""
    current = node.parent
    for _ in range(levels):
        if current is None or current.tag in ("body", "article", "main"):
            return False
        if current.css_first(_IMG) is not None:
            return True
        current = current.parent
    return False


def _source_organizations(tree: LexborHTMLParser) -> list[Picture]:
    """schema.org ``sourceOrganization``/``provider`` items naming a picture's supplier.

    "<p itemprop="sourceOrganization" ...>Caption.<span itemprop="name">REUTERS</span></p>":
    the name is the credit, the rest of the element the caption.
    """
    pictures: list[Picture] = []
    for node in tree.css(_SOURCE_ORG):
        if not _near_image(node):  # an article's own source, not a picture's
            continue
        named, name = microdata_prop(node, "name")
        if named is None:
            if "content" not in node.attributes:
                continue
            name = collapse(node.attributes.get("content") or "")
        elif named is not None:
            named.decompose()
        if name and len(name) <= MAX_CREDIT:
            caption = _text(node) or None
            split = credit_in_caption(caption) if caption else None
            if split is not None:  # "... (AP Photo/Name)" in the caption as well
                caption = split[0] or None
                pictures.append(Picture(caption=caption, credit_line=split[1]))
            pictures.append(Picture(caption=caption, credit_line=name))
            node.decompose()
    return pictures


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes not inside another of them (each page element read once)."""
    ids = {n.mem_id for n in nodes}
    out = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            out.append(node)
    return out


def _caption_of(node: LexborNode) -> str | None:
    parent = node.parent
    caption = parent.css_first(_caption_selector()) if parent is not None else None
    text = _text(caption)
    return text or None


def _figure(figure: LexborNode) -> list[Picture]:
    marks = role_marks(figure)
    authors = author_links(figure)
    credit_nodes = _innermost(_credit_nodes(figure))
    credits = [*marks.suppliers, *(t for t in (_credit_text(n) for n in credit_nodes) if t)]
    # '<img data-credit="Name/AFP">' inside the figure: the figure is read whole, here
    credits += _data_credits([figure, *figure.css("*")])
    creators = tuple(t for t in (_text(n) for n in figure.css('[itemprop="creator"]')) if t)
    creators += marks.makers
    attributed, provider = _picture_attributes([figure, *figure.css(_PICTURE_SELECTOR)])
    creators += tuple(c for c in attributed if c not in creators)
    holder = _text(figure.css_first('[itemprop="copyrightHolder"]')) or None
    for node in credit_nodes:
        node.decompose()
    # a figure without a <figcaption> may hold its caption in a <footer>
    caption_box = figure.css_first("figcaption") or figure.css_first("footer")
    for node in figure.css(_IN_CAPTION):
        if caption_box is not None:
            credits.append(_text(node))
            node.decompose()
    credits += _labelled_outside_caption(figure)
    for node in figure.css("footer"):  # "<figure><img><footer>Jane Roe/AP</footer>"
        text = _text(node)
        if text and credit_element(text):
            credits.append(text)
            node.decompose()
    figcaption = figure.css_first("figcaption") or figure.css_first("footer")
    if figcaption is not None:
        credits.extend(_last_credit_element(figcaption))
    image = figure.css_first(_IMG)
    caption = _text(figcaption) or None
    uri = image.attributes.get("src") if image is not None else None
    pictures: list[Picture] = []
    if caption:
        # the caption's own lines: a name alone on its last line is a credit
        split = credit_in_caption(_lines(figcaption) if figcaption is not None else caption)
        if split is not None:
            caption, credit = split[0] or None, split[1]
            credits.append(credit)
    for name in authors:  # a linked name in the caption, not inside a credit line
        if not any(name in credit for credit in credits) and name not in creators:
            creators += (name,)
            if caption:
                caption = collapse(caption.replace(name, " ")).rstrip(" |-–—·") or None
    if not credits and not creators and image is not None:
        alt = collapse(image.attributes.get("alt") or "")
        split = _attribute_credit(alt, image) if alt else None
        if split is not None and split[0]:
            credits.append(split[1])
        elif (title := _title_credit(image)) is not None:
            credits.append(title)
    # a credit element emptied of its role-marked parties leaves only its "/"
    credit_line = " / ".join(dict.fromkeys(c for c in credits if WORD.search(c))) or None
    if credit_line or caption or creators or provider:
        pictures.append(
            Picture(
                caption=caption,
                credit_line=credit_line,
                creators=creators,
                provider=provider,
                copyright_holder=holder,
                uri=uri,
            )
        )
    return pictures


_FIGURE_LEAVES = "span, p, div, small, em, cite, b, strong"


def _title_credit(image: LexborNode) -> str | None:
    """The credit a figure's picture shows on hover, when nothing else in the figure credits
    it: a title that is a labelled credit ("Photo: Jane Roe/AFP") or, on a picture of this
    page, a whole credit line ("Jane Roe/Reuters"); never a caption ("Rain in Kyiv")."""
    title = collapse(image.attributes.get("title") or "")
    if not title or len(title) > MAX_CREDIT:
        return None
    if label_start(title) and starts_with_label(title):
        return title
    return title if not _linked(image) and _whole_credit(title) else None


def _labelled_outside_caption(figure: LexborNode) -> list[str]:
    """Labelled credits in a figure but outside its caption ("<span>Image source: Getty
    Images</span>" after the ``<figcaption>``), taken out of the figure."""
    found = []
    for node in figure.css(_FIGURE_LEAVES):
        if node.css_first(f"{_IMG}, figcaption") is not None or _inside(node, "figcaption"):
            continue
        text = _text(node)
        if text and len(text) <= MAX_CREDIT and starts_with_label(text):
            found.append(node)
    credits = []
    for node in _outermost(found):
        credits.append(_text(node))
        node.decompose()
    return credits


def _inside(node: LexborNode, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


def _linked(image: LexborNode) -> bool:
    """Whether an image sits inside a link: a teaser for another page, not this one's picture.
    A link to a picture file (a lightbox's or a CMS's "link to media file") is no teaser."""
    current = image.parent
    for _ in range(3):
        if current is None:
            return False
        if current.tag == "a" and "href" in current.attributes:
            return _lightbox(current) is None
        current = current.parent
    return False


_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?$", re.IGNORECASE)


def _lightbox(link: LexborNode) -> LexborNode | None:
    """The link itself when it opens a picture file ("<a href="a-large.jpg"><img></a>"): the
    picture's larger copy, standing where the picture stands in the page."""
    href = (link.attributes.get("href") or "").strip()
    return link if _PICTURE_FILE.search(href) else None


def _whole_credit(text: str) -> bool:
    """An alt or title text that is a credit line and nothing else: a known agency or
    distributor in a chain ("Jane Roe/Reuters", "Jane Roe | AFP | Getty Images"), whose
    head is no sentence ("Rain in Kyiv - Jane Roe/AFP" has a caption before the credit)."""
    if len(text) > MAX_CREDIT or not credit_shaped(text):
        return False
    split = tail_credit(text)
    return split is None or _is_name(split[0])


def _attribute_credit(text: str, image: LexborNode) -> tuple[str, str] | None:
    """A credit at the end of an image's alt or title text: in brackets, or, for a
    picture of this page (not a linked teaser), after the last sentence, dash or
    bar ("Rain in Kyiv. Photo: Jane Roe/AFP", "Rain in Kyiv - Jane Roe/AFP")."""
    split = bracket_credit(text)
    if split is not None or _linked(image):
        return split
    split = tail_credit(text)
    if split is not None and label_only(split[0]):
        return None  # "Foto: Jane Roe/dpa": a label, then the credit; no caption before it
    if split is not None and _whole_credit(text):
        return None  # "Jane Roe | AFP | Getty Images": one credit, no caption before it
    if split is not None and (labelled_credit(split[1]) or not label_start(split[1])):
        return split
    return None


def _role_pictures(blocks: dict[int, LexborNode]) -> list[Picture]:
    """Parties marked by role attributes outside figures, in a block beside a picture."""
    pictures: list[Picture] = []
    for block in blocks.values():
        if block.css_first(_IMG) is None and not _near_image(block, 2):
            continue  # an article's own contributor list
        marks = role_marks(block)
        if marks:
            credit = " / ".join(marks.suppliers) or None
            pictures.append(Picture(credit_line=credit, creators=marks.makers))
    return pictures


_SET_APART = (".", "!", "?", ")", "|", "-", "–", "—", "·", "•")


def _last_credit_element(caption: LexborNode) -> list[str]:
    """The caption's last child element when it is a credit set apart from the text.

    "<figcaption><p>Police in Berlin</p><span>Foto: Name / dpa</span></figcaption>":
    the credit is taken out (and returned) so the caption keeps only its own text.
    """
    children = [c for c in caption.iter(include_text=True) if _text(c)]
    if len(children) < 2 or children[-1].tag == "-text":
        return []
    last = children[-1]
    if children[-2].tag == "-text" and not _text(children[-2]).endswith(_SET_APART):
        # "Rain. <span>Jane Roe</span>" is set apart; "a portrait of <span>Name</span>" is not
        return []
    while True:  # "<span><span>Credit...</span><span>Name</span></span>" stays whole
        inner = [c for c in last.iter() if _text(c)]
        if len(inner) != 1 or _text(inner[0]) != _text(last):
            break
        last = inner[0]
    text = _text(last)
    if not credit_element(text):
        return []
    last.decompose()
    return [text]


def _text_nodes(tree: LexborHTMLParser) -> Iterator[tuple[LexborNode, str]]:
    """Every text node of the page with its parent element (one pass, no deep text)."""
    root = tree.body or tree.root
    if root is None:
        return
    for node in root.traverse(include_text=True):
        if node.tag == "-text" and node.parent is not None:
            text = (node.text_content or "").strip()
            if text:
                yield node.parent, text


def _ancestor(
    node: LexborNode, tags: frozenset[str], ok: Callable[[str], bool]
) -> LexborNode | None:
    """The nearest element of ``tags`` (the node or a close ancestor) whose text is ``ok``."""
    current: LexborNode | None = node
    for _ in range(_CLIMB):
        if current is None:
            return None
        if current.tag in tags:
            raw = current.text(deep=True, separator=" ", strip=False) or ""
            if len(raw) > 4 * MAX_LIST:  # cheap test before collapsing a long text
                return None
            text = collapse(raw)
            if len(text) > MAX_LIST:
                return None
            if ok(text):
                return current
        current = current.parent
    return None


def _outermost_label_leaves(
    texts: list[tuple[LexborNode, str]],
) -> list[tuple[LexborNode, str]]:
    """Short elements whose text starts with a role label ("Pictures: Getty")."""
    found: dict[int, LexborNode] = {}
    for parent, text in texts:
        if not label_start(text):
            continue
        node = _ancestor(parent, _LEAF_TAGS, lambda t: len(t) >= 3 and starts_with_label(t))
        if node is not None and labelled_sentence(_text(node)):
            continue  # a body paragraph opening "Photo: the storm damaged 30 homes, ..."
        if node is not None and _headline_link(node):
            continue  # "<li><a href=...>Photos: Storm hits the coast</a></li>": a gallery's link
        hat_tip = node is not None and _story_source(_unbracket(_text(node)).rstrip(" ]"))
        if node is not None and hat_tip and not _near_image(node, 2):
            continue  # "[via Buzzfeed]" after a post: the story's source
        if node is not None:
            found[node.mem_id] = node
    nodes = _outermost(list(found.values()))
    return [(n, _text(n)) for n in nodes]


def _headline_link(node: LexborNode) -> bool:
    """Whether a labelled element is a whole link to another page whose text reads as a
    headline ("Photos: Storm hits the coast", "Video: Rain in Kyiv"), not as a credit (two
    lower-case words or more, none a relay, client, courtesy or host word)."""
    text = _text(node)
    current: LexborNode | None = node
    linked = False
    for _ in range(3):
        if current is None:
            break
        if current.tag == "a" and "href" in current.attributes:
            linked = True
            break
        current = current.parent
    if not linked:
        linked = any(_text(a) == text for a in node.css("a[href]"))
    return linked and headline_words(text)


def _bracket_leaves(
    texts: list[tuple[LexborNode, str]],
) -> list[tuple[LexborNode, tuple[str, str]]]:
    """Elements ending in a bracketed wire credit: "... (AP Photo/Name)", "... (AP)" in <sup>."""
    table = agency_table()
    found: dict[int, tuple[LexborNode, tuple[str, str]]] = {}

    def credit_of(node: LexborNode) -> tuple[str, str] | None:
        text = _text(node)
        match = BRACKET.match(text) if text.endswith((")", "]")) else None
        if match is None:
            return None
        inner = (match.group("round") or match.group("square") or "").strip()
        if _story_source(inner) and not _near_image(node, 2):
            return None  # "[via Buzzfeed]", "(Via Chortle)": where a story or quote came from
        alone = node.tag in _INLINE_NOTES and (table.agency(inner) or table.distributor(inner))
        if credit_shaped(inner) or starts_with_label(inner) or alone:
            return match.group("caption").strip(), inner
        return None

    for parent, text in texts:
        if not text.endswith((")", "]")):
            continue
        node = _ancestor(parent, _BRACKET_TAGS, lambda t: t.endswith((")", "]")))
        if node is not None and node.mem_id not in found:
            split = credit_of(node)
            if split is not None:
                found[node.mem_id] = (node, split)
    keep = _innermost([n for n, _ in found.values()])
    return [found[n.mem_id] for n in keep]


def _story_source(inner: str) -> bool:
    """ "via Buzzfeed", "h/t Jane Roe": a relay word and one name, no photo label: a post
    names the story it passed on this way ("[via Buzzfeed]" after the text)."""
    head, _, rest = inner.partition(" ")
    if head.casefold() not in credit_lexicon().relays or not rest.strip():
        return False
    return "/" not in rest and "|" not in rest


def _data_credits(nodes: list[LexborNode]) -> list[str]:
    """The credit attributes of nodes (``data-credit``, ``data-photographer``), without
    one that repeats the node's ``data-author`` (the uploader, not the picture's maker)."""
    credits: list[str] = []
    for node in nodes:
        attributes = node.attributes
        authors = {collapse(v or "") for k, v in attributes.items() if "author" in k}
        for name, value in attributes.items():
            credit = collapse(value or "")
            if credit and credit not in authors and _credit_attribute(name) and _worded(credit):
                credits.append(credit)
    return credits


def _worded(value: str) -> bool:
    """Words, not an id, a year or a link ("data-credit-id", "data-credit-url")."""
    return bool(WORD.search(value)) and "://" not in value and not value.startswith("/")


def _credit_attribute(name: str) -> bool:
    """A ``data-`` attribute named for a credit: ``data-credit``, ``data-photographer``, or
    any holding a credit class word of the lexicon ("data-c-credit", "data-image-copyright")."""
    if name in _DATA:
        return True
    if not name.startswith("data-") or "caption" in name or "author" in name:
        return False
    return any(word in name[5:] for word in credit_lexicon().credit_classes)


def _attribute_name(value: str) -> bool:
    """A party's name in an attribute: "Jane Roe", "AFP", not an id, a key or a file
    ("globalNavbar", "hero_image", "a.jpg")."""
    text = value.strip()
    if not 2 <= len(text) <= 80 or not _worded(text) or _PICTURE_FILE.search(text):
        return False
    return text[0].isupper() and not any(c in text for c in "_={}<>")


def _picture_attributes(nodes: list[LexborNode]) -> tuple[tuple[str, ...], str | None]:
    """The maker (``data-author``) and the supplier (``data-agency``, ``data-source``) that
    picture elements among ``nodes`` name in their attributes.

    Example:
        >>> tree = LexborHTMLParser('<img src="a.jpg" data-author="Jane Roe" data-agency="AFP">')
        >>> _picture_attributes(tree.css("img"))
        (('Jane Roe',), 'AFP')
    """
    suppliers = credit_lexicon().supplier_roles
    creators: list[str] = []
    provider: str | None = None
    for node in nodes:
        if node.tag not in _PICTURE_TAGS:
            continue
        for name, value in node.attributes.items():
            text = collapse(value or "")
            if not name.startswith("data-") or not _attribute_name(text):
                continue
            if name == _AUTHOR_ATTR and text not in creators:
                creators.append(text)
            elif provider is None and name[5:] in suppliers and not _credit_attribute(name):
                provider = text
    return tuple(creators), provider


def _image_meta_credit(node: LexborNode) -> str | None:
    """The credit (or else the copyright) field of a WordPress picture's ``data-image-meta``
    JSON: the IPTC/EXIF fields the CMS read from the file ("credit": "Jane Roe/AP")."""
    raw = node.attributes.get(_IMAGE_META)
    if not raw or ("credit" not in raw and "copyright" not in raw):
        return None
    try:
        meta = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(meta, dict):
        return None
    for key in ("credit", "copyright"):
        value = meta.get(key)
        text = collapse(value) if isinstance(value, str) else ""
        notice = credit_lexicon().is_notice(text) or NOTICE_YEAR.search(text) is not None
        if text and _worded(text) and len(text) <= MAX_CREDIT and not notice:
            return text
    return None


def _data_pictures(node: LexborNode) -> list[Picture]:
    """Credits in ``data-`` attributes: ``data-credit``, ``data-photographer``, or a
    ``data-caption`` ending in its own credit ("Crowds. (Jane Roe/AFP)"); WordPress's
    ``data-image-caption`` (escaped HTML) and ``data-image-meta`` (the file's credit field)."""
    caption = collapse(node.attributes.get("data-caption") or "") or None
    if caption is None and node.attributes.get(_IMAGE_CAPTION):
        caption = collapse(_TAG.sub(" ", node.attributes.get(_IMAGE_CAPTION) or "")) or None
    credits = _data_credits([node])
    meta = _image_meta_credit(node)
    if meta is not None and meta not in credits:
        credits.append(meta)
    pictures = [Picture(caption=caption, credit_line=c) for c in credits]
    if not pictures and caption:
        split = credit_in_caption(caption)
        if split is not None:
            pictures.append(Picture(caption=split[0] or None, credit_line=split[1]))
    return pictures


_NOTES = "small, cite"


def _loose_notes(tree: LexborHTMLParser) -> list[Picture]:
    """``<small>``/``<cite>`` credits beside a picture, outside any caption element.

    "<div><img ...><p class="caption">Rain.</p><small>Jane Roe/AP</small></div>":
    only a labelled credit or a credit-shaped line counts (a bare name in a
    ``<cite>`` is a quotation's source).
    """
    table = agency_table()
    pictures: list[Picture] = []
    for node in tree.css(_NOTES):
        text = _text(node)
        if not text or len(text) > MAX_CREDIT or not _near_image(node, 2):
            continue
        bare = _unbracket(text)
        known = table.agency(bare) or table.distributor(bare)
        shaped = credit_shaped(bare) or maker_line(bare) or unnamed_supplier(bare)
        if labelled_credit(text) or shaped or known:
            pictures.append(Picture(caption=_caption_of(node), credit_line=bare))
            node.decompose()
    return pictures


_BESIDE_LEVELS = 3  # the image, its wrapper, the wrapper's parent (a table row)
_BLOCKS_INSIDE = frozenset(
    ["p", "div", "li", "td", "tr", "table", "figure", "blockquote", "ul", "ol", "h2", "h3", "h4"]
)


def _neighbours(image: LexborNode) -> Iterator[LexborNode]:
    """Elements right beside a picture: the next two with text after the image (or its
    wrapper, or the wrapper's row) and the one before it, nearest first."""
    current: LexborNode | None = image
    for _ in range(_BESIDE_LEVELS):
        if current is None or current.tag in ("body", "article", "main"):
            return
        for step in ("next", "prev"):
            sibling = getattr(current, step)
            found = 0
            while sibling is not None and found < (2 if step == "next" else 1):
                if sibling.tag not in ("-text", "br") and (sibling.text() or "").strip():
                    found += 1
                    yield sibling
                sibling = getattr(sibling, step)
        current = current.parent


def _credit_beside(node: LexborNode) -> tuple[str | None, str] | None:
    """The (caption, credit) of an element beside a picture, when it holds a credit: a
    whole credit line ("Jane Roe/AFP via Getty Images"), or a caption ending in one.
    A label in an element of its own ("<span>Credit: NASA</span>") is left to the label
    pass, which takes only that element."""
    raw = node.text(deep=True, separator=" ", strip=False) or ""
    if len(raw) > 4 * MAX_CREDIT:  # cheap test before collapsing a long text
        return None
    text = collapse(raw)
    if not text or len(text) > MAX_CREDIT:
        return None
    bare = _unbracket(text)
    table = agency_table()
    whole = credit_shaped(bare) or maker_line(bare) or unnamed_supplier(bare)
    found: tuple[str | None, str] | None = None
    if whole or labelled_credit(bare) or table.agency(bare) or table.distributor(bare):
        found = None, bare
    elif (split := credit_in_caption(text)) is not None and split[0]:
        found = split[0], split[1]
    if found is None:
        return None
    inner = [n for n in node.traverse() if n.mem_id != node.mem_id]  # (css matches the node)
    if node.tag != "tr" and any(n.tag in _BLOCKS_INSIDE for n in inner):
        return None  # a block of blocks: article text, not a picture's line
    if any(label_start(_text(n)) for n in inner):
        return None  # a label in an element of its own: the label pass takes that element
    return found


def _beside_images(tree: LexborHTMLParser) -> list[Picture]:
    """Credits in plain elements right beside a picture of the page, outside any caption
    or credit element: a table cell under the image, an unclassed ``<div>``, an ``<em>``
    after an ``<img>`` and ``<br>`` in a paragraph. A linked teaser's picture is skipped."""
    pictures: list[Picture] = []
    for image in tree.css(_IMG):
        if _linked(image) or _head_shot(image):
            continue
        parent = image.parent
        if parent is not None and parent.tag == "a" and _lightbox(parent) is not None:
            image = parent  # "<p><a href="a-large.jpg"><img></a><br>Jane Roe/AP</p>"
        for node in _neighbours(image):
            found = _credit_beside(node)
            if found is not None:
                pictures.append(Picture(caption=found[0], credit_line=found[1]))
                node.decompose()
                break
        else:
            line = _line_after_image(image)
            if line is not None:
                pictures.append(Picture(credit_line=line))
    return pictures


_PICTURE_WORDS = ("photo", "image", "picture", "credit", "caption", "media")


def _head_shot(image: LexborNode) -> bool:
    """Whether a picture sits in the article author's block (a class word of the lexicon's
    ``author_classes``, a few levels up, in a class naming no picture or credit): the
    author's head shot, whose neighbours are the author's name and outlet."""
    words = credit_lexicon().author_classes
    current = image.parent
    for _ in range(_BESIDE_LEVELS):
        if current is None or current.tag in ("body", "article", "main", "figure"):
            return False
        cls = (current.attributes.get("class") or "").casefold()
        if any(w in cls for w in words) and not any(w in cls for w in _PICTURE_WORDS):
            return True
        current = current.parent
    return False


_LINE_BLOCKS = frozenset({"p", "div", "td", "center", "span"})


def _line_after_image(image: LexborNode) -> str | None:
    """A credit written as plain text on its own line right after a picture, in the same
    paragraph: "<p><img src=...><br>Jane Roe/AP</p>". Only a whole credit line counts (a
    credit's shape, a label or a known supplier), never the text of a longer block."""
    parent = image.parent
    if parent is None or parent.tag not in _LINE_BLOCKS:
        return None
    raw = parent.text(deep=True, separator=" ", strip=False) or ""
    if not raw.strip() or len(raw) > 4 * MAX_CREDIT:
        return None
    after = False
    for node in parent.iter(include_text=True):
        if node.mem_id == image.mem_id:
            after = True
            continue
        if not after or node.tag == "br":
            continue
        text = collapse(node.text(deep=True, separator=" ", strip=False) or "")
        if not text:
            continue
        if node.tag != "-text" or len(text) > MAX_CREDIT:
            return None  # an element of its own: the neighbour pass reads those
        bare = _unbracket(text)
        table = agency_table()
        known = table.agency(bare) or table.distributor(bare)
        shaped = credit_shaped(bare) or maker_line(bare) or unnamed_supplier(bare)
        if not (shaped or labelled_credit(bare) or known):
            return None
        node.decompose()  # read once (the label pass would read "Photo: ..." again)
        return bare
    return None


def _unbracket(text: str) -> str:
    """A text without the one pair of brackets around all of it ("(Jane Roe/AP)");
    a bracket of its own at the end stays ("Name/Rex/Shutterstock (1234567a)")."""
    pairs = {"(": ")", "[": "]"}
    if len(text) > 2 and pairs.get(text[0]) == text[-1]:
        inner = text[1:-1]
        if inner.count("(") == inner.count(")") and inner.count("[") == inner.count("]"):
            return inner.strip()
    return text


_PAIR_VALUES = {"dt": "dd", "th": "td"}


def _label_pairs(tree: LexborHTMLParser) -> list[Picture]:
    """Credits written as a label and its value in two elements: "<dt>Photo</dt><dd>Jane
    Roe</dd>", "<th>Фото</th><td>Иван Петров / ТАСС</td>" (a definition list or table
    row). The label is one of the lexicon's role labels alone; both elements are removed."""
    pictures: list[Picture] = []
    for node in tree.css("dt, th"):
        label = _text(node).rstrip(" :：")
        if not label or len(label) > 40 or not label_only(label):
            continue
        value = node.next
        while value is not None and value.tag in ("-text", "-comment"):
            value = value.next
        if value is None or value.tag != _PAIR_VALUES[node.tag or ""]:
            continue
        text = _text(value)
        credit = f"{label}: {text}"
        if text and len(text) <= MAX_CREDIT and labelled_credit(credit):
            pictures.append(Picture(credit_line=credit))
            value.decompose()
            node.decompose()
    return pictures


def aside_figures(tree: LexborHTMLParser) -> list[Picture]:
    """The credited figures of a page's asides (sidebars, related stories), read before page
    chrome is dropped: a teaser's picture is still a picture of the page, credited like any
    other ("<aside><figure><img><figcaption>Rain. <span class="credit">REUTERS</span>").
    Only whole figures are read there, never loose text. The figures read are removed.

    Example:
        >>> page = '<aside><figure><img src="a.jpg"><figcaption>Rain. <span class="credit">'
        >>> page += 'AP</span></figcaption></figure><p>Photo: a list</p></aside>'
        >>> [(p.caption, p.credit_line) for p in aside_figures(LexborHTMLParser(page))]
        [('Rain.', 'AP')]
    """
    pictures: list[Picture] = []
    for figure in _outermost(tree.css("aside figure")):
        pictures.extend(p for p in _figure(figure) if p.credit_line or p.creators)
        figure.decompose()
    return pictures


def find_pictures(tree: LexborHTMLParser) -> list[Picture]:
    """Every credited picture of a page (figures first, then loose credits).

    Call it after scripts are read (see :func:`json_ld_pictures`) and page
    chrome is dropped; figures and credit elements it reads are removed from
    the tree so that they do not end up in the article text.

    Example:
        >>> page = '<figure><img src="a.jpg"><figcaption>Rain. <span class="credit">'
        >>> page += 'Jane Roe/AP</span></figcaption></figure><p>Pictures: Getty</p>'
        >>> [(p.caption, p.credit_line) for p in find_pictures(LexborHTMLParser(page))]
        [('Rain.', 'Jane Roe/AP'), (None, 'Pictures: Getty')]
    """
    pictures: list[Picture] = []
    lex = credit_lexicon()
    for node in tree.css(_UI_IN_CAPTION):  # "hide caption", "toggle caption" buttons
        if _text(node).casefold() in lex.ui_words:
            node.decompose()
    for node in tree.css(_HIDDEN_LABEL):
        label = _text(node).strip(" ,:;")
        if label_only(label) and node.parent is not None:
            # "<span class="visually-hidden">Image source, </span>Getty Images": the hidden
            # label marks what follows as a credit; it stays, as a plain label
            node.replace_with(f"{label.rstrip(' .…')}: ")  # "Credit..." -> "Credit: "
        else:
            node.decompose()
    pictures.extend(meta_pictures(tree))
    pictures.extend(_label_pairs(tree))
    pictures.extend(microdata_pictures(tree))
    pictures.extend(_source_organizations(tree))
    for figure in _outermost(tree.css("figure")):
        pictures.extend(_figure(figure))
        figure.decompose()
    data_nodes: dict[int, LexborNode] = {}  # a node matches once
    role_blocks: dict[int, LexborNode] = {}
    for node in tree.css(f"{_DATA_SELECTOR}, {ROLE_SELECTOR}"):  # one walk for both
        if any(name in node.attributes for name in _DATA_NAMES):
            data_nodes[node.mem_id] = node
        elif node.parent is not None:
            role_blocks[node.parent.mem_id] = node.parent
    for img in tree.css(_IMG):  # "data-c-credit" and the like, on a picture or its wrapper
        for holder in (img, img.parent):
            if holder is not None and any(_credit_attribute(k) for k in holder.attributes):
                data_nodes.setdefault(holder.mem_id, holder)
        holders = [img, img.parent] if img.parent is not None else [img]
        creators, provider = _picture_attributes(holders)  # '<img data-author="Jane Roe">'
        if creators or provider:
            pictures.append(Picture(creators=creators, provider=provider))
    pictures.extend(_role_pictures(role_blocks))
    for node in data_nodes.values():
        pictures.extend(_data_pictures(node))
    for node in _innermost(_credit_nodes(tree)):
        credit = _credit_text(node)
        if credit and len(credit) <= MAX_CREDIT and not NOTICE_YEAR.search(credit):
            image = node.parent.css_first(_IMG) if node.parent is not None else None
            alt = collapse(image.attributes.get("alt") or "") if image is not None else ""
            uri = image.attributes.get("src") if image is not None else None
            caption = _caption_of(node)
            if caption and credit in caption:  # the credit element sits in the caption
                caption = collapse(caption.replace(credit, " ")) or None
            caption = caption or alt or None
            pictures.append(Picture(caption=caption, credit_line=credit, uri=uri))
        node.decompose()
    for node in _outermost(tree.css(_caption_selector())):
        split = credit_in_caption(_lines(node))
        if split is not None:
            pictures.append(Picture(caption=split[0] or None, credit_line=split[1]))
            node.decompose()
    pictures.extend(_loose_notes(tree))
    pictures.extend(_beside_images(tree))
    titled: set[str] = set()  # image titles read as credits
    for image in tree.css(_IMG):
        split_from = None  # the attribute whose caption and credit were split
        for attr in ("alt", "title"):
            text = collapse(image.attributes.get(attr) or "")
            split = _attribute_credit(text, image) if text else None
            if split is not None and split[0]:
                pictures.append(Picture(caption=split[0], credit_line=split[1]))
                split_from = attr
                break
        title = collapse(image.attributes.get("title") or "")
        labelled = label_start(title) and starts_with_label(title)
        # a title shown on hover: "Photo: Name / Agency" (alt text is not shown), or, on a
        # picture of this page, a bare credit line naming a known agency ("Name/Reuters")
        shaped = not labelled and not _linked(image) and _whole_credit(title)
        if title and len(title) <= MAX_CREDIT and (labelled or shaped) and split_from != "title":
            pictures.append(Picture(credit_line=title))
            titled.add(title)
        alt = collapse(image.attributes.get("alt") or "")
        # alt="Name | AFP | Getty Images"; not alt="Rain in Kyiv (Name/AP)", split above
        shaped = split_from != "alt" and not _linked(image) and _whole_credit(alt)
        if alt and alt != title and (labelled_credit(alt) or shaped):  # alt="Photo: Name/AFP"
            pictures.append(Picture(credit_line=alt))
    for node in tree.css("[title]"):
        lines = LINE_BREAK.split((node.attributes.get("title") or "").strip())
        title = collapse(lines[0])
        if title in titled and node.tag == "img":
            continue  # read above, with the picture
        if title.startswith("©") and len(title) <= MAX_CREDIT and starts_with_label(title):
            pictures.append(Picture(credit_line=title))
    texts = list(_text_nodes(tree))  # one pass over the page's text
    brackets = _bracket_leaves(texts)
    labels = _outermost_label_leaves(texts)
    for _, (caption, credit) in brackets:
        pictures.append(Picture(caption=caption or None, credit_line=credit))
    taken = {n.mem_id for n, _ in brackets}
    for node, text in labels:
        if node.mem_id not in taken and not NOTICE_YEAR.search(text):  # "© 2015 The Site"
            pictures.append(Picture(credit_line=text))
    taken |= {n.mem_id for n, _ in labels}
    for node, (caption, credit) in _comma_leaves(texts, taken):
        pictures.append(Picture(caption=caption or None, credit_line=credit))
        taken.add(node.mem_id)
    for node in _outermost([n for n, _ in brackets] + [n for n, _ in labels]):
        node.decompose()
    return pictures


def _comma_leaves(
    texts: list[tuple[LexborNode, str]], taken: set[int]
) -> list[tuple[LexborNode, tuple[str, str]]]:
    """Short elements ending in ", photos by NAME" ("<em>See more in the gallery, images by
    <a>Jane Roe</a></em>"): the credit of the post's pictures. The sentence stays."""
    found: dict[int, tuple[LexborNode, tuple[str, str]]] = {}
    for parent, text in texts:
        if " by" not in f" {text} ":
            continue
        node = _ancestor(parent, _LEAF_TAGS, lambda t: comma_credit(t) is not None)
        if node is None or node.mem_id in taken or node.mem_id in found:
            continue
        split = comma_credit(_text(node))
        if split is not None:
            found[node.mem_id] = (node, split)
    return list(found.values())
