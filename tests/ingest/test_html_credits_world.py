"""Picture credits in the markup of publishers of more countries, and what is no credit.

Written from publishers' conventions (AMP's ``attribution``, a hidden "Credit..." label,
"Image source, " labels, a labelled credit ending in a bracket, Japanese "＝ロイター" and
Korean "[연합뉴스 자료사진]" caption credits), not from any page of the dev set. Each page
also holds a byline, ``meta name="author"`` and Open Graph tags (``credit_pages.page``).
"""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import credits_for, party_label
from provenance.ingest.credit_text import credit_in_caption, labelled_sentence
from provenance.ingest.html import parse_html_article

from .credit_pages import BYLINE, CAPTION, page

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


def _parties(html: str) -> set[tuple[str | None, CreditRole]]:
    article = parse_html_article(html)
    return {(party_label(p), p.role) for pic in article.pictures for p in credits_for(pic)}


@pytest.mark.parametrize(
    ("block", "parties"),
    [
        (  # AMP pages credit a picture in the attribution attribute of <amp-img>
            f'<amp-img src="a.jpg" width="4" height="3" attribution="Jane Roe/Reuters" '
            f'alt="{CAPTION}"></amp-img>',
            {("Jane Roe", P), ("Reuters", A)},
        ),
        (
            '<figure><amp-img src="a.jpg" attribution="© Jane Roe / AFP"></amp-img>'
            f"<figcaption>{CAPTION}</figcaption></figure>",
            {("Jane Roe", P), ("AFP", A)},
        ),
        (  # a hidden "Credit..." label in a span of its own before the credit
            f'<figure><img src="a.jpg"><figcaption><span>{CAPTION}</span><span>'
            '<span class="visually-hidden">Credit...</span><span>Jane Roe for The Coast '
            "Herald</span></span></figcaption></figure>",
            {("Jane Roe", P), ("The Coast Herald", A)},
        ),
        (  # "Image source, " written out, not hidden
            f'<figure><img src="a.jpg"><p>Image source, Reuters</p><figcaption>{CAPTION}'
            "</figcaption></figure>",
            {("Reuters", A)},
        ),
        (  # a labelled credit whose agency is in brackets (EFE's style)
            f'<figure><img src="a.jpg"><figcaption>{CAPTION} Foto: Ana Ruiz (EFE)'
            "</figcaption></figure>",
            {("Ana Ruiz", P), ("EFE", A)},
        ),
        (  # Japanese papers: the wire after "＝" at the caption's end
            '<figure><img src="a.jpg"><figcaption>東京都内で開かれた会合＝ロイター'
            "</figcaption></figure>",
            {("ロイター", A)},
        ),
        (
            '<figure><img src="a.jpg"><figcaption>東京都内で開かれた会合（共同）'
            "</figcaption></figure>",
            {("共同", A)},
        ),
        (  # Korean papers: the wire and its archive marker in square brackets
            '<figure><img src="a.jpg"><figcaption>서울 도심에서 시민들이 걷고 있다. '
            "[연합뉴스 자료사진]</figcaption></figure>",
            {("연합뉴스", A)},
        ),
        (  # "AFP=연합뉴스": AFP's picture relayed by Yonhap
            '<figure><img src="a.jpg"><figcaption>서울 도심 [AFP=연합뉴스]</figcaption></figure>',
            {("AFP", A), ("연합뉴스", D)},
        ),
        (
            f'<figure><img src="a.jpg"><figcaption>{CAPTION} Fot. Jan Kowalski / Agencja '
            "Gazeta</figcaption></figure>",
            {("Jan Kowalski", P), ("Agencja Gazeta", A)},
        ),
    ],
)
def test_credits_in_more_house_markups(block: str, parties: set[tuple[str, CreditRole]]) -> None:
    """Each markup gives the picture's parties, and nothing from the byline or meta tags."""
    found = _parties(page(block))
    assert found == parties
    assert all(BYLINE not in (name or "") for name, _ in found)


@pytest.mark.parametrize(
    "block",
    [
        # a body paragraph opening "Photo:" is a sentence, near a picture or not
        "<p>Photo: the storm damaged 30 homes along the bay, officials said.</p>",
        '<img src="a.jpg" alt="Rubble"><p>Heavy rain fell on Monday. Photo: the storm '
        "damaged 30 homes along the bay, officials said.</p>",
        # a caption that mentions an agency credits nobody
        '<figure><img src="a.jpg"><figcaption>Protesters outside the Reuters building in '
        "London on Monday.</figcaption></figure>",
        # a date and place after a Japanese caption's "＝" are no credit
        '<figure><img src="a.jpg"><figcaption>会合に出席した首相＝2日、東京都千代田区'
        "</figcaption></figure>",
    ],
)
def test_neighbours_that_credit_nobody(block: str) -> None:
    """Sentences after a label, agencies named in a caption and dated captions are no credits."""
    assert _parties(page(block)) == set()


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("東京都内で開かれた会合＝ロイター＝共同", ("東京都内で開かれた会合", "ロイター＝共同")),
        ("会合＝2日、東京都千代田区＝共同", ("会合＝2日、東京都千代田区", "共同")),
        (
            "Rain falls on Kyiv on Monday. Foto: Ana Ruiz (EFE)",
            ("Rain falls on Kyiv on Monday.", "Foto: Ana Ruiz (EFE)"),
        ),
        (
            "Rain falls on Kyiv on Monday. (Jane Roe/AFP)",
            ("Rain falls on Kyiv on Monday.", "Jane Roe/AFP"),
        ),
    ],
)
def test_caption_splits(text: str, split: tuple[str, str]) -> None:
    """Only known suppliers after "＝" are the credit; a labelled credit keeps its bracket."""
    assert credit_in_caption(text) == split


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Photo: the storm damaged 30 homes, officials said.", True),
        ("Photo: Jane Roe/Reuters", False),
        ("Photo courtesy of the family.", False),
        ("Credit: Jane Roe for The Coast Herald.", False),
    ],
)
def test_labelled_sentence(text: str, sentence: bool) -> None:
    """A labelled text ending in a stop with three words no credit uses is a sentence."""
    assert labelled_sentence(text) is sentence


