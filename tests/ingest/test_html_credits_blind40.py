"""Stop 40's blind matrix of page layouts, and the picture attributes it led to read.

The layouts (:mod:`.credits_blind40_pages`) were written before reading the credit code.
"""

from __future__ import annotations

import re

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import credits_for, party_label
from provenance.ingest.html import parse_html_article

from .credits_blind40_pages import LAYOUTS, page

_PUNCT = re.compile(r"[^\w\s-]")


def _norm(name: str) -> str:
    return " ".join(_PUNCT.sub(" ", name.casefold()).split())


def _split(html: str) -> tuple[set[str], set[str]]:
    article = parse_html_article(html)
    people: set[str] = set()
    orgs: set[str] = set()
    for picture in article.pictures:
        for party in credits_for(picture):
            label = party_label(party)
            if label:
                (people if party.role is CreditRole.PHOTOGRAPHER else orgs).add(_norm(label))
    return people, orgs


@pytest.mark.parametrize(
    ("block", "people", "orgs"),
    [layout[1:] for layout in LAYOUTS],
    ids=[layout[0] for layout in LAYOUTS],
)
def test_blind_layout(block: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    """Each layout's pictures name their people and organisations, and nothing else on the
    page (byline, author meta, footer notice) is read as a credit."""
    assert _split(page(block)) == ({_norm(p) for p in people}, {_norm(o) for o in orgs})


@pytest.mark.parametrize(
    ("block", "people", "orgs"),
    [
        (
            '<img src="a.jpg" alt="" data-author="Jane Roe" data-agency="AFP">',
            {"jane roe"},
            {"afp"},
        ),
        ('<picture><img src="a.jpg" alt=""></picture>', set(), set()),
        ('<picture data-source="Reuters"><img src="a.jpg" alt=""></picture>', set(), {"reuters"}),
        ('<amp-img src="a.jpg" data-provider="EPA"></amp-img>', set(), {"epa"}),
    ],
)
def test_picture_attributes(block: str, people: set[str], orgs: set[str]) -> None:
    """A picture element's data-author is its maker; data-agency, data-source and the other
    supplier roles name its supplier."""
    assert _split(page(block)) == (people, orgs)


@pytest.mark.parametrize(
    "block",
    [
        '<a href="/" data-source="globalNavbar">Home</a><img src="a.jpg" alt="">',
        '<div data-author="Jane Roe" data-agency="AFP"><p>Text.</p></div>',  # no picture
        '<span data-author="Jane Roe"></span><img src="a.jpg" alt="">',
        '<img src="a.jpg" alt="" data-source="images/a.jpg">',  # a file
        '<img src="a.jpg" alt="" data-source="hero_image">',  # a key
        '<img src="a.jpg" alt="" data-agency="https://example.org/afp">',  # a link
    ],
)
def test_attributes_that_name_no_picture_party(block: str) -> None:
    """Only a picture element's attributes, holding a name, credit a picture."""
    assert _split(page(block)) == (set(), set())


def _figcaption(text: str) -> str:
    return page(f'<figure><img src="a.jpg" alt=""><figcaption>{text}</figcaption></figure>')


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        ("Getty Images", set(), {"getty images"}),
        ("AP, Reuters", set(), {"ap", "reuters"}),
        ("PTI Photo", set(), {"pti"}),
        ("Foto ANSA/Jane Roe", {"jane roe"}, {"ansa"}),
        ("U.S. Army photo by Sgt. Jane Roe", {"jane roe"}, {"u s army"}),
        ("Express Photo by Jane Roe", {"jane roe"}, {"express"}),
        # neighbours: a caption sentence, a possessive before "photo by", a place
        ("Reuters reporters at work in Kyiv", set(), set()),
        ("Best Photo", set(), set()),
        ("Her photo by Jane Roe", set(), set()),
        ("A family photo by the lake", set(), set()),
    ],
)
def test_figcaption_that_is_all_credit(text: str, people: set[str], orgs: set[str]) -> None:
    """A figcaption holding only known suppliers, a label with no colon before one, or an
    organization's "photo by" and a name is the picture's credit."""
    assert _split(_figcaption(text)) == (people, orgs)
