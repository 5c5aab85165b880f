"""A blind matrix of page layouts, written at stop 40 before reading the credit code.

Each :data:`LAYOUTS` entry is ``(name, picture block, photographers, organisations)``:
a picture block as a CMS or a publisher's template writes it (WordPress, Arc XP,
Brightspot, AMP, Drupal, JSON-LD, microdata, ``data-`` attributes, ``<small>``,
``<cite>``, ``<meta>``), and the parties every picture credit on the page names.
:func:`page` wraps a block in an article with a byline, an author meta tag and a
footer notice, none of which is a photo credit. Names are made up.
"""

from __future__ import annotations

BYLINE = "Theo Marchetti"
BODY = "<p>The council voted on Tuesday to close the bridge for repairs.</p>"
CAPTION = "Workers inspect the bridge on Monday."

LAYOUTS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "wordpress block figcaption with inline credit",
        '<figure class="wp-block-image size-large"><img src="a.jpg" alt="">'
        f'<figcaption class="wp-element-caption">{CAPTION} Photo: Lina Okafor/AP</figcaption>'
        "</figure>",
        ("Lina Okafor",),
        ("AP",),
    ),
    (
        "wordpress classic wp-caption",
        '<div class="wp-caption aligncenter"><img src="a.jpg" alt="">'
        f'<p class="wp-caption-text">{CAPTION} (Photo by Lina Okafor/Getty Images)</p></div>',
        ("Lina Okafor",),
        ("Getty Images",),
    ),
    (
        "wordpress media-credit plugin",
        '<div class="wp-caption"><span class="media-credit-container">'
        '<img src="a.jpg" alt=""><span class="media-credit">Lina Okafor</span></span>'
        f'<p class="wp-caption-text">{CAPTION}</p></div>',
        ("Lina Okafor",),
        (),
    ),
    (
        "figcaption with credit span",
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION} '
        '<span class="credit">Lina Okafor/Reuters</span></figcaption></figure>',
        ("Lina Okafor",),
        ("Reuters",),
    ),
    (
        "arc xp caption and credit spans",
        '<figure class="b-image"><img src="a.jpg" alt=""><figcaption>'
        f'<span class="caption-text">{CAPTION}</span>'
        '<span class="image-credit">(Lina Okafor/The Washington Post)</span>'
        "</figcaption></figure>",
        ("Lina Okafor",),
        ("The Washington Post",),
    ),
    (
        "arc xp data-credit on figure",
        '<figure data-credit="Lina Okafor/AFP via Getty Images"><img src="a.jpg" alt="">'
        f"<figcaption>{CAPTION}</figcaption></figure>",
        ("Lina Okafor",),
        ("AFP", "Getty Images"),
    ),
    (
        "brightspot figure credit div",
        '<figure class="Figure"><img class="Image" src="a.jpg" alt="">'
        f'<div class="Figure-caption">{CAPTION}</div>'
        '<div class="Figure-credit">Lina Okafor/AP</div></figure>',
        ("Lina Okafor",),
        ("AP",),
    ),
    (
        "brightspot caption credit nested",
        '<div class="Enhancement"><div class="Carousel-slide"><img src="a.jpg" alt="">'
        f'<div class="CarouselSlide-infoDescription">{CAPTION}</div>'
        '<div class="CarouselSlide-creditText">Lina Okafor / Reuters</div></div></div>',
        ("Lina Okafor",),
        ("Reuters",),
    ),
    (
        "amp figcaption with credit span",
        '<figure><amp-img src="a.jpg" width="800" height="450" layout="responsive"></amp-img>'
        f'<figcaption>{CAPTION} <span class="amp-caption-credit">Lina Okafor/Reuters'
        "</span></figcaption></figure>",
        ("Lina Okafor",),
        ("Reuters",),
    ),
    (
        "amp attribution attribute",
        '<figure><amp-img src="a.jpg" width="800" height="450" '
        'attribution="Lina Okafor/AP"></amp-img>'
        f"<figcaption>{CAPTION}</figcaption></figure>",
        ("Lina Okafor",),
        ("AP",),
    ),
    (
        "drupal image credit field",
        '<div class="field--name-field-image"><img src="a.jpg" alt=""></div>'
        f'<div class="field--name-field-caption">{CAPTION}</div>'
        '<div class="field--name-field-image-credit">Lina Okafor/EPA</div>',
        ("Lina Okafor",),
        ("EPA",),
    ),
    (
        "drupal 7 photo credit field",
        '<div class="field field-name-field-photo"><img src="a.jpg" alt=""></div>'
        '<div class="field field-name-field-photo-credit"><div class="field-items">'
        '<div class="field-item even">Photo: Lina Okafor</div></div></div>',
        ("Lina Okafor",),
        (),
    ),
    (
        "small inside figcaption",
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION} '
        "<small>Lina Okafor/AFP</small></figcaption></figure>",
        ("Lina Okafor",),
        ("AFP",),
    ),
    (
        "cite inside figcaption",
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION} '
        "<cite>Photograph: Lina Okafor/Reuters</cite></figcaption></figure>",
        ("Lina Okafor",),
        ("Reuters",),
    ),
    (
        "guardian style caption tail",
        f'<figure><img src="a.jpg" alt=""><figcaption><span>{CAPTION}</span> '
        "Photograph: Lina Okafor/AP</figcaption></figure>",
        ("Lina Okafor",),
        ("AP",),
    ),
    (
        "nyt credit with visually hidden label",
        f'<figure><img src="a.jpg" alt=""><figcaption><span class="css-1x">{CAPTION}</span>'
        '<span class="css-2y"><span class="visually-hidden">Credit...</span>'
        "<span>Lina Okafor for The New York Times</span></span></figcaption></figure>",
        ("Lina Okafor",),
        ("The New York Times",),
    ),
    (
        "bbc image source and image caption",
        '<figure><div><img src="a.jpg" alt=""><span role="text">'
        '<span class="visually-hidden">Image source, </span>Getty Images</span></div>'
        '<figcaption><span class="visually-hidden">Image caption, </span>'
        f"{CAPTION}</figcaption></figure>",
        (),
        ("Getty Images",),
    ),
    (
        "json-ld imageobject creditText",
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","headline":"Bridge closed","image":{"@type":"ImageObject",'
        '"url":"https://example.org/a.jpg","creditText":"Lina Okafor/Reuters"}}</script>',
        ("Lina Okafor",),
        ("Reuters",),
    ),
    (
        "json-ld imageobject author and copyrightHolder",
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","headline":"Bridge closed","author":{"@type":"Person",'
        '"name":"Theo Marchetti"},"image":{"@type":"ImageObject","url":"https://example.org/a.jpg",'
        '"author":{"@type":"Person","name":"Lina Okafor"},'
        '"copyrightHolder":{"@type":"Organization","name":"AFP"}}}</script>',
        ("Lina Okafor",),
        ("AFP",),
    ),
    (
        "json-ld graph with imageobject",
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"NewsArticle","headline":"Bridge closed","image":{"@id":"#img"}},'
        '{"@type":"ImageObject","@id":"#img","url":"https://example.org/a.jpg",'
        '"creditText":"Lina Okafor/AP","copyrightNotice":"AP"}]}</script>',
        ("Lina Okafor",),
        ("AP",),
    ),
    (
        "microdata imageobject",
        '<figure itemscope itemtype="https://schema.org/ImageObject">'
        '<img itemprop="contentUrl" src="a.jpg" alt="">'
        f'<figcaption itemprop="caption">{CAPTION}</figcaption>'
        '<span itemprop="creditText">Lina Okafor/EPA-EFE</span></figure>',
        ("Lina Okafor",),
        ("EPA-EFE",),
    ),
    (
        "microdata author and copyrightHolder",
        '<figure itemscope itemtype="https://schema.org/ImageObject">'
        '<img itemprop="contentUrl" src="a.jpg" alt="">'
        '<span itemprop="author">Lina Okafor</span>'
        '<span itemprop="copyrightHolder">Reuters</span></figure>',
        ("Lina Okafor",),
        ("Reuters",),
    ),
    (
        "data-author and data-agency on figure",
        '<figure data-author="Lina Okafor" data-agency="AFP"><img src="a.jpg" alt="">'
        f"<figcaption>{CAPTION}</figcaption></figure>",
        ("Lina Okafor",),
        ("AFP",),
    ),
    (
        "data-source on img",
        f'<figure><img src="a.jpg" alt="" data-source="Reuters"><figcaption>{CAPTION}'
        "</figcaption></figure>",
        (),
        ("Reuters",),
    ),
    (
        "data-photographer and data-credit on img",
        '<figure><img src="a.jpg" alt="" data-photographer="Lina Okafor" data-credit="AP">'
        f"<figcaption>{CAPTION}</figcaption></figure>",
        ("Lina Okafor",),
        ("AP",),
    ),
    (
        "photo-credit paragraph after image",
        '<div class="article-image"><img src="a.jpg" alt="">'
        '<p class="photo-credit">Photo: Lina Okafor</p></div>',
        ("Lina Okafor",),
        (),
    ),
    (
        "copyright paragraph in figure",
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION}</figcaption>'
        '<p class="copyright">© Lina Okafor</p></figure>',
        ("Lina Okafor",),
        (),
    ),
    (
        "credit div after figure",
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>'
        '<div class="image-credit">Credit: Reuters</div>',
        (),
        ("Reuters",),
    ),
    (
        "em credit in figcaption",
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION} '
        "<em>(Lina Okafor/AFP)</em></figcaption></figure>",
        ("Lina Okafor",),
        ("AFP",),
    ),
    (
        "picture element and lower-case credit",
        '<figure><picture><source srcset="a.webp"><img src="a.jpg" alt=""></picture>'
        f'<figcaption>{CAPTION}<span class="credit">photo by lina okafor</span>'
        "</figcaption></figure>",
        ("Lina Okafor",),
        (),
    ),
    (
        "gallery of three pictures",
        '<div class="gallery">'
        '<figure><img src="a.jpg" alt=""><figcaption>One. <span class="credit">'
        "Lina Okafor/AP</span></figcaption></figure>"
        '<figure><img src="b.jpg" alt=""><figcaption>Two. <span class="credit">'
        "Reuters</span></figcaption></figure>"
        '<figure><img src="c.jpg" alt=""><figcaption>Three. <span class="credit">'
        "Samir Haddad/Getty Images</span></figcaption></figure></div>",
        ("Lina Okafor", "Samir Haddad"),
        ("AP", "Reuters", "Getty Images"),
    ),
    (
        "german bildnachweis",
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION} '
        '<span class="bildnachweis">Foto: Lina Okafor/dpa</span></figcaption></figure>',
        ("Lina Okafor",),
        ("dpa",),
    ),
    (
        "french copyright span",
        '<figure><img src="a.jpg" alt=""><figcaption>Des ouvriers inspectent le pont lundi. '
        '<span class="copyright">© AFP</span></figcaption></figure>',
        (),
        ("AFP",),
    ),
    (
        "spanish credito span",
        '<figure><img src="a.jpg" alt=""><figcaption>Obreros revisan el puente el lunes. '
        '<span class="credito">Foto: Juan Pérez (EFE)</span></figcaption></figure>',
        ("Juan Pérez",),
        ("EFE",),
    ),
    (
        "italian didascalia with inline credit",
        '<figure><img src="a.jpg" alt=""><figcaption class="didascalia">'
        "Operai controllano il ponte lunedì (foto LaPresse)</figcaption></figure>",
        (),
        ("LaPresse",),
    ),
    (
        "dutch beeld credit",
        '<figure><img src="a.jpg" alt=""><figcaption>Arbeiders inspecteren de brug maandag. '
        '<span class="credit">Beeld ANP</span></figcaption></figure>',
        (),
        ("ANP",),
    ),
    (
        "french dr credit",
        '<figure><img src="a.jpg" alt=""><figcaption>Le pont, lundi. '
        '<span class="credit">DR</span></figcaption></figure>',
        (),
        (),
    ),
    (
        "caption with no credit",
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>',
        (),
        (),
    ),
    (
        "author head shot beside byline",
        '<div class="author-card"><img src="head.jpg" alt="Theo Marchetti">'
        '<span class="author-name">Theo Marchetti</span></div>'
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>',
        (),
        (),
    ),
    (
        "meta image credit",
        '<meta name="image_credit" content="Lina Okafor/Reuters">'
        f'<figure><img src="a.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>',
        ("Lina Okafor",),
        ("Reuters",),
    ),
    (
        "agency and source data attributes with text caption",
        '<figure class="media"><img src="a.jpg" alt="" data-author="Lina Okafor" '
        'data-source="Ukrainian Presidential Press Service">'
        f"<figcaption>{CAPTION}</figcaption></figure>",
        ("Lina Okafor",),
        ("Ukrainian Presidential Press Service",),
    ),
)


def page(block: str) -> str:
    """A whole article page holding ``block``, a byline, meta tags and a footer.

    Leading ``<meta>`` tags of ``block`` go into the page's head.
    """
    metas = ""
    while block.startswith("<meta"):
        end = block.index(">") + 1
        metas, block = metas + block[:end], block[end:]
    head = metas + (
        f'<meta name="author" content="{BYLINE}">'
        f'<meta property="article:author" content="{BYLINE}">'
        '<meta property="og:site_name" content="The Daily Ledger">'
    )
    return (
        f"<html><head><title>Bridge closed</title>{head}</head><body><article>"
        f'<h1>Bridge closed</h1><p class="byline">By {BYLINE}</p>{block}{BODY}</article>'
        "<footer><small>© 2024 The Daily Ledger. All rights reserved.</small></footer>"
        "</body></html>"
    )
