# ruff: noqa: E501
"""Stop 43's blind matrix of page layouts: where a page puts a picture's credit.

Written from CMS and publisher conventions before the HTML credit finder was read:
WordPress ``wp-caption-text``, ``<figure>`` with ``<footer>``, ``<picture>`` with
``srcset``, credits in ``aria-label`` or ``title``, lazy-loaded images (``data-src``),
galleries with one credit per slide and JSON-LD ``@graph`` arrays with several
``ImageObject``s. Each page also holds what is no credit (a byline, an author's head
shot, a linked teaser). Expected: one party set per credited picture (as in
:mod:`tests.extractors.credits_blind43`), compared as a multiset; pictures with no
party are not counted. Every name is made up.
"""

from __future__ import annotations

import json

from tests.extractors.credits_blind43 import Party

Page = tuple[str, tuple[tuple[Party, ...], ...]]

_ARTICLE = (
    '<html><head><title>Storm hits the coast</title><meta name="author" content="Kate Fields">'
    "</head><body><article><h1>Storm hits the coast</h1>"
    '<p class="byline">By Kate Fields</p>{body}'
    "<p>The storm made landfall on Tuesday, officials said.</p></article></body></html>"
)


def _page(body: str) -> str:
    return _ARTICLE.replace("{body}", body)


def _ld(*objects: dict[str, object]) -> str:
    graph = {"@context": "https://schema.org", "@graph": list(objects)}
    return f'<script type="application/ld+json">{json.dumps(graph)}</script>'


_JR_AFP_GETTY = (("Jane Rook", "P"), ("AFP", "A"), ("Getty Images", "D"))

