"""Credits where pages put them that the other page tests leave out: a label and its value
in two elements (``<dt>``/``<dd>``, ``<th>``/``<td>``), a caption then its credit after a
bar, and a credited figure in an ``<aside>``; each with neighbours that credit nothing.
The pages are written for these tests."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from provenance.enums import CreditRole
from provenance.extractors.credits import credits_for, party_label
from provenance.ingest.credit_text import credit_in_caption
from provenance.ingest.html import parse_html_article
from provenance.ingest.html_credits import aside_figures

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


def _parties(html: str) -> list[tuple[str | None, CreditRole]]:
    article = parse_html_article(html)
    return [(party_label(p), p.role) for pic in article.pictures for p in credits_for(pic)]


def _page(inner: str) -> str:
    body = f"<h1>Storm</h1><p>Rain fell all day.</p>{inner}"
    return f"<html><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        (
            '<div class="photo"><img src="a.jpg"><dl><dt>Photo</dt><dd>Jane Roe</dd></dl></div>',
            [("Jane Roe", P)],
        ),
        (
            '<div><img src="a.jpg"><dl class="meta"><dt>Фото:</dt>\n<dd>Иван Петров / ТАСС</dd>'
            "<dt>Автор</dt><dd>Мария Иванова</dd></dl></div>",
            [("Иван Петров", P), ("ТАСС", A)],
        ),
        (
            '<table><tr><td><img src="a.jpg"></td></tr>'
            "<tr><th>Credit</th><td>Jane Roe/AP</td></tr></table>",
            [("Jane Roe", P), ("AP", A)],
        ),
        ("<dl><dt>Bildnachweis</dt><dd>Jane Roe/dpa</dd></dl>", [("Jane Roe", P), ("dpa", A)]),
    ],
)
def test_a_label_and_its_value_in_two_elements(
    inner: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    """ "<dt>Photo</dt><dd>Jane Roe</dd>": the label names the value a credit."""
    assert _parties(_page(inner)) == expected


@pytest.mark.parametrize(
    "inner",
    [
        "<dl><dt>Author</dt><dd>Jane Roe</dd></dl>",  # the writer, no picture's credit
        "<dl><dt>Population</dt><dd>3 million</dd></dl>",
        "<dl><dt>Source</dt><dd>the bureau said that the number grew over the past few "
        "decades by quite a lot</dd></dl>",  # a sentence, not names
        "<table><tr><th>Photo</th><th>Jane Roe</th></tr></table>",  # two headers, no value
    ],
)
def test_pairs_that_credit_nothing(inner: str) -> None:
    assert _parties(_page(inner)) == []


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Rain over Kyiv | Jane Roe/Reuters", ("Rain over Kyiv", "Jane Roe/Reuters")),
        (
            "Rain over Kyiv | Jane Roe | Bloomberg | Getty Images",
            ("Rain over Kyiv", "Jane Roe | Bloomberg | Getty Images"),
        ),
        (
            "KYIV - MAY 3: People walk in the rain | Jane Roe/Reuters",
            ("KYIV - MAY 3: People walk in the rain", "Jane Roe/Reuters"),
        ),
        # neighbours: a credit line alone keeps its bars; a name after a bar
        ("Jane Roe | Bloomberg | Getty Images", ("", "Jane Roe | Bloomberg | Getty Images")),
        ("Rain over Kyiv — Jane Roe/Reuters", ("Rain over Kyiv", "Jane Roe/Reuters")),
    ],
)
def test_a_caption_then_its_credit_after_a_bar(caption: str, expected: tuple[str, str]) -> None:
    assert credit_in_caption(caption) == expected


def test_a_credited_figure_in_an_aside() -> None:
    """A teaser's picture in a sidebar is a picture of the page; the sidebar's text is not."""
    html = _page(
        '<aside><figure><a href="/other"><img src="b.jpg"></a><figcaption>Markets fell.'
        ' <span class="credit">REUTERS</span></figcaption></figure>'
        "<p>Photos: Jane Roe</p></aside>"
    )
    assert _parties(html) == [("Reuters", A)]


def test_aside_figures_reads_only_credited_figures() -> None:
    tree = LexborHTMLParser(
        '<aside><figure><img src="a.jpg"><figcaption>Markets fell.</figcaption></figure>'
        '<figure><img src="b.jpg"><figcaption>Rain. <span class="credit">Jane Roe/AP'
        "</span></figcaption></figure></aside><figure><figcaption>Out. "
        '<span class="credit">AFP</span></figcaption></figure>'
    )
    assert [(p.caption, p.credit_line) for p in aside_figures(tree)] == [("Rain.", "Jane Roe/AP")]


_META = (
    "{&quot;aperture&quot;:&quot;0&quot;,&quot;credit&quot;:&quot;{credit}&quot;,"
    "&quot;copyright&quot;:&quot;{copyright}&quot;}"
)


def _meta(credit: str, copyright: str = "") -> str:
    return _META.replace("{credit}", credit).replace("{copyright}", copyright)


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # WordPress galleries: the caption as escaped HTML, the file's credit field as JSON
        (
            '<img src="a.jpg" data-image-caption="&lt;p&gt;Rain over Kyiv. Photo by Jane Roe/AP'
            '&lt;/p&gt;">',
            [("Jane Roe", P), ("AP", A)],
        ),
        (
            f'<img src="a.jpg" data-image-meta="{_meta("Jane Roe/Reuters")}">',
            [("Jane Roe", P), ("Reuters", A)],
        ),
        (f'<img src="a.jpg" data-image-meta="{_meta("", "Jane Roe")}">', [("Jane Roe", P)]),
        # a figure's own footer
        (
            '<figure><img src="a.jpg"><figcaption>Rain.</figcaption>'
            "<footer>Jane Roe/AP</footer></figure>",
            [("Jane Roe", P), ("AP", A)],
        ),
        # an outlet whose name reads like a person's
        (
            '<figure><img src="a.jpg"><figcaption>Rain over Kyiv [Jane Roe/Al Jazeera]'
            "</figcaption></figure>",
            [("Jane Roe", P), ("Al Jazeera", A)],
        ),
    ],
)
def test_cms_attributes_footers_and_outlets(
    inner: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    assert _parties(_page(inner)) == expected


@pytest.mark.parametrize(
    "inner",
    [
        f'<img src="a.jpg" data-image-meta="{_meta("", "Copyright 2019 Acme")}">',  # a notice
        f'<img src="a.jpg" data-image-meta="{_meta("0", "0")}">',  # empty EXIF fields
        '<img src="a.jpg" data-image-meta="not json, credit">',
        '<figure><img src="a.jpg"><figcaption>Rain.</figcaption><footer>Share this story on '
        "your favourite network and tell your friends about it</footer></figure>",
        "<footer><p>Jane Roe/AP</p></footer>",  # the page's footer is chrome, no figure
    ],
)
def test_attributes_and_footers_that_credit_nothing(inner: str) -> None:
    assert _parties(_page(inner)) == []


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ('<p><img src="a.jpg"><br>Jane Roe/The Verge</p>', [("Jane Roe", P), ("The Verge", A)]),
        ('<p><img src="a.jpg"><br>\nPhoto: Jane Roe</p>', [("Jane Roe", P)]),
        ('<div><img src="a.jpg"><br>AFP via Getty Images</div>', [("AFP", A), ("Getty Images", D)]),
        # neighbours: a sentence after the picture, a picture inside running text, a teaser
        ('<p><img src="a.jpg"><br>The mayor said on Monday that the rain would stop.</p>', []),
        ('<p>Rain fell on the city <img src="icon.png"> and the river rose.</p>', []),
        ('<p><a href="/other"><img src="a.jpg"></a><br>Jane Roe/AP</p>', []),
    ],
)
def test_a_credit_line_after_a_picture_in_its_paragraph(
    inner: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    """ "<p><img><br>Jane Roe/AP</p>": the line after the picture is its credit, read once."""
    article = parse_html_article(_page(inner))
    assert [(party_label(p), p.role) for pic in article.pictures for p in credits_for(pic)] == (
        expected
    )
    assert len(article.pictures) == (1 if expected else 0)


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        (
            '<p><em>See more photos in the <a href="#g">gallery</a>, images by <a href="#p">'
            "Jane Roe</a></em></p>",
            [("Jane Roe", P)],
        ),
        (
            "<p>Rain fell on the valley all day, photos by Juan de la Cruz.</p>",
            [("Juan de la Cruz", P)],
        ),
        # neighbours: "by" before no name, a long paragraph, a comma before a verb's "by"
        ("<p>The town, photographed by drones for years, is empty.</p>", []),
        ("<p>He left, photos by the dozen in his bag.</p>", []),
    ],
)
def test_a_sentence_ending_in_photos_by_a_name(
    inner: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    """ "..., images by Jane Roe" at the end of a short element credits the post's pictures."""
    assert _parties(_page(inner)) == expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        # a hat tip after a post or a quotation: the story's source, no picture's
        ('<p>Rain fell all day.</p><p>[via <a href="#">Buzzfeed</a>]<br></p>', []),
        (
            "<blockquote><p>It rained for a week and the river rose. (Via Chortle)</p>"
            "</blockquote>",
            [],
        ),
        # neighbours: the same words beside a picture credit it
        ('<div><img src="a.jpg"><p>(via Facebook)</p></div>', [("Facebook", S)]),
        (
            '<figure><img src="a.jpg"><figcaption>Rain. (Handout via Reuters)</figcaption>'
            "</figure>",
            [
                ("handout", S),
                ("Reuters", D),
            ],
        ),
    ],
)
def test_a_hat_tip_is_no_photo_credit(
    inner: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    assert _parties(_page(inner)) == expected
