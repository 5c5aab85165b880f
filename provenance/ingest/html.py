"""Reader for HTML article pages, and HTML-to-paragraphs for HTML bodies in other formats."""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.enums import Format
from provenance.errors import ReadError
from provenance.lexicon.credits import credit_lexicon

from .agency import normalize_agency
from .decode import collapse, parse_datetime
from .document import Document, Picture
from .html_credits import aside_figures, find_pictures, json_ld_pictures
from .registry import Source
from .wire import tidy_body

__all__ = ["HtmlArticle", "parse_html_article", "read_html"]

_DROP = "nav, script, style, noscript, template, aside, footer, form, button, iframe, svg"
_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt"
_BLOCK_TAGS = frozenset(t.strip() for t in _BLOCKS.split(","))
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What an HTML fragment or page gives, before it becomes a :class:`Document`."""

    headline: str
    paragraphs: tuple[str, ...]
    pictures: tuple[Picture, ...]
    byline: str | None
    published: str | None
    language: str | None
    agency_hints: tuple[str, ...]


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return collapse(node.text(deep=True, separator="", strip=False) or "")


def _attr(node: LexborNode | None, name: str) -> str | None:
    if node is None:
        return None
    value = node.attributes.get(name)
    return collapse(value) if value else None


def _meta(tree: LexborHTMLParser, *selectors: str) -> str | None:
    for selector in selectors:
        value = _attr(tree.css_first(selector), "content")
        if value:
            return value
    return None


def _inside_block(node: LexborNode, stop: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != stop.mem_id:
        if parent.tag in _BLOCK_TAGS:
            return True
        parent = parent.parent
    return False


def _in_figure(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "figure":
            return True
        parent = parent.parent
    return False


def _credit_button(node: LexborNode) -> bool:
    """An info button in a figure whose class names a credit and whose label holds it."""
    cls = (node.attributes.get("class") or "").casefold()
    labelled = node.attributes.get("aria-label") or node.attributes.get("title")
    return (
        bool(labelled)
        and any(w in cls for w in credit_lexicon().credit_classes)
        and _in_figure(node)
    )


def parse_html_article(html: str) -> HtmlArticle:
    """Pull headline, paragraphs, pictures and metadata out of an HTML page or fragment.

    Example:
        >>> art = parse_html_article("<article><h1>T</h1><p>One.</p><p>Two.</p></article>")
        >>> art.headline, art.paragraphs
        ('T', ('One.', 'Two.'))
    """
    # text nodes are joined without a separator (so "<a>x</a>." stays "x."); a line
    # break must still separate words
    tree = LexborHTMLParser(_BREAK.sub("\n", html))
    language = _attr(tree.css_first("html"), "lang")
    if tree.root is not None:  # never content, and it cannot be decomposed: match no selector
        for name in list(tree.root.attributes):
            del tree.root.attrs[name]
    published = _meta(
        tree,
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
    ) or _attr(tree.css_first("time[datetime]"), "datetime")
    byline = _meta(tree, 'meta[name="author"]')
    hints = [
        h
        for h in (
            _meta(tree, 'meta[name="author"]'),
            _meta(tree, 'meta[property="article:publisher"]', 'meta[name="publisher"]'),
            _meta(tree, 'meta[name="copyright"]', 'meta[name="dcterms.rightsHolder"]'),
        )
        if h
    ]
    structured = json_ld_pictures(tree)
    asides = aside_figures(tree)  # before asides are dropped with the rest of the chrome
    for node in tree.css(_DROP):
        if node.tag in ("footer", "aside") and _in_figure(node):
            # "<figure><img><footer>Jane Roe/AP</footer></figure>", an <aside> set in the
            # figure: its caption or credit, no page chrome
            continue
        if node.tag == "button" and _credit_button(node):
            continue  # '<figure>...<button class="credit" aria-label="Credit: ...">i</button>'
        node.decompose()
    found = find_pictures(tree) + asides
    pictures = found + [p for p in structured if not _repeated(p, found)]
    container = tree.css_first("article") or tree.css_first("main") or tree.body
    if byline is None:
        byline = (
            _text(tree.css_first('[rel="author"]'))
            or _text(tree.css_first('.byline, [itemprop="author"]'))
            or None
        )
    for node in tree.css('.byline, [itemprop="author"]'):
        node.decompose()
    h1 = (container.css_first("h1") if container is not None else None) or tree.css_first("h1")
    headline = (
        _text(h1)
        or _meta(tree, 'meta[property="og:title"]', 'meta[name="twitter:title"]')
        or _text(tree.css_first("title"))
    )
    paragraphs: list[str] = []
    if container is not None:
        for node in container.css("h1, header"):
            node.decompose()
        for node in container.css(_BLOCKS):
            if _inside_block(node, container):
                continue
            text = _text(node)
            if text:
                paragraphs.append(text)
        if not paragraphs:
            loose = (container.text(deep=True, separator="\n", strip=False) or "").split("\n")
            paragraphs = [t for t in (collapse(line) for line in loose) if t]
    return HtmlArticle(
        headline=headline or "",
        paragraphs=tuple(paragraphs),
        pictures=tuple(pictures),
        byline=byline,
        published=published,
        language=language,
        agency_hints=tuple(hints),
    )


def read_html(source: Source) -> list[Document]:
    """Read an HTML article page.

    Example:
        >>> from provenance.ingest.registry import Source
        >>> page = "<html lang='en'><h1>T</h1><article><p>PARIS (AFP) - Hi.</p></article></html>"
        >>> doc = read_html(Source("a.html", "0", page))[0]
        >>> doc.headline, doc.agency, doc.language
        ('T', 'AFP', 'en')

    Raises:
        ReadError: the page has no article text.
    """
    article = parse_html_article(source.text)
    tidy = tidy_body(article.paragraphs)
    if not tidy.paragraphs and not article.headline:
        raise ReadError(
            source.path, "the HTML has no article text", "pass an article page or --format text"
        )
    pictures = article.pictures + tuple(
        Picture(caption=caption or None, credit_line=credit) for caption, credit in tidy.captions
    )
    body = tidy.paragraphs
    dateline = tidy.dateline
    agency = tidy.signoff
    for hint in article.agency_hints:
        agency = agency or normalize_agency(hint)
    if agency is None and dateline is not None:
        agency = dateline.agency
    return [
        Document(
            path=source.path,
            format=Format.HTML,
            headline=article.headline,
            body="\n\n".join(body),
            sha256=source.sha256,
            agency=agency,
            published=parse_datetime(article.published),
            language=article.language,
            byline=article.byline,
            dateline=dateline.text if dateline else None,
            located=dateline.place if dateline else None,
            pictures=tuple(pictures),
        )
    ]


def _repeated(picture: Picture, found: list[Picture]) -> bool:
    """A page-data picture that only repeats the credit line of a picture the page shows (its
    figure's credit again in JSON-LD ``creditText``): one credit, not two."""
    if not picture.credit_line or picture.creators or picture.provider:
        return False
    if picture.copyright_holder:
        return False
    return any(
        q.credit_line == picture.credit_line and picture.caption in (None, q.caption) for q in found
    )
