"""Credit families that other house styles and CMSs use, each beside neighbours that are not.

Each page in ``tests/fixtures/credits/families/`` is written by hand for one
family: role attributes (``data-contributor-type``), ``rel="author"`` links in a
figure, ``itemprop="author"`` inside a microdata ``ImageObject``, a credit after
a dash, a bar or a middle dot in a ``<figcaption>``, "Name/Outlet" and "Name for
Outlet" after a caption's sentence, a name set apart in the caption's last element,
a label without its colon ("Photo Name"), ``<span class="photographer">``, BEM
credit classes ("media-caption__attribution"), ``image-source`` classes,
``data-copyright``, a credit at the end of an alt or title text, and JSON-LD
``creditText`` naming several parties (or ``copyrightNotice`` when it is a credit,
not a page-wide notice). Every page also holds what must not match:
the article's own byline, an organization-only credit ("Photo: EPA" names no
person), a caption sentence that mentions people, a linked teaser's alt text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extractors.credits import credits_for, party_label
from provenance.ingest import read_file
from provenance.ingest.credit_text import tail_credit

FAMILIES = Path(__file__).resolve().parent.parent / "fixtures" / "credits" / "families"
PAGES: dict[str, tuple[set[str], dict[str, str]]] = {
    "role_attrs": ({"Jane Roe", "Omar Haddad"}, {"AFP": "agency"}),
    "author_links": ({"Lena Park", "Tom Reed"}, {"Reuters": "agency"}),
    "microdata_author": ({"Ingrid Dahl"}, {"NTB": "copyright"}),
    "caption_separators": (
        {"Ivan Petrenko", "Sam Lee", "Nora Holt"},
        {"AFP": "agency", "Bloomberg": "agency", "Getty Images": "distributor", "EPA": "agency"},
    ),
    "span_photographer": ({"Karin Lund"}, {"Reuters": "agency"}),
    "alt_title": ({"Olga Ivanova", "Petro Bondar"}, {"AFP": "agency", "Reuters": "agency"}),
    "caption_tails": (
        {"Rosa Lind", "Jonas Berg", "Minh Tran", "Elsa Moe", "Piet Smit"},
        {"The Coast Times": "agency", "NPR": "agency", "AFP": "agency"},
    ),
    "class_and_data": (
        {"Hana Sato"},
        {"Kyodo": "agency", "Getty Images": "agency", "Reuters": "agency"},
    ),
    "jsonld_parties": (
        {"Ana Ruiz", "Ben Ode", "Kim Ha", "Lee Su", "Sara Lind"},
        {
            "AFP": "agency",
            "Reuters": "agency",
            "Yonhap": "agency",
            "Getty Images": "distributor",
            "TT": "agency",
        },
    ),
}


def _read(name: str) -> tuple[set[str | None], dict[str | None, str], list[str | None], str]:
    (doc,) = read_file(FAMILIES / f"{name}.html")
    parties = [p for pic in doc.pictures for p in credits_for(pic)]
    people = {party_label(p) for p in parties if p.role.value == "photographer"}
    orgs = {party_label(p): p.role.value for p in parties if p.role.value != "photographer"}
    return people, orgs, [pic.caption for pic in doc.pictures], doc.body


@pytest.mark.parametrize("name", sorted(PAGES))
def test_family_pages_credit_every_party_and_no_other(name: str) -> None:
    """Each family's credits are found and split; bylines and caption sentences add nobody."""
    people, orgs, _, _ = _read(name)
    assert people == PAGES[name][0]
    assert orgs == PAGES[name][1]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_article_bylines_are_never_photo_credits(name: str) -> None:
    """The writer named in the byline, by role attribute, link or microdata, is no party."""
    people, orgs, _, _ = _read(name)
    assert "Mark Writer" not in people
    assert "Mark Writer" not in orgs


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        (
            "caption_separators",
            [
                "Rain over Kyiv on Monday",
                "Traders at work in New York.",
                "Fans in the stands before the final",
                # a dash or bar followed by words that are not a credit leaves it whole
                "Leaders meet in Geneva — a first since 2019",
                "Kyiv | The city at night",
            ],
        ),
        (
            "caption_tails",
            [
                "Supporters rally. Vote Ana Cruz for Mayor",
                "Trucks at the Kyiv/Ukraine depot",
                "Protesters hold a portrait of Alexei Navalny",
                "Ferries wait in the harbour.",
                "Snow on the pass.",
            ],
        ),
    ],
)
def test_captions_keep_their_words_and_lose_only_the_credit(name: str, kept: list[str]) -> None:
    """The credit after a dash, bar or sentence is taken out; "Vote Name for Mayor",
    "Kyiv/Ukraine" and a name inside a sentence are caption text, kept whole."""
    _, _, captions, _ = _read(name)
    for caption in kept:
        assert caption in captions