@pytest.mark.parametrize(
    ("text", "split"),
    [
        # a label with no colon before a known supplier (Dutch, Italian papers)
        ("Rain falls on Kyiv on Monday. Beeld ANP", ("Rain falls on Kyiv on Monday.", "Beeld ANP")),
        (
            "Rain falls on Kyiv on Monday. Foto ANSA/Jane Roe",
            ("Rain falls on Kyiv on Monday.", "Foto ANSA/Jane Roe"),
        ),
        # a CJK full stop ends the caption with no space after it
        ("北京的雪景。新华社记者 李伟 摄", ("北京的雪景。", "新华社记者 李伟 摄")),
        ("北京的雪景。图/视觉中国", ("北京的雪景。", "图/视觉中国")),
        ("北京的雪景（新华社记者 李伟 摄）", ("北京的雪景", "新华社记者 李伟 摄")),
    ],
)
def test_more_caption_tails(text: str, split: tuple[str, str]) -> None:
    """Bare labels before a known supplier, and CJK captions' credits, end the caption."""
    assert credit_in_caption(text) == split


@pytest.mark.parametrize(
    "text",
    [
        "The photo shows rain falling on Kyiv. Photo opportunities abound",
        "He said so. Foto Ansa e altri",
        "北京的雪景。",
    ],
)
def test_label_words_in_caption_sentences(text: str) -> None:
    """A label word opening a sentence that names no supplier is no credit."""
    assert credit_in_caption(text) is None


def test_a_labelled_title_is_one_credit_without_a_caption() -> None:
    """ "Foto: Jane Roe/dpa" in a title is one credit; its label is never a caption."""
    html = page('<img src="a.jpg" title="Foto: Jane Roe/dpa" alt="Rubble">')
    pictures = parse_html_article(html).pictures
    assert [(p.caption, p.credit_line) for p in pictures] == [(None, "Foto: Jane Roe/dpa")]


@pytest.mark.parametrize(
    "block",
    [
        # a writer's byline right under the lead picture
        '<img src="a.jpg" alt="Rubble"><p>By Jane Roe, Reuters</p>',
        '<img src="a.jpg" alt="Rubble"><p>Par Jeanne Roe, Le Courrier du Sud</p>',
        # a reporting line of wire copy
        '<img src="a.jpg" alt="Rubble"><p>Additional reporting by Jane Roe/AFP</p>',
    ],
)
def test_bylines_beside_a_picture_credit_nobody(block: str) -> None:
    """A byline or a reporting line beside a picture names the writers, not the picture's maker."""
    assert _parties(page(block)) == set()


def test_a_name_and_an_agency_beside_a_picture_is_a_credit() -> None:
    """The neighbour of the byline: "Jane Roe, Reuters" with no "By" under a picture credits it."""
    block = '<img src="a.jpg" alt="Rubble"><p>Jane Roe, Reuters</p>'
    assert _parties(page(block)) == {("Jane Roe", P), ("Reuters", A)}


@pytest.mark.parametrize(
    ("text", "split"),
    [
        # a labelled credit right after the caption, with no stop between them
        (
            "Rescue workers search the rubble on Monday Credit: Getty",
            ("Rescue workers search the rubble on Monday", "Credit: Getty"),
        ),
        (
            "Rescue workers search the rubble on Monday | Photo: Jane Roe/AFP",
            ("Rescue workers search the rubble on Monday", "Photo: Jane Roe/AFP"),
        ),
    ],
)
def test_a_label_inside_a_caption_starts_its_credit(text: str, split: tuple[str, str]) -> None:
    """A capitalized label and names after a caption sentence are the caption's credit."""
    assert credit_in_caption(text) == split


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the photo: was fake and misleading",
        "The mayor said the Photo: Was fake and misleading",
        "Workers search the rubble on Monday Photo: the storm damaged homes, officials said.",
    ],
)
def test_a_label_word_inside_a_sentence_is_no_credit(text: str) -> None:
    """A lower-case label word, or a label before a sentence, splits no caption."""
    assert credit_in_caption(text) is None
