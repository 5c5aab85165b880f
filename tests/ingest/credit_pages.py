"""A generator of article pages that put a photo credit where real sites put it.

Each :data:`LAYOUTS` entry is a picture block written from CMS and publisher
conventions (WordPress captions, BEM credit classes, ``data-`` attributes, JSON-LD
``ImageObject``), with ``{caption}`` and ``{credit}`` slots. :func:`page` wraps one
in an article that also holds what must never be read as a photo credit: the
byline, ``<meta name="author">``, ``article:author`` and Open Graph tags.
"""

from __future__ import annotations

import html
import json

BYLINE = "Kate Fields"
CAPTION = "Rescue workers search the rubble of a building in Antakya on Monday."

CREDITS: tuple[str, ...] = (
    "Jane Roe/AFP via Getty Images",
    "REUTERS/Jane Roe",
    "AP Photo/Jane Roe",
    "Jane Roe for The New York Times",
    "EPA-EFE/JANE ROE",
    "Jane Roe/Anadolu Agency via Getty Images",
    "Jane ROE / AFP",
    "Jane Roe | Bloomberg | Getty Images",
    "Jane Roe/Shutterstock",
    "Handout via REUTERS",
    "Mandatory Credit: Photo by Jane Roe/REX/Shutterstock (1234567a)",
    "Photograph: Jane Roe/Reuters",
    "Photo: Jane Roe/dpa",
    "Getty Images",
    "Photo courtesy of Northwind Aerospace",
    "Иван Петров/ТАСС",
    "Jane Roe / Staff",
    "Jane Roe | The Coast Times",
    "Jane Roe/The Coast Times",
    "Submitted photo",
    "Courtesy of the Okafor family",
    "Photo by Jane Roe",
    "© Jane Roe",
    "Jane Roe, The Associated Press",
    "Jane Roe/Staff Photographer",
    "Getty Images/iStockphoto",
    "Jane Roe",
)


def _a(text: str) -> str:
    return html.escape(text, quote=True)


def _json_ld(image: dict[str, object]) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Storms hit the coast",
        "author": {"@type": "Person", "name": BYLINE},
        "image": image,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _ld_credit(caption: str, credit: str) -> str:
    return _json_ld(
        {"@type": "ImageObject", "url": "a.jpg", "caption": caption, "creditText": credit}
    )


def _ld_credit_array(caption: str, credit: str) -> str:
    return _json_ld(
        {"@type": "ImageObject", "url": "a.jpg", "caption": caption, "creditText": [credit]}
    )


