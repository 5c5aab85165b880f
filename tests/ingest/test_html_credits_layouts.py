"""Credit lines crossed with the places pages put them: each is found, split, and kept apart.

The pages come from ``credit_pages.py`` (written from CMS and publisher conventions,
not from the dev set); each also holds a byline, ``meta name="author"``,
``article:author`` and Open Graph tags, which must credit no picture.
"""

from __future__ import annotations

import functools

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import credits_for, extract_credits, party_label
from provenance.ingest.html import parse_html_article
from tests.extractors.credit_styles import norm

from .credit_pages import (
    BARE_NAME,
    BYLINE,
    CAPTION,
    CREDITS,
    LAYOUTS,
    SCRIPTS,
    UNMARKED,
    page,
    pages,
)

PAGES = pages()
_parse = functools.cache(parse_html_article)  # each page is read by two tests


def _parties(html: str) -> set[tuple[str, str]]:
    article = _parse(html)
    return {
        (norm(party_label(p) or ""), p.role.value)
        for picture in article.pictures
        for p in credits_for(picture)
    }


def _truth(credit: str) -> set[tuple[str, str]]:
    return {(norm(party_label(p) or ""), p.role.value) for p in extract_credits(credit)}


@pytest.mark.parametrize("layout", [*LAYOUTS, *SCRIPTS])
def test_every_credit_line_is_found_in_each_layout(layout: str) -> None:
    """The page gives the parties of its credit line, in their roles, and nobody else
    (not the byline, not the meta author, not words of the caption)."""
    wrong = [
        (credit, sorted(_parties(html)), sorted(_truth(credit)))
        for name, credit, html in PAGES
        if name == layout and _parties(html) != _truth(credit)
    ]
    assert wrong == []


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_credit_stays_out_of_the_caption_and_the_body(layout: str) -> None:
    """The caption is its own sentence; the credit line is not an article paragraph."""
    for name, credit, html in PAGES:
        if name != layout:
            continue
        article = _parse(html)
        assert not any(credit in paragraph for paragraph in article.paragraphs), credit
        captions = [p.caption for p in article.pictures if p.caption]
        assert all(c == CAPTION for c in captions), (credit, captions)


def test_byline_and_metadata_alone_credit_nobody() -> None:
    """A page whose only picture has no credit: the byline and meta tags name no party."""
    html = page('<figure><img src="a.jpg"><figcaption>' + CAPTION + "</figcaption></figure>")
    assert _parties(html) == set()
    assert BYLINE not in {p.credit_line for p in parse_html_article(html).pictures}


@pytest.mark.parametrize("layout", sorted(UNMARKED))
def test_a_bare_name_nothing_sets_apart_is_not_a_credit(layout: str) -> None:
    """ "... on Monday. Jane Roe" (nothing but the sentence's end before it) stays caption:
    a caption may end with a name."""
    block = LAYOUTS[layout].replace("{c}", CAPTION).replace("{k}", BARE_NAME)
    assert _parties(page(block)) == set()


@pytest.mark.parametrize(
    "caption",
    [
        "The mayor meets residents.<br>Town hall",  # a line that is no name
        "Kate Fields and John Smith",  # names but no sentence before them
        "Rain over the bay - a view from the pier",  # lower-case words after a dash
        "Residents, Staff and volunteers clean the beach.",  # "Staff" inside a sentence
    ],
)
def test_caption_lines_that_are_not_credits(caption: str) -> None:
    """Neighbours of the name-on-its-own-line and dash forms credit nobody."""
    block = f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>'
    assert _parties(page(block)) == set()


def test_json_ld_author_and_holder_of_an_image() -> None:
    """ImageObject ``author`` is the photographer and ``copyrightHolder`` the holder;
    the article's own author (the byline) is not."""
    script = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Kate Fields"}, "image": {"@type": "ImageObject", '
        '"author": {"@type": "Person", "name": "Jane Roe"}, "copyrightHolder": '
        '{"@type": "Organization", "name": "AFP"}}}</script>'
    )
    parties = _parties(page('<figure><img src="a.jpg"></figure>', script))
    assert parties == {("jane roe", CreditRole.PHOTOGRAPHER.value), ("afp", "copyright")}


