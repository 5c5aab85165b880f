"""Blind matrix, round 47: page layouts written before reading the HTML credit finder.

Guardian- and NYT-like markup, copyright holders and authors in microdata, image meta
with no credit, JSON-LD ``ImageObject`` in a ``@graph`` with ``creator`` arrays, AMP
attribution, galleries, a credit repeated in two places of one picture, and ninjs and
NewsML-G2 items (shaped after the IPTC examples). All text is made up. A spec is read
as in ``tests/extractors/credits_blind47.py``: the parties of the whole document
(its ``photo_credits`` rows), compared as multisets.
"""

from __future__ import annotations

import json


def _page(body: str, head: str = "") -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Storm damage across the county</title>{head}</head><body>"
        "<article><h1>Storm damage across the county</h1>"
        "<p>High winds brought down trees across the county overnight, the council said.</p>"
        f"{body}"
        "<p>Crews expect to clear the roads by Friday, a spokesman said.</p>"
        "</article></body></html>"
    )


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


_NINJS_BASE = {
    "uri": "urn:example:text:storm-1",
    "type": "text",
    "version": "1",
    "versionCreated": "2026-11-30T10:00:00Z",
    "language": "en",
    "headlines": [{"role": "main", "value": "Storm damage across the county"}],
    "bodies": [
        {
            "role": "text",
            "contentType": "text/plain",
            "value": "High winds brought down trees overnight, the council said.",
        }
    ],
}


def _ninjs(pictures: list[dict[str, object]]) -> str:
    item = dict(_NINJS_BASE)
    item["associations"] = pictures
    return json.dumps(item)