PAGES: tuple[Page, ...] = (
    # WordPress captions
    (
        _page(
            '<div id="attachment_12" class="wp-caption aligncenter"><img src="a.jpg" alt="">'
            '<p class="wp-caption-text">Waves hit the pier. Photo: Kirby Delaney-USA TODAY Sports</p></div>'
        ),
        ((("Kirby Delaney", "P"), ("USA TODAY Sports", "A")),),
    ),
    (
        _page(
            '<figure class="wp-block-image size-large"><img src="a.jpg" alt="">'
            '<figcaption class="wp-element-caption">Waves hit the pier. (AP Photo/Hollis Brandt, File)'
            "</figcaption></figure>"
        ),
        ((("Hollis Brandt", "P"), ("AP", "A")),),
    ),
    (
        _page(
            '<div class="wp-caption"><img src="a.jpg" alt="">'
            '<p class="wp-caption-text">Foto: Moisés Pantoja / Cuartoscuro</p></div>'
        ),
        ((("Moisés Pantoja", "P"), ("Cuartoscuro", "A")),),
    ),
    (
        _page(
            '<div class="wp-caption"><img src="a.jpg" alt="">'
            '<p class="wp-caption-text">Waves hit the pier. <em>Photo: Supplied</em></p></div>'
        ),
        ((("submitted", "S"),),),
    ),
    # <figure> with <footer>
    (
        _page(
            '<figure><img src="a.jpg" alt="Waves hit the pier"><figcaption>Waves hit the pier.'
            "<footer>Selma Rydberg/ZUMA Wire/Alamy Live News</footer></figcaption></figure>"
        ),
        ((("Selma Rydberg", "P"), ("ZUMA Wire", "A"), ("Alamy Live News", "D")),),
    ),
    (
        _page(
            '<figure><img src="a.jpg" alt=""><figcaption>Waves hit the pier.</figcaption>'
            "<footer><small>Photo: Xinhua</small></footer></figure>"
        ),
        ((("Xinhua", "A"),),),
    ),
    (
        _page(
            '<figure class="media"><img src="a.jpg" alt=""><figcaption><p>Waves hit the pier.</p>'
            '<footer class="credit">Фото: Сергей Бобров/ТАСС</footer></figcaption></figure>'
        ),
        ((("Сергей Бобров", "P"), ("ТАСС", "A")),),
    ),
    # <picture> with srcset
    (
        _page(
            '<figure><picture><source srcset="a.webp 1x, a2.webp 2x" type="image/webp">'
            '<img src="a.jpg" srcset="a.jpg 1x, a2.jpg 2x" alt="Waves hit the pier"></picture>'
            '<figcaption>Waves hit the pier. <span class="credit">Jane Rook/AFP via Getty Images</span>'
            "</figcaption></figure>"
        ),
        (_JR_AFP_GETTY,),
    ),
    (
        _page(
            '<figure><picture><source media="(min-width: 800px)" srcset="big.jpg">'
            '<img src="small.jpg" alt=""></picture><figcaption><span class="caption">Waves hit the pier.'
            '</span><span class="photo-credit">PTI Photo</span></figcaption></figure>'
        ),
        ((("PTI", "A"),),),
    ),
    (
        _page(
            '<figure><picture><source srcset="a.avif" type="image/avif"><img src="a.jpg" alt=""></picture>'
            '<figcaption>Waves hit the pier.</figcaption><p class="image-credit">Express photo by Praveen Kaushal'
            "</p></figure>"
        ),
        ((("Praveen Kaushal", "P"), ("Express", "A")),),
    ),
    # credits in aria-label or title
    (
        _page(
            '<figure><img src="a.jpg" alt="Waves hit the pier"><figcaption>Waves hit the pier.'
            '<span class="credit" aria-label="Photo credit">Action Images via Reuters/Lee Hartwell</span>'
            "</figcaption></figure>"
        ),
        ((("Lee Hartwell", "P"), ("Action Images", "A"), ("Reuters", "D")),),
    ),
    (
        _page(
            '<figure><img src="a.jpg" alt="Waves hit the pier" title="Photo: Selma Rydberg/Alamy">'
            "<figcaption>Waves hit the pier.</figcaption></figure>"
        ),
        ((("Selma Rydberg", "P"), ("Alamy", "A")),),
    ),
    (
        _page(
            '<figure><img src="a.jpg" alt="Waves hit the pier"><figcaption>Waves hit the pier.'
            '<button class="credit-toggle" aria-label="Credit: Ciarán Mulhall/Sportsfile">i</button>'
            "</figcaption></figure>"
        ),
        ((("Ciarán Mulhall", "P"), ("Sportsfile", "A")),),
    ),
    (
        _page(
            '<figure><img src="a.jpg" alt=""><figcaption>Waves hit the pier.'
            '<abbr class="credit" title="Agence France-Presse">Jane Rook / AFP</abbr></figcaption></figure>'
        ),
        ((("Jane Rook", "P"), ("AFP", "A")),),
    ),
    # lazy-loaded images
    (
        _page(
            '<figure><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
            'data-src="a.jpg" alt=""><figcaption>Waves hit the pier. '
            '<span class="credit">Foto: EFE/Mario Gutiérrez</span></figcaption></figure>'
        ),
        ((("Mario Gutiérrez", "P"), ("EFE", "A")),),
    ),
    (
        _page(
            '<div class="image-wrap"><img class="lazy" data-src="a.jpg" data-srcset="a.jpg 1x" alt="">'
            '<div class="image-credit">Photo: White Star/Fahim Qureshi</div></div>'
        ),
        ((("Fahim Qureshi", "P"), ("White Star", "A")),),
    ),
    (
        _page(
            '<figure><img loading="lazy" data-lazy-src="a.jpg" alt="" data-credit="Xinhua/Zhao Dingxin">'
            "<figcaption>Waves hit the pier.</figcaption></figure>"
        ),
        ((("Zhao Dingxin", "P"), ("Xinhua", "A")),),
    ),
    (
        _page(
            '<figure><noscript><img src="a.jpg" alt=""></noscript><img data-src="a.jpg" alt="">'
            "<figcaption>Waves hit the pier. Fotó: MTI/Koszta Szilárd</figcaption></figure>"
        ),
        ((("Koszta Szilárd", "P"), ("MTI", "A")),),
    ),
    # galleries with one credit per slide
    (
        _page(
            '<div class="gallery"><div class="slide"><figure><img src="1.jpg" alt="">'
            '<figcaption>Waves hit the pier. <span class="credit">REUTERS/Hollis Brandt</span></figcaption>'
            '</figure></div><div class="slide"><figure><img src="2.jpg" alt="">'
            '<figcaption>A flooded road. <span class="credit">Jane Rook/AFP via Getty Images</span>'
            '</figcaption></figure></div><div class="slide"><figure><img src="3.jpg" alt="">'
            '<figcaption>Volunteers help. <span class="credit">Photo: Supplied</span></figcaption>'
            "</figure></div></div>"
        ),
        (
            (("Hollis Brandt", "P"), ("Reuters", "A")),
            _JR_AFP_GETTY,
            (("submitted", "S"),),
        ),
    ),
    (
        _page(
            '<ul class="gallery"><li><img src="1.jpg" alt=""><p class="gallery-caption">Waves hit the pier.'
            '</p><p class="gallery-credit">Sputnik/Ramil Safiullin/Pool via REUTERS</p></li>'
            '<li><img src="2.jpg" alt=""><p class="gallery-caption">A flooded road.</p>'
            '<p class="gallery-credit">Фото: РИА Новости</p></li></ul>'
        ),
        (
            (("Ramil Safiullin", "P"), ("Sputnik", "A"), ("pool", "A"), ("Reuters", "D")),
            (("РИА Новости", "A"),),
        ),
    ),
    (
        _page(
            '<div class="gallery"><figure data-index="1"><img src="1.jpg" alt="">'
            '<figcaption><span class="counter">Bild 1 von 2</span> Waves hit the pier. '
            '<span class="copyright">Foto: dpa-Pool</span></figcaption></figure>'
            '<figure data-index="2"><img src="2.jpg" alt=""><figcaption><span class="counter">Bild 2 von 2'
            '</span> A flooded road. <span class="copyright">IMAGO/Jonas Keller</span></figcaption>'
            "</figure></div>"
        ),
        (
            (("dpa", "A"), ("pool", "A")),
            (("Jonas Keller", "P"), ("Imago", "A")),
        ),
    ),
    # JSON-LD @graph with several ImageObjects
    (
        _page(
            _ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Storm hits the coast",
                    "author": {"@type": "Person", "name": "Kate Fields"},
                },
                {
                    "@type": "ImageObject",
                    "url": "https://example.org/1.jpg",
                    "creditText": "Jane Rook/AFP via Getty Images",
                },
                {
                    "@type": "ImageObject",
                    "url": "https://example.org/2.jpg",
                    "creditText": "REUTERS/Hollis Brandt",
                },
            )
            + "<p>Waves hit the pier.</p>"
        ),
        (_JR_AFP_GETTY, (("Hollis Brandt", "P"), ("Reuters", "A"))),
    ),
    (
        _page(
            _ld(
                {"@type": "WebPage", "name": "Storm hits the coast"},
                {
                    "@type": "ImageObject",
                    "contentUrl": "https://example.org/1.jpg",
                    "author": {"@type": "Person", "name": "Hollis Brandt"},
                    "copyrightHolder": {"@type": "Organization", "name": "Associated Press"},
                    "creditText": "AP Photo/Hollis Brandt",
                },
                {
                    "@type": "ImageObject",
                    "contentUrl": "https://example.org/2.jpg",
                    "creditText": "Photo: Selma Rydberg/Anadolu",
                },
            )
        ),
        ((("Hollis Brandt", "P"), ("AP", "A")), (("Selma Rydberg", "P"), ("Anadolu", "A"))),
    ),
    (
        _page(
            _ld(
                {
                    "@type": "NewsArticle",
                    "headline": "Storm hits the coast",
                    "image": [
                        {
                            "@type": "ImageObject",
                            "url": "https://example.org/1.jpg",
                            "creditText": "NASA/JPL-Caltech",
                        },
                        {
                            "@type": "ImageObject",
                            "url": "https://example.org/2.jpg",
                            "creditText": "Graphic: Reuters",
                        },
                    ],
                },
            )
        ),
        ((("NASA", "S"), ("JPL-Caltech", "S")), (("Reuters", "A"),)),
    ),
    # other common places
    (
        _page(
            '<figure><img src="a.jpg" alt=""><figcaption>Waves hit the pier.'
            "<cite>Mandatory Credit: Photo by Selma Rydberg/Shutterstock (13892211c)</cite></figcaption></figure>"
        ),
        ((("Selma Rydberg", "P"), ("Shutterstock", "A")),),
    ),
    (
        _page('<figure><img src="a.jpg" alt=""><figcaption>NASA/JPL-Caltech</figcaption></figure>'),
        ((("NASA", "S"), ("JPL-Caltech", "S")),),
    ),
    (
        _page('<figure><img src="a.jpg" alt=""><figcaption>Reuters TV</figcaption></figure>'),
        ((("Reuters TV", "A"),),),
    ),
    (
        _page(
            '<figure class="graphic"><img src="map.png" alt="Map of the flooded districts">'
            '<figcaption>Map of the flooded districts. <span class="credit">Graphic: Nell Arbuthnot/The '
            "Washington Post</span></figcaption></figure>"
        ),
        ((("Nell Arbuthnot", "P"), ("The Washington Post", "A")),),
    ),
    # neighbours: no credit
    (
        _page(
            '<figure><img src="a.jpg" alt=""><figcaption>USA/Joe Biden</figcaption></figure>'
            '<figure><img src="b.jpg" alt=""><figcaption>Berlin/Brüssel</figcaption></figure>'
        ),
        (),
    ),
    (
        _page(
            '<div class="author-box byline"><img src="kate.jpg" alt="Kate Fields">'
            '<span class="author-name">Kate Fields</span></div>'
            '<a href="/other"><img src="t.jpg" alt="Teaser: Floods in Wexford | Photo: Jody Marsh"></a>'
            '<figure><img src="a.jpg" alt=""><figcaption>Bild 3 von 12</figcaption></figure>'
        ),
        (),
    ),
)
