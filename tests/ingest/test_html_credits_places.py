"""Where real pages put a picture's credit, read from whole pages.

Written from the markup of common page families (hashed class names with a hidden
"Credit..." label, a trailing "Photograph:" in the caption, BBC's ``role="text"`` copyright
span, a wire's caption ending in its credit and followed by its licensing link, Le Monde's
legend and credit spans, "Foto:"/"Фото:" lines in captions, JSON-LD ``ImageObject`` with
``author``/``copyrightHolder``/``creditText``, ``og:image`` pages with ``meta name="author"``,
AMP ``amp-img attribution``, ``data-`` attributes, byline classes in photo blocks, ``<cite>``,
``<small>``, WordPress media credits, microdata, an image's title), not from any page of a
credits set; every name is made up. Each page also holds a byline and ``meta name="author"``,
which never credit a picture.
"""

from __future__ import annotations

import json

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import credits_for, party_label
from provenance.ingest.credit_text import credit_in_caption
from provenance.ingest.html import parse_html_article


def wrap(block: str) -> str:
    return (
        "<html><head><title>T</title><meta name='author' content='Kate Fields'>"
        "<meta property='og:image' content='https://x/a.jpg'></head><body><article>"
        "<h1>Storm</h1><p class='byline'>By Kate Fields</p>"
        + block
        + "<p>The storm hit the coast on Monday, officials said.</p></article></body></html>"
    )


def found(html: str) -> tuple[set[str], set[str]]:
    """The photographers and the organizations credited on a page, case-folded."""
    people: set[str] = set()
    orgs: set[str] = set()
    for picture in parse_html_article(html).pictures:
        for party in credits_for(picture):
            label = party_label(party)
            if label:
                (people if party.role is CreditRole.PHOTOGRAPHER else orgs).add(label.casefold())
    return people, orgs


