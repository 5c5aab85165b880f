"""Stop 41's blind page layouts: where pages put a picture's credit, written blind.

Each page is a short article holding one or two pictures whose credit sits in a place
the earlier matrices covered least: a ``<figure>``'s ``<footer>``, an ``<aside>``, a
``<p class="caption">`` with a sibling credit, a ``srcset``-only image's ``title``,
``<picture>`` with ``data-credit``, JSON-LD ``image`` arrays, microdata, galleries; and
neighbours whose names must not become parties (an ``article:author`` or JSON-LD author
beside an ``og:image``, a byline head shot, a related-links aside). Each entry is
``(name, html, photographers, agencies, distributors, sources)`` over every picture of the
page; a page whose sets are all empty must yield no party.
"""

from __future__ import annotations

from typing import NamedTuple


class Page(NamedTuple):
    """A page and every party its pictures' credits name, by IPTC role."""

    name: str
    html: str
    photographers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    distributors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


def article(body: str, head: str = "") -> str:
    """A minimal article page around ``body`` (``head`` goes in ``<head>``)."""
    return (
        "<!doctype html><html><head><title>Floods hit the capital</title>"
        f"{head}</head><body><article><h1>Floods hit the capital</h1>"
        "<p>Heavy rain flooded the capital on Monday, officials said.</p>"
        f"{body}<p>More rain is forecast for the week.</p></article></body></html>"
    )


P = Page

