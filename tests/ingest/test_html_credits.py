"""Photo credits found where real pages put them, with captions kept apart from credits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.credits import credits_for, party_label
from provenance.ingest import read_file
from provenance.ingest.html import parse_html_article
from provenance.ingest.html_credits import credit_in_caption

PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "credits" / "house_styles.html"


@pytest.fixture(scope="module")
def pictures():  # type: ignore[no-untyped-def]
    """The pictures the HTML reader finds on the house-styles page."""
    (doc,) = read_file(PAGE)
    return doc.pictures


def test_every_credit_on_the_page_is_found(pictures) -> None:  # type: ignore[no-untyped-def]
    """Credits in <small>, credit classes, data- attributes, caption brackets, labels, JSON-LD."""
    lines = {p.credit_line for p in pictures}
    assert lines == {
        "Ola Berg/AFP via Getty Images",
        "Harbour Authority/Handout via AP",
        "Lena Ortiz for The Guardian",
        "Juni Kriswanto/EPA-EFE/Shutterstock",
        "Foto: Jan Novak/CTK",
        "Ines Vidal/Reuters",
    }


def test_captions_are_kept_apart_from_credits(pictures) -> None:  # type: ignore[no-untyped-def]
    """Each picture's caption is its own text, without the credit."""
    by_credit = {p.credit_line: p.caption for p in pictures}
    assert by_credit["Ola Berg/AFP via Getty Images"] == "Boats on the quay."
    assert by_credit["Harbour Authority/Handout via AP"] == "Pumps at work on Monday."
    assert by_credit["Juni Kriswanto/EPA-EFE/Shutterstock"] == "A flooded street."
    assert by_credit["Lena Ortiz for The Guardian"] == "The mayor visits"


def test_byline_notice_and_reported_are_not_credits(pictures) -> None:  # type: ignore[no-untyped-def]
    """The article byline, the page's copyright notice and "Reuters reported" credit no picture."""
    people = {party_label(p) for pic in pictures for p in credits_for(pic)}
    assert "Maria Lopez" not in people
    assert not any("Example Daily" in (p.credit_line or "") for p in pictures)
    assert not any("reported" in (p.credit_line or "") for p in pictures)


def test_credit_elements_stay_out_of_the_body() -> None:
    """Credit lines found on the page are not article paragraphs."""
    (doc,) = read_file(PAGE)
    assert "Jan Novak" not in doc.body
    assert "Floods hit the harbour" in doc.body


def test_parties_of_the_page(pictures) -> None:  # type: ignore[no-untyped-def]
    """The parties split from the page's credits carry the IPTC roles of each house style."""
    parties = {(party_label(p), p.role.value) for pic in pictures for p in credits_for(pic)}
    assert {
        ("Ola Berg", "photographer"),
        ("Getty Images", "distributor"),
        ("Harbour Authority", "source"),
        ("handout", "source"),
        ("AP", "distributor"),
        ("The Guardian", "agency"),
        ("EPA-EFE", "agency"),
        ("Shutterstock", "distributor"),
        ("Jan Novak", "photographer"),
        ("Ines Vidal", "photographer"),
    } <= parties


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Cap. (Photo: Jane Roe/AP)", ("Cap.", "Photo: Jane Roe/AP")),
        ("Cap. [REUTERS]", ("Cap.", "REUTERS")),
        ("Cap. (The Associated Press)", ("Cap.", "The Associated Press")),
        ("Las discrepancias del juez. | Efe", ("Las discrepancias del juez.", "Efe")),
        ("© Idg\nOla Bini, a developer", ("Ola Bini, a developer", "© Idg")),
        ("Фото: Андрей Рудьков", ("", "Фото: Андрей Рудьков")),
        ("That's a lot of selfies [Instagram]", ("That's a lot of selfies", "Instagram")),
    ],
)
def test_credit_in_caption(caption: str, expected: tuple[str, str]) -> None:
    """A credit inside a caption is split off, whatever the house style."""
    assert credit_in_caption(caption) == expected