def _g2_picture(creator: str, creditline: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:pic:1"
  version="1" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:picture"/>
    <provider literal="Example Photos"/>
    <versionCreated>2026-11-30T10:00:00Z</versionCreated>
  </itemMeta>
  <contentMeta>
    <creator role="crol:photographer"><name>{creator}</name></creator>
    <creditline>{creditline}</creditline>
    <headline>Storm damage across the county</headline>
    <description role="drol:caption">Fallen trees on the high street on Tuesday.</description>
  </contentMeta>
  <contentSet>
    <remoteContent href="http://example.com/pic1.jpg" contenttype="image/jpeg"/>
  </contentSet>
</newsItem>
"""


# (name, file suffix, content, expected parties of the whole document)
PAGES: tuple[tuple[str, str, str, str], ...] = (
    (
        "guardian_figcaption",
        "html",
        _page(
            '<figure class="dcr-figure"><img src="storm1.jpg" alt="Fallen trees">'
            '<figcaption class="dcr-caption"><span class="dcr-text">Fallen trees on the '
            "high street.</span> Photograph: Neil Brody/The Guardian</figcaption></figure>"
        ),
        "Neil Brody=P; The Guardian=A",
    ),
    (
        "guardian_hidden_label",
        "html",
        _page(
            '<figure><img src="storm2.jpg" alt=""><figcaption><span class="caption-text">'
            'Flooding in the square.</span> <span class="visually-hidden">Photograph:</span>'
            "<span>Harriet Cole/PA</span></figcaption></figure>"
        ),
        "Harriet Cole=P; PA=A",
    ),
    (
        "nyt_credit_span",
        "html",
        _page(
            '<figure><img src="storm3.jpg" alt=""><figcaption class="css-1l44abu">'
            '<span class="css-jevhma">Residents clear debris on Tuesday.</span>'
            '<span class="css-cnj6d5"><span class="css-1u46b97">Credit...</span>'
            "<span>Jane Roe for The New York Times</span></span></figcaption></figure>"
        ),
        "Jane Roe=P; The New York Times=A",
    ),
    (
        "nyt_caption_credit_wire",
        "html",
        _page(
            '<figure><img src="storm4.jpg" alt=""><figcaption>'
            '<span class="caption">A crane lifts a tree.</span>'
            '<span class="credit" itemprop="copyrightHolder">'
            '<span class="visually-hidden">Credit...</span>'
            "Dana Holm/Star Tribune, via Associated Press"
            "</span></figcaption></figure>"
        ),
        "Dana Holm=P; Star Tribune=A; Associated Press=D",
    ),
    (
        "copyright_holder_span",
        "html",
        _page(
            '<figure><img src="storm5.jpg" alt=""><figcaption>The flooded car park. '
            '<span itemprop="copyrightHolder">Tom Ashby / Newsquest</span></figcaption></figure>'
        ),
        "Tom Ashby=P; Newsquest=A",
    ),
    (
        "microdata_author",
        "html",
        _page(
            '<figure itemscope itemtype="https://schema.org/ImageObject">'
            '<img itemprop="contentUrl" src="storm6.jpg" alt="">'
            '<figcaption itemprop="caption">Trees down on Mill Lane.</figcaption>'
            '<span itemprop="author">Ellen Marsh</span></figure>'
        ),
        "Ellen Marsh=P",
    ),
    (
        "microdata_author_person",
        "html",
        _page(
            '<figure itemscope itemtype="https://schema.org/ImageObject">'
            '<img itemprop="contentUrl" src="storm7.jpg" alt="">'
            '<figcaption itemprop="caption">A fallen oak in the park.</figcaption>'
            '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">Kyle Brandt</span></div></figure>'
        ),
        "Kyle Brandt=P",
    ),
    (
        "og_twitter_meta_only",
        "html",
        _page(
            "",
            head=(
                '<meta property="og:image" content="https://example.com/storm.jpg">'
                '<meta property="og:image:alt" content="Fallen trees on the high street">'
                '<meta name="twitter:card" content="summary_large_image">'
                '<meta name="twitter:image" content="https://example.com/storm.jpg">'
            ),
        ),
        "",
    ),
    (
        "jsonld_graph_creator_array",
        "html",
        _page(
            '<figure><img src="https://example.com/storm8.jpg" alt=""></figure>',
            head=_ld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {
                            "@type": "NewsArticle",
                            "headline": "Storm damage across the county",
                            "image": {"@id": "https://example.com/#img8"},
                        },
                        {
                            "@type": "ImageObject",
                            "@id": "https://example.com/#img8",
                            "url": "https://example.com/storm8.jpg",
                            "creator": [
                                {"@type": "Person", "name": "Mara Lindqvist"},
                                {"@type": "Person", "name": "Owen Pryce"},
                            ],
                        },
                    ],
                }
            ),
        ),
        "Mara Lindqvist=P; Owen Pryce=P",
    ),
    (
        "jsonld_graph_credit_text",
        "html",
        _page(
            "",
            head=_ld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {"@type": "WebPage", "name": "Storm damage"},
                        {
                            "@type": "ImageObject",
                            "contentUrl": "https://example.com/storm9.jpg",
                            "creditText": "Alyssa Cordero/AJC",
                            "creator": [{"@type": "Person", "name": "Alyssa Cordero"}],
                        },
                    ],
                }
            ),
        ),
        "Alyssa Cordero=P; AJC=A",
    ),
    (
        "jsonld_org_creator",
        "html",
        _page(
            "",
            head=_ld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": "Storm damage across the county",
                    "image": {
                        "@type": "ImageObject",
                        "url": "https://example.com/storm10.jpg",
                        "creator": [{"@type": "Organization", "name": "Reuters"}],
                    },
                }
            ),
        ),
        "Reuters=A",
    ),
    (
        "jsonld_no_credit",
        "html",
        _page(
            "",
            head=_ld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": "Storm damage across the county",
                    "image": ["https://example.com/storm11.jpg"],
                    "author": [{"@type": "Person", "name": "Writer Person"}],
                }
            ),
        ),
        "",
    ),
    (
        "amp_attribution",
        "html",
        _page(
            '<figure><amp-img src="storm12.jpg" width="800" height="533" layout="responsive" '
            'attribution="Paul Hennig/Reuters"></amp-img><figcaption>The river burst its banks.'
            "</figcaption></figure>"
        ),
        "Paul Hennig=P; Reuters=A",
    ),
    (
        "amp_attribution_with_caption_credit",
        "html",
        _page(
            '<figure><amp-img src="storm13.jpg" width="800" height="533" '
            'attribution="AFP"></amp-img><figcaption>Waves hit the sea wall. (AFP)'
            "</figcaption></figure>"
        ),
        "AFP=A",
    ),
    (
        "gallery_three_figures",
        "html",
        _page(
            '<div class="gallery">'
            '<figure><img src="g1.jpg" alt=""><figcaption>The pier. '
            '<span class="credit">Picture: Stuart Hale/Hull Daily Mail</span></figcaption></figure>'
            '<figure><img src="g2.jpg" alt=""><figcaption>The promenade. '
            '<span class="credit">Picture: Andrew Milne/PA Wire</span></figcaption></figure>'
            '<figure><img src="g3.jpg" alt=""><figcaption>A fallen tree. '
            '<span class="credit">Picture: Supplied</span></figcaption></figure>'
            "</div>"
        ),
        "Stuart Hale=P; Hull Daily Mail=A; Andrew Milne=P; PA Wire=A; -=S",
    ),
    (
        "gallery_data_credit",
        "html",
        _page(
            '<ul class="slideshow">'
            '<li><img src="s1.jpg" alt="" data-credit="BELGA PHOTO NICOLAS LAMBERT"></li>'
            '<li><img src="s2.jpg" alt="" data-credit="Photo Julien Barret / Le Parisien"></li>'
            "</ul>"
        ),
        "Belga=A; Nicolas Lambert=P; Julien Barret=P; Le Parisien=A",
    ),
    (
        "credit_twice_caption_and_data",
        "html",
        _page(
            '<figure><img src="storm14.jpg" alt="" data-credit="Ricky Wilton/Stuff">'
            '<figcaption>Slips closed the road. <span class="credit">Ricky Wilton/Stuff</span>'
            "</figcaption></figure>"
        ),
        "Ricky Wilton=P; Stuff=A",
    ),
    (
        "credit_twice_caption_and_jsonld",
        "html",
        _page(
            '<figure><img src="https://example.com/storm15.jpg" alt=""><figcaption>Snow on '
            'the pass. <span class="photo-credit">AAP Image/Dean Lewis</span>'
            "</figcaption></figure>",
            head=_ld(
                {
                    "@context": "https://schema.org",
                    "@type": "ImageObject",
                    "url": "https://example.com/storm15.jpg",
                    "creditText": "AAP Image/Dean Lewis",
                }
            ),
        ),
        "AAP Image|AAP=A; Dean Lewis=P",
    ),
    (
        "french_credit_span",
        "html",
        _page(
            '<figure><img src="p1.jpg" alt=""><figcaption>Des arbres tombés à Rennes. '
            '<span class="credit">Crédit photo : Marc Ollier / Ouest-France</span>'
            "</figcaption></figure>"
        ),
        "Marc Ollier=P; Ouest-France=A",
    ),
    (
        "french_photo_dr",
        "html",
        _page(
            '<figure><img src="p2.jpg" alt=""><figcaption>La maison après la tempête. '
            '<span class="credit">Photo DR</span></figcaption></figure>'
        ),
        "",
    ),
    (
        "czech_foto_span",
        "html",
        _page(
            '<figure><img src="c1.jpg" alt=""><figcaption>Popadané stromy v Brně. '
            '<span class="author">Foto: ČTK / Michal Kamenický</span></figcaption></figure>'
        ),
        "ČTK=A; Michal Kamenický=P",
    ),
    (
        "straits_times_caption",
        "html",
        _page(
            '<figure><img src="st1.jpg" alt=""><figcaption>Fallen trees along Orchard Road. '
            "PHOTO: MARK CHEW</figcaption></figure>"
        ),
        "Mark Chew=P",
    ),
    (
        "netflix_still",
        "html",
        _page(
            '<figure><img src="tv1.jpg" alt=""><figcaption>A scene from the new series. '
            '<span class="image-credit">Courtesy of Netflix</span></figcaption></figure>'
        ),
        "Netflix=S",
    ),
    (
        "byline_headshot_not_credit",
        "html",
        _page(
            '<div class="byline"><img src="writer.jpg" alt="Writer Person">'
            '<span class="author">By Writer Person</span></div>'
            '<figure><img src="storm16.jpg" alt=""><figcaption>Clearing the road. '
            '<span class="credit">Photo: Ohio State Highway Patrol</span></figcaption></figure>'
        ),
        "Ohio State Highway Patrol=S",
    ),
    (
        "figcaption_without_credit",
        "html",
        _page(
            '<figure><img src="storm17.jpg" alt=""><figcaption>Staff at the Columbus '
            "Dispatch watch the storm from the newsroom.</figcaption></figure>"
        ),
        "",
    ),
    (
        "ninjs_picture_creditline",
        "json",
        _ninjs(
            [
                {
                    "name": "picture1",
                    "uri": "urn:example:pic:1",
                    "type": "picture",
                    "by": "Koszta Szilárd",
                    "descriptions": [
                        {"role": "caption", "value": "The square in Budapest on Tuesday."},
                        {"role": "creditline", "value": "MTI/Koszta Szilárd"},
                    ],
                }
            ]
        ),
        "MTI=A; Koszta Szilárd=P",
    ),
    (
        "ninjs_two_pictures",
        "json",
        _ninjs(
            [
                {
                    "name": "picture1",
                    "uri": "urn:example:pic:1",
                    "type": "picture",
                    "descriptions": [{"role": "creditline", "value": "PAP/Leszek Szymczak"}],
                },
                {
                    "name": "picture2",
                    "uri": "urn:example:pic:2",
                    "type": "picture",
                    "descriptions": [{"role": "creditline", "value": "Reuters/AP"}],
                },
            ]
        ),
        "PAP=A; Leszek Szymczak=P; Reuters=A; AP=A",
    ),
    (
        "ninjs_picture_no_credit",
        "json",
        _ninjs(
            [
                {
                    "name": "picture1",
                    "uri": "urn:example:pic:1",
                    "type": "picture",
                    "descriptions": [{"role": "caption", "value": "The harbour at dusk."}],
                }
            ]
        ),
        "",
    ),
    (
        "g2_picture_creator_and_creditline",
        "xml",
        _g2_picture("Giorgos Kontos", "Eurokinissi/Giorgos Kontos"),
        "Eurokinissi=A; Giorgos Kontos=P; Example Photos=A",
    ),
    (
        "g2_picture_agency_creditline",
        "xml",
        _g2_picture("Dean Lewis", "AAP Image/Dean Lewis"),
        "AAP Image|AAP=A; Dean Lewis=P; Example Photos=A",
    ),
)