PAGES: tuple[Page, ...] = (
    P(
        "figure_footer",
        article(
            '<figure><img src="a.jpg" alt="Flooded street"><figcaption>A flooded street in '
            "Wuhan.</figcaption><footer>Photo: Li Xin/Xinhua</footer></figure>"
        ),
        ("Li Xin",),
        ("Xinhua",),
    ),
    P(
        "figure_footer_small",
        article(
            '<figure><img src="a.jpg"><footer><p>Rescuers in Hatay.</p>'
            "<small>Umit Bektas/Reuters</small></footer></figure>"
        ),
        ("Umit Bektas",),
        ("Reuters",),
    ),
    P(
        "figure_aside_credit",
        article(
            '<figure><img src="a.jpg"><figcaption>Commuters in Tokyo.</figcaption>'
            '<aside class="image-credit">Kyodo</aside></figure>'
        ),
        (),
        ("Kyodo",),
    ),
    P(
        "aside_related_links_no_credit",
        article(
            '<aside class="related"><h3>Read more</h3><a href="/x"><img src="t.jpg">'
            "Reuters/Ipsos poll shows support falling</a></aside>"
        ),
    ),
    P(
        "p_caption_sibling_credit",
        article(
            '<div class="photo"><img src="a.jpg"><p class="caption">Rescue workers in Izmir.</p>'
            '<p class="credit">Mustafa Hassona/Anadolu Agency</p></div>'
        ),
        ("Mustafa Hassona",),
        ("Anadolu Agency",),
    ),
    P(
        "p_caption_span_photo_credit",
        article(
            '<div class="image"><img src="a.jpg"><p class="caption">Students in Kabul.</p>'
            '<span class="photo-credit">(AP Photo/Ebrahim Noroozi)</span></div>'
        ),
        ("Ebrahim Noroozi",),
        ("AP",),
    ),
    P(
        "srcset_only_title",
        article(
            '<figure><img srcset="a-400.jpg 400w, a-800.jpg 800w" '
            'title="Jung Yeon-je/AFP via Getty Images" alt="A soldier at the border"></figure>'
        ),
        ("Jung Yeon-je",),
        ("AFP",),
        ("Getty Images",),
    ),
    P(
        "picture_img_data_credit",
        article(
            '<picture><source srcset="a.webp" type="image/webp">'
            '<img src="a.jpg" data-credit="Abir Sultan/EPA-EFE"></picture>'
        ),
        ("Abir Sultan",),
        ("EPA-EFE",),
    ),
    P(
        "picture_data_credit_on_picture",
        article(
            '<picture data-credit="Marcelo Camargo/Agência Brasil">'
            '<source srcset="a.webp"><img src="a.jpg" alt="Brasília"></picture>'
        ),
        ("Marcelo Camargo",),
        ("Agência Brasil",),
    ),
    P(
        "og_image_article_author_no_credit",
        article(
            "",
            '<meta property="og:image" content="https://example.com/a.jpg">'
            '<meta property="article:author" content="Jane Writer">'
            '<meta name="author" content="Jane Writer">',
        ),
    ),
    P(
        "jsonld_image_array",
        article(
            "",
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"NewsArticle","headline":"Floods hit the capital",'
            '"author":{"@type":"Person","name":"Jane Writer"},'
            '"image":[{"@type":"ImageObject","url":"https://example.com/a.jpg",'
            '"caption":"A flooded street","creditText":"Adnan Abidi/Reuters"},'
            '{"@type":"ImageObject","url":"https://example.com/b.jpg",'
            '"creditText":"Yonhap"}]}</script>',
        ),
        ("Adnan Abidi",),
        ("Reuters", "Yonhap"),
    ),
    P(
        "jsonld_image_urls_author_no_credit",
        article(
            "",
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"NewsArticle","headline":"Floods hit the capital",'
            '"author":[{"@type":"Person","name":"Jane Writer"}],'
            '"image":["https://example.com/a.jpg","https://example.com/b.jpg"]}</script>',
        ),
    ),
    P(
        "jsonld_image_creator_copyright",
        article(
            "",
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"NewsArticle","headline":"Floods hit the capital",'
            '"image":{"@type":"ImageObject","url":"https://example.com/a.jpg",'
            '"creator":{"@type":"Person","name":"Kim Hong-ji"},'
            '"copyrightHolder":{"@type":"Organization","name":"Reuters"}}}</script>',
        ),
        ("Kim Hong-ji",),
        ("Reuters",),
    ),
    P(
        "wp_block_caption_with_credit",
        article(
            '<figure class="wp-block-image"><img src="a.jpg">'
            '<figcaption class="wp-element-caption">'
            "Farmers protest in Delhi. Photo: Kamal Kishore/PTI</figcaption></figure>"
        ),
        ("Kamal Kishore",),
        ("PTI",),
    ),
    P(
        "figcaption_spans",
        article(
            '<figure><img src="a.jpg"><figcaption><span class="caption">Protesters in '
            'Bangkok.</span> <span class="credit">Jane Roe/NurPhoto via Getty Images</span>'
            "</figcaption></figure>"
        ),
        ("Jane Roe",),
        ("NurPhoto",),
        ("Getty Images",),
    ),
    P(
        "bem_div_credit",
        article(
            '<div class="image"><img src="a.jpg"><div class="image__caption">Traders in '
            'Lagos.</div><div class="image__credit">Photographer: Jane Roe/Bloomberg</div></div>'
        ),
        ("Jane Roe",),
        ("Bloomberg",),
    ),
    P(
        "figcaption_cite",
        article(
            '<figure><img src="a.jpg"><figcaption>Riot police in Hong Kong. '
            "<cite>Jane Roe/SOPA Images/LightRocket via Getty Images</cite></figcaption></figure>"
        ),
        ("Jane Roe",),
        ("SOPA Images", "LightRocket"),
        ("Getty Images",),
    ),
    P(
        "figcaption_small_foto",
        article(
            '<figure><img src="a.jpg"><figcaption>Manifestantes en Caracas. '
            "<small>Foto: EFE/Miguel Gutiérrez</small></figcaption></figure>"
        ),
        ("Miguel Gutiérrez",),
        ("EFE",),
    ),
    P(
        "span_copyright",
        article(
            '<figure><img src="a.jpg"><figcaption>Der Bundestag in Berlin. '
            '<span class="copyright">Foto: Michael Kappeler/dpa</span></figcaption></figure>'
        ),
        ("Michael Kappeler",),
        ("dpa",),
    ),
    P(
        "lazy_img_data_credit",
        article('<figure><img data-src="a.jpg" data-credit="Yonhap" alt="Seoul"></figure>'),
        (),
        ("Yonhap",),
    ),
    P(
        "byline_head_shot_no_credit",
        article(
            '<div class="byline"><img src="jane.jpg" alt="Jane Writer"><span class="author">'
            "By Jane Writer</span></div>"
        ),
    ),
    P(
        "figcaption_alone_korean",
        article('<figure><img src="a.jpg"><figcaption>KIM HONG-JI/REUTERS</figcaption></figure>'),
        ("Kim Hong-ji",),
        ("Reuters",),
    ),
    P(
        "figcaption_kenyan_pipes",
        article(
            '<figure><img src="a.jpg"><figcaption>Police in Nairobi on Tuesday. PHOTO | '
            "JEFF ANGOTE | NATION MEDIA GROUP</figcaption></figure>"
        ),
        ("Jeff Angote",),
        ("Nation Media Group",),
    ),
    P(
        "gallery_two_credits",
        article(
            '<ul class="gallery"><li><img src="a.jpg"><p class="gallery-caption">Day one.</p>'
            '<p class="gallery-credit">Jane Roe/ZUMA Press Wire</p></li>'
            '<li><img src="b.jpg"><p class="gallery-caption">Day two.</p>'
            '<p class="gallery-credit">Mikhail Metzel/TASS</p></li></ul>'
        ),
        ("Jane Roe", "Mikhail Metzel"),
        ("ZUMA Press Wire", "TASS"),
    ),
    P(
        "microdata_image_object",
        article(
            '<div itemprop="image" itemscope itemtype="http://schema.org/ImageObject">'
            '<img itemprop="url" src="a.jpg"><span itemprop="caption">Ankara at night.</span>'
            '<span itemprop="author">Jane Roe</span>'
            '<span itemprop="copyrightHolder">Anadolu Agency</span></div>'
        ),
        ("Jane Roe",),
        ("Anadolu Agency",),
    ),
    P(
        "credit_after_figure",
        article(
            '<figure><img src="a.jpg"><figcaption>Miners in Johannesburg.</figcaption></figure>'
            '<p class="photo-credit">Photograph: Jane Roe/Magnum Photos</p>'
        ),
        ("Jane Roe",),
        ("Magnum Photos",),
    ),
    P(
        "img_data_photographer_agency",
        article(
            '<figure><img src="a.jpg" data-photographer="Wang Ying" data-agency="Xinhua"></figure>'
        ),
        ("Wang Ying",),
        ("Xinhua",),
    ),
    P(
        "arc_credits_for_paper",
        article(
            '<figure><img src="a.jpg"><figcaption><span>Voters in São Paulo.</span> '
            '<span class="credits">(Jane Roe for The Washington Post)</span></figcaption></figure>'
        ),
        ("Jane Roe",),
        ("The Washington Post",),
    ),
    P(
        "figure_footer_courtesy",
        article(
            '<figure><img src="a.jpg"><footer><p>The victim in an undated photo.</p>'
            "<p>Courtesy of Jane Roe</p></footer></figure>"
        ),
        (),
        (),
        (),
        ("Jane Roe",),
    ),
    P(
        "figcaption_usa_today_sports",
        article(
            '<figure><img src="a.jpg"><figcaption>Lionel Messi during the match. '
            "Mandatory Credit: Sam Navarro-USA TODAY Sports</figcaption></figure>"
        ),
        ("Sam Navarro",),
        ("USA TODAY Sports",),
    ),
    P(
        "figcaption_chinadaily_brackets",
        article(
            '<figure><img src="a.jpg"><figcaption>Visitors at the Palace Museum in Beijing. '
            "[Photo by Zou Hong/chinadaily.com.cn]</figcaption></figure>"
        ),
        ("Zou Hong",),
        ("chinadaily.com.cn",),
    ),
    P(
        "figcaption_no_credit_names",
        article(
            '<figure><img src="a.jpg"><figcaption>President Cyril Ramaphosa speaks in '
            "Pretoria on Monday.</figcaption></figure>"
        ),
    ),
)
