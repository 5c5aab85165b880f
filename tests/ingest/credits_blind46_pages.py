# ruff: noqa: E501
"""Stop 46's blind matrix of captions and page layouts (written before reading the code).

Captions: a figcaption whose own text ends in the credit, in the house styles of the
lines matrix (``tests/extractors/credits_blind46.py``), and captions that name an agency
or a person without crediting anything (neighbours: no party). Layouts: WordPress
(``wp-caption-text``, ``wp-element-caption``), Arc XP and Brightspot credit markup,
``<picture>`` with ``<source>``, lazy images (``data-src``, ``<noscript>``), ``<figure>``
with a ``<footer>`` or ``<cite>``, a credit in the alt text only, and the structured
feeds: ninjs (``associations`` pictures with ``byline``/``copyrightholder``) and
NewsML-G2 (``<creditline>``, ``<by>``), read through ``provenance.extract``.

A case's parties are ``role:name`` pairs as in the lines matrix; a page is scored on
the set of parties its ``photo_credits`` table holds (``C`` a copyright holder, the
IPTC Copyright Owner a ninjs ``copyrightholder`` names) (a party credited twice counts
once), organisations' names compared without case. The alt-text case counts: the
guideline reads roles from alt text ("ITV via AP") and the README lists the end of a
page's own picture's alt text among the places a credit is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import provenance
from provenance.ingest import read_text
from tests.extractors.credits_blind46 import parse_parties

_ROLES = {
    "P": "photographer",
    "A": "agency",
    "D": "distributor",
    "S": "source",
    "C": "copyright",
}


@dataclass(frozen=True)
class PageCase:
    """One page (or feed item) and the credited parties the guideline gives it."""

    name: str
    text: str
    path: str
    parties: frozenset[tuple[str, str | None]]


def _key(role: str, name: str | None) -> tuple[str, str | None]:
    if name is None or role == "photographer":
        return role, name
    return role, name.casefold()


def _parties(spec: str) -> frozenset[tuple[str, str | None]]:
    return frozenset(_key(role, name) for role, name in parse_parties(spec, _ROLES))


_BODY = (
    "<p>The ministry said on Tuesday that the talks would resume next week after a"
    " pause of several months, according to officials familiar with the matter.</p>"
)


def _page(figure: str, headline: str = "Talks to resume next week") -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"{figure}{_BODY}</article></body></html>"
    )


def _figcaption(caption: str) -> str:
    return f"<figure><img src='/img/a1.jpg' alt=''><figcaption>{caption}</figcaption></figure>"


_CAPTIONS = """
Prime Minister Narendra Modi addresses a rally in Varanasi on Friday. (PTI Photo) || A:PTI
Commuters wade through a waterlogged street in Mumbai on Monday. (ANI Photo) || A:ANI
Farmers gather at the Singhu border on Sunday. (Express Photo by Praveen Khanna) || P:Praveen Khanna; A:Express
Voters queue outside a polling station in Lahore. (Photo: White Star) || A:White Star
Rescue workers search the rubble in Sylhet. Photo: Prothom Alo || A:Prothom Alo
Visitors look at lanterns in Beijing on Feb. 9, 2025. (Xinhua/Wang Ying) || P:Wang Ying; A:Xinhua
Protesters march in Causeway Bay on Sunday. Photo: Sam Tsang || P:Sam Tsang
Shoppers walk along Nanjing Road in Shanghai. Photo: VCG || A:VCG
Russian President Vladimir Putin attends a meeting in Moscow. (Gavriil Grigorov/Kremlin Pool Photo via AP) || P:Gavriil Grigorov; A:Kremlin Pool; D:AP
Firefighters put out a blaze after a drone attack in Kharkiv. (Photo: Ukrinform) || A:Ukrinform
Officials attend the opening ceremony in Abu Dhabi. (WAM) || A:WAM
People inspect a damaged building in Gaza City. (Photo by Jane Roe/Anadolu Agency via Getty Images) || P:Jane Roe; A:Anadolu Agency; D:Getty Images
Traders at the Gikomba market in Nairobi. PHOTO | EVANS HABIL | NATION MEDIA GROUP || P:Evans Habil; A:Nation Media Group
Supporters cheer in Abuja on Saturday. (Photo: NAN) || A:NAN
Manifestantes marchan en el Zócalo. Foto: Cuartoscuro || A:Cuartoscuro
Vista aérea de Brasília. Foto: Marcelo Camargo/Agência Brasil || P:Marcelo Camargo; A:Agência Brasil
Seattle's Cal Raleigh hits a home run in the fourth inning. Mandatory Credit: Kirby Lee-USA TODAY Sports || P:Kirby Lee; A:USA Today Sports
Dublin's Con O'Callaghan celebrates a goal. Photo by Stephen McCarthy/Sportsfile || P:Stephen McCarthy; A:Sportsfile
Arsenal's Bukayo Saka in action. Action Images via Reuters/Paul Childs || P:Paul Childs; A:Action Images; D:Reuters
A view of the Martian surface near Jezero Crater. (NASA/JPL-Caltech) || S:NASA; S:JPL-Caltech
Damaged hangars at the airbase are seen in this satellite image. (Satellite image ©2025 Maxar Technologies via AP) || S:Maxar Technologies; D:AP
A screenshot of the minister's post. (Screenshot/X) || S:X
The suspect is seen in an image released by police. (Police handout) || S:Police; S:-
Soldiers train near Munster. Foto: Jane Roe/Bundeswehr/dpa || P:Jane Roe; S:Bundeswehr; D:dpa
President Yoon Suk Yeol speaks in Seoul. (Korea Pool/Getty Images) || A:Korea Pool; A:Getty Images
Bundeskanzler spricht im Bundestag. Foto: Michael Kappeler/dpa-Pool/dpa || P:Michael Kappeler; A:-; A:dpa
Volunteers clean up the beach at Bondi. Photo: Supplied || S:-
Rembrandt's The Night Watch. (Rijksmuseum, Amsterdam) || S:Rijksmuseum
A Reuters journalist works in the newsroom in London. ||
Jane Roe, the head of photography at Getty Images, speaks at a conference. ||
Officials from the Press Trust of India and ANI meet in New Delhi. ||
"""

_LAYOUTS: dict[str, tuple[str, str]] = {
    "wp_caption_text": (
        "<div id='attachment_1' class='wp-caption aligncenter'><img class='size-large' "
        "src='/wp-content/uploads/2025/03/rally.jpg' alt='Rally'>"
        "<p class='wp-caption-text'>Supporters at the rally in Karachi. Photo: White Star</p></div>",
        "A:White Star",
    ),
    "wp_element_caption": (
        "<figure class='wp-block-image size-large'><img src='/wp-content/uploads/x.jpg' alt=''>"
        "<figcaption class='wp-element-caption'>Flood waters in Sylhet. (Photo: Prothom Alo)"
        "</figcaption></figure>",
        "A:Prothom Alo",
    ),
    "wp_element_caption_by": (
        "<figure class='wp-block-image'><img src='/wp-content/uploads/y.jpg' alt=''>"
        "<figcaption class='wp-element-caption'>The summit venue in New Delhi. "
        "Express Photo by Amit Mehra</figcaption></figure>",
        "P:Amit Mehra; A:Express",
    ),
    "arc_credit_span": (
        "<figure class='c-media-item'><img src='/resizer/abc.jpg' alt=''>"
        "<figcaption class='c-media-item__caption'><span class='c-media-item__fig-caption'>"
        "Voters in Mexico City.</span> <span class='c-media-item__credit'>"
        "(Galo Cañas/Cuartoscuro)</span></figcaption></figure>",
        "P:Galo Cañas; A:Cuartoscuro",
    ),
    "arc_credit_credits_class": (
        "<figure class='b-figure'><img src='/resizer/def.jpg' alt=''>"
        "<figcaption><p class='b-figure__caption'>Fans celebrate in Buenos Aires.</p>"
        "<p class='b-figure__credits'>Juan Mabromata/AFP via Getty Images</p>"
        "</figcaption></figure>",
        "P:Juan Mabromata; A:AFP; D:Getty Images",
    ),
    "brightspot_credit": (
        "<figure class='Figure'><img class='Image' src='/dims4/x.jpg' alt=''>"
        "<div class='Figure-content'><div class='Figure-caption'><p>Traders in Nairobi.</p>"
        "</div><div class='Figure-credit'>Luis Tato/AFP via Getty Images</div></div></figure>",
        "P:Luis Tato; A:AFP; D:Getty Images",
    ),
    "brightspot_source": (
        "<figure class='Figure'><img class='Image' src='/dims4/y.jpg' alt=''>"
        "<figcaption class='Figure-caption'>Rescuers in Kharkiv.</figcaption>"
        "<div class='Figure-source'>Roman Pilipey/AFP via Getty Images</div></figure>",
        "P:Roman Pilipey; A:AFP; D:Getty Images",
    ),
    "picture_source": (
        "<figure><picture><source srcset='/img/a.webp' type='image/webp'>"
        "<source srcset='/img/a.jpg' type='image/jpeg'><img src='/img/a.jpg' alt=''>"
        "</picture><figcaption>The launch pad at Wenchang. <span class='credit'>"
        "Photo: Xinhua</span></figcaption></figure>",
        "A:Xinhua",
    ),
    "picture_credit_small": (
        "<figure><picture><source media='(min-width: 800px)' srcset='/img/b-large.jpg'>"
        "<img src='/img/b.jpg' alt=''></picture><figcaption>Lula in Brasília."
        "<small>Marcelo Camargo/Agência Brasil</small></figcaption></figure>",
        "P:Marcelo Camargo; A:Agência Brasil",
    ),
    "lazy_data_src": (
        "<figure><img class='lazyload' data-src='/img/c.jpg' "
        "src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt=''>"
        "<figcaption>Putin chairs a meeting. (Mikhail Metzel/TASS)</figcaption></figure>",
        "P:Mikhail Metzel; A:TASS",
    ),
    "lazy_noscript": (
        "<figure><img class='lazy' data-src='/img/d.jpg' alt=''>"
        "<noscript><img src='/img/d.jpg' alt=''></noscript>"
        "<figcaption>Dubai's skyline at dusk. <span class='photo-credit'>Photo: WAM</span>"
        "</figcaption></figure>",
        "A:WAM",
    ),
    "figure_footer": (
        "<figure><img src='/img/e.jpg' alt=''><figcaption>Mars as seen by the rover."
        "</figcaption><footer>NASA/JPL-Caltech/MSSS</footer></figure>",
        "S:NASA; S:JPL-Caltech; S:MSSS",
    ),
    "figure_cite": (
        "<figure><img src='/img/f.jpg' alt=''><figcaption>A farmer in Punjab. "
        "<cite>PTI Photo/Kamal Kishore</cite></figcaption></figure>",
        "P:Kamal Kishore; A:PTI",
    ),
    "figure_cite_sports": (
        "<figure><img src='/img/g.jpg' alt=''><figcaption>Leinster's captain lifts the cup."
        " <cite>Photo by Stephen McCarthy/Sportsfile</cite></figcaption></figure>",
        "P:Stephen McCarthy; A:Sportsfile",
    ),
    "alt_only": (
        "<figure><img src='/img/h.jpg' alt='President Lula speaks in Brasília. "
        "(AP Photo/Eraldo Peres)'></figure>",
        "P:Eraldo Peres; A:AP",
    ),
    "data_credit_attribute": (
        "<figure><img src='/img/i.jpg' alt='' data-credit='Sergei Bobylev/TASS via Getty "
        "Images'><figcaption>Moscow at night.</figcaption></figure>",
        "P:Sergei Bobylev; A:TASS; D:Getty Images",
    ),
    "credit_in_figcaption_only_credit": (
        "<figure><img src='/img/j.jpg' alt=''><figcaption>Sportsfile</figcaption></figure>",
        "A:Sportsfile",
    ),
    "caption_dash_credit": (
        "<figure><img src='/img/k.jpg' alt=''><figcaption>The Burj Khalifa lit up for "
        "National Day — Anadolu Agency via Getty Images</figcaption></figure>",
        "A:Anadolu Agency; D:Getty Images",
    ),
    "unsplash_hero": (
        "<figure class='hero'><img src='/img/l.jpg' alt=''><figcaption>"
        "Photo by Marco Bianchetti on Unsplash</figcaption></figure>",
        "P:Marco Bianchetti; A:Unsplash",
    ),
    "author_headshot_not_credit": (
        "<div class='byline'><img src='/img/author.jpg' alt='Jane Roe'>"
        "<span class='author'>By Jane Roe</span></div>",
        "",
    ),
    "teaser_link_alt_not_credit": (
        "<aside><a href='/other-story'><img src='/img/t.jpg' alt='Flood in Dhaka (AP Photo/"
        "Mahmud Hossain Opu)'></a><a href='/other-story'>Floods in Dhaka</a></aside>",
        "",
    ),
}


def _ninjs(picture: dict[str, object]) -> str:
    item = {
        "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json",
        "uri": "urn:example:stop46:text:1",
        "type": "text",
        "language": "en",
        "headlines": [{"role": "main", "value": "Talks to resume next week"}],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/plain",
                "value": "The ministry said on Tuesday that the talks would resume.",
            }
        ],
        "associations": [picture],
    }
    return json.dumps(item, ensure_ascii=False)


# Picture associations modelled on the IPTC ninjs 3.0 examples (ap_image.json, MIT):
# a creditline description, a by-line, a copyright holder and usage terms.
_NINJS: dict[str, tuple[dict[str, object], str]] = {
    "ninjs_creditline": (
        {
            "uri": "urn:example:stop46:picture:1",
            "type": "picture",
            "descriptions": [
                {"role": "caption", "value": "Putin attends a meeting in Moscow."},
                {"role": "creditline", "value": "Gavriil Grigorov/Kremlin Pool Photo via AP"},
            ],
            "usageTerms": "This content is intended for editorial use only.",
        },
        "P:Gavriil Grigorov; A:Kremlin Pool; D:AP",
    ),
    "ninjs_byline_copyright": (
        {
            "uri": "urn:example:stop46:picture:2",
            "type": "picture",
            "byline": "Wang Ying",
            "copyrightholder": "Xinhua",
            "usageterms": "Editorial use only",
            "descriptions": [{"role": "caption", "value": "Lanterns in Beijing."}],
        },
        "P:Wang Ying; C:Xinhua",
    ),
    "ninjs_creditline_stock": (
        {
            "uri": "urn:example:stop46:picture:3",
            "type": "picture",
            "descriptions": [
                {"role": "caption", "value": "A beach at dawn."},
                {"role": "creditline", "value": "Photo by Jane Roe on Unsplash"},
            ],
        },
        "P:Jane Roe; A:Unsplash",
    ),
}

# NewsML-G2 items modelled on LISTING_3_Photo_in_NewsML-G2.xml of the IPTC
# NewsML-G2 2.35 specification (iptc/newsml-g2): a text item whose inline XHTML
# body holds nothing but text, with a picture's creditline and by-line.
_G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:stop46:{guid}"
  version="1" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:picture"/>
    <provider literal="Example Wire"/>
    <versionCreated>2025-03-01T10:00:00Z</versionCreated>
  </itemMeta>
  <contentMeta>
    {creator}
    <creditline>{creditline}</creditline>
    <headline>Talks to resume next week</headline>
    <description role="drol:caption">Officials arrive for the talks.</description>
  </contentMeta>
  <contentSet>
    <remoteContent href="http://example.com/img/1.jpg" contenttype="image/jpeg"/>
  </contentSet>
</newsItem>
"""

