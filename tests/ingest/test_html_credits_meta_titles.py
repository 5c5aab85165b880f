"""Credits in image titles, share-image meta tags and credit attributes of pages.

Written from publishers' markup conventions (a hover title on the picture, Open Graph's
``og:image:alt``, meta tags named for a picture's credit, ``data-credit`` and
``data-photographer`` on a figure), not from any page of the dev set. Each page also
holds a byline and ``<meta name="author">``, which credit no picture.
"""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import credits_for, party_label
from provenance.ingest.html import parse_html_article

from .credit_pages import BYLINE, CAPTION, page

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


def _parties(html: str) -> set[tuple[str | None, CreditRole]]:
    article = parse_html_article(html)
    return {(party_label(p), p.role) for pic in article.pictures for p in credits_for(pic)}


@pytest.mark.parametrize(
    ("block", "head", "parties"),
    [
        (  # a hover title holding a bare credit line that names a known agency
            f'<img src="a.jpg" alt="{CAPTION}" title="Jane Roe/Reuters">',
            "",
            {("Jane Roe", P), ("Reuters", A)},
        ),
        (  # CNBC's bars in the alt text: one credit, not a caption "Jane Roe" and a credit
            '<img src="a.jpg" alt="Jane Roe | Bloomberg | Getty Images">',
            "",
            {("Jane Roe", P), ("Bloomberg", A), ("Getty Images", D)},
        ),
        (  # a caption, a dash, then the credit in the title
            '<img src="a.jpg" title="Harbour at dawn - Jane Roe/AFP">',
            "",
            {("Jane Roe", P), ("AFP", A)},
        ),
        (  # the share image's alt text: a caption, then a labelled credit
            "",
            '<meta property="og:image:alt" content="Harbour at dawn. Photo: Jane Roe/AFP">',
            {("Jane Roe", P), ("AFP", A)},
        ),
        (  # a meta tag named for the share image's credit
            "",
            '<meta property="og:image:credit" content="Jane Roe for The Coast Times">',
            {("Jane Roe", P), ("The Coast Times", A)},
        ),
        (
            "",
            '<meta property="article:photo_credit" content="Jane Roe/AP">',
            {("Jane Roe", P), ("AP", A)},
        ),
        (
            "",
            '<meta name="twitter:image:photographer" content="Jane Roe">',
            {("Jane Roe", P)},
        ),
        (  # credit attributes on the figure
            f'<figure data-credit="Jane Roe/AFP"><img src="a.jpg"><figcaption>{CAPTION}'
            "</figcaption></figure>",
            "",
            {("Jane Roe", P), ("AFP", A)},
        ),
        (
            f'<figure data-photographer="Jane Roe"><img src="a.jpg"><figcaption>{CAPTION}'
            "</figcaption></figure>",
            "",
            {("Jane Roe", P)},
        ),
    ],
)
def test_credits_in_titles_meta_and_attributes(
    block: str, head: str, parties: set[tuple[str | None, CreditRole]]
) -> None:
    assert _parties(page(block, head)) == parties


@pytest.mark.parametrize(
    ("block", "head"),
    [
        # a title naming what the picture shows, with no agency, label or sign
        (f'<img src="a.jpg" title="{CAPTION}">', ""),
        ('<img src="a.jpg" title="Harbour at dawn">', ""),
        # a sentence that mentions a wire is no credit
        ('<img src="a.jpg" title="Reuters reported the fire on Monday">', ""),
        # a teaser for another page: its picture is not this page's
        ('<a href="/other"><img src="a.jpg" title="Jane Roe/Reuters"></a>', ""),
        # the share image's alt text describing the picture only
        ("", f'<meta property="og:image:alt" content="{CAPTION}">'),
        # the writer, and a page-wide notice, are no photo credit
        (
            "",
            '<meta name="copyright" content="The Coast Times">'
            '<meta name="dc.creator" content="Ann Lee">',
        ),
        # a meta tag for the picture's address, not its credit
        ("", '<meta property="og:image:secure_url" content="https://example.com/a.jpg">'),
        ("", '<meta property="og:image:credit" content="https://example.com/credits">'),
        ("", '<meta name="image-copyright-year" content="2024">'),
    ],
)
def test_no_credit_in_titles_and_meta(block: str, head: str) -> None:
    parties = _parties(page(block, head))
    assert parties == set()
    assert (BYLINE, P) not in parties


def test_an_image_title_is_read_once() -> None:
    article = parse_html_article(page('<img src="a.jpg" title="© Jane Roe">'))
    assert [pic.credit_line for pic in article.pictures] == ["© Jane Roe"]