@pytest.mark.parametrize(
    "caption",
    [
        "Officials met on Monday, Reuters reported.",
        "The president (left) greets the minister.",
        "Photo: ",
        "FOTO: Sniega stihija bez elektrības atstāj tūkstošus cilvēku",
        "Rescuers search the rubble [VIDEO]",
        "The team met in the office [Tuesday]",
        "© 2024 Example Daily. All rights reserved.",
    ],
)
def test_captions_without_a_credit(caption: str) -> None:
    """Sentences mentioning an agency, position notes, empty labels, headlines and UI text."""
    assert credit_in_caption(caption) is None


def test_json_ld_image_object_gives_creator_and_holder() -> None:
    """ImageObject author and copyrightHolder become the picture's structured fields."""
    page = (
        '<script type="application/ld+json">{"@type": "ImageObject", "author": '
        '{"@type": "Person", "name": "Ada Park"}, "copyrightHolder": "AFP"}</script>'
        "<article><h1>T</h1><p>Body.</p></article>"
    )
    (picture,) = parse_html_article(page).pictures
    assert picture.creators == ("Ada Park",)
    assert [(p.name, p.role.value) for p in credits_for(picture)] == [
        ("Ada Park", "photographer"),
        ("AFP", "copyright"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Kyiv at night. (Photo: Sergei SUPINSKY / AFP)", "Sergei SUPINSKY / AFP"),
        ("Prague at dawn. (Foto: Jan Novak/CTK)", "Jan Novak/CTK"),
        ("Москва. (Фото: Андрей Рудьков)", "Андрей Рудьков"),
        ("Rescuers at work. (Photo by Nadia OKOROVA / AFP)", "Nadia OKOROVA / AFP"),
    ],
)
def test_wire_caption_paragraphs_in_any_language(paragraph: str, credit: str) -> None:
    """Wire copy's caption paragraphs end in "(Label: credit)" with any label of the lexicon."""
    from provenance.ingest.wire import split_caption

    split = split_caption(paragraph)
    assert split is not None
    assert split[1] == credit


@pytest.mark.parametrize(
    "paragraph", ["GDP rose 2% last year. (Source: IMF)", "He left (by car) at noon (local time)."]
)
def test_wire_paragraphs_that_are_not_captions(paragraph: str) -> None:
    """A chart's source or a bracketed remark keeps a body paragraph in the body."""
    from provenance.ingest.wire import split_caption

    assert split_caption(paragraph) is None


_TAGS = ["p", "div", "span", "figure", "figcaption", "small", "sup", "em", "h6"]
_WORDS = [
    "Photo:",
    "Foto:",
    "©",
    "(AP Photo/Jo Ray)",
    "[REUTERS]",
    "via",
    "Getty Images",
    "said",
    "x",
]


@st.composite
def _pages(draw: st.DrawFn) -> str:
    """Random nests of page elements holding credit-like and ordinary words."""
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        tag = draw(st.sampled_from(_TAGS))
        cls = draw(st.sampled_from(["", "credit", "caption", "sr-only", "copyright"]))
        words = " ".join(draw(st.lists(st.sampled_from(_WORDS), max_size=5)))
        parts.append(f'<{tag} class="{cls}">{words}')
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    return "<article><h1>T</h1>" + "".join(parts) + "<p>Body.</p></article>"


@settings(max_examples=150, deadline=None)
@given(_pages())
def test_any_page_gives_pictures_with_short_credits(page: str) -> None:
    """Any nest of elements is read without error; every credit is a short non-empty line."""
    for picture in parse_html_article(page).pictures:
        assert picture.credit_line is None or 0 < len(picture.credit_line) <= 1500
        assert picture.credit_line is None or "\n" not in picture.credit_line
        credits_for(picture)