_G2_CASES = {
    "g2_creditline": (
        "",
        "Sputnik/Alexei Nikolsky/Kremlin via Reuters",
        "P:Alexei Nikolsky; A:Sputnik; S:Kremlin; D:Reuters",
    ),
    "g2_creator_creditline": (
        "<creator role='crol:photographer'><name>Mikhail Metzel</name></creator>",
        "TASS",
        "P:Mikhail Metzel; A:TASS",
    ),
    "g2_by_creditline": ("<by>Zou Hong</by>", "China Daily", "P:Zou Hong; A:China Daily"),
}


def _cases() -> tuple[PageCase, ...]:
    out: list[PageCase] = []
    for n, row in enumerate(_CAPTIONS.strip().splitlines()):
        caption, _, spec = row.partition("||")
        out.append(
            PageCase(
                f"caption_{n:02d}", _page(_figcaption(caption.strip())), "page.html", _parties(spec)
            )
        )
    for name, (figure, spec) in _LAYOUTS.items():
        out.append(PageCase(name, _page(figure), "page.html", _parties(spec)))
    for name, (picture, spec) in _NINJS.items():
        out.append(PageCase(name, _ninjs(picture), "item.json", _parties(spec)))
    for name, (creator, line, spec) in _G2_CASES.items():
        xml = _G2.format(guid=name, creator=creator, creditline=line)
        out.append(PageCase(name, xml, "item.xml", _parties(spec)))
    return tuple(out)


PAGE_CASES: tuple[PageCase, ...] = _cases()


def found(case: PageCase) -> frozenset[tuple[str, str | None]]:
    """The parties of the page's ``photo_credits`` table."""
    documents = read_text(case.text, path=case.path)
    credits = provenance.extract(documents).photo_credits
    return frozenset(
        _key(str(role), None if name is None or name != name else str(name))
        for role, name in zip(credits["role"], credits["name"], strict=True)
    )


def passes(case: PageCase) -> bool:
    """Whether the page gives exactly the expected parties."""
    return found(case) == case.parties


if __name__ == "__main__":
    missed = [case for case in PAGE_CASES if not passes(case)]
    for case in missed:
        print(f"MISS {case.name}: want {sorted(case.parties, key=str)}")
        print(f"   got  {sorted(found(case), key=str)}")
    print(f"{len(PAGE_CASES) - len(missed)}/{len(PAGE_CASES)} pages pass")