def test_caption_class_with_a_credit_word_is_still_a_caption() -> None:
    """A caption classed "caption attribution" is caption text; "caption__attribution" a credit."""
    (doc,) = read_file(FAMILIES / "class_and_data.html")
    assert not any("Dock workers" in (p.credit_line or "") for p in doc.pictures)
    assert "Cranes at the port." in [p.caption for p in doc.pictures]


def test_author_link_in_a_caption_leaves_the_caption_text() -> None:
    """A linked photographer's name is taken out of the caption it ends."""
    _, _, captions, _ = _read("author_links")
    assert "Stalls line the square." in captions
    assert not any(c and "Lena Park" in c for c in captions)


def test_role_marked_credit_elements_stay_out_of_the_body() -> None:
    """Names read from role attributes of a picture are not article text; the editor stays."""
    (doc,) = read_file(FAMILIES / "role_attrs.html")
    assert "Jane" not in doc.body
    assert "Omar Haddad" not in doc.body
    assert "Thousands of people were moved to higher ground." in doc.body


def test_linked_teaser_alt_text_is_not_a_credit() -> None:
    """An image inside a link to another page is that page's teaser: its alt credit is skipped."""
    people, orgs, _, _ = _read("alt_title")
    assert "Dmytro Shevchuk" not in people
    assert "AP" not in orgs


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("Snow in Kyiv. Photo: Olga Ivanova/AFP", "Snow in Kyiv.", "Photo: Olga Ivanova/AFP"),
        ("Snow in Kyiv - Olga Ivanova/AFP", "Snow in Kyiv", "Olga Ivanova/AFP"),
        ("Snow. - Sam Lee | Bloomberg | Getty", "Snow.", "Sam Lee | Bloomberg | Getty"),
        ("Snow in Kyiv. Reuters", "Snow in Kyiv.", "Reuters"),
    ],
)
def test_tail_credit_splits_after_the_last_boundary(text: str, caption: str, credit: str) -> None:
    """A labelled, known or credit-shaped tail is split off with the names it joins."""
    assert tail_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Cruz greets Tom Reed in the city hall.",
        "Leaders meet in Geneva — a first since 2019",
        "Kyiv | The city at night",
        "Snow in Kyiv | Olga Ivanova",  # a bare name counts only when asked (captions)
        "Officials said so. Reuters reported the figure",
    ],
)
def test_tail_credit_leaves_sentences_alone(text: str) -> None:
    """Sentences, bare names and tails that are not credits give no split."""
    assert tail_credit(text) is None


def test_bare_name_after_a_bar_when_asked() -> None:
    """In a caption, a name alone after a bar is its credit; a bar before a phrase is not."""
    assert tail_credit("Snow in Kyiv | Olga Ivanova", bare_name=True) == (
        "Snow in Kyiv",
        "Olga Ivanova",
    )
    assert tail_credit("Kyiv | The city at night", bare_name=True) is None


_WORD = st.text(alphabet=st.sampled_from("abcdeKLMN"), min_size=1, max_size=6)
_PIECE = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)
_SEP = st.sampled_from([". ", " - ", " | ", " — ", "/", ": ", " "])


@given(st.lists(st.tuples(_PIECE, _SEP), min_size=1, max_size=6), _PIECE)
def test_tail_credit_keeps_every_word(pieces: list[tuple[str, str]], last: str) -> None:
    """Whatever it splits, the caption and the credit together hold every word of the text."""
    text = "".join(p + s for p, s in pieces) + last
    split = tail_credit(text, bare_name=True)
    if split is not None:
        caption, credit = split
        assert text.startswith(caption)
        assert text.endswith(credit)
        assert credit
        words = text.replace("|", " ").replace("—", " ").replace("-", " ").split()
        kept = f"{caption} {credit}".replace("|", " ").replace("—", " ").replace("-", " ")
        assert kept.split() == words
