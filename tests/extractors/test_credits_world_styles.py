"""Credit lines in the house styles of more newsrooms, and parties that are no person.

Written from general knowledge of house styles (Japanese, Korean, Indian, Australian,
African and Arab outlets, wire pools, "Image:", "Photograph:", "Fotó:", "Zdjęcie:",
"Foto:" with Spanish, Portuguese and Italian names, AP's ", File", Reuters' "/File
Photo", CNBC's bars, shouted names), not from any page or line of the dev set. The names
are made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.extractors.credits import extract_credits, title_case_name

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # a publication's staff photographer, or one it commissioned: the paper is the agency
        ("Jane Roe for The Washington Post", [("Jane Roe", P), ("The Washington Post", A)]),
        ("Jane Roe/The New York Times", [("Jane Roe", P), ("The New York Times", A)]),
        ("JANE ROE/THE NEW YORK TIMES", [("Jane Roe", P), ("The New York Times", A)]),
        ("JANE ROE/THE GLOBE AND MAIL", [("Jane Roe", P), ("The Globe and Mail", A)]),
        (
            "Jane Roe/The Washington Post via Getty Images",
            [("Jane Roe", P), ("The Washington Post", A), ("Getty Images", D)],
        ),
        (
            "Jane Roe for The New York Times/Redux",
            [("Jane Roe", P), ("The New York Times", A), ("Redux", D)],
        ),
        # a national wire supplying AFP, Getty passing it on
        ("Yonhap/AFP via Getty Images", [("Yonhap", A), ("AFP", A), ("Getty Images", D)]),
        ("YONHAP/AFP/Getty Images", [("Yonhap", A), ("AFP", A), ("Getty Images", D)]),
        # photographers' collectives and photo agencies are organizations, never persons
        ("COLLECTIF NORD", [("Collectif Nord", A)]),
        ("Jane Roe/COLLECTIF NORD", [("Jane Roe", P), ("Collectif Nord", A)]),
        ("Jane Roe/Kollektiv Ostlicht", [("Jane Roe", P), ("Kollektiv Ostlicht", A)]),
        ("Foto: Colectivo Sur", [("Colectivo Sur", A)]),
        ("Jane Roe/Studio Lumen", [("Jane Roe", P), ("Studio Lumen", A)]),
        ("Jane Roe/Agence VU", [("Jane Roe", P), ("Agence VU", A)]),
        (
            "Jane Roe/Harbour Images/AFP via Getty Images",
            [("Jane Roe", P), ("Harbour Images", A), ("AFP", D), ("Getty Images", D)],
        ),
        # Japanese and Korean outlets
        ("Photo: Kyodo", [("Kyodo", A)]),
        ("The Yomiuri Shimbun via AP Images", [("The Yomiuri Shimbun", A), ("AP Images", D)]),
        ("Jane Roe/Nikkei Asia", [("Jane Roe", P), ("Nikkei Asia", A)]),
        ("Photo: JoongAng Ilbo", [("JoongAng Ilbo", A)]),
        ("Photo: The Chosun Ilbo", [("The Chosun Ilbo", A)]),
        ("Kim Min-jae/Reuters", [("Kim Min-jae", P), ("Reuters", A)]),
        ("JUNG MIN-HO/AFP", [("Jung Min-ho", P), ("AFP", A)]),
        ("Korea Pool/Getty Images", [("Korea Pool", A), ("Getty Images", A)]),
        # Indian outlets
        ("PTI Photo", [("PTI", A)]),
        ("Photo: ANI", [("ANI", A)]),
        ("HT Photo/Jane Roe", [("HT", A), ("Jane Roe", P)]),
        ("(DH Photo/Jane Roe)", [("DH", A), ("Jane Roe", P)]),
        ("Express Photo by Jane Roe", [("Express", A), ("Jane Roe", P)]),
        ("Photo: The Hindu", [("The Hindu", A)]),
        ("Photo: Special Arrangement", [("handout", S)]),
        # Australian outlets
        ("AAP Image/Jane Roe", [("AAP", A), ("Jane Roe", P)]),
        ("Picture: Supplied", [("handout", S)]),
        ("Picture: Jane Roe/The Australian", [("Jane Roe", P), ("The Australian", A)]),
        ("Photo: NCA NewsWire/Jane Roe", [("NCA NewsWire", A), ("Jane Roe", P)]),
        ("Photo: The Age", [("The Age", A)]),
        # African and Arab outlets
        ("Photo: Gallo Images/Jane Roe", [("Gallo Images", A), ("Jane Roe", P)]),
        ("Photo: Jane Roe | Daily Maverick", [("Jane Roe", P), ("Daily Maverick", A)]),
        ("Photo: WAM", [("WAM", A)]),
        ("Photo: Jane Roe/Gulf News", [("Jane Roe", P), ("Gulf News", A)]),
        ("Photo: Dawn", [("Dawn", A)]),
        ("Photo: Arab News", [("Arab News", A)]),
        (
            "AHMAD AL-ZUBAIDI/AFP via Getty Images",
            [("Ahmad al-Zubaidi", P), ("AFP", A), ("Getty Images", D)],
        ),
        # wire pools
        ("Jane Roe-Pool/Getty Images", [("Jane Roe", P), ("pool", A), ("Getty Images", A)]),
        ("Jane Roe - Pool/Getty Images", [("Jane Roe", P), ("pool", A), ("Getty Images", A)]),
        ("(AP Photo/Jane Roe, Pool)", [("AP", A), ("Jane Roe", P), ("pool", A)]),
        ("REUTERS/Jane Roe/Pool", [("Reuters", A), ("Jane Roe", P), ("pool", A)]),
        ("Pool via AP", [("pool", A), ("AP", D)]),
        # labels in other languages, with Spanish, Portuguese and Italian names
        ("Image: Jane Roe/Reuters", [("Jane Roe", P), ("Reuters", A)]),
        (
            "Photograph: Jane Roe/AFP/Getty Images",
            [("Jane Roe", P), ("AFP", A), ("Getty Images", D)],
        ),
        ("Fotó: Kovács Anna/MTI", [("Kovács Anna", P), ("MTI", A)]),
        ("Zdjęcie: Anna Nowak/Agencja Gazeta", [("Anna Nowak", P), ("Agencja Gazeta", A)]),
        ("Foto: Juan Pérez de la Cruz/EFE", [("Juan Pérez de la Cruz", P), ("EFE", A)]),
        ("Foto: João da Silva/Folhapress", [("João da Silva", P), ("Folhapress", A)]),
        ("Foto: Antonio Dell'Acqua/LaPresse", [("Antonio Dell'Acqua", P), ("LaPresse", A)]),
        ("MARÍA JOSÉ FERNÁNDEZ/EFE", [("María José Fernández", P), ("EFE", A)]),
        # a paper's staff picture supplied to a wire: the paper is the agency, the wire
        # passes it on (as TNS does in "Name/Chicago Tribune/TNS")
        (
            "Jane Roe/Yomiuri Shimbun/AFP via Getty Images",
            [("Jane Roe", P), ("Yomiuri Shimbun", A), ("AFP", D), ("Getty Images", D)],
        ),
        ("Jane Roe/The Coast Herald/AP", [("Jane Roe", P), ("The Coast Herald", A), ("AP", D)]),
        ("Jane Roe/Acme Corp/AFP", [("Jane Roe", P), ("Acme Corp", S), ("AFP", A)]),
        # institutions named in Spanish, Portuguese, Italian, French, German
        ("Foto: Ministerio de Salud", [("Ministerio de Salud", S)]),
        ("Foto: Prefeitura de Campinas", [("Prefeitura de Campinas", S)]),
        ("Foto: Polizia di Stato", [("Polizia di Stato", S)]),
        ("Photo: Mairie de Lyon", [("Mairie de Lyon", S)]),
        ("Foto: Universität Bonn", [("Universität Bonn", S)]),
        # archive markers are never parties ("Arquivo", "Archivio": Portuguese, Italian)
        ("Foto: Jane Roe/Reuters/Arquivo", [("Jane Roe", P), ("Reuters", A)]),
        ("Foto: ANSA/Archivio", [("ANSA", A)]),
        ("(AP Photo/Jane Roe, File)", [("AP", A), ("Jane Roe", P)]),
        ("REUTERS/Jane Roe/File Photo", [("Reuters", A), ("Jane Roe", P)]),
        (
            "Jane Roe | AFP | Getty Images",
            [("Jane Roe", P), ("AFP", A), ("Getty Images", D)],
        ),
    ],
)
def test_world_house_styles(line: str, parties: list[tuple[str | None, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("shouted", "tamed"),
    [
        ("AHMAD AL-ZUBAIDI", "Ahmad al-Zubaidi"),
        ("MOHAMED EL-SAYED", "Mohamed el-Sayed"),
        ("AL-ZUBAIDI AHMAD", "Al-Zubaidi Ahmad"),  # first: capitalised
        ("JEAN-LUC DUPONT", "Jean-Luc Dupont"),
        ("SEAN O'NEILL", "Sean O'Neill"),
        # a Korean or Taiwanese given name of two syllables: the second in lower case
        ("JUNG MIN-HO", "Jung Min-ho"),
        ("PARK SEONG-HWAN", "Park Seong-hwan"),
        ("CHEN HSIAO-WEI", "Chen Hsiao-wei"),
        ("Kim Min-Ho", "Kim Min-Ho"),  # written in mixed case: kept as written
        # Western double names after a name that is also a family name: kept
        ("KIM SMITH-JONES", "Kim Smith-Jones"),
        ("LEE ANNE-MARIE", "Lee Anne-Marie"),
    ],
)
def test_hyphen_joined_particles_go_lower_case(shouted: str, tamed: str) -> None:
    assert title_case_name(shouted) == tamed


_WORD = st.text(alphabet="BCDFGHKLMNPRSTVZ", min_size=3, max_size=8)


@given(_WORD, _WORD)
def test_a_collective_is_never_a_person(first: str, second: str) -> None:
    parties = extract_credits(f"Jane Roe/Collectif {first} {second}")
    assert [p.role for p in parties] == [P, A]
    assert all(p.role is not P for p in extract_credits(f"COLLECTIF {first} {second}"))


@given(_WORD)
def test_a_shouted_paper_tames_to_its_listed_words(word: str) -> None:
    """ "THE NEW XYZ TIMES": the word "New" is no acronym; an unknown short word is kept."""
    parties = extract_credits(f"JANE ROE/THE NEW {word} TIMES")
    middle = word.capitalize() if len(word) > 3 else word  # "BBC" stays an acronym
    assert parties[1].name == f"The New {middle} Times"