def LD(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


C = "Rescue workers search the rubble on Monday."
PLACES: list[tuple[str, str, set[str], set[str]]] = [
    (
        "nyt hashed classes, hidden Credit...",
        (
            '<figure class="css-1a"><div class="css-2b"><img src="a.jpg"></div>'
            f'<figcaption class="css-3c"><span class="css-4d">{C}</span><span class="css-5e">'
            '<span class="css-6f">Credit...</span>'
            "<span>Jane Roe for The New York Times</span></span></figcaption></figure>"
        ),
        {"Jane Roe"},
        {"The New York Times"},
    ),
    (
        "guardian trailing Photograph:",
        (
            '<figure><img src="a.jpg"><figcaption>'
            f'<span class="dcr-1">{C}</span> Photograph: Jane Roe/AP</figcaption></figure>'
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "bbc role=text copyright class",
        (
            '<figure><div><img src="a.jpg"><span role="text" class="ssrcss-1-Copyright">'
            '<span class="ssrcss-2-VisuallyHidden">Image source, </span>Getty Images</span>'
            '</div><figcaption class="ssrcss-3-Caption">'
            f'<span class="ssrcss-2-VisuallyHidden">Image caption, </span><p>{C}</p>'
            "</figcaption></figure>"
        ),
        set(),
        {"Getty Images"},
    ),
    (
        "reuters caption tail",
        (
            f'<figure><img src="a.jpg"><figcaption><span>{C} REUTERS/Jane Roe</span>'
            '<a href="/lic">Purchase Licensing Rights</a></figcaption></figure>'
        ),
        {"Jane Roe"},
        {"Reuters"},
    ),
    (
        "le monde legend + credit",
        (
            '<figure class="article__media"><img src="a.jpg">'
            f'<figcaption class="article__legend">{C} <span class="article__credit">JEANNE'
            " ROE / AFP</span></figcaption></figure>"
        ),
        {"Jeanne Roe"},
        {"AFP"},
    ),
    (
        "spiegel figcaption Foto:",
        (
            f'<figure><img src="a.jpg"><figcaption><p>{C}</p><span>Foto: Jane Roe / dpa</span>'
            "</figcaption></figure>"
        ),
        {"Jane Roe"},
        {"dpa"},
    ),
    (
        "russian br Фото:",
        (
            '<figure><img src="a.jpg">'
            f"<figcaption>{C}<br>Фото: Иван Петров / ТАСС</figcaption></figure>"
        ),
        {"Иван Петров"},
        {"ТАСС"},
    ),
    (
        "json-ld image author+copyrightHolder",
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
            ' "NewsArticle", "author": {"@type": "Person", "name": "Kate Fields"}, "image":'
            ' {"@type": "ImageObject", "url": "a.jpg", "author": {"@type": "Person", "name":'
            ' "Jane Roe"}, "copyrightHolder": {"@type": "Organization", "name":'
            ' "Reuters"}}}</script><figure><img src="a.jpg"></figure>'
        ),
        {"Jane Roe"},
        {"Reuters"},
    ),
    (
        "json-ld image list creditText",
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
            ' "NewsArticle", "image": [{"@type": "ImageObject", "url": "a.jpg",'
            ' "creditText": "Jane Roe/AFP"}, {"@type": "ImageObject", "url": "b.jpg",'
            ' "creditText": "John Doe/Reuters"}]}</script>'
        ),
        {"Jane Roe", "John Doe"},
        {"AFP", "Reuters"},
    ),
    (
        "json-ld creator string + copyrightNotice",
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
            ' "ImageObject", "contentUrl": "a.jpg", "creator": {"@type": "Person", "name":'
            ' "Jane Roe"}, "copyrightNotice": "\\u00a9 AP", "creditText": "AP Photo/Jane'
            ' Roe"}</script>'
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "og:image only with meta author",
        "",
        set(),
        set(),
    ),
    (
        "amp-img attribution",
        (
            '<amp-img src="a.jpg" width="4" height="3" layout="responsive" attribution="Jane'
            ' Roe/AFP"></amp-img>'
        ),
        {"Jane Roe"},
        {"AFP"},
    ),
    (
        "amp figure figcaption",
        (
            '<figure class="amp-fig"><amp-img src="a.jpg" width="4" height="3"></amp-img>'
            f'<figcaption class="amp-fig-cap">{C} (AP Photo/Jane Roe)</figcaption></figure>'
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "data-photographer on img",
        (
            '<figure><img src="a.jpg" data-photographer="Jane Roe">'
            f"<figcaption>{C}</figcaption></figure>"
        ),
        {"Jane Roe"},
        set(),
    ),
    (
        "gannett credit span outside figcaption",
        (
            '<figure class="gnt_em"><img src="a.jpg">'
            f'<figcaption class="gnt_em_cp" data-c-caption="{C}" data-c-credit="Jane Roe/USA'
            f' TODAY">{C}<span class="gnt_em_cp_cr">Jane Roe/USA TODAY</span></figcaption>'
            "</figure>"
        ),
        {"Jane Roe"},
        {"USA TODAY"},
    ),
    (
        "wp block image em",
        (
            '<figure class="wp-block-image size-large"><img src="a.jpg">'
            f'<figcaption class="wp-element-caption">{C} <em>Photo: Jane Roe/AP</em>'
            "</figcaption></figure>"
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "wp classic caption text tail credit",
        (
            '<div id="attachment_1" class="wp-caption aligncenter"><img src="a.jpg">'
            f'<p class="wp-caption-text">{C} Photo by Jane Roe/Getty Images</p></div>'
        ),
        {"Jane Roe"},
        {"Getty Images"},
    ),
    (
        "cnn image__credit",
        (
            '<div class="image"><div class="image__container"><picture><img src="a.jpg">'
            '</picture></div><div class="image__metadata">'
            f'<div class="image__caption attribution"><span>{C}</span></div>'
            '<figcaption class="image__credit">Jane Roe/AP</figcaption></div></div>'
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "byline class in photo block",
        (
            f'<div class="photo"><img src="a.jpg"><p class="photo-caption">{C}</p>'
            '<p class="photo-byline">Jane Roe / Staff Photographer</p></div>'
        ),
        {"Jane Roe"},
        {"staff"},
    ),
    (
        "cite in caption p",
        (
            '<div class="media"><img src="a.jpg">'
            f'<p class="caption">{C} <cite>Jane Roe/AP</cite></p></div>'
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "source class after figcaption",
        (
            f'<figure><img src="a.jpg"><figcaption>{C}</figcaption>'
            '<p class="source">Source: NASA</p></figure>'
        ),
        set(),
        {"NASA"},
    ),
    (
        "media-credit wp",
        (
            '<div class="wp-caption"><span class="media-credit-container"><img src="a.jpg">'
            '<span class="media-credit">Jane Roe/AP</span></span>'
            f'<p class="wp-caption-text">{C}</p></div>'
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "italian figcaption (ANSA)",
        f'<figure><img src="a.jpg"><figcaption>{C} (ANSA)</figcaption></figure>',
        set(),
        {"ANSA"},
    ),
    (
        "spanish figcaption Foto: EFE/Name",
        (f'<figure><img src="a.jpg"><figcaption>{C} Foto: EFE/Juan Pérez</figcaption></figure>'),
        {"Juan Pérez"},
        {"EFE"},
    ),
    (
        "photo credit hashed with aria label",
        (
            f'<figure><img src="a.jpg"><figcaption><span class="x1">{C}</span>'
            '<span class="x2" aria-label="Photo credit">Jane Roe/Reuters</span></figcaption>'
            "</figure>"
        ),
        {"Jane Roe"},
        {"Reuters"},
    ),
    (
        "figcaption credit inside, caption ends with year",
        (
            '<figure><img src="a.jpg">'
            '<figcaption>A crowd in Paris in 2019. <span class="credit">© Jeanne Roe</span>'
            "</figcaption></figure>"
        ),
        {"Jeanne Roe"},
        set(),
    ),
    (
        "two pictures distinct credits",
        (
            '<figure><img src="a.jpg">'
            f'<figcaption>{C} <span class="credit">Jane Roe/AFP</span></figcaption></figure>'
            '<p>Text.</p><figure><img src="b.jpg">'
            '<figcaption>Boats. <span class="credit">John Doe/Reuters</span></figcaption>'
            "</figure>"
        ),
        {"Jane Roe", "John Doe"},
        {"AFP", "Reuters"},
    ),
    (
        "slash neighbour caption",
        (
            '<figure><img src="a.jpg">'
            "<figcaption>Forecasters gave the storm a 50/50 chance of landfall.</figcaption>"
            "</figure>"
        ),
        set(),
        set(),
    ),
    (
        "figure with staff alone",
        (
            f'<figure><img src="a.jpg"><figcaption>{C} <span class="credit">Staff</span>'
            "</figcaption></figure>"
        ),
        set(),
        {"staff"},
    ),
    (
        "data-credit with caption attr on div",
        ('<div class="lede-image" data-photo-credit="Jane Roe/Bloomberg"><img src="a.jpg"></div>'),
        {"Jane Roe"},
        {"Bloomberg"},
    ),
    (
        "dl image meta",
        (
            f'<figure><img src="a.jpg"><figcaption>{C}</figcaption></figure>'
            '<dl class="image-meta"><dt>Photo</dt><dd>Jane Roe/AFP</dd></dl>'
        ),
        {"Jane Roe"},
        {"AFP"},
    ),
    (
        "credit in img title only",
        (
            f'<figure><img src="a.jpg" title="Jane Roe/Reuters"><figcaption>{C}</figcaption>'
            "</figure>"
        ),
        {"Jane Roe"},
        {"Reuters"},
    ),
    (
        "picture source set + span.copyright",
        (
            '<figure><picture><source srcset="a.webp"><img src="a.jpg"></picture>'
            '<span class="copyright">© Jane Roe / Shutterstock</span></figure>'
        ),
        {"Jane Roe"},
        {"Shutterstock"},
    ),
    (
        "itemprop author in figure",
        (
            '<figure itemscope itemtype="https://schema.org/ImageObject">'
            '<img itemprop="contentUrl" src="a.jpg">'
            f'<figcaption itemprop="caption">{C}</figcaption>'
            '<span itemprop="author">Jane Roe</span></figure>'
        ),
        {"Jane Roe"},
        set(),
    ),
    (
        "microdata creditText meta",
        (
            '<div itemscope itemtype="https://schema.org/ImageObject"><img src="a.jpg">'
            '<meta itemprop="creditText" content="Jane Roe/AFP"></div>'
        ),
        {"Jane Roe"},
        {"AFP"},
    ),
    (
        "figcaption with Getty credit trailing after dash",
        (f'<figure><img src="a.jpg"><figcaption>{C} - Jane Roe/Getty Images</figcaption></figure>'),
        {"Jane Roe"},
        {"Getty Images"},
    ),
    (
        "caption div + credit 'Image:' p",
        (
            f'<div class="article-img"><img src="a.jpg"><div class="img-caption">{C}</div>'
            "<p>Image: Jane Roe/Getty</p></div>"
        ),
        {"Jane Roe"},
        {"Getty"},
    ),
    (
        "author class in figcaption",
        (
            '<figure><img src="a.jpg">'
            f'<figcaption>{C} <span class="author">Jane Roe/AFP</span></figcaption></figure>'
        ),
        {"Jane Roe"},
        {"AFP"},
    ),
    (
        "source class in figcaption",
        (
            f'<figure><img src="a.jpg"><figcaption>{C}<span class="source">REUTERS</span>'
            "</figcaption></figure>"
        ),
        set(),
        {"Reuters"},
    ),
    (
        "caption-source class",
        (
            f'<figure><img src="a.jpg"><figcaption><span class="caption-text">{C}</span>'
            '<span class="caption-source">Getty Images</span></figcaption></figure>'
        ),
        set(),
        {"Getty Images"},
    ),
    (
        "media__source div",
        (
            f'<div class="media"><img src="a.jpg"><div class="media__caption">{C}</div>'
            '<div class="media__source">AFP</div></div>'
        ),
        set(),
        {"AFP"},
    ),
    (
        "img-source class",
        ('<div class="media"><img src="a.jpg"><span class="img-source">Jane Roe/AFP</span></div>'),
        {"Jane Roe"},
        {"AFP"},
    ),
    (
        "pic-source class",
        ('<div class="media"><img src="a.jpg"><span class="pic-source">Jane Roe/AFP</span></div>'),
        {"Jane Roe"},
        {"AFP"},
    ),
    (
        "img-info copyright",
        (
            '<div class="img"><img src="a.jpg"><div class="img-info">'
            f'<span class="img-info__caption">{C}</span>'
            '<span class="img-info__copyright">© Jane Roe</span></div></div>'
        ),
        {"Jane Roe"},
        set(),
    ),
    (
        "unsplash figcaption links",
        (
            '<figure><img src="a.jpg">'
            '<figcaption>Photo by <a href="https://unsplash.com/@jroe">Jane Roe</a> on <a'
            ' href="https://unsplash.com">Unsplash</a></figcaption></figure>'
        ),
        {"Jane Roe"},
        {"Unsplash"},
    ),
    (
        "caption (Photo by X for WaPo)",
        (
            '<figure><img src="a.jpg">'
            f"<figcaption>{C} (Photo by Jane Roe for The Washington Post)</figcaption>"
            "</figure>"
        ),
        {"Jane Roe"},
        {"The Washington Post"},
    ),
    (
        "caption. Credit: X",
        (f'<figure><img src="a.jpg"><figcaption>{C} Credit: Jane Roe/AP</figcaption></figure>'),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "caption. (Credit: X)",
        (f'<figure><img src="a.jpg"><figcaption>{C} (Credit: Jane Roe/AP)</figcaption></figure>'),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "caption. Image: X",
        (
            '<figure><img src="a.jpg">'
            f"<figcaption>{C} Image: Jane Roe/Getty Images</figcaption></figure>"
        ),
        {"Jane Roe"},
        {"Getty Images"},
    ),
    (
        "caption Photograph by X.",
        (f'<figure><img src="a.jpg"><figcaption>{C} Photograph by Jane Roe.</figcaption></figure>'),
        {"Jane Roe"},
        set(),
    ),
    (
        "credit first label",
        (f'<figure><img src="a.jpg"><figcaption>Photo: Jane Roe/AP. {C}</figcaption></figure>'),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "abc au tail",
        (
            f'<figure><img src="a.jpg"><figcaption>{C}<span>(ABC News: Jane Roe)</span>'
            "</figcaption></figure>"
        ),
        {"Jane Roe"},
        {"ABC News"},
    ),
    (
        "smh no space Credit:",
        f'<figure><img src="a.jpg"><figcaption>{C}Credit: Jane Roe</figcaption></figure>',
        {"Jane Roe"},
        set(),
    ),
    (
        "stuff shout tail",
        f'<figure><img src="a.jpg"><figcaption>{C} JANE ROE/STUFF</figcaption></figure>',
        {"Jane Roe"},
        {"Stuff"},
    ),
    (
        "japan times bar",
        f'<figure><img src="a.jpg"><figcaption>{C} | KYODO</figcaption></figure>',
        set(),
        {"Kyodo"},
    ),
    (
        "spiegel DER SPIEGEL",
        (
            '<figure><img src="a.jpg">'
            f"<figcaption>{C} <span>Foto: Jane Roe / DER SPIEGEL</span></figcaption></figure>"
        ),
        {"Jane Roe"},
        {"Der Spiegel"},
    ),
    (
        "zeit copyright span",
        (
            '<figure><img src="a.jpg">'
            f'<figcaption>{C} <span class="figure__copyright">© Jane Roe/dpa</span>'
            "</figcaption></figure>"
        ),
        {"Jane Roe"},
        {"dpa"},
    ),
    (
        "el pais shout name (EFE)",
        f'<figure><img src="a.jpg"><figcaption>{C} JUAN PÉREZ (EFE)</figcaption></figure>',
        {"Juan Pérez"},
        {"EFE"},
    ),
    (
        "el mundo tail EFE",
        f'<figure><img src="a.jpg"><figcaption>{C} EFE</figcaption></figure>',
        set(),
        {"EFE"},
    ),
    (
        "corriere (Ansa)",
        f'<figure><img src="a.jpg"><figcaption>{C} (Ansa)</figcaption></figure>',
        set(),
        {"Ansa"},
    ),
    (
        "figaro shout tail",
        f'<figure><img src="a.jpg"><figcaption>{C} JEANNE ROE/AFP</figcaption></figure>',
        {"Jeanne Roe"},
        {"AFP"},
    ),
    (
        "liberation bracket",
        (f'<figure><img src="a.jpg"><figcaption>{C} (Jeanne Roe/Libération)</figcaption></figure>'),
        {"Jeanne Roe"},
        {"Libération"},
    ),
    (
        "figcaption credit p after caption p",
        (
            f'<figure><img src="a.jpg"><figcaption><p>{C}</p><p>Jane Roe/Reuters</p>'
            "</figcaption></figure>"
        ),
        {"Jane Roe"},
        {"Reuters"},
    ),
    (
        "caption then br then bare credit",
        (f'<figure><img src="a.jpg"><figcaption>{C}<br>Jane Roe/Reuters</figcaption></figure>'),
        {"Jane Roe"},
        {"Reuters"},
    ),
    (
        "figcaption Getty only tail",
        f'<figure><img src="a.jpg"><figcaption>{C} Getty Images</figcaption></figure>',
        set(),
        {"Getty Images"},
    ),
    (
        "figcaption (Getty Images)",
        f'<figure><img src="a.jpg"><figcaption>{C} (Getty Images)</figcaption></figure>',
        set(),
        {"Getty Images"},
    ),
    (
        "image then p.credit no class caption",
        '<p><img src="a.jpg"></p><p class="photo-credit">Photo: Jane Roe/AP</p>',
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "standalone em label para",
        '<p><img src="a.jpg"></p><p><em>Photo: Jane Roe/AP</em></p>',
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "standalone small credit after img",
        '<div><img src="a.jpg"><small>Jane Roe/AP</small></div>',
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "fotocredit class",
        ('<div class="bild"><img src="a.jpg"><span class="fotocredit">Jane Roe/dpa</span></div>'),
        {"Jane Roe"},
        {"dpa"},
    ),
    (
        "figure__author class",
        (
            '<figure><img src="a.jpg">'
            f'<figcaption>{C} <span class="figure__author">Jane Roe</span></figcaption>'
            "</figure>"
        ),
        {"Jane Roe"},
        set(),
    ),
    (
        "image-byline class",
        ('<div class="image"><img src="a.jpg"><span class="image-byline">Jane Roe/AP</span></div>'),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "json-ld image string url + thumbnail creditText",
        LD(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "image": "a.jpg",
                "thumbnail": {"@type": "ImageObject", "url": "t.jpg", "creditText": "Jane Roe/AP"},
            }
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "json-ld primaryImageOfPage",
        LD(
            {
                "@context": "https://schema.org",
                "@type": "WebPage",
                "primaryImageOfPage": {
                    "@type": "ImageObject",
                    "url": "a.jpg",
                    "creditText": "Jane Roe/AP",
                    "creator": {"@type": "Person", "name": "Jane Roe"},
                },
            }
        ),
        {"Jane Roe"},
        {"AP"},
    ),
    (
        "json-ld associatedMedia",
        LD(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "associatedMedia": [
                    {
                        "@type": "ImageObject",
                        "url": "a.jpg",
                        "copyrightHolder": "Reuters",
                        "author": "Jane Roe",
                    }
                ],
            }
        ),
        {"Jane Roe"},
        {"Reuters"},
    ),
]


@pytest.mark.parametrize(
    ("block", "people", "orgs"),
    [pytest.param(b, p, o, id=name) for name, b, p, o in PLACES],
)
def test_credit_places(block: str, people: set[str], orgs: set[str]) -> None:
    assert found(wrap(block)) == ({x.casefold() for x in people}, {x.casefold() for x in orgs})


def _titled(title: str, linked: bool = False) -> str:
    img = f'<img src="a.jpg" title="{title}">'
    img = f'<a href="/other">{img}</a>' if linked else img
    return f"<figure>{img}<figcaption>Rain in Kyiv.</figcaption></figure>"


@pytest.mark.parametrize(
    ("title", "linked", "people", "orgs"),
    [
        # a figure's picture credited only in its title, shown on hover
        ("Jane Roe/Reuters", False, {"jane roe"}, {"reuters"}),
        ("Jane Roe | AFP | Getty Images", False, {"jane roe"}, {"afp", "getty images"}),
        ("Photo: Jane Roe/AFP", False, {"jane roe"}, {"afp"}),
        ("Photo: Jane Roe/AFP", True, {"jane roe"}, {"afp"}),
        # neighbours: a linked teaser's bare credit line, a caption, a bare name, a slash
        ("Jane Roe/Reuters", True, set(), set()),
        ("Rain in Kyiv on Monday", False, set(), set()),
        ("Jane Roe", False, set(), set()),
        ("Officials gave it a 50/50 chance", False, set(), set()),
    ],
)
def test_figure_image_title(title: str, linked: bool, people: set[str], orgs: set[str]) -> None:
    assert found(wrap(_titled(title, linked))) == (people, orgs)


def test_figure_title_is_not_read_over_a_credit_element() -> None:
    block = (
        '<figure><img src="a.jpg" title="John Doe/AP"><figcaption>Rain. '
        '<span class="credit">Jane Roe/Reuters</span></figcaption></figure>'
    )
    assert found(wrap(block)) == ({"jane roe"}, {"reuters"})


@pytest.mark.parametrize(
    "link", ["Purchase Licensing Rights", "Purchase Licencing Rights", "purchase licensing rights"]
)
def test_licensing_link_in_a_caption_is_no_credit(link: str) -> None:
    block = (
        f'<figure><img src="a.jpg"><figcaption><span>{C} REUTERS/Jane Roe</span>'
        f'<a href="/lic">{link}</a></figcaption></figure>'
    )
    assert found(wrap(block)) == ({"jane roe"}, {"reuters"})


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        # Spanish papers: a name alone after the caption's last stop, then the wire in brackets
        (
            "Rain in Madrid on Monday. SUSANA VERA (REUTERS)",
            ("Rain in Madrid on Monday.", "SUSANA VERA (REUTERS)"),
        ),
        (
            "Sánchez, en el Congreso. JUAN PÉREZ (EFE)",
            ("Sánchez, en el Congreso.", "JUAN PÉREZ (EFE)"),
        ),
        (
            "Rain in Madrid on Monday. Juan Pérez (EFE)",
            ("Rain in Madrid on Monday.", "Juan Pérez (EFE)"),
        ),
        # neighbours: no name alone before the wire, or no wire in the brackets
        ("Leaders of the EU and NATO (AFP)", ("Leaders of the EU and NATO", "AFP")),
        ("Rain in Kyiv on Monday. The Mayor (AFP)", ("Rain in Kyiv on Monday. The Mayor", "AFP")),
        ("Rain in Madrid. Pedro Sánchez (Spain)", None),
        # a label glued to the caption's last stop (two elements' texts run together)
        (
            "Rescue workers search the rubble on Monday.Credit: Jane Roe",
            ("Rescue workers search the rubble on Monday.", "Credit: Jane Roe"),
        ),
        (
            "Rescue workers search the rubble on Monday.Photo: Jane Roe/AP",
            ("Rescue workers search the rubble on Monday.", "Photo: Jane Roe/AP"),
        ),
        # neighbours: a label word in a link, a lower-case word after the stop
        ("See www.example.com/photo: the gallery", None),
        ("Rescue workers search the rubble.photo: jane", None),
    ],
)
def test_caption_tails(caption: str, split: tuple[str, str] | None) -> None:
    assert credit_in_caption(caption) == split


def test_name_before_a_wire_splits_into_photographer_and_wire() -> None:
    block = (
        '<figure><img src="a.jpg"><figcaption>Rain in Madrid. SUSANA VERA (REUTERS)'
        "</figcaption></figure>"
    )
    assert found(wrap(block)) == ({"susana vera"}, {"reuters"})


@pytest.mark.parametrize(
    ("block", "people", "orgs"),
    [
        # a labelled link to another page whose text is a headline: a gallery's link
        ('<ul><li><a href="/x">Photos: Storm hits the coast</a></li></ul>', set(), set()),
        ('<p><a href="/g">Photos: Inside the flooded homes of the coast</a></p>', set(), set()),
        # neighbours: a linked name in a credit, a linked credit, an unlinked one
        (
            '<p><img src="a.jpg"></p><p>Photo: <a href="/p/jroe">Jane Roe</a>/AP</p>',
            {"jane roe"},
            {"ap"},
        ),
        ('<p><a href="https://x/jdoe">Photo by jdoe on Flickr</a></p>', {"jdoe"}, {"flickr"}),
        ('<p><a href="/x">Photos: Jane Roe/AP</a></p>', {"jane roe"}, {"ap"}),
        ("<p>Photos: Jane Roe/AP</p>", {"jane roe"}, {"ap"}),
        (
            '<p><a href="/x">Photo courtesy of the Okafor family</a></p>',
            set(),
            {"the okafor family"},
        ),
    ],
)
def test_headline_links_are_no_credit(block: str, people: set[str], orgs: set[str]) -> None:
    assert found(wrap(block)) == (people, orgs)


@pytest.mark.parametrize(
    ("block", "people", "orgs"),
    [
        # a picture linked to its own larger file (a lightbox, a CMS's "link to media file")
        # stands where the picture stands: the credit beside it is read
        (
            '<div class="x"><a href="/u/a-large.jpg"><img src="a.jpg"></a><p>Jane Roe/AP</p></div>',
            {"jane roe"},
            {"ap"},
        ),
        (
            '<p><a href="/u/a.jpg?w=2000"><img src="a.jpg"></a><br>Jane Roe/AP</p>',
            {"jane roe"},
            {"ap"},
        ),
        (
            '<div><a href="/u/a.webp"><img src="a.jpg" title="Jane Roe/Reuters"></a></div>',
            {"jane roe"},
            {"reuters"},
        ),
        # neighbours: a picture linked to another page is a teaser
        (
            '<div class="x"><a href="/story/x"><img src="a.jpg"></a><p>Jane Roe/AP</p></div>',
            set(),
            set(),
        ),
        ('<p><a href="/story/x"><img src="a.jpg"></a><br>Jane Roe/AP</p>', set(), set()),
        (
            '<div><a href="/story/x"><img src="a.jpg" title="Jane Roe/Reuters"></a></div>',
            set(),
            set(),
        ),
    ],
)
def test_lightbox_links(block: str, people: set[str], orgs: set[str]) -> None:
    assert found(wrap(block)) == (people, orgs)


@pytest.mark.parametrize("attr", ["alt", "title"])
def test_alt_split_once(attr: str) -> None:
    # "Caption (Name/AP)" in an image's alt or title: its caption and its credit, read once
    block = f'<p><img src="a.jpg" {attr}="Rain in Kyiv on Monday (Jane Roe/AP)"></p>'
    assert found(wrap(block)) == ({"jane roe"}, {"ap"})


@pytest.mark.parametrize(
    ("block", "people", "orgs"),
    [
        # the article author's block: a head shot, and the author's line beside it
        (
            '<div class="byline"><img src="k.jpg" alt="Kate Fields">'
            "<span>Kate Fields/Staff</span></div>",
            set(),
            set(),
        ),
        (
            '<div class="author-card"><img src="k.jpg"><p>Kate Fields | The Coast Times</p></div>',
            set(),
            set(),
        ),
        (
            '<div class="author"><div class="author__img"><img src="j.jpg"></div>'
            "<p>John Doe/Reuters</p></div>",
            set(),
            set(),
        ),
        # neighbours: a photo's byline block, and a plain photo block
        (
            '<div class="photo-byline"><img src="a.jpg"><p>Jane Roe/Reuters</p></div>',
            {"jane roe"},
            {"reuters"},
        ),
        (
            '<div class="photo"><img src="a.jpg"><div>Jane Roe/Reuters</div></div>',
            {"jane roe"},
            {"reuters"},
        ),
    ],
)
def test_author_head_shots(block: str, people: set[str], orgs: set[str]) -> None:
    assert found(wrap(block)) == (people, orgs)
