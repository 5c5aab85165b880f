"""Credits at the end of captions in house styles with no sign before them, and a wire
site's licensing link, read from whole pages.

Written from the house styles themselves (Belga's "BELGA PHOTO NAME", ANP's "ANP NAME",
Italian "(foto Ansa)", Japanese "＝場所、NAME撮影", a network's still, a licensing link set
after the credit), not from any page of the dev set; every name is made up. Each page
also holds a byline, ``meta name="author"`` and Open Graph tags (``credit_pages.page``).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import credits_for, extract_credits, party_label
from provenance.extractors.records import CreditParty
from provenance.ingest.credit_shapes import wire_then_name
from provenance.ingest.credit_text import credit_in_caption
from provenance.ingest.html import parse_html_article

from .credit_pages import CAPTION, page

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


def _parties(html: str) -> set[tuple[str | None, CreditRole]]:
    article = parse_html_article(html)
    return {(party_label(p), p.role) for pic in article.pictures for p in credits_for(pic)}


def _figure(caption: str) -> str:
    return f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>'


@pytest.mark.parametrize(
    ("block", "parties"),
    [
        (
            _figure("Brandweerlieden blussen het vuur bij de haven. BELGA PHOTO JANE ROE"),
            {("Belga", A), ("Jane Roe", P)},
        ),
        (
            _figure("Brandweerlieden blussen het vuur bij de haven. ANP JANE ROE"),
            {("ANP", A), ("Jane Roe", P)},
        ),
        (_figure("Vigili del fuoco al lavoro vicino al porto (foto Ansa)"), {("Ansa", A)}),
        (
            _figure("港で作業する消防隊員＝東京都港区、山田太郎撮影"),
            {("山田太郎", P)},
        ),
        (  # a licensing link after the credit names nobody
            '<figure><img src="a.jpg"><figcaption><span>'
            f"{CAPTION} REUTERS/Jane Roe</span> "
            '<a href="/licensing">Purchase Licensing Rights</a>, opens new tab'
            "</figcaption></figure>",
            {("Reuters", A), ("Jane Roe", P)},
        ),
        (  # a network's still: the network is its source
            _figure("A scene from the second season of the series. (Jane Roe/HBO)"),
            {("Jane Roe", P), ("HBO", S)},
        ),
        (  # one supplier for each picture of the set
            _figure(f"{CAPTION} Photos: AP, Reuters, Getty Images"),
            {("AP", A), ("Reuters", A), ("Getty Images", A)},
        ),
        (
            '<figure><img src="a.jpg"><figcaption>'
            f'{CAPTION} <span class="credit">© Jane Roe / Le Parisien</span>'
            "</figcaption></figure>",
            {("Jane Roe", P), ("Le Parisien", A)},
        ),
    ],
)
def test_caption_tails_in_house_styles(
    block: str, parties: set[tuple[str | None, CreditRole]]
) -> None:
    assert _parties(page(block)) == parties


@pytest.mark.parametrize(
    "caption",
    [
        # a caption in capitals is no credit, nor a name starting with a wire's short name
        "FIREFIGHTERS AT THE HARBOUR ON MONDAY",
        "Brandweerlieden bij de haven. SANA AHMED KHAN",
        # a caption that only ends with the word for "photographed"
        "港で作業する消防隊員、撮影",
        # a photo label in a bracket before no wire
        "We looked through the old family (photo album)",
    ],
)
def test_no_credit_in_these_captions(caption: str) -> None:
    split = credit_in_caption(caption)
    assert split is None or not any(p.role is A for p in _credits(split[1]))


def _credits(line: str) -> list[CreditParty]:
    return list(extract_credits(line))


@settings(max_examples=60, deadline=None)
@given(
    first=st.sampled_from(["JANE", "ANA MARIA", "KIM", "PIETER"]),
    last=st.sampled_from(["ROE", "DE VRIES", "LEE", "JANSEN"]),
)
def test_a_shouted_name_after_a_wire_label(first: str, last: str) -> None:
    """After a wire's photo label, any name in capitals is its photographer."""
    assert wire_then_name(f"BELGA PHOTO {first} {last}") == ("BELGA", f"{first} {last}")
    assert wire_then_name(f"{first} {last}") is None


def _ld(image: dict[str, object]) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Storms hit the coast",
        "author": {"@type": "Person", "name": "Kate Fields"},
        "image": image,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("image", "parties"),
    [
        (  # the supplier as schema.org's "provider" of the image
            {
                "@type": "ImageObject",
                "url": "https://example.org/a.jpg",
                "author": {"@type": "Person", "name": "Jane Roe"},
                "provider": {"@type": "Organization", "name": "Reuters"},
            },
            {("Jane Roe", P), ("Reuters", A)},
        ),
        (  # a credit in brackets ending the image's caption
            {
                "@type": "ImageObject",
                "url": "https://example.org/a.jpg",
                "caption": f"{CAPTION} (Jane Roe/AP)",
            },
            {("Jane Roe", P), ("AP", A)},
        ),
        (  # a caption with no credit in it names nobody
            {"@type": "ImageObject", "url": "https://example.org/a.jpg", "caption": CAPTION},
            set(),
        ),
    ],
)
def test_json_ld_image_provider_and_caption(
    image: dict[str, object], parties: set[tuple[str | None, CreditRole]]
) -> None:
    assert _parties(page("<p>Text.</p>", head=_ld(image))) == parties
