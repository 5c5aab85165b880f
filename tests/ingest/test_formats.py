"""Format detection, forcing a format, and the structured readers (ninjs, NewsML-G2, NewsML 1.2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.enums import Format
from provenance.errors import ReadError, UnknownFormatError
from provenance.ingest import detect_format, read_bytes, read_file, read_text
from provenance.ingest.registry import Source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
G2_NS = "http://iptc.org/std/nar/2006-10-01/"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Headline\n\nBody.", Format.TEXT),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", Format.HTML),
        (b"<article><h1>T</h1><p>x</p></article>", Format.HTML),
        (b'{"headlines": [{"value": "T"}]}', Format.NINJS),
        (b'<?xml version="1.0"?><newsItem xmlns="' + G2_NS.encode() + b'"/>', Format.NEWSML_G2),
        (b'<?xml version="1.0"?>\n<!-- feed --><newsMessage/>', Format.NEWSML_G2),
        (b'<?xml version="1.0"?><NewsML Version="1.2"/>', Format.NEWSML_1),
    ],
)
def test_detect_by_content_whatever_the_suffix(data: bytes, expected: Format) -> None:
    """Content decides the format even when the suffix is misleading or missing."""
    assert detect_format(data, "feed.bin") is expected
    assert detect_format(data, "misnamed.txt") is expected


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        (".txt", Format.TEXT),
        (".html", Format.HTML),
        (".htm", Format.HTML),
        (".json", Format.NINJS),
        (".xml", Format.NEWSML_G2),
    ],
)
def test_detect_by_suffix_when_content_is_ambiguous(suffix: str, expected: Format) -> None:
    """Markup with an unknown root falls back to the file suffix."""
    assert detect_format(b"<story>x</story>", f"item{suffix}") is expected


def test_unknown_format_names_file_and_what_was_tried() -> None:
    """An undecidable input raises UnknownFormatError naming the file and every format tried."""
    with pytest.raises(UnknownFormatError) as info:
        detect_format(b"<story>x</story>", "feed.bin")
    message = str(info.value)
    assert "'feed.bin'" in message
    assert "tried text, html, ninjs, newsml-g2, newsml-1" in message
    assert "pass --format" in message
    assert info.value.path == "feed.bin"


def test_forcing_a_format_overrides_detection() -> None:
    """format= makes the text reader read HTML-looking input as text."""
    html = "<p>Headline</p>\n\n<p>Body</p>"
    assert read_text(html)[0].format is Format.HTML
    (doc,) = read_text(html, format=Format.TEXT)
    assert doc.format is Format.TEXT
    assert doc.headline == "<p>Headline</p>"


def test_forcing_a_wrong_structured_format_is_a_read_error() -> None:
    """Forcing ninjs on plain text fails with a ReadError, not a JSON exception."""
    with pytest.raises(ReadError, match="malformed JSON"):
        read_text("Headline\n\nBody.", path="a.txt", format=Format.NINJS)


# ---- ninjs -------------------------------------------------------------------------------


def test_ninjs3_article_with_picture_association() -> None:
    """ninjs 3.x: camelCase fields, HTML/plain bodies, sign-off dropped, picture credits kept."""
    (doc,) = read_file(FIXTURES / "ninjs" / "afp_ninjs3.json")
    assert doc.format is Format.NINJS
    assert doc.agency == "AFP"
    assert doc.published is not None
    assert doc.published.isoformat() == "2025-06-21T14:30:00+00:00"
    assert doc.body.startswith("KYIV (AFP) - Russian President")
    assert not doc.body.endswith("AFP")
    (picture,) = doc.pictures
    assert picture.credit_line == "Drew ANGERER and Gavriil GRIGOROV / various sources / AFP"
    assert picture.creators == ("Drew ANGERER and Gavriil GRIGOROV",)
    assert picture.copyright_holder == "AFP"
    assert picture.caption is not None
    assert picture.caption.startswith("This combination")


def test_ninjs3_html_body_becomes_paragraphs() -> None:
    """An HTML body becomes plain paragraphs with no markup and no headline repeated."""
    (doc,) = read_file(FIXTURES / "ninjs" / "tt_text_image_3.json")
    assert "<" not in doc.body
    assert not doc.body.startswith(doc.headline)
    assert len(doc.body.split("\n\n")) == 4
    assert doc.agency == "TT"
    assert doc.pictures[0].creators == ("Karl Melander/TT",)


def test_ninjs1_and_2_shapes() -> None:
    """ninjs 1.x (headline, body_text, associations object) and 2.x (lowercase arrays) read."""
    (one,) = read_file(FIXTURES / "ninjs" / "afp_ninjs1.json")
    (two,) = read_file(FIXTURES / "ninjs" / "reuters_ninjs2.json")
    assert one.headline.startswith("Russia ready")
    assert one.byline == "Anna Smolchenko"
    assert one.body.endswith("almost an hour.")
    assert one.pictures[0].creators == ("Gavriil GRIGOROV",)
    assert two.agency == "Reuters"
    assert two.body.split("\n\n")[1] == "The index dropped to 46.4 from 47.1."
    assert two.pictures[0].credit_line == "REUTERS/Phil Noble"


def test_ninjs_lone_picture_has_empty_body() -> None:
    """A picture item gives a document with no body and the picture with its credit."""
    (doc,) = read_file(FIXTURES / "ninjs" / "ap_image.json")
    assert doc.body == ""
    assert doc.agency == "AP"
    assert doc.pictures[0].credit_line == "ASSOCIATED PRESS"


def test_ninjs_array_gives_one_document_per_item() -> None:
    """A JSON array of ninjs objects gives documents with item_index set."""
    items = [{"headline": f"T{i}", "body_text": f"Body {i}."} for i in range(3)]
    docs = read_text(json.dumps(items))
    assert [d.item_index for d in docs] == [0, 1, 2]
    assert [d.body for d in docs] == ["Body 0.", "Body 1.", "Body 2."]


def test_a_json_item_with_a_plain_body_key_keeps_its_text() -> None:
    """ "body" is no ninjs key, but an item (or an article row) carrying its text there is
    read, not kept with an empty body; a ninjs body still wins over it."""
    row = {"path": "a.txt", "format": "text", "headline": "H", "body": "Moscow claimed 3."}
    [doc] = read_text(json.dumps(row))
    assert (doc.headline, doc.body) == ("H", "Moscow claimed 3.")
    both = {"headline": "H", "body_text": "The ninjs body.", "body": "Another."}
    [doc] = read_text(json.dumps(both))
    assert doc.body == "The ninjs body."


# ---- NewsML-G2 ---------------------------------------------------------------------------


def test_newsml_g2_item_with_nitf_body() -> None:
    """A G2 newsItem: headline, NITF body.content paragraphs, infoSource agency, language."""
    (doc,) = read_file(FIXTURES / "newsml" / "g2_listing2_text.xml")
    assert doc.format is Format.NEWSML_G2
    assert doc.headline == 'Fed to halt QE to avert "bubble"'
    assert len(doc.body.split("\n\n")) == 2
    assert doc.agency == "AP"
    assert doc.language == "en-US"
    assert doc.uri == "urn:newsml:acmenews.com:20161121:US-FINANCE-FED"


def test_newsml_g2_message_attaches_picture_items_to_text() -> None:
    """In a message, the picture item becomes a picture of the text item, not a document."""
    (doc,) = read_file(FIXTURES / "newsml" / "g2_afp_message.xml")
    assert doc.agency == "AFP"
    assert doc.dateline == "KYIV (AFP)"
    assert doc.located == "Kyiv"
    assert doc.body.endswith("draped in Ukrainian flags.")
    (picture,) = doc.pictures
    assert picture.creators == ("Genya SAVILOV",)
    assert picture.credit_line == "Genya SAVILOV / AFP"
    assert picture.provider == "AFP"


def test_newsml_g2_message_with_two_text_items() -> None:
    """Several text items give several documents, numbered by item_index."""
    item = (
        '<newsItem guid="g{n}"><itemMeta><itemClass qcode="ninat:text"/>'
        '<provider qcode="nprov:AFP"/></itemMeta><contentMeta><headline>H{n}</headline>'
        "</contentMeta><contentSet><inlineXML><html xmlns='http://www.w3.org/1999/xhtml'>"
        "<body><p>Body {n}.</p></body></html></inlineXML></contentSet></newsItem>"
    )
    items = item.format(n=0) + item.format(n=1)
    xml = f'<newsMessage xmlns="{G2_NS}"><itemSet>{items}</itemSet></newsMessage>'
    docs = read_text(xml)
    assert [(d.headline, d.body, d.item_index, d.uri) for d in docs] == [
        ("H0", "Body 0.", 0, "g0"),
        ("H1", "Body 1.", 1, "g1"),
    ]


def test_newsml_g2_lone_picture_item() -> None:
    """A lone picture item: empty body, one picture with creator, credit line and caption."""
    (doc,) = read_file(FIXTURES / "newsml" / "g2_listing3_photo.xml")
    assert doc.body == ""
    (picture,) = doc.pictures
    assert picture.creators == ("Spencer Platt",)
    assert picture.credit_line == "Getty Images"
    assert picture.copyright_holder == "Getty Images North America"
    assert picture.caption is not None
    assert picture.caption.startswith("A general view")
    assert doc.agency == "Getty Images"  # the item's provider (nprov:GYI) delivered it


# ---- NewsML 1.2 --------------------------------------------------------------------------


def test_newsml1_afp_item() -> None:
    """NewsML 1.2: ProviderId afp.com, DateLine, NITF body, FirstCreated, photo component."""
    (doc,) = read_file(FIXTURES / "newsml" / "afp_newsml1.xml")
    assert doc.format is Format.NEWSML_1
    assert doc.agency == "AFP"
    assert doc.dateline == "MOSCOW, June 21, 2025 (AFP)"
    assert doc.published is not None
    assert doc.published.isoformat() == "2025-06-21T14:30:00+00:00"
    assert doc.language == "en"
    assert doc.byline == "Anna SMOLCHENKO"
    assert doc.body.endswith("since the Republican took office.")
    (picture,) = doc.pictures
    assert picture.credit_line == "Drew ANGERER and Gavriil GRIGOROV / various sources / AFP"


def test_html_reader_drops_page_furniture() -> None:
    """Navigation, asides, footers, scripts and figures never reach the body."""
    (doc,) = read_file(FIXTURES / "html" / "afp_article.html")
    for furniture in ("Home", "Read more", "All rights reserved", "analytics", "SAVILOV"):
        assert furniture not in doc.body
    assert doc.pictures[0].credit_line == "Genya SAVILOV / AFP"
    assert doc.published is not None
    assert doc.language == "en"


def test_html_signoff_paragraph_gives_agency() -> None:
    """In HTML without metadata, a final "Reuters" paragraph is the agency, not body."""
    page = "<html><body><h1>T</h1><p>The story.</p><p>Reuters</p></body></html>"
    (doc,) = read_text(page)
    assert (doc.headline, doc.body, doc.agency) == ("T", "The story.", "Reuters")


def test_html_headline_falls_back_to_og_title_then_title() -> None:
    """Without an h1, og:title names the article; without that, <title>."""
    og = '<html><head><meta property="og:title" content="OG"><title>Tab</title></head>'
    (doc,) = read_text(og + "<body><p>x</p></body></html>")
    assert doc.headline == "OG"
    (doc,) = read_text("<html><head><title>Tab</title></head><body><p>x</p></body></html>")
    assert doc.headline == "Tab"


def test_html_credit_outside_figure_is_a_picture_not_body() -> None:
    """A credit element next to an image, outside <figure>, becomes a picture."""
    page = (
        "<article><h1>T</h1><div><img src='a.jpg' alt='A man waves'>"
        "<p class='image-credit'>Photo: John Locher, AP</p></div><p>Line one<br>line two.</p>"
        "</article>"
    )
    (doc,) = read_text(page)
    assert doc.body == "Line one line two."
    (picture,) = doc.pictures
    assert (picture.caption, picture.credit_line, picture.uri) == (
        "A man waves",
        "Photo: John Locher, AP",
        "a.jpg",
    )


def test_readers_take_a_source() -> None:
    """Readers are plain functions of a Source; the registry maps formats to them."""
    from provenance.ingest import default_readers

    reader = default_readers().get(Format.TEXT)
    (doc,) = reader(Source(path="p", sha256="abc", text="H\n\nB."))
    assert (doc.path, doc.sha256, doc.body) == ("p", "abc", "B.")


def test_utf16_with_bom_reads() -> None:
    """UTF-16 input with a BOM decodes like UTF-8."""
    data = "Headline\n\nKYIV (AFP) - Text.".encode("utf-16")
    (doc,) = read_bytes(data, path="a.txt")
    assert doc.agency == "AFP"
