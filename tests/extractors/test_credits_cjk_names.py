"""Credit lines naming people in Japanese or Chinese script, and labels of other languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits
from provenance.extractors.credits.kinds import two_han_name
from provenance.lexicon.credits import credit_lexicon

P, A, D, S = (
    CreditRole.PHOTOGRAPHER,
    CreditRole.AGENCY,
    CreditRole.DISTRIBUTOR,
    CreditRole.SOURCE,
)


def _show(line: str) -> list[tuple[str | None, CreditRole]]:
    return [(p.name, p.role) for p in extract_credits(line)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("写真：山田太郎", [("山田太郎", P)]),
        ("写真: 山田太郎", [("山田太郎", P)]),
        ("写真=山田太郎", [("山田太郎", P)]),
        ("写真：山田 太郎", [("山田 太郎", P)]),
        ("ジョン・スミス/AP", [("ジョン・スミス", P), ("AP", A)]),
        ("约翰·史密斯/新华社", [("约翰·史密斯", P), ("新华社", A)]),
        ("Photo: 山田太郎/共同通信", [("山田太郎", P), ("共同通信", A)]),
        ("写真：山田太郎/アフロ", [("山田太郎", P), ("アフロ", A)]),
        ("写真：ロイター/アフロ", [("ロイター", A), ("アフロ", A)]),
    ],
)
def test_names_written_without_spaces_are_photographers(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("写真：共同通信", [("共同通信", A)]),
        ("写真：新华社", [("新华社", A)]),
        ("写真：首相官邸", [("首相官邸", S)]),  # the Prime Minister's office: an institution
        ("写真：朝日新聞社", [("朝日新聞社", A)]),  # a paper's own, as "Photo: Star Tribune"
        ("写真：防衛省", [("防衛省", S)]),
        ("写真：人民日报", [("人民日报", A)]),
        ("Col·legi/AFP", [("Col·legi", S), ("AFP", D)]),  # a Catalan dot: no CJK name
        ("ウォルト・ディズニー・カンパニー", [("ウォルト・ディズニー・カンパニー", S)]),
        ("ゲッティ・イメージズ/AP", [("ゲッティ・イメージズ", S), ("AP", D)]),
    ],
)
def test_organizations_in_han_script_are_not_people(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(Foto: dpa)", [("dpa", A)]),
        ("Foto: Michael Kappeler/dpa", [("Michael Kappeler", P), ("dpa", A)]),
        ("Bild: Keystone", [("Keystone", A)]),
        ("Фото: ТАСС", [("ТАСС", A)]),
        ("Фото: Иван Петров/ТАСС", [("Иван Петров", P), ("ТАСС", A)]),
        ("Crédit photo : Jean Dupont / AFP", [("Jean Dupont", P), ("AFP", A)]),
        ("© Jane Smith / AFP", [("Jane Smith", P), ("AFP", A)]),
        ("RNZ / Jane Smith", [("RNZ", A), ("Jane Smith", P)]),
        # a broadcaster's own still is a source ("© Fox News" in the dev conventions)
        ("Photo: ABC News", [("ABC News", S)]),
    ],
)
def test_labels_of_other_languages(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    assert _show(line) == expected


_KATAKANA = st.text(
    alphabet=st.characters(min_codepoint=0x30A1, max_codepoint=0x30F6), min_size=2, max_size=5
)


@given(_KATAKANA, _KATAKANA)
def test_any_dotted_katakana_name_before_a_wire_is_its_photographer(first: str, last: str) -> None:
    name = f"{first}・{last}"
    assert _show(f"{name}/AP") == [(name, P), ("AP", A)]


# Two-character Chinese names after a photo label: "写真：王晔", "摄影：李明".


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("写真：王晔", [("王晔", P)]),
        ("摄影：李明", [("李明", P)]),
        ("图：王晔", [("王晔", P)]),
        ("图片：张伟", [("张伟", P)]),
        ("照片：刘洋", [("刘洋", P)]),
        ("写真=王晔", [("王晔", P)]),
        ("写真：田中", [("田中", P)]),  # a Japanese family name alone
        ("Photo: 王晔", [("王晔", P)]),
        ("写真：王晔/新华社", [("王晔", P), ("新华社", A)]),
        ("摄影：王晔 / 新华社", [("王晔", P), ("新华社", A)]),
    ],
)
def test_two_han_characters_after_a_photo_label_are_a_photographer(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    assert _show(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("写真：共同", [("共同", A)]),  # Kyodo's short name
        ("图：新华", [("新华", A)]),  # Xinhua's short name
        ("写真：新华社", [("新华社", A)]),
        ("图片来源：王晔", [("王晔", S)]),  # a source label, not a photo label
        ("王晔/新华社", [("王晔", S), ("新华社", D)]),  # no label: two characters say too little
        ("写真：政府", [("政府", S)]),  # an organization's mark
        ("写真：ロイター", [("ロイター", A)]),  # kana, not Han
    ],
)
def test_neighbours_of_two_han_names_are_not_photographers(
    line: str, expected: list[tuple[str | None, CreditRole]]
) -> None:
    assert _show(line) == expected


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@given(st.text(_HAN, min_size=1, max_size=6))
def test_two_han_name_holds_exactly_two_characters_and_no_org_mark(word: str) -> None:
    lex = credit_lexicon()
    expected = len(word) == 2 and not any(m in word for m in lex.cjk_org_marks)
    assert two_han_name(word, lex) is expected


@given(st.text(st.characters(max_codepoint=0x2FFF), min_size=2, max_size=2))
def test_two_characters_of_other_scripts_are_never_a_han_name(word: str) -> None:
    assert not two_han_name(word, credit_lexicon())