def test_the_cross_covers_every_credit_and_layout() -> None:
    """The generator is bounded and complete: every credit in every layout but the
    bare name in unmarked ones."""
    assert len(PAGES) == len(CREDITS) * (len(LAYOUTS) + len(SCRIPTS)) - len(UNMARKED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rain on the bay.\nJane Roe", ("Rain on the bay.", "Jane Roe")),
        ("Rain on the bay — Jane Roe", ("Rain on the bay", "Jane Roe")),
        ("Rain on the bay. (Submitted photo)", ("Rain on the bay.", "Submitted photo")),
        ("Rain on the bay. Jane Roe / Staff", ("Rain on the bay.", "Jane Roe / Staff")),
        (
            "Rain on the bay. Jane Roe, The Associated Press",
            ("Rain on the bay.", "Jane Roe, The Associated Press"),
        ),
        ("Jane Roe | The Coast Times", ("", "Jane Roe | The Coast Times")),
        ("Jane Roe, The Associated Press", ("", "Jane Roe, The Associated Press")),
        (  # a bracket inside the credit's bracket
            "Rain falls on the bay on Monday. (Photo by Jane Roe/Rex/Shutterstock (1234567a))",
            ("Rain falls on the bay on Monday.", "Photo by Jane Roe/Rex/Shutterstock (1234567a)"),
        ),
    ],
)
def test_new_caption_splits(text: str, expected: tuple[str, str]) -> None:
    """A name on its own last line or after a dash, an unnamed supplier in brackets or
    beside a name, "Name | Outlet" and "Name, Agency" are credits set apart."""
    from provenance.ingest.credit_text import credit_in_caption

    assert credit_in_caption(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rain on the bay.\nTown hall",  # a last line that is no name
        "Jane Roe, Times columnist",  # a person named by her work, not a credit
        "Jane Roe, the mayor",
        "Rain / Staff",  # no name before the unnamed supplier
        "Residents and staff clean the beach",
        "Rain on the bay - a view from the pier",
    ],
)
def test_neighbours_of_the_new_caption_splits(text: str) -> None:
    """What the new forms must not take."""
    from provenance.ingest.credit_text import credit_in_caption

    assert credit_in_caption(text) is None


@pytest.mark.parametrize(
    "block",
    [
        # the first paragraph after a picture is article text, even naming an agency
        '<div class="img"><img src="a.jpg"></div><p>Officials told Reuters the storm had '
        "passed, and the AFP counted 12 dead.</p>",
        '<p><img src="a.jpg"></p><p>"We lost everything," Jane Roe said.</p>',
        # a block of paragraphs beside a picture is the story, not a credit line
        '<div><img src="a.jpg"><div><p>Jane Roe/AFP</p><p>More text.</p></div></div>',
        # a linked teaser's picture: its neighbours are another page's
        '<div class="teaser"><a href="/x"><img src="t.jpg"></a><span>Jane Roe/AFP</span></div>',
        # a table of figures beside a chart: a cell with a source is not a photo credit line
        '<table><tr><td><img src="chart.png"></td></tr><tr><td>12 dead, 40 injured</td></tr>'
        "</table>",
    ],
)
def test_text_beside_a_picture_that_is_no_credit(block: str) -> None:
    """Neighbours of the "credit beside an image" pass: sentences, blocks, teasers."""
    assert _parties(page(block)) == set()


@pytest.mark.parametrize(
    "block",
    [
        "<p>Reporting by Jane Roe in London; Editing by John Doe</p>",
        "<p>(Reporting by Jane Roe; Editing by John Doe)</p>",
        "<p>Associated Press writer Jane Roe contributed to this report.</p>",
        "<p>— Kate Fields, The Coast Times</p>",
        "<p><em>Jane Roe is a photographer based in Kyiv.</em></p>",
        "<p>Copyright 2024 The Associated Press. All rights reserved.</p>",
        "<p>This story was produced by Kate Fields for The Coast Times.</p>",
        '<p class="byline">By Kate Fields and Jane Roe, Reuters</p>',
        '<div class="share">Share this photo: Facebook / Twitter</div>',
        # credit-named attributes holding an id, a year or a link
        '<figure><img src="a.jpg" data-credit-id="48213" data-copyright-year="2024" '
        'data-credit-url="https://example.com/p/1"></figure>',
        # a hidden label that is no credit label stays out
        '<figure><img src="a.jpg"><figcaption><span class="visually-hidden">Image caption, '
        "</span>Kyiv at night.</figcaption></figure>",
    ],
)
def test_story_furniture_credits_nobody(block: str) -> None:
    """Sign-offs, contributor lines, notices, bylines and share bars are no picture credit."""
    assert _parties(page(block)) == set()


def _ld_page(data: object) -> str:
    import json

    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return page('<figure><img src="a.jpg"></figure>', script)


