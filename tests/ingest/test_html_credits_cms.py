"""Credits where other CMSes and page formats put them, and their neighbours that are not.

Each page in ``tests/fixtures/credits/cms/`` is written by hand in the shape one
publishing system or page format gives a picture (Brightspot, Drupal, Arc,
WordPress, AMP, Open Graph, JSON-LD ``@graph``, ``data-`` attributes). A page
names the people credited and every other party with its IPTC role.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.credits import credits_for, party_label
from provenance.ingest import read_file
from provenance.ingest.credit_text import labelled_credit
from provenance.ingest.html import parse_html_article
from provenance.ingest.html_credits import meta_pictures

CMS = Path(__file__).resolve().parent.parent / "fixtures" / "credits" / "cms"
PAGES = {
    "amp": (("Lars Bye",), {"NTB": "agency"}),
    "brightspot": (("Maya Stone",), {"AP": "agency"}),
    "drupal": (("Owen Pike",), {"Getty Images": "agency"}),
    "arc": (("Sara Gil",), {"The Coast Times": "agency"}),
    "og_meta": (("Deniz Kaya",), {"Anadolu Agency": "agency"}),
    "jsonld_graph": (("Noa Levi",), {"AFP": "agency", "Getty Images": "distributor"}),
    "data_caption": (("Tom Ek",), {"TT": "agency"}),
    "small_beside": (("Ruth Falk",), {"Reuters": "agency"}),
    "alt_label": (("Ivo Marx",), {"dpa": "agency"}),
    "file_photo": (("Ken Holt",), {"Reuters": "agency"}),
    "german": (("Lena Vogt",), {"dpa": "agency"}),
    "italian": (("Luca Neri",), {"ANSA": "agency"}),
    "french": (("Julie Morel",), {"AFP": "agency"}),
    "abbreviated": (("Ada Brook",), {"Getty Images": "agency"}),  # class "illo-cred"
}


def _page_parties(name: str) -> tuple[set[str | None], dict[str | None, str]]:
    (doc,) = read_file(CMS / f"{name}.html")
    parties = [p for pic in doc.pictures for p in credits_for(pic)]
    people = {party_label(p) for p in parties if p.role.value == "photographer"}
    orgs = {party_label(p): p.role.value for p in parties if p.role.value != "photographer"}
    return people, orgs


@pytest.mark.parametrize("name", sorted(PAGES))
def test_cms_pages_credit_every_party_and_no_other(name: str) -> None:
    """The page's credit is found and split; bylines, quotes and alt captions add nobody."""
    people, orgs = _page_parties(name)
    assert people == set(PAGES[name][0])
    assert orgs == PAGES[name][1]


def test_credits_found_outside_the_text_stay_out_of_the_body() -> None:
    """A credit read from a <small> beside a picture is not an article paragraph."""
    (doc,) = read_file(CMS / "small_beside.html")
    assert "Ruth Falk" not in doc.body
    assert "The bridge opens next month." in doc.body


def test_drupal_field_label_is_not_part_of_the_name() -> None:
    """A separate "Credit" field label is dropped, not read as a first name."""
    (doc,) = read_file(CMS / "drupal.html")
    assert [p.credit_line for p in doc.pictures] == ["Owen Pike/Getty Images"]


@pytest.mark.parametrize(
    ("name", "caption"),
    [
        ("french", "Des manifestants à Paris, le 5 mars."),
        ("german", "Polizisten am Alexanderplatz."),
        ("italian", "Folla in piazza del Duomo."),
    ],
)
def test_captions_in_other_languages_keep_only_their_text(name: str, caption: str) -> None:
    """Caption classes of other languages ("légende", "didascalia") lose their credit."""
    (doc,) = read_file(CMS / f"{name}.html")
    assert [p.caption for p in doc.pictures] == [caption]


@pytest.mark.parametrize("word", ['cre"dit', "photo credit", "a\\b"])
def test_class_words_with_spaces_or_quotes_are_refused(word: str) -> None:
    """A class word that cannot sit in a CSS selector is a LexiconError naming it."""
    from provenance.errors import LexiconError
    from provenance.lexicon.credits import build_credit_lexicon

    with pytest.raises(LexiconError, match=r"credits.yaml: credit_classes"):
        build_credit_lexicon(
            {"prefixes": [], "unnamed": [], "ignored": [], "credit_classes": [word]}
        )


