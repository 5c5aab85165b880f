"""Credit lines naming people in Japanese or Chinese script, and labels of other languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits

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
        ("写真：朝日新聞社", [("朝日新聞社", S)]),
        ("写真：防衛省", [("防衛省", S)]),
        ("写真：人民日报", [("人民日报", S)]),
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