def _image(**fields: object) -> dict[str, object]:
    return {"@type": "NewsArticle", "author": {"@type": "Person", "name": BYLINE}, **fields}


PH, AG, CO = CreditRole.PHOTOGRAPHER.value, CreditRole.AGENCY.value, CreditRole.COPYRIGHT.value


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            _image(image={"@type": "ImageObject", "creator": [{"name": "Jane Roe"}, "John Doe"]}),
            {("jane roe", PH), ("john doe", PH)},
        ),
        (
            _image(image={"@type": "ImageObject", "author": "Jane Roe", "copyrightHolder": "TT"}),
            {("jane roe", PH), ("tt", CO)},
        ),
        (
            _image(
                image=[
                    {"@type": "ImageObject", "creditText": "Jane Roe/AFP"},
                    {"@type": "ImageObject", "creditText": "REUTERS/John Doe"},
                ]
            ),
            {("jane roe", PH), ("afp", AG), ("john doe", PH), ("reuters", AG)},
        ),
        (
            _image(image={"@type": ["ImageObject"], "creditText": "Jane Roe/AFP"}),
            {("jane roe", PH), ("afp", AG)},
        ),
        (  # escaped HTML inside the JSON string
            _image(image={"@type": "ImageObject", "creditText": "Jane Roe &amp; John Doe/AFP"}),
            {("jane roe", PH), ("john doe", PH), ("afp", AG)},
        ),
        (  # the publisher's logo, and a page-wide notice, credit nobody
            _image(
                publisher={
                    "@type": "Organization",
                    "name": "The Coast Times",
                    "logo": {"@type": "ImageObject", "url": "l.png"},
                },
                image={
                    "@type": "ImageObject",
                    "copyrightNotice": "© 2024 The Coast Times. All rights reserved.",
                },
            ),
            set(),
        ),
    ],
)
def test_json_ld_image_objects(data: object, expected: set[tuple[str, str]]) -> None:
    """Creators as lists of objects or strings, holders as strings, several images,
    ``@type`` as a list, escaped HTML; the article's author and publisher are no credit."""
    assert _parties(_ld_page(data)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Jane Roe/AFP) Rain falls on the bay.", ("Rain falls on the bay.", "Jane Roe/AFP")),
        ("Jane Roe/AFP — Rain falls on the bay.", ("Rain falls on the bay.", "Jane Roe/AFP")),
        (
            "Photo: J. Scott Applewhite/AP. Rain falls on the bay.",
            ("Rain falls on the bay.", "Photo: J. Scott Applewhite/AP"),
        ),
        (
            "Jane Roe | Bloomberg | Getty Images — Rain falls on the bay.",
            ("Rain falls on the bay.", "Jane Roe | Bloomberg | Getty Images"),
        ),
        (
            "(Handout via REUTERS) Rain falls on the bay.",
            ("Rain falls on the bay.", "Handout via REUTERS"),
        ),
    ],
)
def test_a_credit_written_before_the_caption(text: str, expected: tuple[str, str]) -> None:
    """A credit in brackets, before a stop, or before a dash or bar, then the caption."""
    from provenance.ingest.credit_text import credit_in_caption

    assert credit_in_caption(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe — the mayor of Kyiv — speaks to reporters on Monday.",  # who is pictured
        "(Left) The mayor speaks to reporters on Monday.",  # a position note
        "(From left) Jane Roe and John Doe speak to reporters.",
    ],
)
def test_caption_openings_that_are_no_credit(text: str) -> None:
    """A name, a position note or a bracketed remark opening a caption credits nobody."""
    from provenance.ingest.credit_text import credit_in_caption

    assert credit_in_caption(text) is None


def test_two_pictures_in_two_layouts_keep_their_own_credits() -> None:
    """Two pictures on a page, each in its own layout with its own credit: the page gives
    both credits' parties and no mix of them (a bounded, seeded sample of the pairs)."""
    import itertools
    import random

    rng = random.Random(6)
    lines = [c for c in CREDITS if c != BARE_NAME]
    pairs = rng.sample(list(itertools.combinations(LAYOUTS, 2)), 150)
    wrong = []
    for first, second in pairs:
        one, two = rng.sample(lines, 2)
        block = (
            LAYOUTS[first].replace("{c}", CAPTION).replace("{k}", one)
            + "<p>The storm hit the coast.</p>"
            + LAYOUTS[second]
            .replace("{c}", "Boats lie on the shore in Iskenderun.")
            .replace("{k}", two)
        )
        if _parties(page(block)) != _truth(one) | _truth(two):
            wrong.append((first, second, one, two))
    assert wrong == []