def _parties(html: str) -> set[tuple[str | None, str]]:
    article = parse_html_article(html)
    return {(party_label(p), p.role.value) for pic in article.pictures for p in credits_for(pic)}


def test_article_author_meta_is_never_a_credit() -> None:
    """``article:author`` and an og:image:alt that is only a caption credit nobody."""
    page = (
        '<meta property="article:author" content="Ruth Okafor">'
        '<meta property="og:image:alt" content="Photo of the harbour at night">'
        "<article><h1>T</h1><p>Body.</p></article>"
    )
    assert _parties(page) == set()


def test_json_ld_image_without_type_under_associated_media() -> None:
    """An untyped picture in ``associatedMedia`` gives its author; the article's does not."""
    page = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": "Paul Wren",'
        ' "associatedMedia": [{"url": "a.jpg", "author": {"name": "Ada Moss"}}]}</script>'
    )
    assert _parties(page) == {("Ada Moss", "photographer")}


def test_data_caption_without_a_credit_is_only_a_caption() -> None:
    """A ``data-caption`` that ends in a plain sentence or bracket credits nobody."""
    page = '<div data-caption="Boats in the bay (on Monday)"><img src="a.jpg"></div>'
    assert _parties(page) == set()


def test_cite_holding_a_name_beside_a_picture_is_a_quote_source() -> None:
    """A bare name in a <cite> is the source of a quotation, not the picture's maker."""
    page = "<div><img src='a.jpg'><blockquote>Hi.</blockquote><cite>Ana Petit</cite></div>"
    assert _parties(page) == set()


def test_meta_alt_repeated_in_twitter_card_gives_one_picture() -> None:
    """The same alt text in og: and twitter: tags is one picture."""
    from selectolax.lexbor import LexborHTMLParser

    alt = "Kyiv at night (Jane Roe/AFP)"
    page = (
        f'<meta property="og:image:alt" content="{alt}">'
        f'<meta name="twitter:image:alt" content="{alt}">'
    )
    assert [p.credit_line for p in meta_pictures(LexborHTMLParser(page))] == ["Jane Roe/AFP"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo: Jane Roe/Reuters", True),
        ("Photo by Jane Roe for The Guardian", True),
        ("Photo courtesy of NASA", True),
        ("Фото: Иван Петров/ТАСС", True),
        ("Photo: Leaders gather at the summit venue", False),
        ("Photo of the harbour at night", False),
        ("Jane Roe/Reuters", False),
    ],
)
def test_labelled_credit_tells_a_credit_from_a_labelled_caption(text: str, expected: bool) -> None:
    """Alt and meta texts count only when the label is followed by names, not a sentence."""
    assert labelled_credit(text) is expected


@settings(max_examples=60, deadline=None)
@given(
    # consonant-vowel words: never a relay, client or courtesy word of the lexicon
    words=st.lists(
        st.from_regex(r"[bdgkmz][aeiou][bdgkmz][aeiou][a-z]{0,4}", fullmatch=True),
        min_size=1,
        max_size=6,
    ),
)
def test_labelled_sentence_is_never_a_credit(words: list[str]) -> None:
    """ "Photo: " and a run of lower-case words is a caption, whatever the words."""
    assert not labelled_credit("Photo: Crowds " + " ".join(words))


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("The courthouse opened in 2006. (Harbor Gazette file photo)", "Harbor Gazette file photo"),
        ("A man walks past. (AP file)", "AP file"),
        ("The cafe opened in 2019 (file photo)", None),
        ("Sales rose in May (mostly online)", None),
    ],
)
def test_bracket_naming_a_paper_and_an_archive_marker_is_a_credit(
    caption: str, expected: str | None
) -> None:
    """'(Name file photo)' at the end of a caption is the paper's credit; a bare marker is not."""
    from provenance.ingest.credit_text import credit_in_caption

    split = credit_in_caption(caption)
    assert (split[1] if split else None) == expected
