"""More house styles of photo credits, each with neighbours that must read otherwise.

Written from the house styles themselves (Xinhua's bare "新华社发", Korean "사진 제공=",
Japanese "撮影・" and a bare "＝共同", AFP's "AFP PHOTO / YONHAP", RNZ's "RNZ / Name"),
not from any page of the dev set; every name is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.errors import LexiconError
from provenance.ingest.credit_shapes import shot_by
from provenance.ingest.credit_text import credit_in_caption
from provenance.lexicon.credits import build_credit_lexicon, credit_lexicon

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # the forms the brief lists that main already read: kept as they are
        ("(Foto: Jane Roe/dpa)", [("Jane Roe", P), ("dpa", A)]),
        ("Bild: Jane Roe / Keystone", [("Jane Roe", P), ("Keystone", A)]),
        ("Photo : Jeanne Roe / Hans Lucas", [("Jeanne Roe", P), ("Hans Lucas", A)]),
        ("Kuva: Jane Roe / Lehtikuva", [("Jane Roe", P), ("Lehtikuva", A)]),
        ("Fotó: Kovács János / MTI", [("Kovács János", P), ("MTI", A)]),
        ("Zdjęcie: Jan Kowalski / PAP", [("Jan Kowalski", P), ("PAP", A)]),
        ("写真：ロイター", [("ロイター", A)]),
        ("Foto: Jane Roe / EFE", [("Jane Roe", P), ("EFE", A)]),
        (
            "(Jane Roe/Anadolu Agency via Getty Images)",
            [("Jane Roe", P), ("Anadolu Agency", A), ("Getty Images", D)],
        ),
        ("Jane Roe | Reuters", [("Jane Roe", P), ("Reuters", A)]),
        ("Jane Roe — AP", [("Jane Roe", P), ("AP", A)]),
        ("Jane Roe/The Washington Post", [("Jane Roe", P), ("The Washington Post", A)]),
        ("© 2024 Jane Roe", [("Jane Roe", P)]),
        ("Photo: Courtesy of Acme Corp", [("Acme Corp", S)]),
    ],
)
def test_house_styles_read_already(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("新华社发", [("新华社", A)]),
        ("（新华社发）", [("新华社", A)]),
        ("图片：新华社发", [("新华社", A)]),
        # neighbours: the full form, and a word ending in the character that names no agency
        ("新华社发（李伟 摄）", [("新华社", A), ("李伟", P)]),
        ("新华社", [("新华社", A)]),
        ("出发", [("出发", S)]),
    ],
)
def test_an_agency_issuing_a_picture_alone(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "新华社发" (Xinhua issued it) with no photographer: Xinhua is the agency."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("사진 제공=삼성전자", [("삼성전자", S)]),
        ("사진제공=서울시", [("서울시", S)]),
        ("[사진 제공=삼성전자]", [("삼성전자", S)]),
        ("写真提供：東京電力", [("東京電力", S)]),
        # neighbours: a plain photo label gives the agency; "X 제공" stays a source
        ("사진=연합뉴스", [("연합뉴스", A)]),
        ("사진=삼성전자 제공", [("삼성전자", S)]),
        ("사진=홍길동 기자", [("홍길동", P)]),
    ],
)
def test_a_provided_by_label_names_a_source(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """Korean "사진 제공=" ("photo provided by"): the party after it is a source."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("＝共同", [("共同", A)]),
        ("=연합뉴스", [("연합뉴스", A)]),
        # neighbours: with a supplier before the sign, the wire after it relays
        ("ロイター＝共同", [("ロイター", A), ("共同", D)]),
        ("AFP=연합뉴스", [("AFP", A), ("연합뉴스", D)]),
        ("写真＝共同", [("共同", A)]),
    ],
)
def test_a_bare_equals_sign_ends_a_label(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    """Japanese "…＝共同" with the caption cut off: nothing before the sign, Kyodo supplied it."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("摄影：李伟", [("李伟", P)]),
        ("撮影：山田太郎", [("山田太郎", P)]),
        ("（撮影・山田太郎）", [("山田太郎", P)]),
        ("촬영=홍길동", [("홍길동", P)]),
        ("摄影：新华社记者 李伟", [("新华社", A), ("李伟", P)]),
        ("摄影：新华社记者 李伟 摄", [("新华社", A), ("李伟", P)]),
        # neighbours: an agency after the label stays the agency; "写真：" names no maker
        ("摄影：新华社", [("新华社", A)]),
        ("撮影：共同", [("共同", A)]),
        ("摄影：Jane Roe/AFP", [("Jane Roe", P), ("AFP", A)]),
        ("写真：共同", [("共同", A)]),
        # a dotted katakana transcription is a person's name even without a label
        ("ジョン・スミス", [("ジョン・スミス", P)]),
        ("ゲッティ・イメージズ", [("ゲッティ・イメージズ", S)]),
    ],
)
def test_a_photographed_by_label_names_the_maker(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """CJK "摄影：" / "撮影：" / "촬영=" mean "photographed by", as "Photo by"."""
    assert split_parties(line) == parties


def test_a_labelled_shot_needs_the_reporter_word() -> None:
    assert shot_by("新华社记者 李伟", labelled=True) == ("新华社", "李伟")
    assert shot_by("新华社记者 李伟") is None
    assert shot_by("新华社", labelled=True) is None


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("AFP PHOTO / YONHAP", [("AFP", D), ("Yonhap", A)]),
        ("AFP PHOTO / YONHAP / STR", [("AFP", D), ("Yonhap", A)]),
        ("AP Photo/Yonhap", [("AP", D), ("Yonhap", A)]),
        # neighbours: a photographer after the label is the wire's own; an issuer of a
        # handout or an organization after it is a source; no label, no relay
        ("AFP PHOTO / Jane Roe", [("AFP", A), ("Jane Roe", P)]),
        ("AFP PHOTO / HO / SANA", [("AFP", D), ("handout", S), ("SANA", S)]),
        ("AFP PHOTO/KREMLIN PRESS SERVICE", [("AFP", A), ("Kremlin Press Service", S)]),
        ("YONHAP/AFP/SOUTH KOREA OUT", [("Yonhap", A), ("AFP", A)]),
        ("AFP PHOTO", [("AFP", A)]),
    ],
)
def test_a_wire_label_before_another_wire_relays_it(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "AFP PHOTO / YONHAP": AFP passes on Yonhap's picture."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("RNZ / Jane Roe", [("RNZ", A), ("Jane Roe", P)]),
        ("Photo: RNZ / Jane Roe", [("RNZ", A), ("Jane Roe", P)]),
        ("Stuff / Jane Roe", [("Stuff", A), ("Jane Roe", P)]),
        ("Jane Roe / RNZ", [("Jane Roe", P), ("RNZ", A)]),
        # neighbours: the outlet alone is a broadcaster's still; ABC's style is kept a source
        ("RNZ", [("RNZ", S)]),
        ("(ABC News: Jane Roe)", [("ABC News", S), ("Jane Roe", P)]),
        ("NASA/Jane Roe", [("NASA", S), ("Jane Roe", P)]),
    ],
)
def test_an_outlet_before_its_photographer(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "RNZ / Name": the outlet's own staff took the picture, so the outlet is its agency."""
    assert split_parties(line) == parties


def test_the_new_label_kinds_are_lexicon_data() -> None:
    lex = credit_lexicon()
    assert lex.prefixes["撮影"].by
    assert not lex.prefixes["写真"].by
    assert lex.prefixes["사진 제공"].courtesy
    assert not lex.prefixes["사진"].courtesy
    assert "rnz" in lex.outlets
    with pytest.raises(LexiconError):
        build_credit_lexicon({"prefixes": [{"words": ["photo"]}, {"words": ["photo"]}]})


_CJK_NAME = st.text(alphabet="李王张刘陈杨黄赵伟芳娜敏静丽强磊军洋", min_size=2, max_size=3)


@settings(max_examples=60, deadline=None)
@given(name=_CJK_NAME)
def test_any_name_after_a_shot_label_is_the_photographer(name: str) -> None:
    for label in ("摄影：", "撮影：", "촬영="):
        assert split_parties(label + name) == [(name, P)]
    assert split_parties(f"摄影：新华社记者 {name}") == [("新华社", A), (name, P)]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("写真・文：山田太郎", [("山田太郎", P)]),
        ("撮影・山田太郎/共同", [("山田太郎", P), ("共同", A)]),
        # neighbour: a "・" with a colon after it does not end the label before it
        ("写真・図：ロイター", [("写真・図：ロイター", S)]),
    ],
)
def test_the_middle_dot_of_japanese_labels(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    """ "撮影・NAME": the middle dot ends the label; "写真・文：" (photos and text) is a label."""
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        ("游客在天安门广场拍照。（新华社发）", ("游客在天安门广场拍照。", "新华社发")),
        ("記者会見する山田首相（撮影・山田太郎）", ("記者会見する山田首相", "撮影・山田太郎")),
        ("東京の街並み（写真・文：山田太郎）", ("東京の街並み", "写真・文：山田太郎")),
        ("서울 시내 모습. [사진 제공=삼성전자]", ("서울 시내 모습.", "사진 제공=삼성전자")),
    ],
)
def test_the_new_forms_end_a_caption(caption: str, split: tuple[str, str]) -> None:
    assert credit_in_caption(caption) == split


@pytest.mark.parametrize("caption", ["记者会见。（出发）", "記者会見する山田首相（5日・東京）"])
def test_brackets_that_are_no_credit(caption: str) -> None:
    assert credit_in_caption(caption) is None