# Out-of-sample check: small pages written by hand in house styles the dev pages do not
# have. Each names the people credited and every other party with its IPTC role
# ("copyright" for a copyright holder named only as such).
STYLES = PAGE.parent / "styles"
HOUSE_STYLES = {
    "bbc": ((), {"Getty Images": "agency"}),
    "guardian": (("Tomas Reid",), {"Reuters": "agency"}),
    "nyt": (("Anna Moreau",), {"The New York Times": "agency"}),
    "ap": (("Evan Marsh",), {"AP": "agency"}),
    "lemonde": (("Julien Dupont",), {"AFP": "agency"}),
    "spiegel": (("Karl Weber",), {"dpa": "agency"}),
    "microdata": (("Lucy North",), {"Bloomberg": "copyright"}),
    "microdata_meta": (("Pedro Alves",), {"Reuters": "copyright"}),
    "jsonld_array": (("Mia Chen",), {"Xinhua": "copyright"}),
    "wordpress": (("Rosa Lind",), {"Port City Council": "source"}),
    "getty_for": (("Ann Lee",), {"Getty Images": "agency", "Harbour Film Festival": "source"}),
    "caption_photographer": ((), {"NASA": "source", "JPL-Caltech": "source", "AP": "distributor"}),
    "data_attr": (("Omar Haddad",), {"Anadolu Agency": "agency", "Getty Images": "distributor"}),
    "title_label": (("Kim Soo-min",), {"Yonhap": "agency"}),
    "flickr_user": (("green_thumb77",), {"Flickr": "source"}),
    "elpais": (("Luis Serrano",), {"El País": "agency"}),
    "reuters_site": (("Kim Hong-ji",), {"Reuters": "agency"}),
    "tass": (("Иван Петров",), {"ТАСС": "agency"}),
    "related_bylines": (("Dana Ruiz",), {"Coast Herald": "agency"}),
}


@pytest.mark.parametrize("style", sorted(HOUSE_STYLES))
def test_house_style_pages_split_right(style: str) -> None:
    """Every party of a hand-written page in another house style, with its role, and no other."""
    (doc,) = read_file(STYLES / f"{style}.html")
    people_expected, orgs_expected = HOUSE_STYLES[style]
    parties = [p for pic in doc.pictures for p in credits_for(pic)]
    people = {party_label(p) for p in parties if p.role.value == "photographer"}
    orgs = {party_label(p): p.role.value for p in parties if p.role.value != "photographer"}
    assert people == set(people_expected)
    assert orgs == orgs_expected


def _parties(html: str) -> set[tuple[str | None, str]]:
    article = parse_html_article(html)
    return {(party_label(p), p.role.value) for pic in article.pictures for p in credits_for(pic)}


def test_source_organization_beside_an_image_is_its_supplier() -> None:
    """schema.org sourceOrganization next to an image credits it; the article's own does not."""
    page = (
        '<div itemprop="sourceOrganization" itemscope><a itemprop="name">Coast Wire</a></div>'
        '<ul><li><img src="a.jpg"><p itemprop="sourceOrganization" itemscope>A ferry.'
        '<span itemprop="name">REUTERS</span></p></li></ul>'
    )
    assert _parties(page) == {("Reuters", "agency")}


def test_microdata_property_holding_a_credit_line_is_split() -> None:
    """A copyrightHolder written as a whole credit line ("Name/for Outlet") is split like one."""
    page = (
        '<div itemscope itemtype="http://schema.org/ImageObject"><img src="a.jpg">'
        '<span itemprop="copyrightHolder">Kim Lowe/for Bay Daily News</span></div>'
    )
    assert _parties(page) == {("Kim Lowe", "photographer"), ("Bay Daily News", "agency")}


def test_last_caption_element_is_a_credit_only_when_it_reads_like_one() -> None:
    """A caption's closing span with a name is its credit; a closing sentence stays caption."""
    credit = "<figure><img src='a.jpg'><figcaption><span>Rain.</span><span>Ana Ruiz</span>"
    sentence = "<figure><img src='a.jpg'><figcaption><span>Rain.</span><span>More rain fell."
    assert _parties(credit + "</figcaption></figure>") == {("Ana Ruiz", "photographer")}
    assert _parties(sentence + "</span></figcaption></figure>") == set()


def test_data_credit_repeating_the_author_is_not_a_credit() -> None:
    """A data-credit equal to the element's data-author names the uploader, not the maker."""
    page = (
        '<span data-credit="Bo Lind | Coast Herald" data-author-name="Bo Lind | Coast Herald">'
        '</span><div data-credit="Ana Ruiz/AP"><img src="a.jpg"></div>'
    )
    assert _parties(page) == {("Ana Ruiz", "photographer"), ("AP", "agency")}


def test_caption_with_an_attribution_class_is_not_a_credit() -> None:
    """'class="image__caption attribution"' holds the caption; the credit is its own element."""
    page = (
        '<div><img src="a.jpg"><div class="image__caption attribution">Ana Ruiz and Bo Lind</div>'
        '<div class="image__credit">Getty Images</div></div>'
    )
    assert _parties(page) == {("Getty Images", "agency")}
