"""Photo credits of press pools, press services, regional wires and papers (stop 31).

Written from the house styles themselves (Korea's "Joint Press Corps", Kenyan papers'
"PHOTO | FILE | NATION MEDIA GROUP", Philippine, Ghanaian and Bangladeshi wires, Malaysian
"BERNAMA PIX", Latin-American "Foto: Cortesía", Brazilian city halls), not from any page of
the dev set; every person's name is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import CreditRole
from provenance.lexicon.credits import credit_lexicon

from .credit_styles import split_parties

P, A, D, S = CreditRole.PHOTOGRAPHER, CreditRole.AGENCY, CreditRole.DISTRIBUTOR, CreditRole.SOURCE


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Joint Press Corps", [("Joint Press Corps", S)]),
        ("Photo: Joint Press Corps", [("Joint Press Corps", S)]),
        ("Jane Roe/Joint Press Corps", [("Jane Roe", P), ("Joint Press Corps", S)]),
        ("Kim Jun-ho/Joint Press Corps", [("Kim Jun-ho", P), ("Joint Press Corps", S)]),
        ("Joint Press Corps via Reuters", [("Joint Press Corps", S), ("Reuters", D)]),
        (
            "Ukrainian Presidential Press Service/Handout via Reuters",
            [("Ukrainian Presidential Press Service", S), ("handout", S), ("Reuters", D)],
        ),
    ],
)
def test_press_pools_and_services_are_sources(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        # the generic pool stays an agency, as the wire beside it
        ("Jane Roe/Pool", [("Jane Roe", P), ("pool", A)]),
        ("Jane Roe/Pool via Reuters", [("Jane Roe", P), ("pool", A), ("Reuters", D)]),
        ("PHOTO | POOL", [("pool", A)]),
        ("Jane Roe/Yonhap", [("Jane Roe", P), ("Yonhap", A)]),
    ],
)
def test_the_unnamed_pool_and_wires_stay_agencies(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


def test_source_parties_are_language_data() -> None:
    lex = credit_lexicon()
    assert "joint press corps" in lex.source_parties
    assert "pool" not in lex.source_parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("PHOTO | FILE | NATION MEDIA GROUP", [("Nation Media Group", A)]),
        ("Photo | File | Nation Media Group", [("Nation Media Group", A)]),
        ("PHOTO | NATION MEDIA GROUP", [("Nation Media Group", A)]),
        ("PHOTO | JANE ROE | NATION MEDIA GROUP", [("Jane Roe", P), ("Nation Media Group", A)]),
        ("PHOTO | FILE | NMG", [("NMG", A)]),
        ("PHOTO | JANE ROE | NMG", [("Jane Roe", P), ("NMG", A)]),
        ("PHOTO | FILE", []),
    ],
)
def test_kenyan_papers_file_pictures_are_their_own(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("(Photo: PNA)", [("PNA", A)]),
        ("PNA photo by Jane Roe", [("PNA", A), ("Jane Roe", P)]),
        ("Photo Credit: GNA", [("GNA", A)]),
        ("Photo: Kenya News Agency", [("Kenya News Agency", A)]),
        ("Photo: Jane Roe/BSS", [("Jane Roe", P), ("BSS", A)]),
        ("BERNAMA PIX", [("Bernama", A)]),
        ("Bernama pic", [("Bernama", A)]),
        (
            "Photo: TT News Agency/Jane Roe via Reuters",
            [("TT News Agency", A), ("Jane Roe", P), ("Reuters", D)],
        ),
    ],
)
def test_regional_wires(line: str, parties: list[tuple[str, CreditRole]]) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Anna de-Witt/Reuters", [("Anna de-Witt", P), ("Reuters", A)]),
        ("Photo: Anna de-Witt", [("Anna de-Witt", P)]),
        ("Anna de-Witt", [("Anna de-Witt", P)]),
        ("ANNA DE-WITT/AFP", [("Anna de-Witt", P), ("AFP", A)]),
        ("Photo by Anna de-Witt", [("Anna de-Witt", P)]),
        ("Omar al-Sisi/AP", [("Omar al-Sisi", P), ("AP", A)]),
        ("Abu Bakr al-Baghdadi", [("Abu Bakr al-Baghdadi", P)]),
    ],
)
def test_a_surname_behind_a_hyphenated_particle(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Anna de/Reuters", [("Anna de", S), ("Reuters", D)]),  # a particle alone is no surname
        ("Jane Roe/de-Witt Holdings", [("Jane Roe", P), ("de-Witt Holdings", A)]),
    ],
)
def test_particles_without_a_surname_or_in_an_organization(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert [role for _, role in split_parties(line)] == [role for _, role in parties]


@pytest.mark.parametrize(
    ("line", "parties"),
    [
        ("Foto: Cortesía", [("various sources", S)]),
        ("Foto: Cortesia", [("various sources", S)]),
        ("Foto: Cortesía Alcaldía de Bogotá", [("Alcaldía de Bogotá", S)]),
        (
            "Foto: Jane Roe/Prefeitura de São José dos Campos",
            [("Jane Roe", P), ("Prefeitura de São José dos Campos", A)],
        ),
        (
            "Foto: Jane Roe / Prefeitura Municipal de Xanxerê",
            [("Jane Roe", P), ("Prefeitura Municipal de Xanxerê", A)],
        ),
        ("Foto: Prefeitura de São Paulo", [("Prefeitura de São Paulo", S)]),
        (
            "Foto: Divulgação/Prefeitura de Curitiba",
            [("handout", S), ("Prefeitura de Curitiba", S)],
        ),
    ],
)
def test_latin_american_courtesy_and_city_halls(
    line: str, parties: list[tuple[str, CreditRole]]
) -> None:
    assert split_parties(line) == parties


_GIVEN = st.sampled_from(["Anna", "Marta", "Pieter", "Lucía", "Omar"])
_SURNAME = st.sampled_from(["de-Witt", "van-Dijk", "al-Sayed", "el-Amin", "da-Silva"])


@given(_GIVEN, _SURNAME, st.sampled_from(["Reuters", "AFP", "AP"]))
def test_any_given_name_and_particle_surname_is_a_photographer(
    given_name: str, surname: str, wire: str
) -> None:
    assert split_parties(f"{given_name} {surname}/{wire}") == [
        (f"{given_name} {surname}", P),
        (wire, A),
    ]