# name -> block; {c} caption and {k} credit are filled in escaped
LAYOUTS: dict[str, str] = {
    "figcaption span.credit": (
        '<figure><img src="a.jpg" alt="Rubble"><figcaption>{c} '
        '<span class="credit">{k}</span></figcaption></figure>'
    ),
    "figcaption span.caption__credit": (
        '<figure class="caption"><img src="a.jpg"><figcaption class="caption__body">'
        '<span class="caption__text">{c}</span> <span class="caption__credit">{k}</span>'
        "</figcaption></figure>"
    ),
    "credit after figcaption": (
        '<figure><img src="a.jpg"><figcaption>{c}</figcaption>'
        '<p class="image-credit">{k}</p></figure>'
    ),
    "credit before the image": (
        '<figure><span class="photo-credit">{k}</span><img src="a.jpg">'
        "<figcaption>{c}</figcaption></figure>"
    ),
    "div.photo-credit beside img": (
        '<div class="article-image"><img src="a.jpg"><div class="photo-credit">{k}</div>'
        '<p class="caption">{c}</p></div>'
    ),
    "span.image-credit, no caption": (
        '<div class="image"><img src="a.jpg"><span class="image-credit">{k}</span></div>'
    ),
    "img data-credit": (
        '<figure><img src="a.jpg" data-credit="{k}"><figcaption>{c}</figcaption></figure>'
    ),
    "div data-credit": (
        '<div class="media" data-credit="{k}" data-caption="{c}"><img src="a.jpg"></div>'
    ),
    "figcaption small": (
        '<figure><img src="a.jpg"><figcaption>{c} <small>{k}</small></figcaption></figure>'
    ),
    "figcaption cite": (
        '<figure><img src="a.jpg"><figcaption>{c} <cite>{k}</cite></figcaption></figure>'
    ),
    "small beside img": (
        '<div class="pic"><img src="a.jpg"><p class="caption">{c}</p><small>{k}</small></div>'
    ),
    "figcaption two paragraphs": (
        '<figure><picture><source srcset="a.webp"><img src="a.jpg"></picture><figcaption>'
        '<p>{c}</p><p class="credit">{k}</p></figcaption></figure>'
    ),
    "figcaption bracket": ('<figure><img src="a.jpg"><figcaption>{c} ({k})</figcaption></figure>'),
    "wp-caption bracket": (
        '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">{c} ({k})</p></div>'
    ),
    "figcaption line break": (
        '<figure><img src="a.jpg"><figcaption>{c}<br>{k}</figcaption></figure>'
    ),
    "span.photographer": (
        '<figure><img src="a.jpg"><figcaption>{c} <span class="photographer">{k}</span>'
        "</figcaption></figure>"
    ),
    "caption-credit class": (
        '<figure><img src="a.jpg"><figcaption><span class="caption-text">{c}</span>'
        '<span class="caption-credit">{k}</span></figcaption></figure>'
    ),
    "image__credit class": (
        '<div class="image"><img src="a.jpg"><div class="image__caption">{c}</div>'
        '<div class="image__credit">{k}</div></div>'
    ),
    "amp-img figure": (
        '<figure><amp-img src="a.jpg" width="1" height="1"></amp-img><figcaption>{c} '
        '<span class="credit">{k}</span></figcaption></figure>'
    ),
    "figcaption em": (
        '<figure><img src="a.jpg"><figcaption>{c} <em>{k}</em></figcaption></figure>'
    ),
    "figcaption em dash": ('<figure><img src="a.jpg"><figcaption>{c} — {k}</figcaption></figure>'),
    "figcaption bar": ('<figure><img src="a.jpg"><figcaption>{c} | {k}</figcaption></figure>'),
    "figcaption square bracket": (
        '<figure><img src="a.jpg"><figcaption>{c} [{k}]</figcaption></figure>'
    ),
    "figcaption tail after sentence": (
        '<figure><img src="a.jpg"><figcaption><span>{c} {k}</span></figcaption></figure>'
    ),
    "figcaption last span, no class": (
        '<figure><img src="a.jpg"><figcaption><span>{c}</span> <span>{k}</span>'
        "</figcaption></figure>"
    ),
    "credit with a hidden label": (
        '<figure><img src="a.jpg"><figcaption>{c} <span class="credit">'
        '<span class="sr-only">Image credit: </span>{k}</span></figcaption></figure>'
    ),
    "copyrightHolder span": (
        '<figure><img src="a.jpg"><figcaption><span>{c}</span> '
        '<span itemprop="copyrightHolder">{k}</span></figcaption></figure>'
    ),
    "camelCase imageCredit": (
        '<div class="articleImage"><img src="a.jpg"><p class="imageCaption">{c}</p>'
        '<span class="imageCredit">{k}</span></div>'
    ),
    "credit after the figure": (
        '<div class="lead"><figure><img src="a.jpg"><figcaption>{c}</figcaption></figure>'
        '<p class="credit">{k}</p></div>'
    ),
    "image-source class": (
        '<figure><img src="a.jpg"><figcaption>{c}</figcaption>'
        '<div class="image-source">{k}</div></figure>'
    ),
    "credit link inside": (
        '<figure><img src="a.jpg"><figcaption>{c} <span class="credit">'
        '<a href="/photographers/x">{k}</a></span></figcaption></figure>'
    ),
    "caption p without figure": (
        '<div class="img-wrap"><img src="a.jpg"></div>'
        '<p class="caption">{c} <span class="credit">{k}</span></p>'
    ),
    "nested markup in credit": (
        '<figure><img src="a.jpg"><figcaption>{c} <span class="credit"><b>{k}</b>'
        "</span></figcaption></figure>"
    ),
    "credit label and name in two spans": (
        '<figure><img src="a.jpg"><figcaption>{c} <span class="credit">'
        '<span class="credit__label">Credit</span> <span class="credit__name">{k}</span>'
        "</span></figcaption></figure>"
    ),
    "lazy image in noscript": (
        '<figure><img data-src="a.jpg" class="lazyload"><noscript><img src="a.jpg"></noscript>'
        '<figcaption>{c} <span class="credit">{k}</span></figcaption></figure>'
    ),
    "background image, credit beside": (
        '<div class="hero"><div class="hero__image" style="background-image:url(a.jpg)">'
        '</div><div class="hero__credit">{k}</div></div>'
    ),
    "gallery slide": (
        '<div class="gallery"><div class="slide"><img src="a.jpg"><p class="slide-caption">{c}'
        '</p><p class="slide-credit">{k}</p></div></div>'
    ),
    "bildunterschrift": (
        '<div class="bild"><img src="a.jpg"><p class="bildunterschrift">{c} '
        '<span class="bildnachweis">{k}</span></p></div>'
    ),
    "table layout": (
        '<table class="photo"><tr><td><img src="a.jpg"></td></tr><tr><td>{k}</td></tr>'
        "<tr><td>{c}</td></tr></table>"
    ),
    "unclassed div beside img": (
        '<div class="photo"><img src="a.jpg"><div>{k}</div><div>{c}</div></div>'
    ),
    "img, br and em in a paragraph": ('<p><img src="a.jpg"><br><em>{c} {k}</em></p>'),
    "inline style credit": (
        '<div><img src="a.jpg"><br><span style="font-size:10px">{k}</span></div>'
    ),
    "visually hidden label": (
        '<figure><img src="a.jpg"><figcaption><span class="visually-hidden">Image caption, '
        '</span>{c}</figcaption><span role="text"><span class="VisuallyHidden">Image source, '
        "</span>{k}</span></figure>"
    ),
    "caption UI words": (
        '<div class="imagewrap"><img src="a.jpg"></div><div class="credit-caption">'
        '<div class="caption" aria-label="Image caption"><p>{c}</p></div>'
        '<span class="credit" aria-label="Image credit">{k}</span>'
        '<b class="hide-caption"><b>hide caption</b></b>'
        '<b class="toggle-caption"><b>toggle caption</b></b></div>'
    ),
    "credit tag inside credit": (
        '<figure><img src="a.jpg"><figcaption>{c} <span class="article-credit">'
        '<span class="article-credit-tag">Photo: </span>{k}</span></figcaption></figure>'
    ),
    "figure-credit in brackets": (
        '<figure><img src="a.jpg"><figcaption><div class="figure-caption">{c}</div>'
        '<div class="figure-credit">({k})</div></figcaption></figure>'
    ),
    "custom data attribute": (
        '<figure><img src="a.jpg"><figcaption class="img-ccr" data-c-caption="{c}" '
        'data-c-credit="{k}">{c}</figcaption></figure>'
    ),
    "credit first in brackets": (
        '<figure><img src="a.jpg"><figcaption>({k}) {c}</figcaption></figure>'
    ),
    "credit first, then a dash": (
        '<figure><img src="a.jpg"><figcaption>{k} — {c}</figcaption></figure>'
    ),
}
# blocks written by a function: JSON-LD
SCRIPTS = {"json-ld creditText": _ld_credit, "json-ld creditText array": _ld_credit_array}


