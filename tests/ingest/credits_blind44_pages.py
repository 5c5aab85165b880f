# ruff: noqa: E501
"""Blind round 44 for photo credits on pages: layouts written before the reader was read.

Each page is a small article (headline, two paragraphs) around one picture layout: AMP
``amp-img`` attributions, Open Graph and Twitter-card meta, schema.org microdata
(``creditText``, ``copyrightHolder``, ``author``), a ``<figcaption>`` holding a credit
span after the caption, ``data-credit``/``data-caption`` on a ``<div>``, React pages
with ``data-testid`` spans, and a gallery whose credits sit in a JSON ``<script>`` that
is no JSON-LD; plus neighbours that hold no credit. Expectations follow the credits dev
set's guideline: the parties of the page's photo credits (``credits_blind44.parse_spec``
syntax) and, where the page puts the credit in its own element, the caption without it.
"""

from __future__ import annotations

from typing import NamedTuple


class Page(NamedTuple):
    """One page layout and what its pictures' credits should give."""

    id: str
    figure: str
    parties: str
    captions: tuple[str, ...] | None = None
    head: str = ""


def page_html(page: Page) -> str:
    """The whole article page around ``page.figure``."""
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Storm hits the coast</title>"
        f"{page.head}</head><body><article><h1>Storm hits the coast</h1>"
        f"{page.figure}"
        "<p>Heavy rain flooded streets along the coast on Tuesday, officials said.</p>"
        "<p>Schools were closed and ferries cancelled until further notice.</p>"
        "</article></body></html>"
    )


