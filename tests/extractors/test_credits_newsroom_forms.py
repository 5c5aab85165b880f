"""Newsroom credit forms of issue 6 item 3, and the neighbours that must not match.

Written from the house styles themselves (Sipa USA and NurPhoto pictures relayed by AP,
The Straits Times' "ST PHOTO:", Xinhua's "新华社发（NAME 摄）", Libération's "NAME.
Agency pour Libération", Wikimedia Commons' attribution line, "courtesy of the family"),
not from any page of the dev set. The house-style cross in ``credit_styles.py`` holds the
same forms with every name shape; this file holds the neighbours.
"""

from __future__ import annotations

import pytest

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits
from provenance.ingest.credit_shapes import provided_by
from provenance.ingest.credit_text import credit_in_caption, label_start, shot_by

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Jane Roe/Sipa USA/AP", [("Jane Roe", P), ("Sipa USA", A), ("AP", D)]),
        ("JANE ROE/SIPA USA/AP", [("Jane Roe", P), ("Sipa USA", A), ("AP", D)]),
        ("Jane Roe/NurPhoto/AP", [("Jane Roe", P), ("NurPhoto", A), ("AP", D)]),
        ("JANE ROE/GETTY IMAGES/AFP", [("Jane Roe", P), ("Getty Images", A), ("AFP", D)]),
        ("Jane Roe/Sipa USA/AP Images", [("Jane Roe", P), ("Sipa USA", A), ("AP Images", D)]),
    ],
)
def test_a_wire_after_the_supplier_passes_the_picture_on(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """Maker, supplier, then the wire relaying it: the distributor after the photographer
    supplied the picture (agency); the wire written after it distributes it."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # an agency before the distributor: the usual order, unchanged
        ("Jane Roe/AFP/Getty Images", [("Jane Roe", P), ("AFP", A), ("Getty Images", D)]),
        # two distributors and no wire: the first supplied it
        ("Jane Roe/Abaca/Sipa USA", [("Jane Roe", P), ("Abaca", A), ("Sipa USA", D)]),
        ("Jane Roe/Reuters/Scanpix", [("Jane Roe", P), ("Reuters", A), ("Scanpix", D)]),
    ],
)
def test_neighbours_of_a_wire_after_the_supplier(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """Chains where no wire follows the supplying distributor keep their roles."""
    assert split_parties(line) == parties


def test_without_a_photographer_no_distributor_becomes_the_supplier() -> None:
    """A handout passed on by Getty and AFP names no maker: Getty stays a distributor."""
    roles = dict(split_parties("Handout/Getty Images/AFP"))
    assert roles["Getty Images"] is D


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("ST PHOTO: LIM YAOHUI", [("ST", A), ("Lim Yaohui", P)]),
        ("ST FILE PHOTO", [("ST", A)]),
        ("PHOTO: ST FILE", [("ST", A)]),
        ("Lim Yaohui/ST PHOTO", [("Lim Yaohui", P), ("ST", A)]),
        ("TNP PHOTO: JANE ROE", [("TNP", A), ("Jane Roe", P)]),
    ],
)
def test_an_outlets_own_label_names_it_as_the_agency(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "ST PHOTO: NAME": the outlet whose label it is took the picture with its own staff."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("STR/AFP", [("AFP", A)]),  # a role code that begins like the label
        ("STF/AFP", [("AFP", A)]),
        ("Photo: Jane Roe/AFP", [("Jane Roe", P), ("AFP", A)]),
    ],
)
def test_neighbours_of_outlet_labels(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """Role codes and plain labels name no outlet."""
    assert split_parties(line) == parties


def test_an_outlet_label_starts_a_credit_in_a_caption() -> None:
    """The Straits Times sets its label after the caption: the label starts the credit."""
    assert label_start("ST PHOTO: LIM YAOHUI")
    caption = "Commuters at Raffles Place MRT station on Monday. ST PHOTO: LIM YAOHUI"
    assert credit_in_caption(caption) == (
        "Commuters at Raffles Place MRT station on Monday.",
        "ST PHOTO: LIM YAOHUI",
    )


@pytest.mark.parametrize(
    "line",
    ["新华社发（李伟 摄）", "新华社发 李伟 摄", "新华社发（李伟　摄）", "（新华社记者 李伟 摄）"],
)
def test_xinhua_issued_and_staff_pictures(line: str) -> None:
    """ "新华社发" (Xinhua issued it) and "新华社记者" (Xinhua's reporter): Xinhua is the
    agency, the name before "摄" the photographer, brackets or not."""
    assert split_parties(line) == [("新华社", A), ("李伟", P)]


@pytest.mark.parametrize("text", ["市民在理发（李伟 摄）", "北京雪景（李伟 摄）", "头发 摄"])
def test_issued_word_inside_a_caption_names_no_agency(text: str) -> None:
    """ "理发" (a haircut) ends in the same character as "发": without an agency before it,
    the text is no issued credit."""
    found = shot_by(text)
    assert found is None or found[0] is None


def test_xinhua_issued_credit_after_a_caption() -> None:
    """The agency before the bracket belongs to the credit, not to the caption; a caption
    word before the bracket stays with the caption."""
    caption = "游客在天安门广场拍照。新华社发（李伟 摄）"
    assert credit_in_caption(caption) == ("游客在天安门广场拍照。", "新华社发（李伟 摄）")
    assert credit_in_caption("市民在理发（李伟 摄）") == ("市民在理发", "李伟 摄")


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        (
            "Jean Dupont. Hans Lucas pour Libération",
            [("Jean Dupont", P), ("Hans Lucas", A), ("Libération", S)],
        ),
        ("Jean Dupont. AFP", [("Jean Dupont", P), ("AFP", A)]),
    ],
)
def test_liberation_name_stop_agency_for_client(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """Libération ends the name with a stop, then the agency and the paper it worked for."""
    assert split_parties(line) == parties


def test_a_stop_before_no_supplier_does_notsplit_parties() -> None:
    """ "NAME. Centre for Research" names no agency after the stop: no photographer is made."""
    assert all(role is not P for _, role in split_parties("Jane Roe. Centre for Research"))


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        (
            "Jane Roe, CC BY-SA 4.0, via Wikimedia Commons",
            [("Jane Roe", P), ("Wikimedia Commons", S)],
        ),
        (
            "Jane Roe, CC BY-SA 3.0 <https://creativecommons.org/licenses/by-sa/3.0>, "
            "via Wikimedia Commons",
            [("Jane Roe", P), ("Wikimedia Commons", S)],
        ),
        (
            "Jane Roe, Public domain, via Wikimedia Commons",
            [("Jane Roe", P), ("Wikimedia Commons", S)],
        ),
        (
            "By Jane Roe - Own work, CC BY-SA 4.0, https://commons.wikimedia.org/w/index.php?curid=1",
            [("Jane Roe", P)],
        ),
        (
            "Image: Jane Roe via Wikimedia Commons (CC BY-SA 4.0)",
            [("Jane Roe", P), ("Wikimedia Commons", S)],
        ),
        # neighbour: a wire between the name and the relay is a party
        (
            "Jane Roe, Reuters, via Getty Images",
            [("Jane Roe", P), ("Reuters", A), ("Getty Images", D)],
        ),
    ],
)
def test_wikimedia_attribution_keeps_author_and_site(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """The licence is no party ("CC BY-SA 4.0", "Own work"); the site is where it was found."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Photo courtesy of the family", [("handout", S)]),
        ("Courtesy of the family", [("handout", S)]),
        ("Family photo", [("handout", S)]),
        # neighbours: a family named is a named source
        ("Courtesy of the Roe family", [("the Roe family", S)]),
        ("Photo courtesy of Jane Roe", [("Jane Roe", S)]),
    ],
)
def test_the_family_is_an_unnamed_supplier(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "The family" names no party: an unnamed handout, flagged, never a name."""
    assert split_parties(line) == parties
    if parties[0][0] == "handout":
        assert extract_credits(line)[0].name is None


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        (
            "KYODO/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. "
            "MANDATORY CREDIT. JAPAN OUT.",
            [("Kyodo", A), ("Reuters", D)],
        ),
        (
            "REUTERS/Jane Roe/File Photo - EDITORIAL USE ONLY. NO RESALES. NO ARCHIVES.",
            [("Reuters", A), ("Jane Roe", P)],
        ),
        ("YONHAP/AFP/SOUTH KOREA OUT", [("Yonhap", A), ("AFP", A)]),
        # neighbours: a label at the start stays a label; names holding the words stay names
        (
            "Mandatory Credit: Photo by Jane Roe/REX/Shutterstock (1234567a)",
            [("Jane Roe", P), ("Rex", A), ("Shutterstock", D)],
        ),
        ("Jane Outram/AFP", [("Jane Outram", P), ("AFP", A)]),
    ],
)
def test_notes_to_editors_and_sales_restrictions_are_no_parties(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """A wire's note to editors after the credit, and "COUNTRY OUT", name no party."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        (
            "Jane Roe for The New York Times/Redux",
            [("Jane Roe", P), ("The New York Times", A), ("Redux", D)],
        ),
        (
            "Jane Roe for The Washington Post/Getty Images",
            [("Jane Roe", P), ("The Washington Post", A), ("Getty Images", D)],
        ),
        # neighbour: an agency before "for" makes the client a source
        (
            "Jane Roe/Getty Images for Tribeca Festival",
            [("Jane Roe", P), ("Getty Images", A), ("Tribeca Festival", S)],
        ),
    ],
)
def test_a_distributor_after_the_client_passes_the_picture_on(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "NAME for OUTLET/Distributor": the outlet commissioned it, the distributor relays it."""
    assert split_parties(line) == parties


def test_a_label_after_a_label_is_no_note_to_editors() -> None:
    """ "Mandatory Credit:" with its colon labels the credit, even after another label."""
    line = "Image credit: Mandatory Credit: Photo by Jane Roe/REX/Shutterstock (1234567a)"
    assert split_parties(line) == [("Jane Roe", P), ("Rex", A), ("Shutterstock", D)]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The minister posted this on Monday.", "Screenshot/X"),
        ("The video was shared widely.", "Screenshot via YouTube"),
        ("She posted a selfie on Monday.", "Jane Roe via Instagram"),
        ("A view of the city from the river.", "Jane Roe, CC BY-SA 4.0, via Wikimedia Commons"),
        ("Rain over the old town.", "Jane Roe, Public domain, via Wikimedia Commons"),
        ("Le président arrive à l'Élysée.", "Jean Dupont. Hans Lucas pour Libération"),
        ("The actress arrives at the premiere.", "Getty Images for Tribeca Festival"),
        ("Rain falls over Kyiv on Monday.", "Jane Roe/Sipa USA/AP"),
    ],
)
def test_newsroom_credits_are_found_after_the_caption(caption: str, credit: str) -> None:
    """A label or a name before the site where the picture was found, and an agency with
    the client it worked for, end a caption as its credit."""
    assert credit_in_caption(f"{caption} {credit}") == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "She posted it on Monday. Posted via Twitter",
        "She posted it on Monday via Twitter",
        "AFP for the first time",
        "The agency spoke to Reuters for the story. It was AFP for Le Monde",
    ],
)
def test_sentences_naming_a_site_or_an_agency_are_no_credit(text: str) -> None:
    """A sentence that mentions a site or an agency and a client is not a credit."""
    assert credit_in_caption(text) is None


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("[삼성전자 제공]", [("삼성전자", S)]),
        ("[삼성전자 제공. 재판매 및 DB 금지]", [("삼성전자", S)]),
        ("（東京電力提供）", [("東京電力", S)]),
        ("共同通信社提供", [("共同通信社", A)]),  # Kyodo provides it: still the agency
        ("（受访者供图）", [("受访者", S)]),
    ],
)
def test_provided_by_marks_name_a_source(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """ "X 제공", "X提供", "X供图" (provided by X): X is a source, as after "courtesy of";
    Yonhap's "재판매 및 DB 금지" (no resale) is a note, no party."""
    assert split_parties(line) == parties


@pytest.mark.parametrize("text", ["제공", "정부는 어제 관련 자료를 모두 제공", "北京的雪景"])
def test_neighbours_of_provided_by(text: str) -> None:
    """The mark alone, or a sentence ending in it, names no supplier."""
    assert provided_by(text) is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "삼성전자가 새 스마트폰을 공개했다. [삼성전자 제공]",
            "삼성전자가 새 스마트폰을 공개했다.",
            "삼성전자 제공",
        ),
        ("福島第1原発の処理水タンク（東京電力提供）", "福島第1原発の処理水タンク", "東京電力提供"),
        ("东京的街景。（受访者供图）", "东京的街景。", "受访者供图"),
    ],
)
def test_provided_by_credit_in_brackets_after_a_caption(
    text: str, caption: str, credit: str
) -> None:
    """The bracket at the end of a Korean, Japanese or Chinese caption holds the credit."""
    assert credit_in_caption(text) == (caption, credit)