def _ld_graph(caption: str, credit: str) -> str:
    image = {"@type": "ImageObject", "@id": "#img", "caption": caption, "creditText": credit}
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "author": {"@type": "Person", "name": BYLINE}},
            image,
            {"@type": "Organization", "name": "The Coast Times"},
        ],
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


SCRIPTS["json-ld @graph"] = _ld_graph


# page furniture with pictures and names that credit no picture of the story: the
# site's logo, the author's head shot and bio, a linked teaser, a quotation, the footer
TRAPS = (
    '<header><a href="/"><img src="logo.svg" alt="The Coast Times logo"></a></header>'
    '<div class="author-bio"><img src="kate.jpg" alt="Kate Fields">'
    "<p>Kate Fields covers the coast for The Coast Times.</p></div>"
    '<div class="related"><a href="/other"><img src="t.jpg" alt="Boats in the harbour">'
    "<h3>Harbour reopens after the storm</h3></a></div>"
    "<blockquote><p>We lost everything.</p><cite>Maria Lopez</cite></blockquote>"
    '<footer><p class="copyright">© 2024 The Coast Times. All rights reserved.</p></footer>'
)


def page(block: str, head: str = "") -> str:
    """An article page holding ``block``, a byline and metadata that credit no picture."""
    return (
        "<html><head><title>Storms hit the coast</title>"
        f'<meta name="author" content="{BYLINE}">'
        f'<meta property="article:author" content="{BYLINE}">'
        '<meta property="og:title" content="Storms hit the coast">'
        '<meta property="og:image" content="https://example.com/a.jpg">'
        '<meta property="og:site_name" content="The Coast Times">'
        '<meta name="twitter:creator" content="@katefields">'
        f"{head}</head><body><article><h1>Storms hit the coast</h1>"
        f'<p class="byline">By <a rel="author" href="/k">{BYLINE}</a></p>'
        f"{block}"
        "<p>The storm hit the coast on Monday, officials said.</p>"
        f"{TRAPS}"
        "<p>More rain is expected on Tuesday, forecasters said.</p>"
        "</article></body></html>"
    )


# a bare name that no class, label or bracket marks as a credit is not taken as one: a
# caption may end with a name, and a name under a picture is as often who is pictured
# (a head shot) as who took it; these layouts are crossed with credit lines only
UNMARKED = frozenset(
    {
        "small beside img",
        "figcaption tail after sentence",
        "table layout",
        "unclassed div beside img",
        "img, br and em in a paragraph",
        "inline style credit",
        "credit first, then a dash",  # "Jane Roe — the mayor, speaks": she is pictured
    }
)
BARE_NAME = "Jane Roe"


def pages() -> list[tuple[str, str, str]]:
    """Every (layout, credit, page) of the cross."""
    out = []
    for credit in CREDITS:
        for name, layout in LAYOUTS.items():
            if credit == BARE_NAME and name in UNMARKED:
                continue
            block = layout.replace("{c}", _a(CAPTION)).replace("{k}", _a(credit))
            out.append((name, credit, page(block)))
        for name, script in SCRIPTS.items():
            out.append(
                (name, credit, page('<figure><img src="a.jpg"></figure>', script(CAPTION, credit)))
            )
    return out