PAGES: list[Page] = [
    # --- AMP
    Page(
        "amp_attribution",
        '<figure><amp-img src="/i/storm.jpg" width="800" height="450" layout="responsive" '
        'attribution="Ole Berg Haugen / NTB"></amp-img>'
        "<figcaption>Waves break over the pier in Bergen.</figcaption></figure>",
        "p:Ole Berg Haugen ; a:NTB",
        ("Waves break over the pier in Bergen.",),
    ),
    Page(
        "amp_attribution_prefixed",
        '<figure><amp-img src="/i/storm.jpg" width="800" height="450" '
        'attribution="Foto: Kathrin Weißenborn/dpa"></amp-img>'
        "<figcaption>Überflutete Straße in Kiel.</figcaption></figure>",
        "p:Kathrin Weißenborn ; a:dpa",
        ("Überflutete Straße in Kiel.",),
    ),
    Page(
        "amp_attribution_no_caption",
        '<amp-img src="/i/storm.jpg" width="800" height="450" attribution="AAP Image/Lachlan McIvor"></amp-img>',
        "p:Lachlan McIvor ; a:AAP Image|a:AAP",
    ),
    Page(
        "amp_carousel",
        '<amp-carousel type="slides" width="800" height="450">'
        '<amp-img src="/i/1.jpg" width="800" height="450" attribution="EFE/Mercedes Ortiz Luján"></amp-img>'
        '<amp-img src="/i/2.jpg" width="800" height="450" attribution="Europa Press"></amp-img>'
        "</amp-carousel>",
        "p:Mercedes Ortiz Luján ; a:EFE ; a:Europa Press",
    ),
    # --- Open Graph and Twitter cards
    Page(
        "og_image_alt_credit",
        "<p>Intro line.</p>",
        "p:Geneviève Tremblay ; a:The Canadian Press",
        head='<meta property="og:image" content="https://x.example/i/storm.jpg">'
        '<meta property="og:image:alt" content="Flooded road in Halifax. THE CANADIAN PRESS/Geneviève Tremblay">',
    ),
    Page(
        "twitter_image_alt_credit",
        "<p>Intro line.</p>",
        "p:Chiara Benvenuti ; a:ANSA",
        head='<meta name="twitter:card" content="summary_large_image">'
        '<meta name="twitter:image" content="https://x.example/i/storm.jpg">'
        '<meta name="twitter:image:alt" content="Mareggiata a Genova. ANSA/CHIARA BENVENUTI">',
    ),
    Page(
        "og_description_names_agency_no_credit",
        "<p>Intro line.</p>",
        "",
        head='<meta property="og:image" content="https://x.example/i/storm.jpg">'
        '<meta property="og:description" content="The storm forced NTB and Reuters staff to leave the building.">'
        '<meta name="twitter:creator" content="@janeroe">',
    ),
    # --- schema.org microdata
    Page(
        "microdata_credit_text",
        '<figure itemscope itemtype="https://schema.org/ImageObject">'
        '<img itemprop="contentUrl" src="/i/storm.jpg" alt="">'
        '<figcaption itemprop="caption">Ferries stay in port in Helsinki.</figcaption>'
        '<span itemprop="creditText">Jussi Nieminen-Aho / Lehtikuva</span></figure>',
        "p:Jussi Nieminen-Aho ; a:Lehtikuva",
        ("Ferries stay in port in Helsinki.",),
    ),
    Page(
        "microdata_author_and_copyright_holder",
        '<figure itemscope itemtype="https://schema.org/ImageObject">'
        '<img itemprop="contentUrl" src="/i/storm.jpg" alt="">'
        '<figcaption><span itemprop="caption">Hochwasser in Zürich.</span> '
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Nadia Gämperli</span></span> / '
        '<span itemprop="copyrightHolder" itemscope itemtype="https://schema.org/Organization">'
        '<span itemprop="name">Keystone</span></span></figcaption></figure>',
        "p:Nadia Gämperli ; a:Keystone",
    ),
    Page(
        "microdata_article_author_is_no_photo_credit",
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Rosalind Ashby</span></span>'
        '<figure itemscope itemprop="image" itemtype="https://schema.org/ImageObject">'
        '<img itemprop="contentUrl" src="/i/storm.jpg" alt="">'
        '<figcaption itemprop="caption">Sandbags outside a shop in Cork.</figcaption>'
        '<meta itemprop="creditText" content="Ciarán Doyle/PA Wire/PA Images"></figure></div>',
        "p:Ciarán Doyle ; a:PA Wire ; d:PA Images",
    ),
    # --- figcaption with a credit span after the caption
    Page(
        "figcaption_credit_span",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>Der Pegel der Donau steigt. "
        '<span class="credit">Foto: APA/Lukas Pirchner</span></figcaption></figure>',
        "p:Lukas Pirchner ; a:APA",
        ("Der Pegel der Donau steigt.",),
    ),
    Page(
        "figcaption_caption_and_credit_spans",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>"
        '<span class="caption">Temporal en Valencia.</span>'
        '<span class="credit">EFE/Mercedes Ortiz Luján</span></figcaption></figure>',
        "p:Mercedes Ortiz Luján ; a:EFE",
        ("Temporal en Valencia.",),
    ),
    Page(
        "figcaption_copyright_span",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>Sturm über Hamburg."
        '<span class="copyright">© picture alliance/dpa/Kathrin Weißenborn</span></figcaption></figure>',
        "p:Kathrin Weißenborn ; a:dpa ; d:picture alliance|a:picture alliance",
        ("Sturm über Hamburg.",),
    ),
    Page(
        "figcaption_small_credit",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>Chuva em São Paulo."
        ' <small class="credit">Thaís Rodrigues/Folhapress</small></figcaption></figure>',
        "p:Thaís Rodrigues ; a:Folhapress",
        ("Chuva em São Paulo.",),
    ),
    Page(
        "figcaption_magazine_credit_paragraph",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption><p>The reef at dawn.</p>"
        '<p class="credit">Photograph by Rosalind Ashby for TIME</p></figcaption></figure>',
        "p:Rosalind Ashby ; a:TIME|a:Time",
        ("The reef at dawn.",),
    ),
    Page(
        "figcaption_museum_credit",
        "<figure><img src='/i/trench.jpg' alt=''><figcaption>Soldiers near Ypres, 1916."
        ' <span class="credit">Imperial War Museum</span></figcaption></figure>',
        "s:Imperial War Museum",
        ("Soldiers near Ypres, 1916.",),
    ),
    Page(
        "figcaption_wikimedia_licence",
        "<figure><img src='/i/bridge.jpg' alt=''><figcaption>The old bridge in Mostar."
        ' <span class="credit">Wendell Okafor, CC BY-SA 4.0, via Wikimedia Commons</span></figcaption></figure>',
        "p:Wendell Okafor ; s:Wikimedia Commons",
        ("The old bridge in Mostar.",),
    ),
    # --- credit inline in the caption
    Page(
        "figcaption_inline_ansa",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>Mareggiata a Genova (ANSA)</figcaption></figure>",
        "a:ANSA",
    ),
    Page(
        "figcaption_inline_efe",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>Temporal en Valencia. EFE/Mercedes Ortiz Luján</figcaption></figure>",
        "p:Mercedes Ortiz Luján ; a:EFE",
    ),
    Page(
        "figcaption_inline_folha_dash",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>Chuva em São Paulo - Thaís Rodrigues/Folhapress</figcaption></figure>",
        "p:Thaís Rodrigues ; a:Folhapress",
    ),
    Page(
        "figcaption_inline_ntb",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>Flom i Bergen tirsdag. Foto: Ole Berg Haugen / NTB</figcaption></figure>",
        "p:Ole Berg Haugen ; a:NTB",
    ),
    Page(
        "figcaption_inline_kyodo_japanese",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>冠水した道路＝東京都内（共同）</figcaption></figure>",
        "a:共同|a:共同通信|a:Kyodo",
    ),
    Page(
        "figcaption_inline_yonhap_korean",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>침수된 도로 [사진=연합뉴스]</figcaption></figure>",
        "a:연합뉴스",
    ),
    Page(
        "caption_paragraph_canadian_press",
        "<div class='photo'><img src='/i/storm.jpg' alt=''>"
        "<p class='caption'>A flooded road in Halifax on Tuesday. THE CANADIAN PRESS/Geneviève Tremblay</p></div>",
        "p:Geneviève Tremblay ; a:The Canadian Press",
    ),
    # --- data attributes on a div
    Page(
        "div_data_credit_data_caption",
        '<div class="media" data-credit="Anna-Karin Lindqvist/TT" data-caption="Översvämning i Göteborg.">'
        "<img src='/i/storm.jpg' alt=''></div>",
        "p:Anna-Karin Lindqvist ; a:TT",
        ("Översvämning i Göteborg.",),
    ),
    Page(
        "div_data_credit_only",
        '<div class="lead-image" data-credit="Ritzau Scanpix"><img src="/i/storm.jpg" alt=""></div>',
        "a:Ritzau Scanpix",
    ),
    # --- React pages with data-testid spans
    Page(
        "react_testid_credit",
        '<figure data-testid="image-block"><img src="/i/storm.jpg" alt="">'
        '<figcaption data-testid="image-caption"><span data-testid="caption-text">Flooded homes in Adana.</span>'
        '<span data-testid="image-credit">Emre Yıldırım/Anadolu Agency via Getty Images</span>'
        "</figcaption></figure>",
        "p:Emre Yıldırım ; a:Anadolu Agency ; d:Getty Images",
        ("Flooded homes in Adana.",),
    ),
    Page(
        "react_testid_photo_credit_outside_figcaption",
        '<div data-testid="hero-media"><img src="/i/storm.jpg" alt="">'
        '<p data-testid="hero-caption">Rescuers in Tel Aviv.</p>'
        '<span data-testid="photo-credit">Tamar Ashkenazi/Flash90</span></div>',
        "p:Tamar Ashkenazi ; a:Flash90",
        ("Rescuers in Tel Aviv.",),
    ),
    # --- a gallery whose credits sit in a JSON script that is no JSON-LD
    Page(
        "gallery_next_data_json",
        '<div id="gallery"></div><script id="__NEXT_DATA__" type="application/json">'
        '{"props":{"pageProps":{"gallery":[{"src":"/i/1.jpg","caption":"Bergen pier.",'
        '"credit":"Ole Berg Haugen / NTB"},{"src":"/i/2.jpg","caption":"Kiel harbour.",'
        '"credit":"Kathrin Weißenborn/dpa"}]}}}</script>',
        "p:Ole Berg Haugen ; a:NTB ; p:Kathrin Weißenborn ; a:dpa",
    ),
    # --- neighbours that hold no credit
    Page(
        "figcaption_without_credit",
        "<figure><img src='/i/storm.jpg' alt=''><figcaption>Rain over the harbour in Oslo.</figcaption></figure>",
        "",
    ),
    Page(
        "author_headshot_is_no_credit",
        '<div class="byline"><img src="/i/author.jpg" alt="Rosalind Ashby">'
        '<span class="author">By Rosalind Ashby, AFP</span></div>',
        "",
    ),
]
